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

use super::{JournalView, MonthStatus, NoteEditor};
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
}
