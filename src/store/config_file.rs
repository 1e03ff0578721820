//! The person's settings on disk: `config.ron`.

use std::path::Path;

use super::{StoreError, atomic, format};
use crate::config::{CONFIG_VERSION, Config};

/// A missing file is the default config; a newer or broken one is an error, never a reset.
pub fn load_config(path: &Path) -> Result<Config, StoreError> {
    let Some(text) = format::read_text(path)? else {
        return Ok(Config::default());
    };
    format::parse_current(path, &text, CONFIG_VERSION, |c: &Config| c.version)
}

/// Writes the config atomically; refuses to replace one a newer tend wrote.
pub fn save_config(path: &Path, config: &Config) -> Result<(), StoreError> {
    format::refuse_if_newer(path, CONFIG_VERSION)?;
    let current = Config { version: CONFIG_VERSION, ..config.clone() };
    let text = format::to_text(path, &current)?;
    atomic::write_atomic(path, text.as_bytes())
}
