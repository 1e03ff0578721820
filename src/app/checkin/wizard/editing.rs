//! How each key changes the check-in: back a question, up a line, a character deleted, a
//! value adjusted with the arrows, text typed or pasted.

use ratatui_textarea::{CursorMove, Input, Key};

use super::{StepKind, Wizard, format_hours};
use crate::domain::checkin::{self, SCALE_MAX, Severity};

impl Wizard {
    /// Shift-Tab or ↑: back to the question before, keeping this answer if it reads.
    pub fn previous(&mut self) {
        if self.index > 0 && self.commit().is_ok() {
            self.go_to(self.index - 1);
        }
    }

    /// ↑: in a longer note it moves up a line (back a question from the first line); among
    /// side effects it picks the one above; elsewhere it goes back a question.
    pub fn up(&mut self) {
        match self.kind() {
            StepKind::SideEffects => self.effect_cursor = self.effect_cursor.saturating_sub(1),
            StepKind::MultiLine if self.input.cursor().0 > 0 => self.input.move_cursor(CursorMove::Up),
            _ => self.previous(),
        }
    }

    /// Backspace: delete a character, or go back a step when the field is empty.
    pub fn back(&mut self) {
        if self.kind() == StepKind::Summary || self.input.is_empty() {
            if self.index > 0 {
                // Keep what was typed here (if it parses) before stepping back.
                if self.commit().is_ok() {
                    self.go_to(self.index - 1);
                }
            }
        } else {
            self.input.delete_char();
            self.error = None;
        }
    }

    /// ←/→ on numeric and severity steps adjust the value; in text steps they move the cursor.
    pub fn adjust(&mut self, delta: i32) {
        let t = self.input_text();
        let t = t.trim();
        match self.kind() {
            StepKind::Scale => {
                let v = match checkin::parse_scale(t, SCALE_MAX) {
                    Ok(v) => (i32::from(v) + delta).clamp(0, i32::from(SCALE_MAX)),
                    Err(_) => 5,
                };
                self.set_input(&v.to_string());
            }
            StepKind::Hours => {
                let v = match checkin::parse_hours(t) {
                    Ok(h) => (h + 0.5 * delta as f32).clamp(0.0, checkin::MAX_SLEEP_HOURS),
                    Err(_) => 7.0,
                };
                self.set_input(format_hours(v).trim_end_matches(" h"));
            }
            StepKind::Severity => {
                let v = match Severity::parse(t) {
                    Some(s) => (i32::from(s.index()) + delta).clamp(0, 3),
                    None => 0,
                };
                self.set_input(&v.to_string());
            }
            StepKind::Text | StepKind::MultiLine => {
                self.input.move_cursor(if delta < 0 { CursorMove::Back } else { CursorMove::Forward });
            }
            StepKind::SideEffects => {}
            StepKind::Summary => {
                if delta < 0 {
                    self.go_to(self.index.saturating_sub(1));
                }
            }
        }
    }

    /// A typed key. Number fields take digits, '.', ',', 'h' and letters for severities.
    pub fn type_key(&mut self, input: Input) {
        if matches!(self.kind(), StepKind::SideEffects | StepKind::Summary) {
            return;
        }
        if matches!(self.kind(), StepKind::Scale | StepKind::Hours | StepKind::Severity | StepKind::Text)
            && input.key == Key::Enter
        {
            return;
        }
        let one_line = self.kind() != StepKind::MultiLine;
        crate::app::form::edit(&mut self.input, input, one_line);
        self.error = None;
    }

    pub fn paste(&mut self, text: &str) {
        if self.kind() == StepKind::Summary {
            return;
        }
        // One-line fields take the first pasted line only.
        let text = if self.kind() == StepKind::MultiLine { text } else { text.lines().next().unwrap_or("") };
        self.input.insert_str(text);
        self.error = None;
    }
}
