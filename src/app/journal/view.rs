//! View state of the Journal tab: the selected day, focus, search and tag filter.

use chrono::NaiveDate;
use ratatui_textarea::TextArea;

use crate::domain::{Day, Journal, Tag};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Moving between days (calendar and list).
    Days,
    /// Inside one day: `entry` 0 is the check-in (when there is one), then the notes.
    Entries { entry: usize },
}

/// One selectable entry of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    CheckIn,
    Note(usize),
    Practice(usize),
}

pub struct JournalView {
    pub selected: NaiveDate,
    pub focus: Focus,
    /// The search field while it is being typed in.
    pub search_input: Option<TextArea<'static>>,
    pub query: String,
    pub tag: Option<Tag>,
    /// Dates matching the query and tag, newest first; `None` when no filter is set.
    pub filtered: Option<Vec<NaiveDate>>,
    pub tag_choices: Vec<(Tag, usize)>,
    pub tag_cursor: usize,
    /// Rows scrolled on (PgDn) past the selected entry's heading, to read a long one to its end.
    pub read_on: u16,
}

impl JournalView {
    pub fn new(today: NaiveDate) -> JournalView {
        JournalView {
            selected: today,
            focus: Focus::Days,
            search_input: None,
            query: String::new(),
            tag: None,
            filtered: None,
            read_on: 0,
            tag_choices: Vec::new(),
            tag_cursor: 0,
        }
    }

    pub fn is_filtering(&self) -> bool {
        !self.query.is_empty() || self.tag.is_some()
    }

    /// Recomputes the filtered list after the query, tag or data changed.
    pub fn refilter(&mut self, journal: &Journal) {
        if !self.is_filtering() {
            self.filtered = None;
            return;
        }
        let tag = self.tag.as_deref();
        self.filtered =
            Some(journal.newest_first().filter(|d| Journal::matches(d, &self.query, tag)).map(|d| d.date).collect());
    }

    /// The day after moving one entry up (newer) or down (older) in the list.
    pub fn step(&self, journal: &Journal, newer: bool) -> Option<NaiveDate> {
        match &self.filtered {
            Some(dates) => {
                // `dates` is newest first.
                if newer {
                    dates.iter().rev().find(|d| **d > self.selected).copied()
                } else {
                    dates.iter().find(|d| **d < self.selected).copied()
                }
            }
            None => {
                let day = if newer { journal.after(self.selected) } else { journal.before(self.selected) };
                day.map(|d| d.date)
            }
        }
    }

    /// Number of selectable entries inside a day: its check-in, notes and practices.
    pub fn entry_count(day: Option<&Day>) -> usize {
        day.map_or(0, |d| usize::from(d.check_in.is_some()) + d.notes.len() + d.practices.len())
    }

    /// What entry `entry` of a day is, in the order the day shows them.
    pub fn entry(day: &Day, entry: usize) -> Option<Entry> {
        let check_in = usize::from(day.check_in.is_some());
        match entry.checked_sub(check_in) {
            None => Some(Entry::CheckIn),
            Some(i) if i < day.notes.len() => Some(Entry::Note(i)),
            Some(i) => Some(i - day.notes.len()).filter(|p| *p < day.practices.len()).map(Entry::Practice),
        }
    }

    /// The note index of an entry, if the entry is a note.
    pub fn note_index(day: &Day, entry: usize) -> Option<usize> {
        match JournalView::entry(day, entry) {
            Some(Entry::Note(i)) => Some(i),
            _ => None,
        }
    }
}
