//! Appointments (therapy sessions and visits to the prescriber or GP) with their notes and
//! homework, and the questions the person wants to ask at the next one: `sessions.ron`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Whom the appointment was with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum With {
    #[default]
    Therapist,
    Prescriber,
    Gp,
    Other,
}

impl With {
    pub const ALL: [With; 4] = [With::Therapist, With::Prescriber, With::Gp, With::Other];

    pub fn label(self) -> &'static str {
        match self {
            With::Therapist => "therapist",
            With::Prescriber => "prescriber",
            With::Gp => "GP",
            With::Other => "other",
        }
    }

    /// "therapist", "Prescriber", "gp", "1"… (the number as the form lists them).
    pub fn parse(text: &str) -> Option<With> {
        let t = text.trim().to_lowercase();
        if let Ok(n) = t.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| With::ALL.get(i)).copied();
        }
        With::ALL
            .into_iter()
            .find(|w| w.label().to_lowercase() == t || (t.len() >= 2 && w.label().starts_with(&t)))
            .or_else(|| matches!(t.as_str(), "doctor" | "psychiatrist").then_some(With::Prescriber))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub date: NaiveDate,
    pub with: With,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub homework: String,
    /// The coping-skill card the homework is about (its id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub text: String,
    pub added: NaiveDate,
    /// The day it was ticked off at a visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionsData {
    pub sessions: Vec<Session>,
    pub questions: Vec<Question>,
}

impl SessionsData {
    /// The latest appointment on or before `today`.
    pub fn last_appointment(&self, today: NaiveDate) -> Option<&Session> {
        self.sessions.iter().filter(|s| s.date <= today).max_by_key(|s| s.date)
    }

    /// Appointments newest first.
    pub fn newest_first(&self) -> Vec<&Session> {
        let mut list: Vec<&Session> = self.sessions.iter().collect();
        list.sort_by_key(|s| std::cmp::Reverse(s.date));
        list
    }

    /// Questions still to ask, in the order added.
    pub fn open_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(|q| q.asked.is_none())
    }

    /// Questions as listed: open ones first (in the order added), then those asked, newest first.
    pub fn questions_in_order(&self) -> Vec<usize> {
        let mut open: Vec<usize> = (0..self.questions.len()).filter(|i| self.questions[*i].asked.is_none()).collect();
        let mut asked: Vec<usize> = (0..self.questions.len()).filter(|i| self.questions[*i].asked.is_some()).collect();
        asked.sort_by_key(|i| std::cmp::Reverse(self.questions[*i].asked));
        open.append(&mut asked);
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
    }

    fn session(d: u32, with: With) -> Session {
        Session { date: date(d), with, notes: String::new(), homework: String::new(), card: None }
    }

    #[test]
    fn whom_is_read_by_name_prefix_or_number() {
        assert_eq!(With::parse("Therapist"), Some(With::Therapist));
        assert_eq!(With::parse("pres"), Some(With::Prescriber));
        assert_eq!(With::parse("gp"), Some(With::Gp));
        assert_eq!(With::parse("3"), Some(With::Gp));
        assert_eq!(With::parse("psychiatrist"), Some(With::Prescriber));
        assert_eq!(With::parse("5"), None);
        assert_eq!(With::parse("x"), None);
    }

    #[test]
    fn the_last_appointment_is_the_latest_not_after_today_and_open_questions_come_first() {
        let mut data = SessionsData {
            sessions: vec![session(3, With::Therapist), session(20, With::Prescriber), session(30, With::Gp)],
            questions: Vec::new(),
        };
        assert_eq!(data.last_appointment(date(25)).map(|s| s.date), Some(date(20)), "one booked later is not yet");
        assert_eq!(data.newest_first()[0].date, date(30));
        for (i, asked) in [None, Some(date(20)), None, Some(date(3))].into_iter().enumerate() {
            data.questions.push(Question { text: format!("q{i}"), added: date(1), asked });
        }
        assert_eq!(data.questions_in_order(), [0, 2, 1, 3]);
        assert_eq!(data.open_questions().count(), 2);
    }
}
