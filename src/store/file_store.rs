//! The real store: one RON file per month under the data folder.

use std::io;
use std::path::Path;

use super::{
    Paths, Store, StoreError, assessments_file, atomic, drafts_file, effects_file, format, meds_file, month_file,
    plan_file, sessions_file, skills_file,
};
use crate::domain::assessment::AssessmentsData;
use crate::domain::draft::Drafts;
use crate::domain::medication::Medication;
use crate::domain::safety_plan::SafetyPlan;
use crate::domain::side_effect::SideEffect;
use crate::domain::{Day, YearMonth};

#[derive(Debug, Clone)]
pub struct FileStore {
    paths: Paths,
}

impl FileStore {
    pub fn new(paths: Paths) -> FileStore {
        FileStore { paths }
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }
}

impl Store for FileStore {
    fn list_months(&self) -> Result<Vec<YearMonth>, StoreError> {
        let dir = self.paths.days_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&dir, e)),
        };
        let mut months = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            // Backups ("2026-11.ron.bad"), temp files and notes of the person's own are not months.
            let month =
                entry.file_name().to_str().and_then(|name| name.strip_suffix(".ron")).and_then(YearMonth::parse);
            months.extend(month);
        }
        months.sort();
        Ok(months)
    }

    fn load_month(&self, ym: YearMonth) -> Result<Vec<Day>, StoreError> {
        load_or(&self.paths.month_file(ym), |p, text| month_file::decode(p, ym, text), Vec::new)
    }

    fn save_month(&self, ym: YearMonth, days: &[Day]) -> Result<(), StoreError> {
        let path = self.paths.month_file(ym);
        // Safety net: the app never saves a month that failed to load, but a file from
        // a newer tend must not be replaced even if it tried.
        format::refuse_if_newer(&path, month_file::MONTH_VERSION)?;
        let text = month_file::encode(&path, ym, days)?;
        atomic::write_atomic(&path, text.as_bytes())
    }

    fn load_medications(&self) -> Result<Vec<Medication>, StoreError> {
        load_or(&self.paths.medications_file(), meds_file::decode, Vec::new)
    }

    fn save_medications(&self, meds: &[Medication]) -> Result<(), StoreError> {
        save(&self.paths.medications_file(), meds_file::decode, |p| meds_file::encode(p, meds))
    }

    fn load_side_effects(&self) -> Result<Vec<SideEffect>, StoreError> {
        load_or(&self.paths.side_effects_file(), effects_file::decode, Vec::new)
    }

    fn save_side_effects(&self, effects: &[SideEffect]) -> Result<(), StoreError> {
        save(&self.paths.side_effects_file(), effects_file::decode, |p| effects_file::encode(p, effects))
    }

    fn load_assessments(&self) -> Result<AssessmentsData, StoreError> {
        load_or(&self.paths.assessments_file(), assessments_file::decode, AssessmentsData::default)
    }

    fn save_assessments(&self, data: &AssessmentsData) -> Result<(), StoreError> {
        save(&self.paths.assessments_file(), assessments_file::decode, |p| assessments_file::encode(p, data))
    }

    fn load_sessions(&self) -> Result<crate::domain::session::SessionsData, StoreError> {
        load_or(&self.paths.sessions_file(), sessions_file::decode, Default::default)
    }

    fn save_sessions(&self, data: &crate::domain::session::SessionsData) -> Result<(), StoreError> {
        save(&self.paths.sessions_file(), sessions_file::decode, |p| sessions_file::encode(p, data))
    }

    fn load_safety_plan(&self) -> Result<SafetyPlan, StoreError> {
        load_or(&self.paths.safety_plan_file(), plan_file::decode, SafetyPlan::default)
    }

    fn save_safety_plan(&self, plan: &SafetyPlan) -> Result<(), StoreError> {
        save(&self.paths.safety_plan_file(), plan_file::decode, |p| plan_file::encode(p, plan))
    }

    fn load_skills(&self) -> Result<crate::domain::skill::SkillsData, StoreError> {
        load_or(&self.paths.skills_file(), skills_file::decode, crate::domain::skill::SkillsData::default)
    }

    fn save_skills(&self, data: &crate::domain::skill::SkillsData) -> Result<(), StoreError> {
        save(&self.paths.skills_file(), skills_file::decode, |p| skills_file::encode(p, data))
    }

    fn load_drafts(&self) -> Result<Option<Drafts>, StoreError> {
        drafts_file::load(&self.paths.drafts_file())
    }

    fn save_drafts(&self, drafts: &Drafts) -> Result<(), StoreError> {
        drafts_file::save(&self.paths.drafts_file(), drafts)
    }

    fn set_drafts_aside(&self, stamp: &str) -> Result<std::path::PathBuf, StoreError> {
        drafts_file::set_aside(&self.paths.drafts_file(), stamp)
    }
}

/// A top-level file read and decoded; no file at all is the empty value.
fn load_or<T>(
    path: &Path,
    decode: impl FnOnce(&Path, &str) -> Result<T, StoreError>,
    empty: fn() -> T,
) -> Result<T, StoreError> {
    match format::read_text(path)? {
        Some(text) => decode(path, &text),
        None => Ok(empty()),
    }
}

/// A top-level file written atomically, never over one that does not read: one from a newer
/// tend, or one that fails to parse (it is reported and kept for the person to fix). These
/// files are small, so reading the old one first costs little.
fn save<T>(
    path: &Path,
    decode: fn(&Path, &str) -> Result<T, StoreError>,
    encode: impl FnOnce(&Path) -> Result<String, StoreError>,
) -> Result<(), StoreError> {
    if let Some(old) = format::read_text(path)? {
        decode(path, &old)?;
    }
    let text = encode(path)?;
    atomic::write_atomic(path, text.as_bytes())
}
