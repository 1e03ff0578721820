//! Unsaved input kept as drafts: what the event loop writes to `drafts.ron` within seconds
//! and on a signal, and what the next start offers back. A draft is applied only after the
//! person says yes; until then the file stays as it is.

use crate::app::keymap::{Ctx, key};
use crate::domain::YearMonth;
use crate::domain::draft::Drafts;
use crate::domain::practice::Practice;

use super::{App, Confirm, Effect, Form, NoteEditor, Overlay};

impl App {
    /// Everything typed and not saved, as it stands now.
    pub fn drafts(&self) -> Drafts {
        let mut practices = self.skills.unsaved_practices.clone();
        practices.extend(self.skills.run.as_ref().map(|run| Practice {
            card: run.card.clone(),
            at: run.started,
            seconds: run.seconds().round() as u32,
            before: run.before,
            after: None,
            answers: Default::default(),
        }));
        Drafts {
            note: self.journal.editor.as_ref().filter(|e| e.has_changes()).map(NoteEditor::to_draft),
            check_in: self.checkin.wizard.as_ref().filter(|w| w.has_changes()).map(|w| w.to_draft(self.now)),
            form: self.form.as_ref().filter(|f| f.has_changes() || f.kind.holds_practice()).map(Form::to_draft),
            practices,
            questionnaire: self.assessments.run.as_ref().filter(|q| q.has_answers()).cloned(),
        }
    }

    /// The months a draft needs loaded before it can be restored safely.
    pub fn draft_months(drafts: &Drafts) -> Vec<YearMonth> {
        let dates = drafts.note.iter().map(|n| n.date).chain(drafts.check_in.iter().map(|c| c.date));
        dates.chain(drafts.practices.iter().map(|p| p.at.date_naive())).map(YearMonth::of).collect()
    }

    /// Drafts found at start: asked about before anything else, never applied unasked.
    pub fn offer_drafts(&mut self, drafts: Drafts) {
        if drafts.is_empty() {
            return;
        }
        self.overlay = Some(Overlay::Confirm(Confirm::RestoreDrafts(drafts.describe())));
        self.draft_offer = Some(drafts);
    }

    /// True while the drafts found at start wait for the person's answer (the file is kept).
    pub fn drafts_on_offer(&self) -> bool {
        self.draft_offer.is_some()
    }

    /// The person said yes: each draft is opened again where it was being written; practices
    /// go back into their day (or stay kept, if the month is still read-only).
    pub fn restore_drafts(&mut self) -> Vec<Effect> {
        let Some(d) = self.draft_offer.take() else { return Vec::new() };
        if let Some(note) = d.note {
            let notes = self.journal.days.day(note.date).map_or(&[][..], |day| day.notes.as_slice());
            self.journal.editor = Some(NoteEditor::from_draft(note, notes));
        }
        if let Some(c) = &d.check_in {
            self.checkin.wizard = Some(super::checkin::update::check_in_wizard(self, c.date).restore(c));
        }
        if let Some(q) = d.questionnaire {
            self.tab = super::Tab::Progress;
            self.assessments.run = Some(q);
        }
        if let Some(f) = d.form {
            self.form = Some(Form::from_draft(f));
        }
        let practices = d.practices.len();
        let mut effects = Vec::new();
        for p in d.practices {
            effects.extend(self.keep_practice(p));
        }
        if self.status.as_ref().is_none_or(|s| s.1 != super::StatusKind::Error) {
            self.set_info(match practices {
                0 => format!(
                    "Restored. It is saved when you save it ({}).",
                    key(Ctx::Form, &crate::app::Action::Form(crate::app::FormAction::Save))
                ),
                _ => "Restored. Practices are back in their days; anything else is saved when you save it.".into(),
            });
        }
        effects
    }

    /// The person said no: the drafts are dropped (the loop then removes the file).
    pub fn discard_drafts(&mut self) {
        self.draft_offer = None;
        self.set_info("The unsaved drafts were discarded.");
    }

    /// A finished practice goes into its day; when that month cannot be written it is kept
    /// (in drafts, and quitting warns) rather than lost.
    pub fn keep_practice(&mut self, practice: Practice) -> Vec<Effect> {
        let date = practice.at.date_naive();
        if let Err(e) = self.writable(date) {
            self.skills.unsaved_practices.push(practice);
            let kept = if self.setup.read_only.is_some() {
                "The practice is kept only until you quit."
            } else {
                "It is kept and offered again when tend next starts."
            };
            self.set_error(format!("{e} {kept}"));
            return Vec::new();
        }
        self.journal.days.day_mut(date).practices.push(practice);
        self.journal.day_changed(date)
    }

    /// The person chose to quit without saving: open fields are dropped; practices that could
    /// not be written stay in drafts.
    pub fn forget_unsaved_input(&mut self) {
        self.journal.editor = None;
        self.checkin.wizard = None;
        self.form = None;
        self.skills.run = None;
        self.assessments.run = None;
    }
}

#[cfg(test)]
mod tests;
