//! The popups over every screen, as data: help, the crisis lines (over whatever was open),
//! the yes/no questions with their words, and the tag list.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::delete;
use crate::domain::MedId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    Quit,
    QuitUnsaved,
    /// Practices that could not be written are kept in drafts; quitting says so first.
    QuitKeepingPractices,
    /// The same in a read-only folder, where nothing can be kept: said plainly.
    QuitLosingPractices,
    /// Drafts found at start, in a few words: restore them (y) or discard them (n).
    RestoreDrafts(String),
    CancelCheckIn,
    CancelNote,
    /// Esc while editing a note that was saved before: only the changes would go.
    CancelNoteEdit,
    /// Deleting something recorded; the question names what goes.
    Delete {
        doomed: delete::Doomed,
        question: String,
    },
    CancelForm,
    /// Esc with questionnaire answers given: they would go.
    CancelQuestionnaire,
    /// An "as needed" dose past the plan's limits: a warning, never a block.
    TakeAnyway {
        date: NaiveDate,
        med: MedId,
        at: DateTime<FixedOffset>,
        warnings: String,
    },
    /// Stopping a medication on a date with doses logged after it (listed).
    StopAnyway {
        med: MedId,
        date: NaiveDate,
        reason: String,
        logged: String,
    },
}

impl Confirm {
    pub fn question(&self) -> String {
        match self {
            Confirm::TakeAnyway { warnings, .. } => format!("{warnings} Log this dose anyway?"),
            Confirm::Delete { question, .. } => format!("{question} This cannot be undone."),
            Confirm::StopAnyway { date, logged, .. } => format!(
                "Doses are logged on or after {}: {logged}. They stay in your days and the day log. Stop it from that date anyway?",
                date.format("%a %-d %b")
            ),
            Confirm::RestoreDrafts(what) => {
                format!("Last time tend closed with unsaved work: {what}. Restore it? (y restores it, n discards it)")
            }
            other => other.fixed_question().to_string(),
        }
    }

    fn fixed_question(&self) -> &'static str {
        match self {
            Confirm::CancelForm => "Close this form without saving what you typed?",
            Confirm::CancelQuestionnaire => "Leave the questionnaire? Your answers so far are not kept.",
            Confirm::TakeAnyway { .. } => "Log this dose anyway?",
            Confirm::StopAnyway { .. } => "Stop it on that date anyway?",
            Confirm::Quit => "You have something unsaved open. Quit without saving it?",
            Confirm::RestoreDrafts(_) => "Restore the unsaved work?",
            Confirm::QuitLosingPractices => {
                "A practice could not be saved, and tend opened read-only, so it cannot be kept. Quit and lose it?"
            }
            Confirm::QuitKeepingPractices => {
                "A practice could not be saved to its month. It is kept and offered again when tend next starts. Quit now?"
            }
            Confirm::QuitUnsaved => "Some changes could not be written to disk. Quit anyway and lose them?",
            Confirm::CancelCheckIn => "Leave the check-in without saving your answers?",
            Confirm::CancelNote => "Discard this note?",
            Confirm::CancelNoteEdit => "Discard your changes? The note stays as it was saved.",
            Confirm::Delete { .. } => "Delete it? This cannot be undone.",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    /// The crisis lines, over whatever overlay was open (it comes back when they close).
    Crisis {
        all_regions: bool,
        scroll: u16,
        back: Option<Box<Overlay>>,
    },
    Confirm(Confirm),
    TagPicker,
}
