//! The safety plan: `safety_plan.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::safety_plan::SafetyPlan;

pub const PLAN_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
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
    format::parse_current(path, text, PLAN_VERSION, |f: &PlanFile| f.version).map(|f| f.plan)
}
