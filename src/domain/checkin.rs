//! The daily check-in: how the day felt, in the person's own numbers.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

mod tag;
pub use tag::Tag;

/// Highest value on the 0–10 scales (mood, anxiety, energy, sleep quality).
pub const SCALE_MAX: u8 = 10;
/// Hours slept is accepted from 0 to 24.
pub const MAX_SLEEP_HOURS: f32 = 24.0;

/// How strongly one of the person's own symptoms showed up today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    None,
    Mild,
    Moderate,
    Severe,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::None, Severity::Mild, Severity::Moderate, Severity::Severe];

    pub fn label(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Mild => "mild",
            Severity::Moderate => "moderate",
            Severity::Severe => "severe",
        }
    }

    pub fn index(self) -> u8 {
        self as u8
    }

    pub fn from_index(i: u8) -> Option<Severity> {
        Severity::ALL.get(usize::from(i)).copied()
    }

    /// Accepts 0–3 or a label or its first letter ("mild", "m").
    pub fn parse(text: &str) -> Option<Severity> {
        let t = text.trim().to_lowercase();
        if let Ok(n) = t.parse::<u8>() {
            return Severity::from_index(n);
        }
        Severity::ALL.into_iter().find(|s| s.label() == t || (t.len() == 1 && s.label().starts_with(&t)))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SymptomRating {
    /// One of the person's own check-in fields ("worry"), as named in their config.
    pub name: Box<str>,
    pub severity: Severity,
}

/// One check-in per calendar day; checking in again edits it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    /// When it was first saved, with the UTC offset of that moment.
    pub at: DateTime<FixedOffset>,
    /// When it was last changed, if it was edited after that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anxiety: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_hours: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_quality: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub symptoms: Vec<SymptomRating>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    /// Boxed, as it is only ever replaced whole: one word less on each of years of days.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Box<str>,
}

impl CheckIn {
    pub fn empty(at: DateTime<FixedOffset>) -> CheckIn {
        CheckIn {
            at,
            edited: None,
            mood: None,
            anxiety: None,
            energy: None,
            sleep_hours: None,
            sleep_quality: None,
            symptoms: Vec::new(),
            tags: Vec::new(),
            note: String::new().into(),
        }
    }

    /// True when nothing at all was answered.
    pub fn is_blank(&self) -> bool {
        self.mood.is_none()
            && self.anxiety.is_none()
            && self.energy.is_none()
            && self.sleep_hours.is_none()
            && self.sleep_quality.is_none()
            && self.symptoms.is_empty()
            && self.tags.is_empty()
            && self.note.trim().is_empty()
    }

    /// Drops the spare room its lists may hold after being read.
    pub fn shrink_to_fit(&mut self) {
        self.symptoms.shrink_to_fit();
        self.tags.shrink_to_fit();
    }

    pub fn symptom(&self, name: &str) -> Option<Severity> {
        self.symptoms.iter().find(|s| s.name.eq_ignore_ascii_case(name)).map(|s| s.severity)
    }
}

/// Why a typed answer was not accepted; shown inline under the question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("type a whole number from 0 to {max}")]
    NotANumber { max: u8 },
    #[error("{value} is above {max}: type a number from 0 to {max}")]
    TooHigh { value: u64, max: u8 },
    #[error("type hours slept as a number, like 7 or 7.5")]
    NotHours,
    #[error("hours slept must be between 0 and 24")]
    HoursOutOfRange,
    #[error("type 0 none, 1 mild, 2 moderate or 3 severe")]
    NotSeverity,
}

/// Parses a 0–`max` whole number; whitespace around it is fine.
pub fn parse_scale(text: &str, max: u8) -> Result<u8, AnswerError> {
    let t = text.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        return Err(AnswerError::NotANumber { max });
    }
    match t.parse::<u64>() {
        Ok(v) if v <= u64::from(max) => u8::try_from(v).map_err(|_| AnswerError::NotANumber { max }),
        Ok(v) => Err(AnswerError::TooHigh { value: v, max }),
        // Only digits, so the only failure is overflow: far too high.
        Err(_) => Err(AnswerError::TooHigh { value: u64::MAX, max }),
    }
}

