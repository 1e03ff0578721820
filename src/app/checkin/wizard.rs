//! The check-in wizard: one question per screen, type a number and Enter.

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui_textarea::{CursorMove, TextArea};

use crate::domain::checkin::{self, AnswerError, CheckIn, SCALE_MAX, Severity, SymptomRating, Tag, format_hours};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Mood,
    Anxiety,
    Energy,
    SleepHours,
    SleepQuality,
    Symptom(usize),
    SideEffects,
    Tags,
    Note,
    Summary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Scale,
    Hours,
    Severity,
    Text,
    MultiLine,
    /// Ongoing side effects, each re-rated with one key.
    SideEffects,
    Summary,
}

/// What a step of the wizard does after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Save the check-in now.
    Save,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    pub mood: Option<u8>,
    pub anxiety: Option<u8>,
    pub energy: Option<u8>,
    pub sleep_hours: Option<f32>,
    pub sleep_quality: Option<u8>,
    pub symptoms: Vec<Option<Severity>>,
    pub tags: Vec<Tag>,
    pub note: String,
}

impl Answers {
    /// The answers of a check-in (or none), one symptom answer for each name.
    fn from(names: &[String], existing: Option<&CheckIn>) -> Answers {
        match existing {
            Some(ci) => Answers {
                mood: ci.mood,
                anxiety: ci.anxiety,
                energy: ci.energy,
                sleep_hours: ci.sleep_hours,
                sleep_quality: ci.sleep_quality,
                symptoms: names.iter().map(|n| ci.symptom(n)).collect(),
                tags: ci.tags.clone(),
                note: ci.note.clone().into(),
            },
            None => Answers { symptoms: vec![None; names.len()], ..Answers::default() },
        }
    }
}

pub use crate::domain::side_effect::EffectToday;

/// An ongoing side effect as the check-in shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectRow {
    pub id: String,
    pub name: String,
    pub level: u8,
    pub answer: Option<EffectToday>,
    /// The answer this day already held when the check-in opened (an edit shows it).
    pub was: Option<EffectToday>,
}

pub struct Wizard {
    pub date: NaiveDate,
    pub symptom_names: Vec<String>,
    pub steps: Vec<Step>,
    pub index: usize,
    pub answers: Answers,
    original: Answers,
    pub editing: bool,
    pub input: TextArea<'static>,
    pub error: Option<String>,
    pub effects: Vec<EffectRow>,
    pub effect_cursor: usize,
    /// When the check-in being edited was first saved.
    first_at: Option<DateTime<FixedOffset>>,
    /// A past day: the questions say "that day", not "today".
    pub past_day: bool,
}

impl Wizard {
    /// Starts a check-in for `date`, pre-filled from an existing one (checking in again edits).
    pub fn new(date: NaiveDate, symptom_names: &[String], existing: Option<&CheckIn>) -> Wizard {
        let mut names: Vec<String> = symptom_names.to_vec();
        if let Some(ci) = existing {
            // Keep symptoms rated before even if they were removed from the config since.
            for s in &ci.symptoms {
                if !names.iter().any(|n| n.eq_ignore_ascii_case(&s.name)) {
                    names.push(s.name.to_string());
                }
            }
        }
        let answers = Answers::from(&names, existing);
        let mut steps = vec![Step::Mood, Step::Anxiety, Step::Energy, Step::SleepHours, Step::SleepQuality];
        steps.extend((0..names.len()).map(Step::Symptom));
        steps.extend([Step::Tags, Step::Note, Step::Summary]);
        let mut w = Wizard {
            date,
            symptom_names: names,
            steps,
            index: 0,
            original: answers.clone(),
            answers,
            editing: existing.is_some(),
            input: TextArea::default(),
            error: None,
            effects: Vec::new(),
            effect_cursor: 0,
            first_at: existing.map(|c| c.at),
            past_day: false,
        };
        w.load_input();
        w
    }

    pub fn step(&self) -> Step {
        self.steps.get(self.index).copied().unwrap_or(Step::Summary)
    }

    pub fn kind(&self) -> StepKind {
        match self.step() {
            Step::Mood | Step::Anxiety | Step::Energy | Step::SleepQuality => StepKind::Scale,
            Step::SleepHours => StepKind::Hours,
            Step::Symptom(_) => StepKind::Severity,
            Step::SideEffects => StepKind::SideEffects,
            Step::Tags => StepKind::Text,
            Step::Note => StepKind::MultiLine,
            Step::Summary => StepKind::Summary,
        }
    }

    /// Numbered question count, e.g. (3, 12), not counting the summary.
    pub fn progress(&self) -> (usize, usize) {
        (self.index + 1, self.steps.len() - 1)
    }

    /// True when any answer differs from what the wizard started with.
    pub fn has_changes(&self) -> bool {
        self.answers != self.original
            || self.effects.iter().any(|e| e.answer != e.was)
            || !self.input_text().trim().is_empty() && self.input_differs()
    }

    pub fn input_text(&self) -> String {
        self.input.lines().join("\n")
    }

    fn input_differs(&self) -> bool {
        self.input_text().trim() != self.answer_text(self.step()).trim()
    }

