//! Which keys are in force: the contexts the app is in (most specific first), and a key
//! turned into an action through the feature tables.

use ratatui_textarea::{Input, Key};

use super::{Action, App, Ctx, Focus, Overlay, StepKind, Tab, keymap};

impl App {
    /// True when printable keys go into a text field rather than to commands.
    pub fn typing_free_text(&self) -> bool {
        if self.overlay.is_some() {
            return false;
        }
        self.journal.editor.is_some()
            || self.form.is_some()
            || self.checkin.wizard.as_ref().is_some_and(|w| matches!(w.kind(), StepKind::Text | StepKind::MultiLine))
            || (self.tab == Tab::Journal && self.journal.view.search_input.is_some())
            || (self.tab == Tab::Skills && self.skills.view.search.is_some())
    }

    /// The key contexts in force, most specific first.
    pub fn contexts(&self) -> Vec<Ctx> {
        if let Some(o) = &self.overlay {
            let here = match o {
                Overlay::Help { .. } => Ctx::Help,
                Overlay::Crisis { .. } => Ctx::Crisis,
                Overlay::Confirm(_) => Ctx::Confirm,
                Overlay::TagPicker => Ctx::TagPicker,
            };
            return vec![here, Ctx::Always];
        }
        let text = self.typing_free_text();
        // An exercise in progress takes only its own keys (and the crisis lines).
        if self.tab == Tab::Skills && self.skills.run.is_some() && self.form.is_none() {
            return vec![Ctx::Exercise, Ctx::Always];
        }
        // So does a questionnaire: its digits are answers, not tabs.
        if self.tab == Tab::Progress && self.assessments.run.is_some() && self.form.is_none() {
            return vec![Ctx::Questionnaire, Ctx::Always];
        }
        let mut ctx = Vec::new();
        if let Some(form) = &self.form {
            if form.focus_is_numeric() {
                ctx.push(Ctx::NumberField);
            }
            ctx.push(Ctx::Form);
        } else if self.journal.editor.is_some() {
            ctx.push(Ctx::Editor);
        } else if let Some(w) = &self.checkin.wizard {
            if w.kind() == StepKind::SideEffects {
                ctx.push(Ctx::CheckInEffects);
            }
            ctx.push(Ctx::Wizard);
        }
        if self.form.is_none() && self.journal.editor.is_none() && self.checkin.wizard.is_none() {
            match self.tab {
                Tab::Today => ctx.push(Ctx::Today),
                Tab::Meds if self.meds.view.log_date.is_some() => ctx.push(Ctx::MedsLog),
                Tab::Meds if self.meds.view.history.is_some() => ctx.push(Ctx::MedsHistory),
                Tab::Meds => ctx.push(Ctx::Meds),
                Tab::Effects => ctx.push(Ctx::Effects),
                Tab::Skills if self.skills.view.search.is_some() => ctx.push(Ctx::Search),
                Tab::Skills => ctx.push(Ctx::Skills),
                Tab::Progress => {
                    if self.progress.section == super::progress::Section::Appointments {
                        ctx.push(Ctx::Appointments);
                    }
                    ctx.push(Ctx::Progress);
                }
                Tab::Journal => {
                    if self.journal.view.search_input.is_some() {
                        ctx.push(Ctx::Search);
                    } else if matches!(self.journal.view.focus, Focus::Entries { .. }) {
                        ctx.push(Ctx::JournalDay);
                    } else {
                        ctx.push(Ctx::JournalList);
                    }
                }
            }
            if !text {
                ctx.push(Ctx::Global);
            }
        }
        if text {
            ctx.push(Ctx::TextField);
        }
        ctx.push(Ctx::Always);
        ctx
    }

    /// Turns a key into an action through the keymap; unbound keys go to the focused field.
    pub fn action_for_key(&self, input: Input) -> Option<Action> {
        if input.key == Key::Null {
            return None;
        }
        // A window too small to show what is open: only the crisis lines, and quitting when
        // nothing typed would be lost. No key goes to a field or question the person cannot see.
        if self.limits.too_small && !matches!(self.overlay, Some(Overlay::Crisis { .. })) {
            let action = keymap::lookup(&[Ctx::Global, Ctx::Always], &input).map(|b| b.action.clone());
            return action.filter(|a| *a == Action::Crisis || (*a == Action::Quit && !self.has_unsaved_input()));
        }
        let printable = matches!(input.key, Key::Char(_)) && !input.ctrl && !input.alt;
        let ctx = self.contexts();
        // Typed text goes to the field; a number field still looks its keys up (`!`).
        if printable && self.typing_free_text() && !ctx.contains(&Ctx::NumberField) {
            return Some(Action::Text(input));
        }
        if let Some(b) = keymap::lookup(&ctx, &input) {
            return Some(b.action.clone());
        }
        // Other keys (Backspace, arrows, Home…) go to whichever field has the focus; a check-in
        // step that takes a number counts as a field too.
        let in_field = self.typing_free_text() || (self.checkin.wizard.is_some() && self.overlay.is_none());
        (in_field && input.key != Key::Tab).then_some(Action::Text(input))
    }
}
