//! What a questionnaire's result means, in plain words, always as what studies call it:
//! the same sentences on the Progress tab and in the visit summary.

use super::{Band, Change, Scale};

/// The lowest total of a band.
pub fn band_from(scale: Scale, band: Band) -> u8 {
    let bands = scale.bands();
    let i = bands.iter().position(|b| *b == band).unwrap_or(0);
    if i == 0 { 0 } else { bands[i - 1].up_to + 1 }
}

/// "9 of 27: the range studies call mild (5–9)".
pub fn total_words(scale: Scale, total: u8) -> String {
    let band = scale.band(total);
    format!(
        "{total} of {}: the range studies call {} ({}–{})",
        scale.max(),
        band.name,
        band_from(scale, band),
        band.up_to
    )
}

/// "down 7 points", "up 2 points", "the same".
pub fn delta_words(from: u8, to: u8) -> String {
    let n = from.abs_diff(to);
    let points = if n == 1 { "point" } else { "points" };
    match to.cmp(&from) {
        std::cmp::Ordering::Less => format!("down {n} {points}"),
        std::cmp::Ordering::Greater => format!("up {n} {points}"),
        std::cmp::Ordering::Equal => "the same".into(),
    }
}

/// The sentences under a result: change since the previous and the first, whether each is as
/// large as the smallest change studies take to matter for one person, response, remission.
pub fn change_sentences(scale: Scale, c: &Change) -> Vec<String> {
    let smallest = scale.smallest_change();
    let source = match scale {
        Scale::Phq9 => "Löwe 2004",
        Scale::Gad7 => "Toussaint 2020",
    };
    let matters = |yes: bool| {
        if yes {
            format!("at least the {smallest} points studies take as a change that matters for one person ({source})")
        } else {
            format!("less than the {smallest} points studies take as a change that matters for one person ({source})")
        }
    };
    let mut out = Vec::new();
    let Some(prev) = c.previous else {
        out.push(format!("This is your first {}: the next one shows how it changes.", scale.name()));
        return out;
    };
    out.push(if prev == c.total {
        "Since the one before: the same total.".to_string()
    } else {
        format!(
            "Since the one before ({prev}): {}, {}.",
            delta_words(prev, c.total),
            matters(c.meaningful_since_previous)
        )
    });
    // With only two, the first is the one before.
    if let Some(first) = c.first.filter(|_| c.count > 2) {
        out.push(if first == c.total {
            format!("Since your first ({first}): the same total.")
        } else {
            format!(
                "Since your first ({first}): {}, {}.",
                delta_words(first, c.total),
                matters(c.meaningful_since_first)
            )
        });
    }
    if c.response {
        out.push("That is a drop of half or more from your first: what studies call a response.".into());
    }
    // Remission is said of a score that was higher before, not of a first low one.
    if c.remission && c.first.is_some_and(|f| f >= 5) {
        out.push("A total under 5 is what studies call remission.".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Assessment;

    fn taken(day: u32, total: u8) -> Assessment {
        let at = chrono::DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T09:00:00+01:00")).expect("time");
        let mut answers = vec![0; 9];
        for i in 0..usize::from(total) {
            answers[i % 9] += 1;
        }
        Assessment { scale: Scale::Phq9, at, answers, difficulty: None }
    }

    #[test]
    fn the_total_names_its_band_with_its_edges() {
        assert_eq!(total_words(Scale::Phq9, 9), "9 of 27: the range studies call mild (5–9)");
        assert_eq!(total_words(Scale::Phq9, 0), "0 of 27: the range studies call minimal (0–4)");
        assert_eq!(total_words(Scale::Gad7, 15), "15 of 21: the range studies call severe (15–21)");
    }

    #[test]
    fn change_is_said_against_the_one_before_and_the_first_as_studies_call_it() {
        let (a, b, c) = (taken(1, 16), taken(15, 10), taken(29, 4));
        let first = change_sentences(Scale::Phq9, &Change::of(&[&a]).expect("one"));
        assert_eq!(first, ["This is your first PHQ-9: the next one shows how it changes."]);
        let two = change_sentences(Scale::Phq9, &Change::of(&[&a, &b]).expect("two"));
        assert_eq!(two.len(), 1, "{two:?}");
        assert!(two[0].starts_with("Since the one before (16): down 6 points, at least the 5 points"), "{two:?}");
        let three = change_sentences(Scale::Phq9, &Change::of(&[&a, &b, &c]).expect("three"));
        assert_eq!(three.len(), 4, "{three:?}");
        assert!(three[1].starts_with("Since your first (16): down 12 points"));
        assert!(three[2].contains("what studies call a response"));
        assert!(three[3].contains("what studies call remission"));
        let low = change_sentences(Scale::Phq9, &Change::of(&[&taken(1, 3), &taken(15, 2)]).expect("low"));
        assert!(low[0].contains("down 1 point, less than the 5 points"), "{low:?}");
        assert!(!low.iter().any(|s| s.contains("remission")), "a low score from the start is not a remission");
    }
}
