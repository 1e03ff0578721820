//! The safety plan: `safety_plan.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::safety_plan::SafetyPlan;

pub const PLAN_VERSION: u32 = 1;

#[derive(Deserialize)]
struct PlanFile {
    version: u32,
    #[serde(default)]
    plan: SafetyPlan,
}

#[derive(Serialize)]
struct PlanFileOut<'a> {
    version: u32,
    plan: &'a SafetyPlan,
}

pub(crate) fn encode(path: &Path, plan: &SafetyPlan) -> Result<String, StoreError> {
    format::to_text(path, &PlanFileOut { version: PLAN_VERSION, plan })
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<SafetyPlan, StoreError> {
    let file: PlanFile = format::parse_versioned(path, text, PLAN_VERSION, |f: &PlanFile| f.version)?;
    match file.version {
        PLAN_VERSION => Ok(file.plan),
        // Migrations from older layouts go here once PLAN_VERSION moves past 1.
        older => Err(format::unsupported_version(path, text, older)),
    }
}
