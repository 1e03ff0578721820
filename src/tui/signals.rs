//! SIGTERM, SIGHUP (the window was closed) and SIGINT: noted by a handler that only sets a
//! number, then handled by the event loop, which keeps drafts and restores the terminal.
//!
//! A watchdog thread covers the case the loop cannot: when the terminal goes away, crossterm
//! (0.29) spins forever reading end-of-file and never returns to the loop. If the loop has
//! not ended a second after a signal, or after the terminal is gone, the watchdog writes the
//! latest drafts itself and ends the process, so the lock is released and nothing typed is
//! lost beyond that second.

use std::fs::File;
use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use crate::domain::draft::Drafts;
use crate::store::Store;

/// How long the loop has to end by itself before the watchdog steps in.
const GRACE: Duration = Duration::from_secs(1);

pub struct Signals {
    received: Arc<AtomicUsize>,
    /// The loop has ended (it kept the drafts itself): the watchdog stands down.
    ended: Arc<AtomicBool>,
    /// The drafts as the loop last saw them; `None` while they must not be written.
    latest: Arc<Mutex<Option<Drafts>>>,
}

impl Signals {
    pub fn register(store: Box<dyn Store>) -> io::Result<Signals> {
        let received = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&received), sig as usize)?;
        }
        let signals = Signals { received, ended: Arc::default(), latest: Arc::default() };
        let (received, ended, latest) =
            (Arc::clone(&signals.received), Arc::clone(&signals.ended), Arc::clone(&signals.latest));
        thread::Builder::new().name("tend-watchdog".into()).spawn(move || watch(&received, &ended, &latest, store))?;
        Ok(signals)
    }

    /// The signal that asked tend to end, if one has arrived.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// The signal received, waiting up to `patience` for one: when the terminal goes away,
    /// its SIGHUP can reach the other thread just after this one saw the write fail.
    pub fn received_within(&self, patience: Duration) -> Option<i32> {
        let until = Instant::now() + patience;
        loop {
            if let Some(sig) = self.received() {
                return Some(sig);
            }
            if Instant::now() >= until {
                return None;
            }
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// What the watchdog writes if the loop gets stuck.
    pub fn publish(&self, drafts: Option<Drafts>) {
        *self.latest.lock().unwrap_or_else(PoisonError::into_inner) = drafts;
    }

    /// The loop ended by itself.
    pub fn ended(&self) {
        self.ended.store(true, Ordering::SeqCst);
    }
}

fn watch(received: &AtomicUsize, ended: &AtomicBool, latest: &Mutex<Option<Drafts>>, store: Box<dyn Store>) {
    // A terminal that can be opened now and not later has gone away (hung up).
    let had_tty = File::open("/dev/tty").is_ok();
    let mut since: Option<Instant> = None;
    loop {
        thread::sleep(Duration::from_millis(200));
        if ended.load(Ordering::SeqCst) {
            return;
        }
        let gone = had_tty && File::open("/dev/tty").is_err();
        if received.load(Ordering::Relaxed) == 0 && !gone {
            continue;
        }
        let first = *since.get_or_insert_with(Instant::now);
        if first.elapsed() < GRACE {
            continue;
        }
        if ended.load(Ordering::SeqCst) {
            return;
        }
        // Written only when there is something to keep: never removes what is on disk.
        if let Some(drafts) = latest.lock().unwrap_or_else(PoisonError::into_inner).as_ref().filter(|d| !d.is_empty()) {
            let _ = store.save_drafts(drafts);
        }
        let sig = match received.load(Ordering::Relaxed) {
            0 => SIGHUP,
            n => i32::try_from(n).unwrap_or(SIGHUP),
        };
        std::process::exit(128 + sig);
    }
}
