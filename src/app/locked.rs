//! Why something cannot be changed now: the whole data folder opened read-only, or one
//! top-level file that could not be read (kept as it is until the person fixes it).

use super::{App, FileId};

impl App {
    /// The sentence shown for every change refused while the folder is read-only.
    pub fn read_only_sentence(&self) -> Option<String> {
        self.setup
            .read_only
            .as_ref()
            .map(|why| format!("tend opened read-only ({why}): nothing can be changed this time."))
    }

    /// What is known of a top-level file's reading: why it could not be read, if so.
    fn problem_of(&self, file: FileId) -> Option<&str> {
        match file {
            FileId::Medications => self.meds.list.problem(),
            FileId::SideEffects => self.effects.list.problem(),
            FileId::SafetyPlan => self.plan.problem(),
            FileId::Skills => self.skills.mine.problem(),
            FileId::Assessments => self.assessments.data.problem(),
            FileId::Sessions => self.sessions.data.problem(),
            FileId::Month(_) => None,
        }
    }

    /// Why `file` cannot be changed now, as a sentence to show; `None` when it can.
    pub fn locked(&self, file: FileId) -> Option<String> {
        if let Some(s) = self.read_only_sentence() {
            return Some(s);
        }
        self.problem_of(file).map(|p| format!("{} read-only until {} is fixed: {p}", file.what(), file.file_name()))
    }
}
