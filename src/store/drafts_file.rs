//! Unsaved input: `drafts.ron`. Written often (within seconds of a keystroke and on a
//! signal), removed once nothing is unsaved; one that fails to parse is moved aside, never
//! overwritten.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{StoreError, atomic, format};
use crate::domain::draft::Drafts;

/// 2: a form's kind names its feature (`Meds(Edit("sertraline"))`, was `EditMed("sertraline")`).
pub const DRAFTS_VERSION: u32 = 2;

mod v1;

#[derive(Deserialize)]
struct DraftsFile {
    version: u32,
    #[serde(default)]
    drafts: Drafts,
}

#[derive(Serialize)]
struct DraftsFileOut<'a> {
    version: u32,
    drafts: &'a Drafts,
}

pub(crate) fn load(path: &Path) -> Result<Option<Drafts>, StoreError> {
    let Some(text) = format::read_text(path)? else { return Ok(None) };
    let drafts = match format::version_of(&text) {
        Some(1) => v1::parse(path, &text)?,
        _ => format::parse_current(path, &text, DRAFTS_VERSION, |f: &DraftsFile| f.version)?.drafts,
    };
    Ok((!drafts.is_empty()).then_some(drafts))
}

/// Writes the drafts, or removes the file when there are none.
pub(crate) fn save(path: &Path, drafts: &Drafts) -> Result<(), StoreError> {
    if drafts.is_empty() {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, e)),
            _ => Ok(()),
        };
    }
    let text = format::to_text(path, &DraftsFileOut { version: DRAFTS_VERSION, drafts })?;
    atomic::write_atomic(path, text.as_bytes())
}

/// Moves a drafts file that cannot be read out of the way (`drafts.unreadable-<stamp>.ron`),
/// so new drafts can be kept and the old one stays for the person; returns where it went.
pub(crate) fn set_aside(path: &Path, stamp: &str) -> Result<PathBuf, StoreError> {
    let aside = path.with_file_name(format!("drafts.unreadable-{stamp}.ron"));
    std::fs::rename(path, &aside).map_err(|e| StoreError::io(path, e))?;
    Ok(aside)
}
