//! SIGTERM, SIGHUP (the window was closed) and SIGINT: noted by a handler that only sets a
//! number, then handled by the event loop, which keeps drafts and restores the terminal.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    pub fn register() -> io::Result<Signals> {
        let received = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&received), sig as usize)?;
        }
        Ok(Signals { received })
    }

    /// The signal that asked tend to end, if one has arrived.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }
}
