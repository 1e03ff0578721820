//! One writer at a time: an OS lock on `tend.lock` in the data folder.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{StoreError, atomic};

/// Holds the data folder for this process until dropped. The OS releases the lock
/// when the process ends, however it ends, so a crash never leaves a stale lock.
#[derive(Debug)]
#[must_use = "the data folder is unlocked as soon as this is dropped"]
pub struct DataLock {
    _file: File,
    path: PathBuf,
}

impl DataLock {
    /// The lock file (`data_dir/tend.lock`).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Takes `data_dir/tend.lock` (creating the folder if needed); a second tend on the
/// same folder gets [`StoreError::Locked`].
pub fn lock_data_dir(data_dir: &Path) -> Result<DataLock, StoreError> {
    atomic::ensure_private_dir(data_dir)?;
    let path = data_dir.join("tend.lock");
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path).map_err(|e| StoreError::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(DataLock { _file: file, path }),
        Err(TryLockError::WouldBlock) => Err(StoreError::Locked { data_dir: data_dir.to_path_buf() }),
        Err(TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}
