//! The shared RON format of tend's files: every file opens with `version: N`.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::StoreError;

/// How far into a file the cheap version check looks for `version: N`.
const HEAD_BYTES: u64 = 256;

/// `implicit_some` lets files read `mood: 6`; `Some(6)` is still accepted.
pub(crate) fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Field names without struct names, and notes as readable (raw) strings.
fn pretty() -> PrettyConfig {
    PrettyConfig::new().struct_names(false).escape_strings(false)
}

/// Any file's first field: serde ignores the rest.
#[derive(Deserialize)]
struct Header {
    version: u32,
}

/// The `version` a file says it is, when that much of it can be read.
pub(crate) fn version_of(text: &str) -> Option<u32> {
    options().from_str::<Header>(text).ok().map(|h| h.version)
}

pub(crate) fn to_text<T: Serialize>(path: &Path, value: &T) -> Result<String, StoreError> {
    let mut text = options()
        .to_string_pretty(value, pretty())
        .map_err(|e| StoreError::io(path, io::Error::new(io::ErrorKind::InvalidData, e)))?;
    text.push('\n');
    Ok(text)
}

/// The file's text, or `None` when there is no file.
pub(crate) fn read_text(path: &Path) -> Result<Option<String>, StoreError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let (line, column) = line_column(&String::from_utf8_lossy(valid), valid.len());
            Err(StoreError::Parse { path: path.to_path_buf(), line, column, message: "not valid UTF-8 text".into() })
        }
    }
}

/// Parses a file in the current layout. A newer version is refused; an older one is
/// reported as unsupported, never read as if it were current. When a layout changes, the
/// file's `decode` matches on the old version and migrates instead of calling this.
pub(crate) fn parse_current<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    current: u32,
    version_of: impl Fn(&T) -> u32,
) -> Result<T, StoreError> {
    let file = parse_versioned(path, text, current, &version_of)?;
    match version_of(&file) {
        found if found == current => Ok(file),
        older => Err(unsupported_version(path, text, older)),
    }
}

/// Parses a whole versioned file. A newer version is refused even when the rest no
/// longer parses; the caller decides what an older version it parsed means.
pub(crate) fn parse_versioned<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    supported: u32,
    version_of: impl Fn(&T) -> u32,
) -> Result<T, StoreError> {
    match options().from_str::<T>(text) {
        Ok(file) => {
            let found = version_of(&file);
            if found > supported {
                return Err(newer(path, found, supported));
            }
            Ok(file)
        }
        Err(err) => {
            if let Ok(header) = options().from_str::<Header>(text)
                && header.version > supported
            {
                return Err(newer(path, header.version, supported));
            }
            let (line, column) = at_token(text, err.span.start.line, err.span.start.col);
            Err(StoreError::Parse { path: path.to_path_buf(), line, column, message: err.code.to_string() })
        }
    }
}

fn newer(path: &Path, found: u32, supported: u32) -> StoreError {
    StoreError::NewerVersion { path: path.to_path_buf(), found, supported }
}

/// An older version this tend has no migration for; points at the `version` field.
pub(crate) fn unsupported_version(path: &Path, text: &str, found: u32) -> StoreError {
    let at = text.find("version").unwrap_or(0);
    let (line, column) = line_column(text, at);
    StoreError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message: format!("unsupported version {found}; this tend reads only newer files"),
    }
}

/// 1-based line and column (in characters) of a byte offset, as ron counts them.
pub(crate) fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = text.get(..byte).unwrap_or(text);
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// ron's error span starts before the whitespace in front of the offending token;
/// the person should be pointed at the token itself.
fn at_token(text: &str, line: usize, column: usize) -> (usize, usize) {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = text.get(line_start..).unwrap_or("");
    let from = line_start + rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
    match text.get(from..).and_then(|t| t.find(|c: char| !c.is_whitespace())) {
        Some(skip) => line_column(text, from + skip),
        // Only whitespace to the end: ron's own position says it best.
        None => (line, column),
    }
}

/// Refuses to replace a file a newer tend wrote. Reads only the first bytes, so it
/// stays cheap enough to run before every save.
pub(crate) fn refuse_if_newer(path: &Path, supported: u32) -> Result<(), StoreError> {
    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(HEAD_BYTES).read_to_end(&mut head));
    match read {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(path, e)),
    }
    match version_in_head(&String::from_utf8_lossy(&head)) {
        Some(found) if found > supported => Err(newer(path, found, supported)),
        _ => Ok(()),
    }
}

fn version_in_head(head: &str) -> Option<u32> {
    let (_, rest) = head.split_once("version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    // Too many digits for a u32 is still a version from the future.
    Some(digits.parse().unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_found_in_the_head() {
        assert_eq!(version_in_head("(\n    version: 1,\n    days: ["), Some(1));
        assert_eq!(version_in_head("#![enable(implicit_some)]\n(version:12,"), Some(12));
        assert_eq!(version_in_head("(version: 99999999999,"), Some(u32::MAX));
        assert_eq!(version_in_head("(days: [])"), None);
        assert_eq!(version_in_head("(version: x)"), None);
    }

    #[test]
    fn line_column_counts_characters_from_one() {
        assert_eq!(line_column("abc", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é\nüx", 5), (2, 2));
    }

    #[test]
    fn errors_point_at_the_token_not_the_space_before_it() {
        let text = "(\n  a: \n   é: six,\n";
        assert_eq!(at_token(text, 2, 5), (3, 4));
        assert_eq!(at_token(text, 3, 6), (3, 7));
        assert_eq!(at_token(text, 3, 7), (3, 7));
        assert_eq!(at_token("(a: ", 1, 4), (1, 4));
    }
}
