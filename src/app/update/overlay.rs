//! Keys while a popup is open: questions answered, help and crisis lines scrolled, the
//! crisis lines opened over any popup (and closed back to it), the tag list.

use super::super::{Action, App, Confirm, Effect, Overlay};
use super::quit;
use crate::app::journal::write::select_first_match;
use crate::app::{JournalAction, Move};

pub(super) fn overlay_action(app: &mut App, overlay: Overlay, action: Action) -> Vec<Effect> {
    match (overlay, action) {
        (Overlay::Confirm(c), Action::Yes) => return yes(app, c),
        (Overlay::Confirm(Confirm::RestoreDrafts(_)), Action::No) => {
            app.overlay = None;
            app.discard_drafts();
        }
        // The offer stays until it is answered: Esc does not throw drafts away.
        (Overlay::Confirm(Confirm::RestoreDrafts(_)), Action::Close) => {}
        (Overlay::Confirm(_), Action::No | Action::Close) => app.overlay = None,
        (Overlay::Help { scroll }, Action::Move(Move::Down) | Action::ScrollDown) => {
            app.overlay = Some(Overlay::Help { scroll: crate::app::scroll_down(scroll, 1, app.limits.view) });
        }
        (Overlay::Help { scroll }, Action::Move(Move::Up) | Action::ScrollUp) => {
            app.overlay = Some(Overlay::Help { scroll: crate::app::scroll_up(scroll, 1, app.limits.view) });
        }
        (Overlay::Crisis { back, .. }, Action::EditSafetyPlan) => match app.locked(crate::app::FileId::SafetyPlan) {
            Some(why) => app.set_error(why),
            None => {
                // A question the crisis lines were opened over is asked again first.
                app.overlay = back.map(|b| *b);
                app.form = Some(crate::app::safety_plan::safety_plan_form(&app.plan));
            }
        },
        (Overlay::Crisis { all_regions, back, .. }, Action::AllRegions) => {
            app.overlay = Some(Overlay::Crisis { all_regions: !all_regions, scroll: 0, back });
        }
        (Overlay::Crisis { all_regions, scroll, back }, Action::Move(Move::Down) | Action::ScrollDown) => {
            app.overlay = Some(Overlay::Crisis {
                all_regions,
                scroll: crate::app::scroll_down(scroll, 1, app.limits.view),
                back,
            });
        }
        (Overlay::Crisis { all_regions, scroll, back }, Action::Move(Move::Up) | Action::ScrollUp) => {
            app.overlay =
                Some(Overlay::Crisis { all_regions, scroll: crate::app::scroll_up(scroll, 1, app.limits.view), back });
        }
        // Closing the crisis lines goes back to the question or list they were opened over.
        (Overlay::Crisis { back, .. }, Action::Close) => app.overlay = back.map(|b| *b),
        // The crisis lines open from every overlay too, and come back to it when closed.
        (other, Action::Crisis) => {
            app.overlay = Some(Overlay::Crisis { all_regions: false, scroll: 0, back: Some(Box::new(other)) });
        }
        (Overlay::TagPicker, Action::Move(Move::Down) | Action::ScrollDown) => {
            let n = app.journal.view.tag_choices.len();
            app.journal.view.tag_cursor = (app.journal.view.tag_cursor + 1).min(n.saturating_sub(1));
        }
        (Overlay::TagPicker, Action::Move(Move::Up) | Action::ScrollUp) => {
            app.journal.view.tag_cursor = app.journal.view.tag_cursor.saturating_sub(1);
        }
        (Overlay::TagPicker, Action::Journal(JournalAction::FilterByTag)) => {
            app.overlay = None;
            let v = &mut app.journal.view;
            v.tag = v.tag_choices.get(v.tag_cursor).map(|(t, _)| t.clone());
            v.refilter(&app.journal.days);
            select_first_match(app);
        }
        (Overlay::Help { .. } | Overlay::TagPicker, Action::Close) => app.overlay = None,
        (_, Action::Quit) => {
            app.overlay = None;
            return quit(app);
        }
        _ => {}
    }
    Vec::new()
}

/// The person said yes to the question asked.
fn yes(app: &mut App, question: Confirm) -> Vec<Effect> {
    app.overlay = None;
    let c = question;
    match c {
        Confirm::Quit => {
            app.forget_unsaved_input();
            return quit(app);
        }
        Confirm::QuitUnsaved | Confirm::QuitKeepingPractices | Confirm::QuitLosingPractices => {
            app.forget_unsaved_files();
            return vec![Effect::Quit];
        }
        Confirm::RestoreDrafts(_) => return app.restore_drafts(),
        Confirm::CancelForm => app.form = None,
        Confirm::CancelQuestionnaire => app.assessments.run = None,
        Confirm::StopAnyway { med, date, reason, .. } => {
            app.form = None;
            return crate::app::meds::forms::stop(app, &med, date, reason);
        }
        Confirm::TakeAnyway { date, med, at, .. } => {
            // Asked from the past-day time form: yes closes it.
            if app.form.as_ref().is_some_and(|f| {
                matches!(f.kind, crate::app::form::FormKind::Dose(crate::app::form::DoseForm::PrnTime { .. }))
            }) {
                app.form = None;
            }
            let row = crate::app::meds::doses::DoseRow { med, slot: None };
            app.set_info("Logged.");
            return crate::app::meds::doses::take(app, date, &row, at);
        }
        Confirm::CancelCheckIn => app.checkin.wizard = None,
        Confirm::CancelNote | Confirm::CancelNoteEdit => app.journal.editor = None,
        Confirm::Delete { doomed, .. } => return app.delete(doomed),
    }
    Vec::new()
}
