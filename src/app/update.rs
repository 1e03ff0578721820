//! `update(&mut App, Action, now) -> Vec<Effect>`: every state change goes through here.

use chrono::{DateTime, FixedOffset};

mod files;
mod form;
mod overlay;

use super::journal::journal_action;
use overlay::overlay_action;

use super::{Action, App, CheckInAction, Confirm, Effect, EffectsAction, Focus, JournalAction, Overlay, Tab};

pub fn update(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    // While older months stream in, what they add up to is worked out once, at the end.
    let streaming = app.journal.loading && matches!(action, Action::Loaded(super::Loaded::Month(..)));
    let effects = dispatch(app, action, now);
    if !streaming {
        app.skills.refresh_helped(&app.journal.days);
    }
    effects
}

fn dispatch(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    app.today = now.date_naive();
    app.now = now;
    // Terminals paste line breaks as \r; every field sees \n.
    let action = match action {
        Action::Paste(text) => Action::Paste(text.replace("\r\n", "\n").replace('\r', "\n")),
        other => other,
    };
    let Some(action) = housekeeping(app, action) else { return Vec::new() };
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
        return super::journal::write::editor_action(app, action, now);
    }
    if app.checkin.wizard.is_some() {
        return super::checkin::update::wizard_action(app, action, now);
    }
    if app.tab == Tab::Journal && app.journal.view.search_input.is_some() {
        return super::journal::write::search_action(app, action);
    }
    screen_action(app, action)
}

/// What the app hears from the loop rather than the person (files read and written, a frame
/// drawn, the clock); `None` once handled, else the action for the screens.
fn housekeeping(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::Clock => {}
        Action::Drawn(limits) => app.limits = limits,
        Action::Loaded(what) => files::loaded(app, what),
        Action::Saved(file, result) => files::saved(app, file, result),
        Action::Tick(_) if app.skills.run.is_none() => {}
        Action::Tick(_) if app.form.is_some() || app.overlay.is_some() => {}
        other => return Some(other),
    }
    None
}

/// An action on the screen in view, with no form, editor, wizard or overlay open.
fn screen_action(app: &mut App, action: Action) -> Vec<Effect> {
    // The day a check-in or note is for: the one in view on Journal, else today.
    let day = if app.tab == Tab::Journal { app.journal.view.selected } else { app.today };
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
        Action::CheckIn(CheckInAction::Start) => super::checkin::update::start_check_in(app, day),
        Action::Journal(JournalAction::NewNote) => super::journal::write::new_note(app, day),
        Action::Click { column, row } => click(app, column, row),
        Action::Sessions(super::sessions::SessionsAction::AddQuestion) => super::sessions::add_question(app),
        Action::DismissNote if app.tab == super::Tab::Today => return super::assessments::dismiss_note(app),
        Action::Effects(EffectsAction::Log) => crate::app::effects::forms::open_log_form(app),
        other if app.tab == Tab::Journal => journal_action(app, other),
        other if app.tab == Tab::Today => return super::meds::today_action(app, other),
        other if app.tab == Tab::Meds => return super::meds::meds_action(app, other),
        other if app.tab == Tab::Effects => super::effects::effects_action(app, other),
        other if app.tab == Tab::Skills && app.skills.run.is_some() => return super::skills::run_action(app, other),
        other if app.tab == Tab::Skills => return super::skills::skills_action(app, other),
        other if app.tab == Tab::Progress && app.assessments.run.is_some() => {
            return super::assessments::questionnaire_action(app, other);
        }
        other if app.tab == Tab::Progress => return super::progress::progress_action(app, other),
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
