//! Writing in the journal: a new note (today or a past day), the note editor, and the search
//! field over the days.

use crate::app::keymap::{Ctx, key};
use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::app::{Action, App, Confirm, Effect, JournalAction, Move, NoteEditor, Overlay};
use crate::domain::Note;
use crate::domain::day::friendly_date;

/// `n`: a new note for the day in view (Journal) or today.
pub(crate) fn new_note(app: &mut App, date: NaiveDate) {
    if date > app.today {
        app.set_error("Notes can be added to today or earlier days.");
    } else if let Err(e) = app.writable(date) {
        app.set_error(e);
    } else {
        app.journal.editor = Some(NoteEditor::new(date, None, ""));
    }
}

/// A check-in or note changed: its month is saved, and a Journal filter sees the change.
pub(crate) fn save_effect(app: &mut App, date: NaiveDate) -> Vec<Effect> {
    let effects = app.journal.day_changed(date);
    if app.journal.view.is_filtering() {
        app.journal.view.refilter(&app.journal.days);
    }
    effects
}

pub(crate) fn editor_action(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(ed) = app.journal.editor.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Journal(JournalAction::SaveNote) => {
            let text = ed.text();
            let (date, index) = (ed.date, ed.index);
            if text.trim().is_empty() {
                ed.error = Some(match index {
                    Some(_) => format!(
                        "The note is empty. {} to keep the old text, or {} in Journal to delete it.",
                        key(Ctx::Editor, &Action::Close),
                        key(Ctx::JournalDay, &Action::Journal(JournalAction::Delete))
                    ),
                    None => {
                        format!("The note is empty: type something, or {} to close.", key(Ctx::Editor, &Action::Close))
                    }
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
            crate::app::form::edit(&mut ed.input, input, false);
            ed.error = None;
        }
        Action::Paste(text) => {
            ed.input.insert_str(text);
        }
        _ => {}
    }
    Vec::new()
}

pub(crate) fn search_action(app: &mut App, action: Action) -> Vec<Effect> {
    let v = &mut app.journal.view;
    match action {
        Action::Text(_) | Action::Paste(_) => {
            let typed = v.search_input.as_mut().and_then(|ta| crate::app::form::search_edit(ta, action));
            if let Some(q) = typed.filter(|q| *q != v.query) {
                v.query = q;
                v.refilter(&app.journal.days);
                select_first_match(app);
            }
        }
        Action::KeepSearch => v.search_input = None,
        Action::Close => {
            v.search_input = None;
            v.query.clear();
            v.refilter(&app.journal.days);
        }
        Action::Move(dir @ (Move::Up | Move::Down)) => {
            if let Some(d) = v.step(&app.journal.days, dir == Move::Up) {
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
