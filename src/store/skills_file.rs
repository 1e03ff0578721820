//! The person's own skills data: favourite cards and their own cards: `skills.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::skill::{CopingCard, SkillsData};

pub const SKILLS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillsFile {
    version: u32,
    #[serde(default)]
    favourites: Vec<String>,
    #[serde(default)]
    custom: Vec<CopingCard>,
}

#[derive(Serialize)]
struct SkillsFileOut<'a> {
    version: u32,
    favourites: &'a [String],
    custom: &'a [CopingCard],
}

pub(crate) fn encode(path: &Path, data: &SkillsData) -> Result<String, StoreError> {
    format::to_text(
        path,
        &SkillsFileOut { version: SKILLS_VERSION, favourites: &data.favourites, custom: &data.custom },
    )
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<SkillsData, StoreError> {
    format::parse_current(path, text, SKILLS_VERSION, |f: &SkillsFile| f.version)
        .map(|f| SkillsData { favourites: f.favourites, custom: f.custom })
}
