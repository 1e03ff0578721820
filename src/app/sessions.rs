//! The sessions slice: appointments with their notes and homework (the homework can name a
//! coping-skill card), and questions for the next appointment, added with `Q` from any
//! screen, listed on the Progress tab and in the visit summary, ticked off at the visit.

pub mod keys;

use super::form::{Field, Form, FormKind, SessionForm};
use super::{Action, App, Confirm, Effect, FileId, Move, Overlay, Tab};
use crate::app::keymap::{Ctx, key};
use crate::domain::med_input::parse_date;
use crate::domain::session::{Question, Session, SessionsData, With};

#[derive(Default)]
pub struct SessionsState {
    pub data: super::Doc<SessionsData>,
    /// The row selected in the Progress tab's Appointments part: questions first, then
    /// appointments newest first.
    pub selected: usize,
}

/// A row of the Appointments part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// An index into `questions`.
    Question(usize),
    /// An index into `sessions`.
    Session(usize),
}

impl SessionsState {
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = self.data.questions_in_order().into_iter().map(Row::Question).collect();
        let mut sessions: Vec<usize> = (0..self.data.sessions.len()).collect();
        sessions.sort_by_key(|i| std::cmp::Reverse(self.data.sessions[*i].date));
        rows.extend(sessions.into_iter().map(Row::Session));
        rows
    }

    pub fn selected_row(&self) -> Option<Row> {
        let rows = self.rows();
        rows.get(self.selected.min(rows.len().saturating_sub(1))).copied()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionsAction {
    /// `Q` anywhere: a question for the next appointment.
    AddQuestion,
    LogSession,
    /// Space: tick a question off as asked (or back).
    Tick,
    Edit,
    Delete,
    /// Enter on an appointment whose homework names a card: open it on Skills.
    OpenCard,
}

fn with_hint() -> String {
    With::ALL.iter().enumerate().map(|(i, w)| format!("{} {}", i + 1, w.label())).collect::<Vec<_>>().join(" · ")
}

pub fn session_form(app: &App, editing: Option<usize>) -> Form {
    let s = editing.and_then(|i| app.sessions.data.sessions.get(i));
    let date = s.map_or_else(|| "today".to_string(), |s| s.date.to_string());
    let with = s.map_or(With::Therapist, |s| s.with).label();
    let card =
        s.and_then(|s| s.card.as_deref()).and_then(|id| app.card(id)).map(|c| c.title.clone()).unwrap_or_default();
    let fields = vec![
        Field::new("Date", "today, yesterday, -3 or 2026-11-20 (a booked one can be ahead)", &date),
        Field::new("With", with_hint(), with),
        Field::new("Notes", "what you talked about, what was decided", s.map_or("", |s| s.notes.as_str())).multiline(),
        Field::new("Homework", "optional: what you agreed to try", s.map_or("", |s| s.homework.as_str())).multiline(),
        Field::new("Skill card", "optional: the Skills card it is about, by name (e.g. box breathing)", &card),
    ];
    let title = if editing.is_some() { "Edit the appointment" } else { "Log an appointment" };
    let kind = FormKind::Sessions(match editing {
        Some(i) => SessionForm::Edit(i),
        None => SessionForm::Log,
    });
    let mut f = Form::new(title, kind, fields);
    f.note = Some("Therapy sessions and visits to your prescriber or GP.".into());
    f
}

pub fn question_form(editing: Option<&Question>, index: Option<usize>) -> Form {
    let kind = FormKind::Sessions(match index {
        Some(i) => SessionForm::EditQuestion(i),
        None => SessionForm::Question,
    });
    let fields =
        vec![Field::new("Question", "e.g. could the nausea be the new dose?", editing.map_or("", |q| q.text.as_str()))];
    Form::new("A question for your next appointment", kind, fields)
}

/// The card a name points to: its id, by exact name or id, else the one name that contains it.
fn find_card(app: &App, typed: &str) -> Result<Option<String>, String> {
    let t = typed.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(c) = app.cards().find(|c| c.id == t || c.title.to_lowercase() == t) {
        return Ok(Some(c.id.clone()));
    }
    let near: Vec<_> = app.cards().filter(|c| c.title.to_lowercase().contains(&t)).collect();
    match near.as_slice() {
        [one] => Ok(Some(one.id.clone())),
        [] => Err(format!("no card is called that; tab {} lists them", Tab::Skills.index() + 1)),
        many => Err(format!(
            "several cards match: {}",
            many.iter().take(4).map(|c| c.title.as_str()).collect::<Vec<_>>().join(", ")
        )),
    }
}

pub fn submit(app: &mut App, form: &mut Form, kind: SessionForm) -> Option<Vec<Effect>> {
    // A form restored from drafts while the file cannot be written stays open, unsaved.
    if let Some(why) = app.locked(FileId::Sessions) {
        app.set_error(why);
        return None;
    }
    match kind {
        SessionForm::Log | SessionForm::Edit(_) => submit_session(app, form, kind),
        SessionForm::Question | SessionForm::EditQuestion(_) => {
            let text = form.value(0).trim().to_string();
            if !form.show_errors(if text.is_empty() { vec![(0, "what would you like to ask?".into())] } else { vec![] })
            {
                return None;
            }
            let today = app.today;
            let data = app.sessions.data.edit();
            match kind {
                SessionForm::EditQuestion(i) if i < data.questions.len() => data.questions[i].text = text,
                _ => data.questions.push(Question { text, added: today, asked: None }),
            }
            let open = app.sessions.data.open_questions().count();
            app.set_info(format!(
                "Kept for your next appointment ({open} to ask). Tab {} lists them, to tick off at the visit.",
                Tab::Progress.index() + 1
            ));
            Some(vec![Effect::Save(FileId::Sessions)])
        }
    }
}

fn submit_session(app: &mut App, form: &mut Form, kind: SessionForm) -> Option<Vec<Effect>> {
    let mut errors = Vec::new();
    let date = parse_date(&form.value(0), app.today, app.today).map_err(|e| errors.push((0, e))).ok();
    let with = With::parse(&form.value(1));
    if with.is_none() {
        errors.push((1, format!("one of: {}", with_hint())));
    }
    let card = find_card(app, &form.value(4)).map_err(|e| errors.push((4, e))).ok();
    if !form.show_errors(errors) {
        return None;
    }
    let session = Session {
        date: date?,
        with: with?,
        notes: form.value(2).trim().to_string(),
        homework: form.value(3).trim().to_string(),
        card: card?,
    };
    let when = session.date.format("%a %-d %b").to_string();
    let data = app.sessions.data.edit();
    match kind {
        SessionForm::Edit(i) if i < data.sessions.len() => data.sessions[i] = session,
        _ => data.sessions.push(session),
    }
    app.set_info(format!("Appointment of {when} kept."));
    Some(vec![Effect::Save(FileId::Sessions)])
}

/// `Q` from any screen.
pub fn add_question(app: &mut App) {
    match app.locked(FileId::Sessions) {
        Some(why) => app.set_error(why),
        None => app.form = Some(question_form(None, None)),
    }
}

pub fn sessions_action(app: &mut App, action: Action) -> Vec<Effect> {
    let rows = app.sessions.rows();
    match action {
        Action::Move(Move::Down) => {
            app.sessions.selected = (app.sessions.selected + 1).min(rows.len().saturating_sub(1))
        }
        Action::Move(Move::Up) => app.sessions.selected = app.sessions.selected.saturating_sub(1),
        Action::Sessions(SessionsAction::LogSession) => match app.locked(FileId::Sessions) {
            Some(why) => app.set_error(why),
            None => app.form = Some(session_form(app, None)),
        },
        Action::Sessions(SessionsAction::Tick) => return tick(app),
        Action::Sessions(SessionsAction::Edit) => edit(app),
        Action::Sessions(SessionsAction::Delete) => ask_delete(app),
        Action::Sessions(SessionsAction::OpenCard) => open_card(app),
        _ => {}
    }
    Vec::new()
}

fn tick(app: &mut App) -> Vec<Effect> {
    let Some(Row::Question(i)) = app.sessions.selected_row() else {
        app.set_info("Select a question to tick it off.");
        return Vec::new();
    };
    if let Some(why) = app.locked(FileId::Sessions) {
        app.set_error(why);
        return Vec::new();
    }
    let today = app.today;
    let q = &mut app.sessions.data.edit().questions[i];
    q.asked = if q.asked.is_some() { None } else { Some(today) };
    let asked = q.asked.is_some();
    // The cursor stays on its row, so the next question can be ticked straight after.
    app.set_info(if asked { "Ticked off: asked today." } else { "Back on the list to ask." });
    vec![Effect::Save(FileId::Sessions)]
}

fn edit(app: &mut App) {
    if let Some(why) = app.locked(FileId::Sessions) {
        app.set_error(why);
        return;
    }
    app.form = match app.sessions.selected_row() {
        Some(Row::Question(i)) => Some(question_form(app.sessions.data.questions.get(i), Some(i))),
        Some(Row::Session(i)) => Some(session_form(app, Some(i))),
        None => None,
    };
}

fn ask_delete(app: &mut App) {
    if let Some(why) = app.locked(FileId::Sessions) {
        app.set_error(why);
        return;
    }
    let question = match app.sessions.selected_row() {
        Some(Row::Question(i)) => {
            format!(
                "Delete the question \u{201c}{}\u{201d}?",
                super::delete::beginning(&app.sessions.data.questions[i].text)
            )
        }
        Some(Row::Session(i)) => {
            let s = &app.sessions.data.sessions[i];
            format!(
                "Delete the appointment of {} with your {} and its notes?",
                s.date.format("%a %-d %b"),
                s.with.label()
            )
        }
        None => return,
    };
    let Some(row) = app.sessions.selected_row() else { return };
    let doomed = super::delete::Doomed::Appointment(row);
    app.overlay = Some(Overlay::Confirm(Confirm::Delete { doomed, question }));
}

/// The yes to [`ask_delete`].
pub fn delete(app: &mut App, row: Row) -> Vec<Effect> {
    let data = app.sessions.data.edit();
    match row {
        Row::Question(i) if i < data.questions.len() => {
            data.questions.remove(i);
        }
        Row::Session(i) if i < data.sessions.len() => {
            data.sessions.remove(i);
        }
        _ => return Vec::new(),
    }
    app.sessions.selected = app.sessions.selected.saturating_sub(1);
    app.set_info("Deleted.");
    vec![Effect::Save(FileId::Sessions)]
}

fn open_card(app: &mut App) {
    let Some(Row::Session(i)) = app.sessions.selected_row() else { return };
    let Some(id) = app.sessions.data.sessions.get(i).and_then(|s| s.card.clone()) else {
        app.set_info(format!(
            "No skill card is linked to this appointment; {} adds one.",
            key(Ctx::Progress, &Action::Sessions(SessionsAction::Edit))
        ));
        return;
    };
    app.skills.view.category = None;
    app.skills.view.query.clear();
    app.skills.view.search = None;
    if let Some(pos) = app.skills_in_order().iter().position(|c| c.id == id) {
        app.skills.view.selected = pos;
        app.skills.view.card_scroll = 0;
        app.tab = Tab::Skills;
    } else {
        app.set_error("That card is no longer among your cards.");
    }
}

#[cfg(test)]
mod tests;
