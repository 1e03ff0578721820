//! The medications and their whole history of changes: `medications.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::medication::Medication;

pub const MEDS_VERSION: u32 = 1;

#[derive(Deserialize)]
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
    let file: MedsFile = format::parse_versioned(path, text, MEDS_VERSION, |f: &MedsFile| f.version)?;
    match file.version {
        MEDS_VERSION => Ok(file.medications),
        // Migrations from older layouts go here once MEDS_VERSION moves past 1.
        older => Err(format::unsupported_version(path, text, older)),
    }
}
