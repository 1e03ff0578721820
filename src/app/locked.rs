//! Why something cannot be changed now: the whole data folder opened read-only, or one
//! top-level file that could not be read (kept as it is until the person fixes it).

use super::App;

/// The files that hold definitions rather than days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopFile {
    Medications,
    SideEffects,
    SafetyPlan,
    Skills,
}

impl TopFile {
    pub fn file_name(self) -> &'static str {
        match self {
            TopFile::Medications => "medications.ron",
            TopFile::SideEffects => "side_effects.ron",
            TopFile::SafetyPlan => "safety_plan.ron",
            TopFile::Skills => "skills.ron",
        }
    }

    /// What it holds, as the start of a sentence.
    fn what(self) -> &'static str {
        match self {
            TopFile::Medications => "Medication is",
            TopFile::SideEffects => "Side effects are",
            TopFile::SafetyPlan => "The safety plan is",
            TopFile::Skills => "Favourites and your own cards are",
        }
    }
}

impl App {
    /// The sentence shown for every change refused while the folder is read-only.
    pub fn read_only_sentence(&self) -> Option<String> {
        self.read_only.as_ref().map(|why| format!("tend opened read-only ({why}): nothing can be changed this time."))
    }

    /// Why `file` cannot be changed now, as a sentence to show; `None` when it can.
    pub fn locked(&self, file: TopFile) -> Option<String> {
        if let Some(s) = self.read_only_sentence() {
            return Some(s);
        }
        let problem = match file {
            TopFile::Medications => &self.meds_problem,
            TopFile::SideEffects => &self.effects_problem,
            TopFile::SafetyPlan => &self.plan_problem,
            TopFile::Skills => &self.skills_problem,
        };
        problem.as_ref().map(|p| format!("{} read-only until {} is fixed: {p}", file.what(), file.file_name()))
    }
}
