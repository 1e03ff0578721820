//! The terminal: setup and panic-safe restore, and the event loop
//! (read event → keymap → update → perform effects → draw). The only place that reads the clock.

use std::collections::VecDeque;
use std::io;
use std::time::{Duration, Instant};

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
    match store.load_skills() {
        Ok(data) => {
            app.favourites = data.favourites;
            app.custom_cards = data.custom;
        }
        Err(e) => {
            app.problems.push(format!("{e}. Favourites and your own cards are read-only until it is fixed."));
            app.skills_problem = Some(e.to_string());
        }
    }
    match store.load_safety_plan() {
        Ok(plan) => app.safety_plan = plan,
        Err(e) => {
            app.problems.push(format!("{e}. The safety plan is read-only until it is fixed."));
            app.plan_problem = Some(e.to_string());
        }
    }
    match store.load_side_effects() {
        Ok(effects) => app.effects = effects,
        Err(e) => {
            app.problems.push(format!("{e}. Side effects are read-only until it is fixed."));
            app.effects_problem = Some(e.to_string());
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

/// Older months, read one at a time whenever no key is waiting, after the first frame.
/// Reading on the event loop's own thread keeps a second allocator arena (and its memory)
/// out of the process; each month takes a fraction of a millisecond, so keys never wait long.
pub struct Loader {
    pending: Option<VecDeque<YearMonth>>,
    skip: Vec<YearMonth>,
    done: bool,
}

impl Loader {
    pub fn new(skip: Vec<YearMonth>) -> Loader {
        Loader { pending: None, skip, done: false }
    }

    /// The next thing loaded, newest month first; `LoadingDone` once at the end, then `None`.
    pub fn step(&mut self, store: &dyn Store) -> Option<Action> {
        if self.done {
            return None;
        }
        if self.pending.is_none() {
            // The card library first: Today suggests a skill from it.
            crate::assets::builtin_cards();
            match store.list_months() {
                Ok(list) => {
                    self.pending = Some(list.into_iter().rev().filter(|ym| !self.skip.contains(ym)).collect());
                }
                Err(e) => {
                    self.done = true;
                    return Some(Action::LoadingDone(vec![e.to_string()]));
                }
            }
        }
        match self.pending.as_mut().and_then(VecDeque::pop_front) {
            Some(ym) => Some(Action::MonthLoaded(ym, store.load_month(ym).map_err(|e| e.to_string()))),
            None => {
                self.done = true;
                Some(Action::LoadingDone(Vec::new()))
            }
        }
    }
}

/// Runs the interactive app until the person quits. The terminal is restored on every path,
/// including a panic.
pub fn run(mut app: App, store: FileStore) -> io::Result<()> {
    let skip = load_first_months(&mut app, &store);
    let mut loader = Loader::new(skip);
    app.loading = true;

    let mut terminal = ratatui::try_init()?;
    // ratatui's hook restores raw mode and the screen; this one also stops mouse reporting.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        hook(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        // The first frame is drawn before any older month is read.
        .and_then(|()| terminal.draw(|f| ui::render(f, &app)).map(|_| ()))
        .and_then(|()| event_loop(&mut terminal, &mut app, &store, &mut loader));
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, store: &dyn Store, loader: &mut Loader) -> io::Result<()> {
    let mut redraw = false;
    let mut loaded = 0u32;
    let mut last_tick = Instant::now();
    loop {
        // A running exercise advances by the time that really passed (paused runs ignore it).
        if app.run.is_some() {
            let ms = u64::try_from(last_tick.elapsed().as_millis()).unwrap_or(0);
            if ms > 0 {
                last_tick = Instant::now();
                let effects = update(app, Action::Tick(ms), now());
                redraw = true;
                if perform(app, store, effects) {
                    return Ok(());
                }
            }
        } else {
            last_tick = Instant::now();
        }
        if redraw {
            terminal.draw(|f| ui::render(f, app))?;
            redraw = false;
        }
        // While older months remain, read one whenever no key is waiting; otherwise wake
        // each second so the date and the dose statuses roll over.
        if app.loading && !event::poll(Duration::ZERO)? {
            if let Some(action) = loader.step(store) {
                update(app, action, now());
                loaded += 1;
                // Repaint now and then (counts and calendars fill in), and when done.
                redraw = loaded.is_multiple_of(24) || !app.loading;
            }
            continue;
        }
        // Animate a running exercise ten times a second; otherwise a second is enough.
        let wait = if app.run.is_some() { Duration::from_millis(100) } else { Duration::from_secs(1) };
        if !event::poll(wait)? {
            // A new minute can turn a due dose late, or start a new day.
            let t = now();
            if t.date_naive() != app.today || (t.hour(), t.minute()) != (app.now.hour(), app.now.minute()) {
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
                let result = store.save_month(ym, app.journal.month_days(ym)).map_err(|e| e.to_string());
                update(app, Action::Saved(ym, result), now());
            }
            Effect::SaveSkills => {
                let data =
                    crate::store::SkillsData { favourites: app.favourites.clone(), custom: app.custom_cards.clone() };
                let result = store.save_skills(&data).map_err(|e| e.to_string());
                update(app, Action::SkillsSaved(result), now());
            }
            Effect::SaveSafetyPlan => {
                let result = store.save_safety_plan(&app.safety_plan).map_err(|e| e.to_string());
                update(app, Action::PlanSaved(result), now());
            }
            Effect::SaveSideEffects => {
                let result = store.save_side_effects(&app.effects).map_err(|e| e.to_string());
                update(app, Action::EffectsSaved(result), now());
            }
            Effect::SaveMedications => {
                let result = store.save_medications(&app.meds).map_err(|e| e.to_string());
                update(app, Action::MedsSaved(result), now());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Day;
    use crate::domain::medication::Medication;
    use crate::store::StoreError;
    use std::sync::Mutex;

    /// Months 2026-01..=2026-03 exist; listing can be made to fail.
    struct Fake {
        fail_list: bool,
        loaded: Mutex<Vec<YearMonth>>,
    }

    impl Store for Fake {
        fn list_months(&self) -> Result<Vec<YearMonth>, StoreError> {
            if self.fail_list {
                return Err(StoreError::NoHome);
            }
            Ok((1..=3).filter_map(|m| YearMonth::new(2026, m)).collect())
        }
        fn load_month(&self, ym: YearMonth) -> Result<Vec<Day>, StoreError> {
            self.loaded.lock().map_err(|_| StoreError::NoHome)?.push(ym);
            Ok(Vec::new())
        }
        fn save_month(&self, _: YearMonth, _: &[Day]) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_medications(&self) -> Result<Vec<Medication>, StoreError> {
            Ok(Vec::new())
        }
        fn save_medications(&self, _: &[Medication]) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_side_effects(&self) -> Result<Vec<crate::domain::side_effect::SideEffect>, StoreError> {
            Ok(Vec::new())
        }
        fn save_side_effects(&self, _: &[crate::domain::side_effect::SideEffect]) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_safety_plan(&self) -> Result<crate::domain::safety_plan::SafetyPlan, StoreError> {
            Ok(Default::default())
        }
        fn save_safety_plan(&self, _: &crate::domain::safety_plan::SafetyPlan) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_skills(&self) -> Result<crate::store::SkillsData, StoreError> {
            Ok(Default::default())
        }
        fn save_skills(&self, _: &crate::store::SkillsData) -> Result<(), StoreError> {
            Ok(())
        }
    }

    #[test]
    fn the_loader_reads_each_other_month_newest_first_then_says_done_once() {
        let store = Fake { fail_list: false, loaded: Mutex::new(Vec::new()) };
        let mut loader = Loader::new(vec![YearMonth::new(2026, 3).expect("m")]);
        let mut actions = Vec::new();
        while let Some(a) = loader.step(&store) {
            actions.push(a);
            assert!(actions.len() < 10, "the loader ends");
        }
        assert_eq!(actions.len(), 3);
        assert!(matches!(actions[2], Action::LoadingDone(ref p) if p.is_empty()));
        let loaded = store.loaded.lock().expect("lock").clone();
        assert_eq!(loaded, vec![YearMonth::new(2026, 2).expect("m"), YearMonth::new(2026, 1).expect("m")]);
        let failing = Fake { fail_list: true, loaded: Mutex::new(Vec::new()) };
        let mut loader = Loader::new(Vec::new());
        assert!(matches!(loader.step(&failing), Some(Action::LoadingDone(p)) if p.len() == 1));
        assert!(loader.step(&failing).is_none());
    }
}
