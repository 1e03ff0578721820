//! Files reaching the app and leaving it: every read and every write comes back as an action,
//! so the event loop never changes the app's state itself.

use super::super::action::Loaded;
use super::super::{App, Doc, FileId, MonthStatus};
use crate::domain::YearMonth;

/// A file was read (or could not be): its value goes to its slice, and a problem is listed
/// for the person with what it means for them.
pub(super) fn loaded(app: &mut App, loaded: Loaded) {
    let problem = |file: FileId, e: &String| format!("{e}. {} read-only until it is fixed.", file.what());
    match loaded {
        Loaded::Month(ym, result) => month_loaded(app, ym, result),
        Loaded::OlderMonths => app.journal.loading = true,
        Loaded::AllMonths(problems) => {
            app.journal.loading = false;
            app.problems.extend(problems);
        }
        Loaded::Medications(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::Medications, e)));
            app.meds.list = Doc::loaded(result);
        }
        Loaded::SideEffects(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::SideEffects, e)));
            app.effects.list = Doc::loaded(result);
        }
        Loaded::SafetyPlan(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::SafetyPlan, e)));
            app.plan = Doc::loaded(result.map(|plan| *plan));
        }
        Loaded::Skills(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::Skills, e)));
            app.skills.mine = Doc::loaded(result);
        }
        Loaded::Assessments(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::Assessments, e)));
            app.assessments.data = Doc::loaded(result);
        }
        Loaded::Sessions(result) => {
            app.problems.extend(result.as_ref().err().map(|e| problem(FileId::Sessions, e)));
            app.sessions.data = Doc::loaded(result);
        }
        Loaded::Cards(cards) => app.skills.builtin = cards,
        Loaded::Drafts(Ok(drafts)) => app.offer_drafts(drafts.map(|d| *d).unwrap_or_default()),
        Loaded::Drafts(Err(problem)) => app.problems.push(problem),
    }
}

/// The outcome of writing a file: once it is on disk nothing more is owed; otherwise the
/// change stays in memory and the person is told it will be tried again.
pub(super) fn saved(app: &mut App, file: FileId, result: Result<(), String>) {
    if let Err(e) = result {
        app.set_error(match file {
            FileId::Month(ym) => format!(
                "Could not save {}: {e}. Your entry is kept in tend; it will try again with your next change.",
                ym.title()
            ),
            other => format!(
                "Could not save {}: {e}. Your change is kept in tend; it will try again with your next change.",
                other.file_name()
            ),
        });
        return;
    }
    match file {
        FileId::Month(ym) => {
            app.journal.dirty.remove(&ym);
        }
        FileId::Medications => app.meds.list.saved(),
        FileId::SideEffects => app.effects.list.saved(),
        FileId::SafetyPlan => app.plan.saved(),
        FileId::Skills => app.skills.mine.saved(),
        FileId::Assessments => app.assessments.data.saved(),
        FileId::Sessions => app.sessions.data.saved(),
    }
}

/// A month loaded (or failed to load) from disk.
fn month_loaded(app: &mut App, ym: YearMonth, result: Result<Vec<crate::domain::Day>, String>) {
    if app.journal.dirty.contains(&ym) {
        return; // never replace changes made meanwhile
    }
    match result {
        Ok(days) => {
            app.journal.days.set_month(ym, days);
            app.journal.months.insert(ym, MonthStatus::Loaded);
        }
        Err(message) => {
            app.problems.push(message.clone());
            app.journal.months.insert(ym, MonthStatus::Failed(message));
        }
    }
    if app.journal.view.filtered.is_some() {
        app.journal.view.refilter(&app.journal.days);
    }
}