/// Parses hours slept: "7", "7.5", "7,5" or "7h30".
pub fn parse_hours(text: &str) -> Result<f32, AnswerError> {
    let t = text.trim().to_lowercase().replace(',', ".");
    let value = if let Some((h, m)) = t.split_once('h') {
        let h: f32 = h.trim().parse().map_err(|_| AnswerError::NotHours)?;
        let m = m.trim().trim_end_matches('m');
        let m: f32 = if m.is_empty() { 0.0 } else { m.parse().map_err(|_| AnswerError::NotHours)? };
        if !(0.0..60.0).contains(&m) {
            return Err(AnswerError::NotHours);
        }
        h + m / 60.0
    } else {
        t.parse::<f32>().map_err(|_| AnswerError::NotHours)?
    };
    if !value.is_finite() {
        return Err(AnswerError::NotHours);
    }
    if !(0.0..=MAX_SLEEP_HOURS).contains(&value) {
        return Err(AnswerError::HoursOutOfRange);
    }
    // Keep to quarter hours so files stay tidy and values compare cleanly.
    Ok((value * 4.0).round() / 4.0)
}

/// Hours for display: "7.5 h", "8 h".
pub fn format_hours(h: f32) -> String {
    if (h - h.round()).abs() < 0.01 { format!("{:.0} h", h) } else { format!("{} h", (h * 100.0).round() / 100.0) }
}

/// Splits "work, family , work" into distinct, trimmed, lower-case tags.
/// Tags are single words, as #tags in notes are: split at commas, semicolons and spaces
/// ("work walk" is two tags, never one "work walk").
pub fn parse_tags(text: &str) -> Vec<Tag> {
    let mut tags: Vec<Tag> = Vec::new();
    for t in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
        let t = t.trim().trim_start_matches('#').trim().to_lowercase();
        if !t.is_empty() && !tags.iter().any(|known| *known == *t) {
            tags.push(t.into());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_accepts_range_and_rejects_rest() {
        assert_eq!(parse_scale("0", 10), Ok(0));
        assert_eq!(parse_scale(" 10 ", 10), Ok(10));
        assert_eq!(parse_scale("11", 10), Err(AnswerError::TooHigh { value: 11, max: 10 }));
        assert_eq!(parse_scale("-1", 10), Err(AnswerError::NotANumber { max: 10 }));
        assert_eq!(parse_scale("5.5", 10), Err(AnswerError::NotANumber { max: 10 }));
        assert_eq!(parse_scale("abc", 10), Err(AnswerError::NotANumber { max: 10 }));
        assert!(matches!(parse_scale("99999999999999999999999", 10), Err(AnswerError::TooHigh { .. })));
    }

    #[test]
    fn hours_accept_common_forms() {
        assert_eq!(parse_hours("7"), Ok(7.0));
        assert_eq!(parse_hours("7.5"), Ok(7.5));
        assert_eq!(parse_hours("7,5"), Ok(7.5));
        assert_eq!(parse_hours("6h30"), Ok(6.5));
        assert_eq!(parse_hours("6h"), Ok(6.0));
        assert_eq!(parse_hours("25"), Err(AnswerError::HoursOutOfRange));
        assert_eq!(parse_hours("-2"), Err(AnswerError::HoursOutOfRange));
        assert_eq!(parse_hours("NaN"), Err(AnswerError::NotHours));
        assert_eq!(parse_hours("inf"), Err(AnswerError::NotHours));
        assert_eq!(parse_hours("lots"), Err(AnswerError::NotHours));
        assert_eq!(format_hours(7.5), "7.5 h");
        assert_eq!(format_hours(8.0), "8 h");
    }

    #[test]
    fn severity_parses_numbers_words_and_letters() {
        assert_eq!(Severity::parse("2"), Some(Severity::Moderate));
        assert_eq!(Severity::parse("Severe"), Some(Severity::Severe));
        assert_eq!(Severity::parse("m"), Some(Severity::Mild));
        assert_eq!(Severity::parse("4"), None);
        assert_eq!(Severity::parse("x"), None);
    }

    #[test]
    fn tags_are_trimmed_lowercased_and_unique() {
        assert_eq!(parse_tags(" Work, family;#work ,, "), vec!["work", "family"]);
        assert_eq!(parse_tags("work walk #Sleep"), vec!["work", "walk", "sleep"], "spaces part tags too");
        assert!(parse_tags("  ").is_empty());
    }
}
