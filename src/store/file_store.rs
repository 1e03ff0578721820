//! The real store: one RON file per month under the data folder.

use std::io;

use super::{Paths, Store, StoreError, atomic, effects_file, format, meds_file, month_file, plan_file, skills_file};
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
        let path = self.paths.month_file(ym);
        match format::read_text(&path)? {
            Some(text) => month_file::decode(&path, &text),
            None => Ok(Vec::new()),
        }
    }

    fn save_month(&self, ym: YearMonth, days: &[Day]) -> Result<(), StoreError> {
        let path = self.paths.month_file(ym);
        // Safety net: the app never saves a month that failed to load, but a file from
        // a newer tend must not be replaced even if it tried.
        format::refuse_if_newer(&path, month_file::MONTH_VERSION)?;
        let text = month_file::encode(&path, ym, days)?;
        // Created one level at a time so each new folder's entry is synced in its parent.
        atomic::ensure_private_dir(&self.paths.data_dir)?;
        atomic::write_atomic(&path, text.as_bytes())
    }

    fn load_medications(&self) -> Result<Vec<Medication>, StoreError> {
        let path = self.paths.medications_file();
        match format::read_text(&path)? {
            Some(text) => meds_file::decode(&path, &text),
            None => Ok(Vec::new()),
        }
    }

    fn save_medications(&self, meds: &[Medication]) -> Result<(), StoreError> {
        let path = self.paths.medications_file();
        format::refuse_if_newer(&path, meds_file::MEDS_VERSION)?;
        let text = meds_file::encode(&path, meds)?;
        atomic::write_atomic(&path, text.as_bytes())
    }

    fn load_side_effects(&self) -> Result<Vec<SideEffect>, StoreError> {
        let path = self.paths.side_effects_file();
        match format::read_text(&path)? {
            Some(text) => effects_file::decode(&path, &text),
            None => Ok(Vec::new()),
        }
    }

    fn save_side_effects(&self, effects: &[SideEffect]) -> Result<(), StoreError> {
        let path = self.paths.side_effects_file();
        format::refuse_if_newer(&path, effects_file::EFFECTS_VERSION)?;
        let text = effects_file::encode(&path, effects)?;
        atomic::write_atomic(&path, text.as_bytes())
    }

    fn load_safety_plan(&self) -> Result<SafetyPlan, StoreError> {
        let path = self.paths.safety_plan_file();
        match format::read_text(&path)? {
            Some(text) => plan_file::decode(&path, &text),
            None => Ok(SafetyPlan::default()),
        }
    }

    fn save_safety_plan(&self, plan: &SafetyPlan) -> Result<(), StoreError> {
        let path = self.paths.safety_plan_file();
        format::refuse_if_newer(&path, plan_file::PLAN_VERSION)?;
        let text = plan_file::encode(&path, plan)?;
        atomic::write_atomic(&path, text.as_bytes())
    }

    fn load_skills(&self) -> Result<skills_file::SkillsData, StoreError> {
        let path = self.paths.skills_file();
        match format::read_text(&path)? {
            Some(text) => skills_file::decode(&path, &text),
            None => Ok(skills_file::SkillsData::default()),
        }
    }

    fn save_skills(&self, data: &skills_file::SkillsData) -> Result<(), StoreError> {
        let path = self.paths.skills_file();
        format::refuse_if_newer(&path, skills_file::SKILLS_VERSION)?;
        let text = skills_file::encode(&path, data)?;
        atomic::write_atomic(&path, text.as_bytes())
    }
}
