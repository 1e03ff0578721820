//! The terminal: setup and panic-safe restore, and the event loop
//! (read event → keymap → update → perform effects → draw). The only place that reads the clock.

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, Timelike};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event, KeyEventKind,
    MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui_textarea::Input;

use crate::app::{Action, App, Confirm, Effect, Overlay, update};
use crate::domain::YearMonth;
use crate::store::{FileStore, Store};
use crate::ui;

/// The current moment with its UTC offset, to the second (files stay tidy).
pub fn now() -> DateTime<FixedOffset> {
    let now = Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Loads the months the first screen needs (this one and the one before, for the 14-day chart)
/// and the medications (Today lists their doses).
pub fn load_first_months(app: &mut App, store: &dyn Store) -> Vec<YearMonth> {
    match store.load_medications() {
        Ok(meds) => app.meds = meds,
        Err(e) => {
            app.problems.push(format!("{e}. Medication is read-only until it is fixed."));
            app.meds_problem = Some(e.to_string());
        }
    }
    let this = YearMonth::of(app.today);
    let months = vec![this, this.prev()];
    for ym in &months {
        let result = store.load_month(*ym).map_err(|e| e.to_string());
        app.month_loaded(*ym, result);
    }
    months
}

/// Loads every other month in the background, newest first, and reports each to the loop.
pub fn spawn_loader(store: FileStore, skip: Vec<YearMonth>, tx: Sender<Action>) {
    thread::spawn(move || {
        let mut problems = Vec::new();
        match store.list_months() {
            Ok(list) => {
                for ym in list.into_iter().rev().filter(|ym| !skip.contains(ym)) {
                    let result = store.load_month(ym).map_err(|e| e.to_string());
                    if tx.send(Action::MonthLoaded(ym, result)).is_err() {
                        return;
                    }
                }
            }
            Err(e) => problems.push(e.to_string()),
        }
        let _ = tx.send(Action::LoadingDone(problems));
    });
}

/// Runs the interactive app until the person quits. The terminal is restored on every path,
/// including a panic.
pub fn run(mut app: App, store: FileStore) -> io::Result<()> {
    let skip = load_first_months(&mut app, &store);
    let (tx, rx) = mpsc::channel();
    app.loading = true;

    let mut terminal = ratatui::try_init()?;
    // ratatui's hook restores raw mode and the screen; this one also stops mouse reporting.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        hook(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        // The first frame is drawn before the loader starts, so it never waits on (or shares a
        // CPU with) parsing years of older months.
        .and_then(|()| terminal.draw(|f| ui::render(f, &app)).map(|_| ()))
        .and_then(|()| {
            spawn_loader(store.clone(), skip, tx);
            event_loop(&mut terminal, &mut app, &store, &rx)
        });
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    store: &dyn Store,
    rx: &Receiver<Action>,
) -> io::Result<()> {
    let mut redraw = true;
    loop {
        while let Ok(action) = rx.try_recv() {
            update(app, action, now());
            redraw = true;
        }
        if redraw {
            terminal.draw(|f| ui::render(f, app))?;
            redraw = false;
        }
        // Poll briefly while months load; otherwise wake each second so the date rolls over.
        let timeout = if app.loading { Duration::from_millis(20) } else { Duration::from_secs(1) };
        if !event::poll(timeout)? {
            // A new minute can turn a due dose late, or start a new day.
            let t = now();
            if t.date_naive() != app.today || t.format("%H:%M").to_string() != app.now.format("%H:%M").to_string() {
                app.today = t.date_naive();
                app.now = t;
                redraw = true;
            }
            continue;
        }
        let Some(action) = to_action(app, event::read()?) else {
            redraw = true; // resizes and unbound keys still repaint
            continue;
        };
        let effects = update(app, action, now());
        redraw = true;
        if perform(app, store, effects) {
            return Ok(());
        }
    }
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
            Effect::SaveMonth(ym) => {
                let days: Vec<_> = app.journal.month(ym).cloned().collect();
                let result = store.save_month(ym, &days).map_err(|e| e.to_string());
                update(app, Action::Saved(ym, result), now());
            }
            Effect::SaveMedications => {
                let result = store.save_medications(&app.meds).map_err(|e| e.to_string());
                update(app, Action::MedsSaved(result), now());
            }
            Effect::Quit => {
                if app.dirty.is_empty() && !app.meds_dirty {
                    return true;
                }
                app.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved));
            }
        }
    }
    false
}
