//! Built-in data compiled into the binary.

use std::sync::OnceLock;

use crate::domain::crisis::{CrisisBook, CrisisRegion};

const CRISIS_RON: &str = include_str!("../assets/crisis.ron");

/// The crisis resources. The file is part of the binary and checked by a test, so a parse
/// failure here is a build mistake; even then the app shows the fallback line, never panics.
pub fn crisis() -> &'static CrisisBook {
    static BOOK: OnceLock<CrisisBook> = OnceLock::new();
    BOOK.get_or_init(|| {
        ron::from_str(CRISIS_RON).unwrap_or_else(|_| CrisisBook {
            version: 1,
            regions: vec![CrisisRegion {
                code: "ANY".into(),
                name: "Anywhere".into(),
                emergency: "your local emergency number".into(),
                lines: Vec::new(),
            }],
            elsewhere: "Call your local emergency number. findahelpline.com lists crisis lines by country.".into(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_has_an_emergency_number_and_a_line() {
        let book: CrisisBook = ron::from_str(CRISIS_RON).expect("assets/crisis.ron parses");
        assert!(book.regions.len() >= 8);
        for r in &book.regions {
            assert!(r.emergency.chars().any(|c| c.is_ascii_digit()), "{} emergency", r.code);
            assert!(!r.lines.is_empty(), "{} has no line", r.code);
            for l in &r.lines {
                assert!(l.contact.chars().any(|c| c.is_ascii_digit()), "{} {} has no number", r.code, l.name);
            }
        }
        let us = book.region(Some("us")).expect("US");
        assert!(us.lines.iter().any(|l| l.contact.contains("988")));
        let uk = book.region(Some("UK")).expect("UK");
        assert!(uk.lines.iter().any(|l| l.contact.contains("116 123")));
        assert!(book.region(Some("XX")).is_none());
        assert_eq!(crisis().regions.len(), book.regions.len());
    }
}
