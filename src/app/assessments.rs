//! The questionnaires slice: PHQ-9 and GAD-7 answered one item per screen on the Progress
//! tab, kept in `assessments.ron`. An answer above 0 to the PHQ-9's ninth item opens the
//! crisis lines and the safety plan at once, before the score and before the last question.

pub mod keys;

use super::{Action, App, Confirm, Effect, FileId, Overlay, Tab};
use crate::domain::assessment::{AssessmentsData, Scale};
use crate::domain::questionnaire::{Answered, Questionnaire, Step};

/// The questionnaires answered, and the one being answered.
#[derive(Default)]
pub struct AssessmentsState {
    pub data: super::Doc<AssessmentsData>,
    pub run: Option<Questionnaire>,
}

/// What the person can do while a questionnaire is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionnaireAction {
    Answer(u8),
    /// Enter: on (when answered), past the last unscored question, or close the result.
    Next,
    Back,
    /// Esc: leave (asks first when answers would be lost).
    Leave,
}

/// `P` or `G` on the Progress tab.
pub fn start(app: &mut App, scale: Scale) {
    if let Some(why) = app.locked(FileId::Assessments) {
        app.set_error(why);
        return;
    }
    app.tab = Tab::Progress;
    app.assessments.run = Some(Questionnaire::new(scale, app.now));
}

pub fn questionnaire_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(run) = app.assessments.run.as_mut() else { return Vec::new() };
    let done = run.step == Step::Done;
    let outcome = match action {
        Action::Questionnaire(QuestionnaireAction::Answer(v)) if !done => Some(run.answer(v)),
        Action::Questionnaire(QuestionnaireAction::Next) if done => {
            app.assessments.run = None;
            None
        }
        Action::Questionnaire(QuestionnaireAction::Next) => match run.go_on() {
            Some(outcome) => Some(outcome),
            None => {
                app.set_info("Type the number of your answer, 0 to 3.");
                None
            }
        },
        Action::Questionnaire(QuestionnaireAction::Back) => {
            run.back();
            None
        }
        Action::Questionnaire(QuestionnaireAction::Leave) if run.has_answers() => {
            app.overlay = Some(Overlay::Confirm(Confirm::CancelQuestionnaire));
            None
        }
        Action::Questionnaire(QuestionnaireAction::Leave) => {
            app.assessments.run = None;
            None
        }
        _ => None,
    };
    match outcome {
        Some(Answered::Crisis) => {
            // At once, before the score and the question that remains; the person goes on after.
            app.overlay = Some(Overlay::Crisis { all_regions: false, scroll: 0, back: None });
            Vec::new()
        }
        Some(Answered::Finished) => finish(app),
        _ => Vec::new(),
    }
}

/// Every item answered: the record is kept and the result shown.
fn finish(app: &mut App) -> Vec<Effect> {
    // A draft restored while the file cannot be written stays open (and kept as a draft).
    if let Some(why) = app.locked(FileId::Assessments) {
        app.set_error(why);
        return Vec::new();
    }
    let Some(run) = app.assessments.run.as_mut() else { return Vec::new() };
    let Some(record) = run.record(app.now) else { return Vec::new() };
    run.step = Step::Done;
    app.assessments.data.edit().list.push(record);
    vec![Effect::Save(FileId::Assessments)]
}

/// `x` on Today: the note about the next questionnaire goes away until another one is answered.
pub fn dismiss_note(app: &mut App) -> Vec<Effect> {
    if app.assessments.data.due_note(app.today).is_none() {
        return Vec::new();
    }
    if let Some(why) = app.locked(FileId::Assessments) {
        app.set_error(why);
        return Vec::new();
    }
    let today = app.today;
    app.assessments.data.edit().note_dismissed = Some(today);
    app.set_info("Put away. It comes back only after your next questionnaire.");
    vec![Effect::Save(FileId::Assessments)]
}

#[cfg(test)]
mod tests;
