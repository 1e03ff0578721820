//! `update(&mut App, Action, now) -> Vec<Effect>`: every state change goes through here.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use ratatui_textarea::{Input, Key};

mod files;
mod form;
mod overlay;

use super::journal::journal_action;
use overlay::overlay_action;

use super::{Action, App, Confirm, Effect, Focus, NoteEditor, Overlay, Tab, Wizard};
use crate::app::checkin::wizard::{EffectRow, EffectToday, Outcome};
use crate::domain::Note;

pub fn update(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    app.today = now.date_naive();
    app.now = now;
    // Terminals paste line breaks as \r; every field sees \n.
    let action = match action {
        Action::Paste(text) => Action::Paste(text.replace("\r\n", "\n").replace('\r', "\n")),
        other => other,
    };
    match action {
        Action::Clock => return Vec::new(),
        Action::Loaded(what) => {
            files::loaded(app, what);
            return Vec::new();
        }
        Action::Saved(file, result) => {
            files::saved(app, file, result);
            return Vec::new();
        }
        Action::Tick(_) if app.skills.run.is_none() => return Vec::new(),
        Action::Tick(_) if app.form.is_some() || app.overlay.is_some() => return Vec::new(),
        _ => {}
    }
    if !matches!(action, Action::ScrollUp | Action::ScrollDown | Action::Tick(_)) {
        app.status = None;
    }
    if let Some(overlay) = app.overlay.clone() {
        return overlay_action(app, overlay, action);
    }
    // The crisis lines and quitting work alike from every screen, field, form and exercise.
    match action {
        Action::Crisis => {
            app.overlay = Some(Overlay::Crisis { all_regions: false, scroll: 0, back: None });
            return Vec::new();
        }
        Action::Quit => return quit(app),
        _ => {}
    }
    if app.form.is_some() {
        return form::form_action(app, action);
    }
    if app.journal.editor.is_some() {
        return editor_action(app, action, now);
    }
    if app.checkin.wizard.is_some() {
        return wizard_action(app, action, now);
    }
    if app.tab == Tab::Journal && app.journal.view.search_input.is_some() {
        return search_action(app, action);
    }
    match action {
        Action::GoTab(i) => {
            if let Some(t) = Tab::ALL.get(i) {
                app.tab = *t;
            }
        }
        Action::NextTab => app.tab = Tab::ALL[(app.tab.index() + 1) % Tab::ALL.len()],
        Action::PrevTab => app.tab = Tab::ALL[(app.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()],
        // Help opens at the keys of the screen it was asked from.
        Action::Help => {
            let here = app.contexts().first().copied().unwrap_or(super::Ctx::Global);
            app.overlay = Some(Overlay::Help { scroll: super::keymap::help_line_of(here) });
        }
        Action::Search if app.tab == Tab::Skills => return super::skills::skills_action(app, Action::Search),
        Action::Search => {
            app.tab = Tab::Journal;
            app.journal.view.focus = Focus::Days;
            app.journal.view.search_input = Some(super::form::search_field(&app.journal.view.query));
        }
        Action::CheckIn => {
            let date = if app.tab == Tab::Journal { app.journal.view.selected } else { app.today };
            start_check_in(app, date);
        }
        Action::NewNote => {
            let date = if app.tab == Tab::Journal { app.journal.view.selected } else { app.today };
            if date > app.today {
                app.set_error("Notes can be added to today or earlier days.");
            } else if let Err(e) = app.writable(date) {
                app.set_error(e);
            } else {
                app.journal.editor = Some(NoteEditor::new(date, None, ""));
            }
        }
        Action::Click { column, row } => click(app, column, row),
        Action::LogEffect => crate::app::effects::forms::open_log_form(app),
        other if app.tab == Tab::Journal => journal_action(app, other),
        other if app.tab == Tab::Today => return super::meds::today_action(app, other),
        other if app.tab == Tab::Meds => return super::meds::meds_action(app, other),
        other if app.tab == Tab::Effects => super::effects::effects_action(app, other),
        other if app.tab == Tab::Skills && app.skills.run.is_some() => return super::skills::run_action(app, other),
        other if app.tab == Tab::Skills => return super::skills::skills_action(app, other),
        _ => {}
    }
    Vec::new()
}

pub(crate) fn quit(app: &mut App) -> Vec<Effect> {
    if app.has_unsaved_input() {
        app.overlay = Some(Overlay::Confirm(Confirm::Quit));
        return Vec::new();
    }
    if !app.skills.unsaved_practices.is_empty() {
        let question =
            if app.setup.read_only.is_some() { Confirm::QuitLosingPractices } else { Confirm::QuitKeepingPractices };
        app.overlay = Some(Overlay::Confirm(question));
        return Vec::new();
    }
    // One more try at writing anything unsaved, then quit (the loop asks before losing it).
    let mut effects = app.unsaved_files();
    effects.push(Effect::Quit);
    effects
}

fn click(app: &mut App, column: u16, row: u16) {
    if row != 0 {
        return;
    }
    if let Some((tab, _, _)) = Tab::header_spans().into_iter().find(|(_, a, b)| (*a..*b).contains(&column)) {
        app.tab = tab;
    }
}

pub(crate) fn start_check_in(app: &mut App, date: NaiveDate) {
    if date > app.today {
        app.set_error("Check-ins can be made for today or earlier days.");
        return;
    }
    if let Err(e) = app.writable(date) {
        app.set_error(e);
        return;
    }
    app.checkin.wizard = Some(check_in_wizard(app, date));
}

/// The check-in for a date, opened on what is saved, with the side effects to re-rate.
pub(crate) fn check_in_wizard(app: &App, date: NaiveDate) -> Wizard {
    let existing = app.journal.days.day(date).and_then(|d| d.check_in.as_ref());
    let rows = app
        .effects
        .list
        .iter()
        // Ongoing that day, or marked gone that day (an edit shows it, and can take it back).
        .filter(|e| e.present_on(date) || e.answer_on(date) == Some(EffectToday::Gone))
        .map(|e| EffectRow {
            id: e.id.clone(),
            name: e.name.clone(),
            // The level the answer is compared with: the one before that day.
            level: e.rating_before(date).or(e.rating_on(date)).map_or(0, |r| r.level()),
            answer: e.answer_on(date),
            was: e.answer_on(date),
        })
        .collect();
    let mut w =
        Wizard::new(date, &app.setup.config.symptoms, existing).with_side_effects(rows, !app.meds.list.is_empty());
    w.past_day = date != app.today;
    w
}

/// A check-in or note changed: its month is saved, and a Journal filter sees the change.
fn save_effect(app: &mut App, date: NaiveDate) -> Vec<Effect> {
    let effects = app.day_changed(date);
    if app.journal.view.is_filtering() {
        app.journal.view.refilter(&app.journal.days);
    }
    effects
}

fn wizard_action(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(w) = app.checkin.wizard.as_mut() else {
        return Vec::new();
    };
    let key = |k: Key| Input { key: k, ..Input::default() };
    match action {
        Action::Enter if w.enter() == Outcome::Save => return save_check_in(app, now),
        Action::Save => return save_check_in(app, now),
        Action::Back => w.back(key(Key::Backspace)),
        Action::Up => w.up(),
        Action::PrevField => w.previous(),
        Action::Left => w.adjust(-1, key(Key::Left)),
        Action::Right => w.adjust(1, key(Key::Right)),
        Action::Text(input)
            if w.kind() == super::StepKind::SideEffects && input.key == ratatui_textarea::Key::Char('a') =>
        {
            crate::app::effects::forms::open_log_form(app);
        }
        Action::Text(input) => w.type_key(input),
        Action::Paste(text) => w.paste(&text),
        Action::Close => {
            if w.has_changes() {
                app.overlay = Some(Overlay::Confirm(Confirm::CancelCheckIn));
            } else {
                app.checkin.wizard = None;
            }
        }
        _ => {}
    }
    Vec::new()
}

fn save_check_in(app: &mut App, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(w) = app.checkin.wizard.as_mut() else {
        return Vec::new();
    };
    let date = w.date;
    let check_in = match w.finish(now) {
        Ok(c) => c,
        Err(_) => return Vec::new(), // the wizard shows the message at the field
    };
    let answers: Vec<(String, EffectToday)> =
        w.effects.iter().filter(|e| e.answer != e.was).filter_map(|e| e.answer.map(|a| (e.id.clone(), a))).collect();
    if let Err(e) = app.writable(date) {
        app.set_error(e);
        return Vec::new();
    }
    app.checkin.wizard = None;
    let mut effects = super::effects::rate_side_effects(app, date, &answers);
    let had = app.journal.days.day(date).is_some_and(|d| d.check_in.is_some());
    let label = friendly_date(date, app.today);
    if check_in.is_blank() {
        if had {
            app.journal.days.day_mut(date).check_in = None;
            app.set_info(format!("Every answer was empty, so {label}'s check-in was removed."));
            effects.extend(save_effect(app, date));
        } else if effects.is_empty() {
            app.set_info("Nothing answered, so nothing was saved.");
        } else {
            app.set_info("Side effects updated.");
        }
        return effects;
    }
    app.journal.days.day_mut(date).check_in = Some(check_in);
    app.set_info(format!("Check-in saved for {label}."));
    effects.extend(save_effect(app, date));
    effects
}

fn editor_action(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(ed) = app.journal.editor.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Save => {
            let text = ed.text();
            let (date, index) = (ed.date, ed.index);
            if text.trim().is_empty() {
                ed.error = Some(match index {
                    Some(_) => "The note is empty. Esc to keep the old text, or d in Journal to delete it.".into(),
                    None => "The note is empty: type something, or Esc to close.".into(),
                });
                return Vec::new();
            }
            if let Err(e) = app.writable(date) {
                app.set_error(e);
                return Vec::new();
            }
            app.journal.editor = None;
            match index {
                Some(i) if app.journal.days.day(date).is_some_and(|d| i < d.notes.len()) => {
                    app.journal.days.day_mut(date).notes[i].text = text.into();
                    app.set_info("Note updated.");
                }
                _ => {
                    let at = if date == now.date_naive() {
                        now
                    } else {
                        // A note added to a past day is stamped at noon of that day.
                        date.and_hms_opt(12, 0, 0)
                            .and_then(|t| t.and_local_timezone(*now.offset()).single())
                            .unwrap_or(now)
                    };
                    app.journal.days.day_mut(date).add_note(Note { at, text: text.into() });
                    app.set_info(format!("Note added to {}.", friendly_date(date, app.today)));
                }
            }
            return save_effect(app, date);
        }
        Action::Close => {
            if ed.has_changes() {
                let question = if ed.index.is_some() { Confirm::CancelNoteEdit } else { Confirm::CancelNote };
                app.overlay = Some(Overlay::Confirm(question));
            } else {
                app.journal.editor = None;
            }
        }
        Action::Text(input) => {
            super::form::edit(&mut ed.input, input, false);
            ed.error = None;
        }
        Action::Paste(text) => {
            ed.input.insert_str(text);
        }
        _ => {}
    }
    Vec::new()
}

