//! Keeps what the person is typing in `drafts.ron`: within about a second of a change, and at
//! once on a signal or when the loop ends, so even a power cut loses only those seconds.

use std::time::{Duration, Instant};

use crate::app::App;
use crate::domain::draft::Drafts;
use crate::store::Store;

/// At most one write this often while typing goes on (each is a small fsynced file).
const EVERY: Duration = Duration::from_secs(1);

pub struct DraftKeeper {
    /// What the file holds now, as far as this session knows.
    on_disk: Drafts,
    last_write: Option<Instant>,
    /// The last write failed: said once, tried again with each change.
    failing: bool,
}

impl DraftKeeper {
    /// `on_disk`: the drafts the session started with (offered to the person).
    pub fn new(on_disk: Drafts) -> DraftKeeper {
        DraftKeeper { on_disk, last_write: None, failing: false }
    }

    /// Whether drafts may be written now: not while those found at start wait for an
    /// answer, and never into a read-only folder.
    pub fn writable(&self, app: &App) -> bool {
        !app.drafts_on_offer() && app.setup.read_only.is_none()
    }

    /// Writes the drafts when they changed, at most once a second unless `now` is set, and
    /// returns them as they stand (for the watchdog), or `None` while they must not be written:
    /// drafts on offer at start are left alone until the person answers.
    pub fn keep(&mut self, app: &mut App, store: &dyn Store, now: bool) -> Option<Drafts> {
        if !self.writable(app) {
            return None;
        }
        let drafts = app.drafts();
        let recent = self.last_write.is_some_and(|t| t.elapsed() < EVERY);
        if (recent && !now) || drafts == self.on_disk {
            return Some(drafts);
        }
        self.last_write = Some(Instant::now());
        match store.save_drafts(&drafts) {
            Ok(()) => {
                self.on_disk = drafts.clone();
                self.failing = false;
            }
            Err(e) if !self.failing => {
                self.failing = true;
                app.set_error(format!("Could not keep a draft of what you are typing: {e}. It stays open here."));
            }
            Err(_) => {}
        }
        Some(drafts)
    }
}
