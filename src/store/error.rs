//! What can go wrong with tend's files, in words the person can act on.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("could not read/write {}: {}", path.display(), describe(source))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}, line {line}, column {column}: {message}", path.display())]
    Parse { path: PathBuf, line: usize, column: usize, message: String },
    #[error(
        "{} was written by a newer tend (version {found}; this one reads up to {supported}); it is left untouched",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
    #[error("{} is read-only (its mode allows no writing), so tend leaves it as it is; `chmod u+w` on it lets tend save again", path.display())]
    ReadOnlyFile { path: PathBuf },
    #[error("already open on {} in another window; close it there first", data_dir.display())]
    Locked { data_dir: PathBuf },
    #[error("could not find a home folder to keep tend's data in; choose one with --data-dir PATH (or TEND_DATA_DIR)")]
    NoHome,
}

/// An OS error in a few plain words ("permission denied", "the disk is full"), without the
/// temporary file's path that some errors carry.
pub fn describe(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        ErrorKind::StorageFull => "the disk is full".into(),
        ErrorKind::NotFound => "not found".into(),
        _ => {
            let text = e.to_string();
            text.split(" at path ").next().unwrap_or(&text).to_string()
        }
    }
}

impl StoreError {
    /// True when the folder or file cannot be written at all (permissions, a read-only disk):
    /// tend can still open, read-only.
    pub fn is_not_writable(&self) -> bool {
        use std::io::ErrorKind;
        matches!(self, StoreError::Io { source, .. }
            if matches!(source.kind(), ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem))
            || matches!(self, StoreError::ReadOnlyFile { .. })
    }

    /// The file or folder the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Parse { path, .. }
            | StoreError::NewerVersion { path, .. }
            | StoreError::ReadOnlyFile { path } => Some(path),
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
        let denied = std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "Permission denied (os error 13) at path \"/d/.x.tmp\"",
        );
        let io = StoreError::io(Path::new("/d/days"), denied);
        assert_eq!(io.to_string(), "could not read/write /d/days: permission denied");
        assert!(io.is_not_writable());
        let other = std::io::Error::other("Bad thing at path \"/d/.x.tmp\"");
        assert_eq!(describe(&other), "Bad thing", "no temporary path");
        assert_eq!(StoreError::NoHome.path(), None);
    }
}
