//! The medications and their whole history of changes: `medications.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::medication::Medication;

pub const MEDS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MedsFile {
    version: u32,
    #[serde(default)]
    medications: Vec<Medication>,
}

#[derive(Serialize)]
struct MedsFileOut<'a> {
    version: u32,
    medications: &'a [Medication],
}

pub(crate) fn encode(path: &Path, meds: &[Medication]) -> Result<String, StoreError> {
    format::to_text(path, &MedsFileOut { version: MEDS_VERSION, medications: meds })
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<Vec<Medication>, StoreError> {
    format::parse_current(path, text, MEDS_VERSION, |f: &MedsFile| f.version).map(|f| f.medications)
}
