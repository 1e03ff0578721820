//! Atomic, durable, private writes: a reader sees the old file or the new one, never half.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::StoreError;

/// Folders tend creates are for the person only.
#[cfg(unix)]
const DIR_MODE: u32 = 0o700;
/// Files tend writes are for the person only.
#[cfg(unix)]
const FILE_MODE: u32 = 0o600;

/// Replaces `path` with `bytes`: temp file in the same folder → write → `sync_all` →
/// rename over the target → fsync the folder. On failure the temp file is removed
/// (by `NamedTempFile`'s drop) and the old file is untouched.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

fn write_atomic_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> Result<(), StoreError> {
    // A file the person made read-only (chmod a-w) stays as it is: a rename would replace it
    // regardless of its mode, so the write is refused here.
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(StoreError::ReadOnlyFile { path: path.to_path_buf() });
    }
    let dir = parent_dir(path);
    ensure_private_dir(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // A leftover from a crash reads as what it was and never ends in `.ron`.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, e))?;
    let fail = |e| StoreError::io(path, e);
    set_private_file(temp.as_file()).map_err(fail)?;
    write(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    sync_dir(dir)
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates `dir` (and missing parents) as 0700, one level at a time so that each new
/// folder's entry is synced in its parent and survives a crash; an existing folder keeps
/// its mode.
pub(crate) fn ensure_private_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    let parent = parent_dir(dir);
    if dir.parent().is_some_and(|p| !p.as_os_str().is_empty()) {
        ensure_private_dir(parent)?;
    }
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    match builder.create(dir) {
        Ok(()) => {}
        // Made meanwhile by someone else (another folder on the same path): fine.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        Err(e) => return Err(StoreError::io(dir, e)),
    }
    sync_dir(parent)
}

pub(crate) fn set_private_file(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Makes a rename or a new entry in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(|e| StoreError::io(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn interrupted_write_keeps_old_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("2026-11.ron");
        write_atomic(&target, b"old and whole").expect("first write");
        let err = write_atomic_with(&target, |file| {
            file.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        })
        .expect_err("write fails");
        assert!(matches!(&err, StoreError::Io { path, .. } if path == &target));
        assert_eq!(fs::read(&target).expect("read"), b"old and whole");
        assert_eq!(names_in(dir.path()), vec!["2026-11.ron"]);
    }

    #[test]
    fn write_replaces_and_creates_missing_folders() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("a/b/c.ron");
        write_atomic(&target, b"one").expect("write");
        write_atomic(&target, b"two").expect("rewrite");
        assert_eq!(fs::read(&target).expect("read"), b"two");
        assert_eq!(names_in(&dir.path().join("a/b")), vec!["c.ron"]);
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("days");
        fs::write(&blocker, b"not a folder").expect("write");
        let err = write_atomic(&blocker.join("2026-11.ron"), b"x").expect_err("no folder");
        assert_eq!(err.path(), Some(blocker.as_path()));
        assert_eq!(fs::read(&blocker).expect("read"), b"not a folder");
    }
}
