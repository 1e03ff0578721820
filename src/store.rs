//! The only code that touches the disk: where files live, how they are written
//! (atomically, durably, privately) and read (versioned, never silently reset).

mod assessments_file;
mod atomic;
mod config_file;
mod drafts_file;
mod effects_file;
mod error;
mod file_store;
mod format;
mod lock;
mod meds_file;
mod month_file;
mod paths;
mod plan_file;
mod sessions_file;
mod skills_file;

pub use crate::domain::skill::SkillsData;
pub use config_file::{load_config, save_config};
pub use drafts_file::DRAFTS_VERSION;
pub use error::StoreError;
pub use file_store::FileStore;
pub use lock::{DataLock, lock_data_dir};
pub use month_file::MONTH_VERSION;
pub use paths::Paths;

use crate::domain::assessment::AssessmentsData;
use crate::domain::draft::Drafts;
use crate::domain::medication::Medication;
use crate::domain::safety_plan::SafetyPlan;
use crate::domain::side_effect::SideEffect;
use crate::domain::{Day, YearMonth};

/// Narrow interface so the app can be tested with a store that fails on demand.
pub trait Store: Send + Sync {
    /// Months that have a file (`days/YYYY-MM.ron`), oldest first; other names are ignored.
    fn list_months(&self) -> Result<Vec<YearMonth>, StoreError>;
    /// The days recorded in a month; a month without a file is empty.
    fn load_month(&self, ym: YearMonth) -> Result<Vec<Day>, StoreError>;
    /// Replaces a month's file with these days (sorted, empty days dropped).
    fn save_month(&self, ym: YearMonth, days: &[Day]) -> Result<(), StoreError>;
    /// Every medication with its history (`medications.ron`); no file means none yet.
    fn load_medications(&self) -> Result<Vec<Medication>, StoreError>;
    fn save_medications(&self, meds: &[Medication]) -> Result<(), StoreError>;
    /// Every side effect with its ratings (`side_effects.ron`); no file means none yet.
    fn load_side_effects(&self) -> Result<Vec<SideEffect>, StoreError>;
    fn save_side_effects(&self, effects: &[SideEffect]) -> Result<(), StoreError>;
    /// The safety plan (`safety_plan.ron`); no file means an empty plan.
    fn load_safety_plan(&self) -> Result<SafetyPlan, StoreError>;
    fn save_safety_plan(&self, plan: &SafetyPlan) -> Result<(), StoreError>;
    /// Favourite cards and the person's own cards (`skills.ron`); no file means none.
    fn load_skills(&self) -> Result<SkillsData, StoreError>;
    fn save_skills(&self, data: &SkillsData) -> Result<(), StoreError>;
    /// Questionnaires answered (`assessments.ron`), in the order saved; no file means none.
    fn load_assessments(&self) -> Result<AssessmentsData, StoreError>;
    fn save_assessments(&self, data: &AssessmentsData) -> Result<(), StoreError>;
    /// Appointments and questions for the next one (`sessions.ron`); no file means none.
    fn load_sessions(&self) -> Result<crate::domain::session::SessionsData, StoreError>;
    fn save_sessions(&self, data: &crate::domain::session::SessionsData) -> Result<(), StoreError>;
    /// What was typed and not saved (`drafts.ron`); no file means none.
    fn load_drafts(&self) -> Result<Option<Drafts>, StoreError>;
    /// Keeps the drafts; empty drafts remove the file.
    fn save_drafts(&self, drafts: &Drafts) -> Result<(), StoreError>;
    /// Moves an unreadable drafts file aside (named with `stamp`) and says where it went.
    fn set_drafts_aside(&self, stamp: &str) -> Result<std::path::PathBuf, StoreError>;
}