    /// The current answer of a step as the text shown in its field.
    pub fn answer_text(&self, step: Step) -> String {
        let a = &self.answers;
        match step {
            Step::Mood => a.mood.map(|v| v.to_string()).unwrap_or_default(),
            Step::Anxiety => a.anxiety.map(|v| v.to_string()).unwrap_or_default(),
            Step::Energy => a.energy.map(|v| v.to_string()).unwrap_or_default(),
            Step::SleepQuality => a.sleep_quality.map(|v| v.to_string()).unwrap_or_default(),
            Step::SleepHours => {
                a.sleep_hours.map(|h| format_hours(h).trim_end_matches(" h").to_string()).unwrap_or_default()
            }
            Step::Symptom(i) => a.symptoms.get(i).copied().flatten().map(|s| s.index().to_string()).unwrap_or_default(),
            Step::SideEffects => self
                .effects
                .iter()
                .filter_map(|e| e.answer.map(|a| format!("{} {}", e.name, a.label())))
                .collect::<Vec<_>>()
                .join(" · "),
            Step::Tags => a.tags.join(", "),
            Step::Note => a.note.clone(),
            Step::Summary => String::new(),
        }
    }

    fn load_input(&mut self) {
        let text = self.answer_text(self.step());
        let mut ta = TextArea::new(text.lines().map(String::from).collect());
        if self.kind() == StepKind::MultiLine {
            ta.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        }
        ta.move_cursor(CursorMove::Bottom);
        ta.move_cursor(CursorMove::End);
        // A number or severity given before is selected, so what is typed replaces it (as in
        // forms: 6, then 7, is 7); tags and the note are added to.
        if matches!(self.kind(), StepKind::Scale | StepKind::Hours | StepKind::Severity) && !text.is_empty() {
            ta.select_all();
        }
        self.input = ta;
        self.error = None;
    }

    /// A value set with ←/→: selected, so a digit typed next replaces it (9, then 3, is 3).
    fn set_input(&mut self, text: &str) {
        let mut ta = TextArea::new(vec![text.to_string()]);
        ta.move_cursor(CursorMove::End);
        ta.select_all();
        self.input = ta;
        self.error = None;
    }

    /// Parses the field into the answer of the current step; `Err` leaves the field as typed.
    fn commit(&mut self) -> Result<(), AnswerError> {
        let text = self.input_text();
        let t = text.trim();
        let step = self.step();
        match step {
            Step::Mood | Step::Anxiety | Step::Energy | Step::SleepQuality => {
                let v = if t.is_empty() { None } else { Some(checkin::parse_scale(t, SCALE_MAX)?) };
                match step {
                    Step::Mood => self.answers.mood = v,
                    Step::Anxiety => self.answers.anxiety = v,
                    Step::Energy => self.answers.energy = v,
                    _ => self.answers.sleep_quality = v,
                }
            }
            Step::SleepHours => {
                self.answers.sleep_hours = if t.is_empty() { None } else { Some(checkin::parse_hours(t)?) };
            }
            Step::Symptom(i) => {
                let v = if t.is_empty() { None } else { Some(Severity::parse(t).ok_or(AnswerError::NotSeverity)?) };
                if let Some(slot) = self.answers.symptoms.get_mut(i) {
                    *slot = v;
                }
            }
            Step::Tags => self.answers.tags = checkin::parse_tags(t),
            Step::Note => self.answers.note = text.trim_end().to_string(),
            Step::SideEffects | Step::Summary => {}
        }
        Ok(())
    }

    fn go_to(&mut self, index: usize) {
        self.index = index.min(self.steps.len() - 1);
        self.load_input();
    }

    /// Enter: accept the answer (or skip when empty) and move on; on the summary, save.
    pub fn enter(&mut self) -> Outcome {
        match self.kind() {
            StepKind::Summary => return Outcome::Save,
            StepKind::MultiLine => {
                let lines = self.input.lines();
                let ratatui_textarea::DataCursor(row, col) = self.input.cursor();
                let at_end = row + 1 == lines.len() && col == lines.last().map_or(0, |l| l.chars().count());
                let last_empty = lines.last().is_some_and(|l| l.trim().is_empty());
                let all_empty = lines.iter().all(|l| l.trim().is_empty());
                // Enter types a new line; Enter on an empty last line (twice) moves on.
                if !(all_empty || at_end && last_empty) {
                    self.input.insert_newline();
                    return Outcome::Stay;
                }
            }
            _ => {}
        }
        match self.commit() {
            Ok(()) => self.go_to(self.index + 1),
            Err(e) => self.error = Some(e.to_string()),
        }
        Outcome::Stay
    }

    /// Ctrl-S: keep the current field (if valid) and build the check-in to save.
    pub fn finish(&mut self, at: DateTime<FixedOffset>) -> Result<CheckIn, String> {
        if let Err(e) = self.commit() {
            self.error = Some(e.to_string());
            return Err(e.to_string());
        }
        Ok(self.check_in(at))
    }

    /// The answers given so far as a check-in (the field being typed is not included).
    fn check_in(&self, at: DateTime<FixedOffset>) -> CheckIn {
        let a = &self.answers;
        let symptoms = self
            .symptom_names
            .iter()
            .zip(&a.symptoms)
            .filter_map(|(name, s)| s.map(|severity| SymptomRating { name: name.as_str().into(), severity }))
            .collect();
        CheckIn {
            // An edit keeps the first check-in's time and notes when it was changed.
            at: self.first_at.unwrap_or(at),
            edited: self.first_at.map(|_| at),
            mood: a.mood,
            anxiety: a.anxiety,
            energy: a.energy,
            sleep_hours: a.sleep_hours,
            sleep_quality: a.sleep_quality,
            symptoms,
            tags: a.tags.clone(),
            note: a.note.clone().into(),
        }
    }
}

mod draft;
mod editing;
mod effects;
mod words;
pub use words::capitalise;

#[cfg(test)]
mod tests;
