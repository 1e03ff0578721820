//! The check-in's question about side effects today: one row each, answered with one key.

use super::{EffectRow, EffectToday, Step, Wizard};

impl Wizard {
    /// Shows ongoing side effects in the check-in, each to re-rate with one key.
    pub fn with_side_effects(mut self, rows: Vec<EffectRow>, has_meds: bool) -> Wizard {
        if rows.is_empty() && !has_meds {
            return self;
        }
        if let Some(i) = self.steps.iter().position(|s| *s == Step::Tags) {
            self.steps.insert(i, Step::SideEffects);
        }
        self.effects = rows;
        self
    }

    /// Today's answer for the side effect picked, then on to the next one, so each takes a
    /// single key. The same key again takes this check-in's answer back, to the one recorded
    /// before it (or none). False when there is nothing to take back: the answer is the one
    /// recorded before (a check-in cannot remove a record; the screen would say "–" while the
    /// record kept it).
    pub fn rate_effect(&mut self, answer: EffectToday) -> bool {
        let n = self.effects.len();
        let Some(row) = self.effects.get_mut(self.effect_cursor) else { return true };
        if row.answer == Some(answer) {
            if row.was == Some(answer) {
                return false;
            }
            row.answer = row.was;
            return true;
        }
        row.answer = Some(answer);
        self.effect_cursor = (self.effect_cursor + 1).min(n.saturating_sub(1));
        true
    }

    /// ↓ or j among side effects: the one below.
    pub fn effect_down(&mut self) {
        self.effect_cursor = (self.effect_cursor + 1).min(self.effects.len().saturating_sub(1));
    }
}
