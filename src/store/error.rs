//! What can go wrong with tend's files, in words the person can act on.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("could not read/write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}, line {line}, column {column}: {message}", path.display())]
    Parse { path: PathBuf, line: usize, column: usize, message: String },
    #[error(
        "{} was written by a newer tend (version {found}; this one reads up to {supported}); it is left untouched",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
    #[error("already open on {} in another window; close it there first", data_dir.display())]
    Locked { data_dir: PathBuf },
    #[error("could not find a home folder to keep tend's data in; choose one with --data-dir PATH (or TEND_DATA_DIR)")]
    NoHome,
}

impl StoreError {
    /// The file or folder the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. } | StoreError::Parse { path, .. } | StoreError::NewerVersion { path, .. } => {
                Some(path)
            }
            StoreError::Locked { data_dir } => Some(data_dir),
            StoreError::NoHome => None,
        }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io { path: path.to_path_buf(), source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_what_to_do() {
        let newer = StoreError::NewerVersion { path: PathBuf::from("/d/days/2026-11.ron"), found: 3, supported: 1 };
        assert_eq!(
            newer.to_string(),
            "/d/days/2026-11.ron was written by a newer tend (version 3; this one reads up to 1); it is left untouched"
        );
        let parse = StoreError::Parse {
            path: PathBuf::from("/d/config.ron"),
            line: 4,
            column: 9,
            message: "Expected integer".into(),
        };
        assert_eq!(parse.to_string(), "/d/config.ron, line 4, column 9: Expected integer");
        let locked = StoreError::Locked { data_dir: PathBuf::from("/d") };
        assert_eq!(locked.to_string(), "already open on /d in another window; close it there first");
        assert_eq!(locked.path(), Some(Path::new("/d")));
        assert!(StoreError::NoHome.to_string().contains("--data-dir"));
        assert_eq!(StoreError::NoHome.path(), None);
    }
}
