//! The person's own skills data: favourite cards and their own cards: `skills.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::skill::CopingCard;

pub const SKILLS_VERSION: u32 = 1;

/// Favourites (card ids) and the person's own cards.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SkillsData {
    #[serde(default)]
    pub favourites: Vec<String>,
    #[serde(default)]
    pub custom: Vec<CopingCard>,
}

#[derive(Deserialize)]
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
    let file: SkillsFile = format::parse_versioned(path, text, SKILLS_VERSION, |f: &SkillsFile| f.version)?;
    match file.version {
        SKILLS_VERSION => Ok(SkillsData { favourites: file.favourites, custom: file.custom }),
        // Migrations from older layouts go here once SKILLS_VERSION moves past 1.
        older => Err(format::unsupported_version(path, text, older)),
    }
}
