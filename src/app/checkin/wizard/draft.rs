//! A check-in kept as a draft and brought back: its answers, the question it was on and
//! what was typed there.

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::{CursorMove, TextArea};

use super::{Answers, EffectToday, Step, StepKind, Wizard};
use crate::domain::draft::CheckInDraft;

impl Wizard {
    /// The check-in as it stands, to keep in the drafts file.
    pub fn to_draft(&self, at: DateTime<FixedOffset>) -> CheckInDraft {
        CheckInDraft {
            date: self.date,
            answers: self.check_in(at),
            step: self.index,
            typing: if self.input_differs() { self.input_text() } else { String::new() },
            effects: self.effects.iter().filter_map(|e| Some((e.id.clone(), e.answer?.label().to_string()))).collect(),
        }
    }

    /// Brings back a drafted check-in on top of a freshly opened wizard (`self`, opened on
    /// what is saved): the drafted answers, the question it was on and what was typed there.
    pub fn restore(mut self, d: &CheckInDraft) -> Wizard {
        for s in &d.answers.symptoms {
            if !self.symptom_names.iter().any(|n| n.eq_ignore_ascii_case(&s.name)) {
                self.symptom_names.push(s.name.to_string());
                let at = self.steps.iter().position(|s| matches!(s, Step::SideEffects | Step::Tags)).unwrap_or(0);
                self.steps.insert(at, Step::Symptom(self.symptom_names.len() - 1));
                self.original.symptoms.push(None);
            }
        }
        self.answers = Answers::from(&self.symptom_names, Some(&d.answers));
        for row in &mut self.effects {
            row.answer = d.effects.iter().find(|(id, _)| *id == row.id).and_then(|(_, a)| EffectToday::parse(a));
        }
        self.index = d.step.min(self.steps.len().saturating_sub(1));
        self.load_input();
        if !d.typing.is_empty() {
            let mut ta = TextArea::new(d.typing.lines().map(String::from).collect());
            if self.kind() == StepKind::MultiLine {
                ta.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
            }
            ta.move_cursor(CursorMove::Bottom);
            ta.move_cursor(CursorMove::End);
            self.input = ta;
        }
        self
    }
}