fn search_action(app: &mut App, action: Action) -> Vec<Effect> {
    let v = &mut app.journal.view;
    match action {
        Action::Text(_) | Action::Paste(_) => {
            let typed = v.search_input.as_mut().and_then(|ta| super::form::search_edit(ta, action));
            if let Some(q) = typed.filter(|q| *q != v.query) {
                v.query = q;
                v.refilter(&app.journal.days);
                select_first_match(app);
            }
        }
        Action::Enter => v.search_input = None,
        Action::Close => {
            v.search_input = None;
            v.query.clear();
            v.refilter(&app.journal.days);
        }
        Action::Up | Action::Down => {
            if let Some(d) = v.step(&app.journal.days, action == Action::Up) {
                v.selected = d;
            }
        }
        _ => {}
    }
    Vec::new()
}

pub(crate) fn select_first_match(app: &mut App) {
    let v = &mut app.journal.view;
    if let Some(first) = v.filtered.as_ref().and_then(|f| f.first()) {
        v.selected = *first;
    }
}

/// "today", "yesterday" or "Mon 23 Nov".
pub fn friendly_date(date: NaiveDate, today: NaiveDate) -> String {
    if date == today {
        "today".into()
    } else if today.pred_opt() == Some(date) {
        "yesterday".into()
    } else if date.year() == today.year() {
        date.format("%a %-d %b").to_string()
    } else {
        date.format("%a %-d %b %Y").to_string()
    }
}
