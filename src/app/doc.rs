//! One type for every file tend writes: a [`FileId`] names it, a [`Doc`] holds a top-level
//! file's value with what is known about it on disk (could it be read; is a change owed).

use std::ops::Deref;

use crate::domain::YearMonth;

/// A file tend reads and writes, as effects and actions name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileId {
    /// `days/YYYY-MM.ron`: a month's check-ins, notes, doses and practices.
    Month(YearMonth),
    Medications,
    SideEffects,
    SafetyPlan,
    Skills,
    Assessments,
    Sessions,
}

impl FileId {
    /// The top-level files (the months are listed from the folder).
    pub const TOP: [FileId; 6] = [
        FileId::Medications,
        FileId::SideEffects,
        FileId::SafetyPlan,
        FileId::Skills,
        FileId::Assessments,
        FileId::Sessions,
    ];

    pub fn file_name(self) -> String {
        match self {
            FileId::Month(ym) => format!("days/{ym}.ron"),
            FileId::Medications => "medications.ron".into(),
            FileId::SideEffects => "side_effects.ron".into(),
            FileId::SafetyPlan => "safety_plan.ron".into(),
            FileId::Skills => "skills.ron".into(),
            FileId::Assessments => "assessments.ron".into(),
            FileId::Sessions => "sessions.ron".into(),
        }
    }

    /// What it holds, as the start of a sentence ("Medication is read-only until …").
    pub fn what(self) -> String {
        match self {
            FileId::Month(ym) => format!("{} is", ym.title()),
            FileId::Medications => "Medication is".into(),
            FileId::SideEffects => "Side effects are".into(),
            FileId::SafetyPlan => "The safety plan is".into(),
            FileId::Skills => "Favourites and your own cards are".into(),
            FileId::Assessments => "Questionnaires are".into(),
            FileId::Sessions => "Appointments and questions are".into(),
        }
    }
}

/// A top-level file in memory. Its value can only be changed through [`Doc::edit`], which
/// marks the change as owed to disk, so a change cannot be left unsaved by forgetting to say so.
/// A file that could not be read keeps its problem and stays read-only until it is fixed.
///
/// When several programs write the data folder (the command line beside the app), this is
/// where what was read from disk (a fingerprint) will be kept, to notice a change made elsewhere.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc<T> {
    value: T,
    problem: Option<String>,
    dirty: bool,
}

impl<T: Default> Doc<T> {
    /// What was read from disk, or, when the file could not be read, an empty value that
    /// stays read-only (with the reason) so the file is never overwritten.
    pub fn loaded(result: Result<T, String>) -> Doc<T> {
        match result {
            Ok(value) => Doc { value, problem: None, dirty: false },
            Err(problem) => Doc { value: T::default(), problem: Some(problem), dirty: false },
        }
    }
}

impl<T> Doc<T> {
    pub fn new(value: T) -> Doc<T> {
        Doc { value, problem: None, dirty: false }
    }

    /// The value to change; the change is then owed to disk.
    pub fn edit(&mut self) -> &mut T {
        self.dirty = true;
        &mut self.value
    }

    /// Why the file could not be read, when it could not.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// True while a change has not reached the disk.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The change is on disk.
    pub fn saved(&mut self) {
        self.dirty = false;
    }

    /// A problem as if the file had failed to read, over the value as it is (for tests of
    /// screens that show both).
    #[cfg(test)]
    pub fn set_problem(&mut self, problem: Option<String>) {
        self.problem = problem;
    }

    /// The person chose to quit without the change.
    pub fn forget(&mut self) {
        self.dirty = false;
    }
}

impl<T> Deref for Doc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_is_owed_until_saved_and_an_unreadable_file_keeps_its_problem() {
        let mut doc = Doc::new(vec![1]);
        assert!(!doc.is_dirty());
        doc.edit().push(2);
        assert!(doc.is_dirty());
        assert_eq!(*doc, vec![1, 2]);
        doc.saved();
        assert!(!doc.is_dirty());
        let bad: Doc<Vec<u8>> = Doc::loaded(Err("line 3, column 1: bad".into()));
        assert_eq!(bad.problem(), Some("line 3, column 1: bad"));
        assert!(bad.is_empty());
        assert_eq!(FileId::Medications.file_name(), "medications.ron");
    }
}
