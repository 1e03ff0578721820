//! One calendar day of records: the check-in and any timestamped notes.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::checkin::{CheckIn, Tag};
use super::dose::DoseEvent;
use super::practice::Practice;

/// A timestamped journal note. `#words` in the text act as tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub at: DateTime<FixedOffset>,
    /// Boxed, as it is only ever replaced whole: one word less on each of years of notes.
    pub text: Box<str>,
}

impl Note {
    pub fn first_line(&self) -> &str {
        first_line(&self.text)
    }

    /// `#tag` words in the note, lower-cased, without the `#`.
    pub fn hashtags(&self) -> impl Iterator<Item = Tag> + '_ {
        self.text.split_whitespace().filter_map(|w| {
            let tag = w.strip_prefix('#')?;
            let tag: String = tag.chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_').collect();
            (!tag.is_empty()).then(|| tag.to_lowercase().into())
        })
    }
}

pub fn first_line(text: &str) -> &str {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
}

/// Everything recorded on one local calendar date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<CheckIn>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Doses taken or skipped that day (scheduled and "as needed").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doses: Vec<DoseEvent>,
    /// Coping skills practised that day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<Practice>,
}

impl Day {
    pub fn new(date: NaiveDate) -> Day {
        Day { date, check_in: None, notes: Vec::new(), doses: Vec::new(), practices: Vec::new() }
    }

    /// Nothing recorded: such a day is dropped from the file.
    pub fn is_empty(&self) -> bool {
        self.check_in.is_none() && self.notes.is_empty() && self.doses.is_empty() && self.practices.is_empty()
    }

    pub fn mood(&self) -> Option<u8> {
        self.check_in.as_ref().and_then(|c| c.mood)
    }

    pub fn anxiety(&self) -> Option<u8> {
        self.check_in.as_ref().and_then(|c| c.anxiety)
    }

    /// The line that stands for the day in lists: the first note, else the check-in note.
    pub fn headline(&self) -> &str {
        if let Some(n) = self.notes.first() {
            return n.first_line();
        }
        self.check_in.as_ref().map_or("", |c| first_line(&c.note))
    }

    /// Tags from the check-in and `#tags` from notes, without repeats.
    pub fn tags(&self) -> Vec<Tag> {
        let mut tags: Vec<Tag> = self.check_in.as_ref().map(|c| c.tags.clone()).unwrap_or_default();
        for t in self.notes.iter().flat_map(Note::hashtags) {
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        tags
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.check_in.as_ref().is_some_and(|c| c.tags.iter().any(|t| t == tag))
            || self.notes.iter().flat_map(Note::hashtags).any(|t| t == tag)
    }

    /// Drops the spare room its lists (and those in them) may hold after being read.
    pub fn shrink_to_fit(&mut self) {
        if let Some(c) = &mut self.check_in {
            c.shrink_to_fit();
        }
        self.notes.shrink_to_fit();
        self.doses.shrink_to_fit();
        self.practices.shrink_to_fit();
        self.practices.iter_mut().for_each(|p| p.answers.shrink_to_fit());
    }

    /// Adds a note keeping notes in time order; returns its index.
    pub fn add_note(&mut self, note: Note) -> usize {
        let i = self.notes.partition_point(|n| n.at <= note.at);
        self.notes.insert(i, note);
        i
    }
}

/// "today", "yesterday" or "Mon 23 Nov".
pub fn friendly_date(date: NaiveDate, today: NaiveDate) -> String {
    if date == today {
        "today".into()
    } else if today.pred_opt() == Some(date) {
        "yesterday".into()
    } else if date.year() == today.year() {
        date.format("%a %-d %b").to_string()
    } else {
        date.format("%a %-d %b %Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32) -> DateTime<FixedOffset> {
        let off = FixedOffset::east_opt(3600).expect("offset");
        off.with_ymd_and_hms(2026, 11, 27, h, 0, 0).single().expect("time")
    }

    #[test]
    fn notes_stay_in_time_order_and_tags_merge() {
        let mut day = Day::new(NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"));
        assert!(day.is_empty());
        day.add_note(Note { at: at(20), text: "evening #Walk".into() });
        let i = day.add_note(Note { at: at(8), text: "\n  morning #work, ok".into() });
        assert_eq!(i, 0);
        assert_eq!(day.headline(), "morning #work, ok");
        let mut ci = CheckIn::empty(at(9));
        ci.tags = vec!["work".into(), "family".into()];
        day.check_in = Some(ci);
        assert_eq!(day.tags(), vec!["work", "family", "walk"]);
        assert!(day.has_tag("walk"));
        assert!(!day.is_empty());
    }
}
