//! Side effects with their ratings over time: `side_effects.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::side_effect::SideEffect;

pub const EFFECTS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EffectsFile {
    version: u32,
    #[serde(default)]
    side_effects: Vec<SideEffect>,
}

#[derive(Serialize)]
struct EffectsFileOut<'a> {
    version: u32,
    side_effects: &'a [SideEffect],
}

pub(crate) fn encode(path: &Path, effects: &[SideEffect]) -> Result<String, StoreError> {
    format::to_text(path, &EffectsFileOut { version: EFFECTS_VERSION, side_effects: effects })
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<Vec<SideEffect>, StoreError> {
    format::parse_current(path, text, EFFECTS_VERSION, |f: &EffectsFile| f.version).map(|f| f.side_effects)
}
