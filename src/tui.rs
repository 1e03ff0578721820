//! The terminal: setup and panic-safe restore, and the event loop
//! (read event → keymap → update → perform effects → draw). The only place that reads the clock.

mod drafts;
mod load;
mod screen;
mod signals;

use std::io;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, Timelike};
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui_textarea::Input;

use crate::app::{Action, App, Confirm, Effect, FileId, Loaded, Overlay, update};
use crate::store::{FileStore, Store};
use crate::ui;
use drafts::DraftKeeper;
pub use load::{Loader, load_first_months};
use screen::Screen;
use signals::Signals;

/// The current moment with its UTC offset, to the second (files stay tidy).
pub fn now() -> DateTime<FixedOffset> {
    if let Some(fixed) = fixed_now() {
        return fixed;
    }
    let now = Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// `TEND_NOW=2026-11-27T09:30:00+01:00` stops the clock at that moment: for tests (and
/// screenshots) that must not depend on the day they run, e.g. near midnight.
fn fixed_now() -> Option<DateTime<FixedOffset>> {
    static FIXED: std::sync::OnceLock<Option<DateTime<FixedOffset>>> = std::sync::OnceLock::new();
    *FIXED.get_or_init(|| {
        let text = std::env::var("TEND_NOW").ok()?;
        DateTime::parse_from_rfc3339(text.trim()).ok()
    })
}

/// How the session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT) ended it, after drafts were kept.
    Signal(i32),
}

/// Runs the interactive app until the person quits or a signal ends it. The terminal is
/// restored on every path, including a panic, and unsaved input is kept in drafts.
pub fn run(mut app: App, store: FileStore) -> io::Result<Ending> {
    let signals = Signals::register(Box::new(store.clone()))?;
    let settings = app.problems.len();
    let skip = load_first_months(&mut app, &store, now());
    // Files that cannot be read come first; odd settings after them.
    app.problems.rotate_left(settings);
    let mut loader = Loader::new(skip);
    let mut keeper = DraftKeeper::new(app.draft_offer.clone().unwrap_or_default());
    update(&mut app, Action::Loaded(Loaded::OlderMonths), now());

    let mut terminal = screen::open()?;
    let mut session = Session { app: &mut app, store: &store, loader: &mut loader, keeper: &mut keeper, signals };
    // The first frame is drawn before any older month is read.
    let result = draw(&mut terminal, session.app).and_then(|()| session.event_loop(&mut terminal));
    // Whatever ended the loop (a quit, a signal, a terminal that went away), what is unsaved
    // is kept before the terminal is given back. Only a quit may remove the drafts file: on
    // any other ending an empty set of drafts leaves what is on disk for the next start.
    let signal = match &result {
        Err(_) => session.signals.received_within(Duration::from_millis(200)),
        Ok(_) => session.signals.received(),
    };
    session.signals.ended();
    let quit = matches!(result, Ok(Ending::Quit));
    if quit || !app.drafts().is_empty() {
        let _ = keeper.keep(&mut app, &store, true);
    }
    screen::close(terminal);
    match (result, signal) {
        // The terminal went away under a signal (drawing failed): that is the signal's ending.
        (Err(_), Some(sig)) => Ok(Ending::Signal(sig)),
        (result, _) => result,
    }
}

struct Session<'a> {
    app: &'a mut App,
    store: &'a dyn Store,
    loader: &'a mut Loader,
    keeper: &'a mut DraftKeeper,
    signals: Signals,
}

