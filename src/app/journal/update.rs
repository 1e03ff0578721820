//! Journal tab actions: moving between days and entries, editing, deleting, filters.

use crate::app::keymap::{Ctx, key};
use chrono::{Datelike, Months, NaiveDate};

use crate::app::checkin::update::start_check_in;
use crate::app::journal::view::Entry;
use crate::app::{Action, App, Focus, JournalAction, JournalView, Move, NoteEditor, Overlay};
use crate::domain::YearMonth;

/// Rows PgDn and PgUp move inside a long day.
const READ_ON: u16 = 5;

pub(crate) fn journal_action(app: &mut App, action: Action) {
    let v = &mut app.journal.view;
    let day = app.journal.days.day(v.selected);
    if let Focus::Entries { entry } = v.focus {
        let count = JournalView::entry_count(day);
        if !matches!(action, Action::Move(Move::PageDown | Move::PageUp)) {
            v.read_on = 0;
        }
        match action {
            Action::Move(Move::Up) => v.focus = Focus::Entries { entry: entry.saturating_sub(1) },
            Action::Move(Move::Down) => v.focus = Focus::Entries { entry: (entry + 1).min(count.saturating_sub(1)) },
            // A long entry is read on a few rows at a time; the pane says how far it goes.
            Action::Move(Move::PageDown) => v.read_on = crate::app::scroll_down(v.read_on, READ_ON, app.limits.view),
            Action::Move(Move::PageUp) => v.read_on = v.read_on.saturating_sub(READ_ON),
            Action::Close => v.focus = Focus::Days,
            Action::Journal(JournalAction::Edit) => edit_entry(app, entry),
            Action::Journal(JournalAction::Delete) => {
                let date = v.selected;
                app.ask_delete_entry(date, entry);
            }
            _ => {}
        }
        return;
    }
    match action {
        Action::Move(Move::Up) | Action::ScrollUp => {
            if let Some(d) = v.step(&app.journal.days, true) {
                v.selected = d;
            }
        }
        Action::Move(Move::Down) | Action::ScrollDown => {
            if let Some(d) = v.step(&app.journal.days, false) {
                v.selected = d;
            }
        }
        Action::Journal(JournalAction::DayBefore) => v.selected = v.selected.pred_opt().unwrap_or(v.selected),
        Action::Journal(JournalAction::DayAfter) => v.selected = v.selected.succ_opt().unwrap_or(v.selected),
        Action::Journal(JournalAction::PrevMonth) => v.selected = shift_month(v.selected, -1),
        Action::Journal(JournalAction::NextMonth) => v.selected = shift_month(v.selected, 1),
        Action::Journal(JournalAction::GoToday) => v.selected = app.today,
        Action::Journal(JournalAction::OpenDay) => {
            if JournalView::entry_count(day) > 0 {
                v.focus = Focus::Entries { entry: 0 };
            } else {
                app.set_info(format!("Nothing logged that day. {}", check_in_or_note()));
            }
        }
        Action::Journal(JournalAction::Edit) => {
            // From the list, e edits the day's last note, else its check-in.
            let count = JournalView::entry_count(day);
            if count == 0 {
                app.set_info(format!("Nothing to edit that day. {}", check_in_or_note()));
            } else {
                edit_entry(app, count - 1);
            }
        }
        Action::Journal(JournalAction::TagFilter) => {
            if v.tag.is_some() {
                v.tag = None;
                v.refilter(&app.journal.days);
                app.set_info("Tag filter cleared.");
            } else {
                v.tag_choices = app.journal.days.tag_counts();
                v.tag_cursor = 0;
                if v.tag_choices.is_empty() {
                    app.set_info("No tags yet. Add them in a check-in, or write #tag in a note.");
                } else {
                    app.overlay = Some(Overlay::TagPicker);
                }
            }
        }
        Action::Close if v.is_filtering() => {
            v.query.clear();
            v.tag = None;
            v.refilter(&app.journal.days);
        }
        _ => {}
    }
}

fn edit_entry(app: &mut App, entry: usize) {
    let date = app.journal.view.selected;
    let Some(day) = app.journal.days.day(date) else {
        return;
    };
    if let Err(e) = app.writable(date) {
        app.set_error(e);
        return;
    }
    match JournalView::entry(day, entry) {
        Some(Entry::Note(i)) => app.journal.editor = Some(NoteEditor::new(date, Some(i), &day.notes[i].text)),
        Some(Entry::CheckIn) => start_check_in(app, date),
        Some(Entry::Practice(_)) => app.set_info(format!(
            "A practice is kept as it was done; {} deletes it.",
            key(Ctx::JournalDay, &Action::Journal(JournalAction::Delete))
        )),
        None => {}
    }
}

/// "c to check in, n to add a note.", with the keys the table gives.
fn check_in_or_note() -> String {
    format!(
        "{} to check in, {} to add a note.",
        key(Ctx::Global, &Action::CheckIn(crate::app::CheckInAction::Start)),
        key(Ctx::Global, &Action::Journal(JournalAction::NewNote))
    )
}

/// Same day of month in another month, clamped to its length.
fn shift_month(date: NaiveDate, delta: i32) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    let target = if delta < 0 {
        first.checked_sub_months(Months::new(delta.unsigned_abs()))
    } else {
        first.checked_add_months(Months::new(delta.unsigned_abs()))
    };
    let Some(target) = target else { return date };
    let last = YearMonth::of(target).days_in_month();
    target.with_day(date.day().min(last)).unwrap_or(target)
}
