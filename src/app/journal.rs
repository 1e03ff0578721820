//! The journal slice: every loaded day (the months' files), which months are loaded or owe a
//! write, the Journal tab's view, and the note being written.

pub mod editor;
pub(crate) mod keys;
mod update;
pub mod view;
pub(crate) mod write;

pub(crate) use write::save_effect;

pub(crate) use update::journal_action;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{Effect, FileId, JournalView, MonthStatus, NoteEditor};
use crate::domain::{Journal, YearMonth};

pub struct JournalState {
    pub days: Journal,
    pub months: BTreeMap<YearMonth, MonthStatus>,
    /// Months changed in memory and not yet written.
    pub dirty: BTreeSet<YearMonth>,
    /// True while older months are still loading in the background.
    pub loading: bool,
    pub view: JournalView,
    /// The note being written or edited.
    pub editor: Option<NoteEditor>,
}

impl JournalState {
    pub fn new(today: NaiveDate) -> JournalState {
        JournalState {
            days: Journal::new(),
            months: BTreeMap::new(),
            dirty: BTreeSet::new(),
            loading: false,
            view: JournalView::new(today),
            editor: None,
        }
    }

    /// Dose events recorded on a date.
    pub fn events_on(&self, date: NaiveDate) -> &[crate::domain::dose::DoseEvent] {
        self.days.day(date).map_or(&[], |d| d.doses.as_slice())
    }

    /// A day was changed in memory: drop it if now empty, and mark its month to be written.
    pub fn day_changed(&mut self, date: NaiveDate) -> Vec<Effect> {
        self.days.tidy(date);
        let ym = YearMonth::of(date);
        self.dirty.insert(ym);
        self.months.entry(ym).or_insert(MonthStatus::Loaded);
        vec![Effect::Save(FileId::Month(ym))]
    }
}