impl Session<'_> {
    fn event_loop(&mut self, terminal: &mut Screen) -> io::Result<Ending> {
        let mut redraw = false;
        let mut loaded = 0u32;
        let mut last_tick = Instant::now();
        loop {
            if let Some(sig) = self.signals.received() {
                // One more try at anything unsaved; drafts are kept by `run` on the way out.
                let effects = self.app.unsaved_files();
                perform(self.app, self.store, effects);
                return Ok(Ending::Signal(sig));
            }
            // One look at what is unsaved a turn: written when due, handed to the watchdog.
            let drafts = self.keeper.keep(self.app, self.store, false);
            self.signals.publish(drafts);
            // A running exercise advances by the time that really passed (paused runs ignore it).
            if self.app.skills.run.is_some() {
                let ms = u64::try_from(last_tick.elapsed().as_millis()).unwrap_or(0);
                if ms > 0 {
                    last_tick = Instant::now();
                    redraw = true;
                    if self.act(Action::Tick(ms)) {
                        return Ok(Ending::Quit);
                    }
                }
            } else {
                last_tick = Instant::now();
            }
            // Keys already waiting (a paste typed as keys, a held key) are taken first and the
            // screen drawn once after them, rather than once per key.
            if redraw && !event::poll(Duration::from_millis(2))? {
                draw(terminal, self.app)?;
                redraw = false;
            }
            // While older months remain, read one whenever no key is waiting.
            if self.app.journal.loading && !event::poll(Duration::ZERO)? {
                if let Some(action) = self.loader.step(self.store) {
                    update(self.app, action, now());
                    loaded += 1;
                    // Repaint now and then (counts and calendars fill in), and when done.
                    redraw = loaded.is_multiple_of(24) || !self.app.journal.loading;
                }
                continue;
            }
            // Animate a running exercise ten times a second; otherwise wake four times a second,
            // to notice a signal, keep drafts, and roll the date and the dose statuses over.
            let wait =
                if self.app.skills.run.is_some() { Duration::from_millis(100) } else { Duration::from_millis(250) };
            if !event::poll(wait)? {
                // A new minute can turn a due dose late, or start a new day.
                let t = now();
                if t.date_naive() != self.app.today
                    || (t.hour(), t.minute()) != (self.app.now.hour(), self.app.now.minute())
                {
                    self.act(Action::Clock);
                    redraw = true;
                }
                continue;
            }
            redraw = true; // resizes and unbound keys still repaint
            let Some(action) = to_action(self.app, event::read()?) else { continue };
            if self.act(action) {
                return Ok(Ending::Quit);
            }
        }
    }

    /// One action through `update` and its effects; true when the app should exit.
    fn act(&mut self, action: Action) -> bool {
        let effects = update(self.app, action, now());
        perform(self.app, self.store, effects)
    }
}

/// Draws a frame, then hands the app what the frame measured (how far its views scroll).
fn draw(terminal: &mut Screen, app: &mut App) -> io::Result<()> {
    let mut limits = crate::app::ScrollLimits::default();
    terminal.draw(|f| limits = ui::render(f, app))?;
    update(app, Action::Drawn(limits), now());
    Ok(())
}

fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) if matches!(key.kind, KeyEventKind::Press | KeyEventKind::Repeat) => {
            app.action_for_key(Input::from(key))
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            _ => None,
        },
        Event::Paste(text) => Some(Action::Paste(text)),
        _ => None,
    }
}

/// Carries out effects; returns true when the app should exit.
fn perform(app: &mut App, store: &dyn Store, effects: Vec<Effect>) -> bool {
    for effect in effects {
        match effect {
            Effect::Save(file) => {
                let result = save(app, store, file).map_err(|e| e.to_string());
                update(app, Action::Saved(file, result), now());
            }
            Effect::Quit => {
                if app.unsaved_files().is_empty() {
                    return true;
                }
                app.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved));
            }
        }
    }
    false
}

/// Writes one file from what the app holds.
fn save(app: &App, store: &dyn Store, file: FileId) -> Result<(), crate::store::StoreError> {
    match file {
        FileId::Month(ym) => store.save_month(ym, app.journal.days.month_days(ym)),
        FileId::Medications => store.save_medications(&app.meds.list),
        FileId::SideEffects => store.save_side_effects(&app.effects.list),
        FileId::SafetyPlan => store.save_safety_plan(&app.plan),
        FileId::Skills => store.save_skills(&app.skills.mine),
        FileId::Assessments => store.save_assessments(&app.assessments.data),
        FileId::Sessions => store.save_sessions(&app.sessions.data),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::app::tests::{now, press};
    use crate::config::Config;
    use crate::domain::YearMonth;
    use crate::tui::load::tests::Fake;

    /// Keys through `update`, then the effects through the loop's own `perform`.
    fn act(app: &mut App, store: &dyn Store, keys: &str) -> bool {
        let effects = press(app, keys);
        perform(app, store, effects)
    }

    #[test]
    fn a_failed_save_in_the_loop_keeps_the_entry_and_quitting_asks_before_losing_it() {
        let store = Fake::new(false);
        let mut app = App::new(Config::default(), now().date_naive());
        let month = YearMonth::of(now().date_naive());
        crate::fixtures::load_month(&mut app, month, Ok(Vec::new()));
        store.fail_saves.store(true, Ordering::Relaxed);
        assert!(!act(&mut app, &store, "nkept while the disk is full\x13"));
        let status = app.status.clone().expect("a message");
        assert!(status.0.contains("the disk is full") && status.0.contains("kept in tend"), "{status:?}");
        assert!(app.journal.dirty.contains(&month), "still owed to disk");
        // Quitting tries once more, fails, and asks rather than losing the note.
        assert!(!act(&mut app, &store, "q"));
        assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::QuitUnsaved)));
        // Not now; the disk has room again; the next quit writes it and exits.
        press(&mut app, "n");
        store.fail_saves.store(false, Ordering::Relaxed);
        assert!(act(&mut app, &store, "q"), "saved, then quit");
        assert!(app.journal.dirty.is_empty());
    }
}
