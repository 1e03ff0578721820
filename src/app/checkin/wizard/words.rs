//! What the check-in says: each question (about today, or about "that day"), the words at
//! the ends of a scale, and the summary's rows.

use super::{Severity, Step, Wizard};

impl Wizard {
    pub fn question(&self) -> String {
        let q = self.question_today();
        if self.past_day {
            q.replace("last night", "the night before")
                .replace("today's check-in", "that day's check-in")
                .replace("How is your energy?", "How was your energy that day?")
                .replace("How anxious have you felt today?", "How anxious did you feel that day?")
                .replace("How are your side effects today?", "How were your side effects that day?")
                .replace("How is your", "How was your")
                .replace("today", "that day")
        } else {
            q
        }
    }

    fn question_today(&self) -> String {
        match self.step() {
            Step::Mood => "How is your mood today?".into(),
            Step::Anxiety => "How anxious have you felt today?".into(),
            Step::Energy => "How is your energy?".into(),
            Step::SleepHours => "How many hours did you sleep last night?".into(),
            Step::SleepQuality => "How well did you sleep?".into(),
            Step::Symptom(i) => {
                let name = self.symptom_names.get(i).map_or("", String::as_str);
                if self.past_day {
                    format!("How much did {name} bother you that day?")
                } else {
                    format!("How much has {name} bothered you today?")
                }
            }
            Step::SideEffects => "How are your side effects today?".into(),
            Step::Tags => "Any tags for today?".into(),
            Step::Note => "Anything you want to note?".into(),
            Step::Summary => "Here is today's check-in".into(),
        }
    }

    pub fn scale_words(&self) -> Option<(&'static str, &'static str)> {
        match self.step() {
            Step::Mood => Some(("very low", "very good")),
            Step::Anxiety => Some(("calm", "very anxious")),
            Step::Energy => Some(("exhausted", "full of energy")),
            Step::SleepQuality => Some(("very poor", "very restful")),
            _ => None,
        }
    }

    /// Rows for the summary: (label, answer or "skipped").
    pub fn summary_rows(&self) -> Vec<(String, String)> {
        self.steps
            .iter()
            .filter(|s| **s != Step::Summary)
            .map(|s| {
                let label = match s {
                    Step::Mood => "Mood".to_string(),
                    Step::Anxiety => "Anxiety".into(),
                    Step::Energy => "Energy".into(),
                    Step::SleepHours => "Sleep".into(),
                    Step::SleepQuality => "Sleep quality".into(),
                    Step::Symptom(i) => capitalise(self.symptom_names.get(*i).map_or("", String::as_str)),
                    Step::SideEffects => "Side effects".into(),
                    Step::Tags => "Tags".into(),
                    Step::Note => "Note".into(),
                    Step::Summary => String::new(),
                };
                let text = self.answer_text(*s);
                let value = match s {
                    _ if text.trim().is_empty() => "skipped".to_string(),
                    Step::SleepHours => format!("{text} h"),
                    Step::Symptom(_) => Severity::parse(&text).map_or(text.clone(), |v| v.label().to_string()),
                    Step::Mood | Step::Anxiety | Step::Energy | Step::SleepQuality => {
                        format!("{text}/10")
                    }
                    _ => text,
                };
                (label, value)
            })
            .collect()
    }
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
