//! What the person was typing and has not saved yet (a note, check-in answers, a form, a
//! practice), kept in `drafts.ron` within seconds and on every signal, and offered back on
//! the next start. A draft is never applied without the person's yes.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::medication::MedId;
use super::practice::Practice;

/// Everything unsaved at one moment; empty parts are left out of the file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Drafts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<NoteDraft>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<CheckInDraft>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<FormDraft>,
    /// A practice that was running, or one that could not be saved to its month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<Practice>,
    /// A PHQ-9 or GAD-7 being answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<super::questionnaire::Questionnaire>,
}

impl Drafts {
    pub fn is_empty(&self) -> bool {
        self.note.is_none()
            && self.check_in.is_none()
            && self.form.is_none()
            && self.practices.is_empty()
            && self.questionnaire.is_none()
    }

    /// In a few words, for the question on the next start: "a note for 2 Dec, a practice".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = &self.note {
            parts.push(format!("a note for {}", n.date.format("%a %-d %b")));
        }
        if let Some(c) = &self.check_in {
            parts.push(format!("check-in answers for {}", c.date.format("%a %-d %b")));
        }
        if let Some(f) = &self.form {
            parts.push(format!("the form \"{}\"", f.title));
        }
        if let Some(q) = &self.questionnaire {
            parts.push(format!("a {} you had started", q.scale.name()));
        }
        match self.practices.len() {
            0 => {}
            1 => parts.push("a practice".into()),
            n => parts.push(format!("{n} practices")),
        }
        match parts.len() {
            0 => String::new(),
            1 => parts.remove(0),
            _ => {
                let last = parts.pop().unwrap_or_default();
                format!("{} and {last}", parts.join(", "))
            }
        }
    }
}

/// A note being written or edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteDraft {
    pub date: NaiveDate,
    /// The text of the note being edited, to find it again (`None`: a new note).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    pub text: String,
}

/// Check-in answers given so far, with the question on screen and what was typed into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInDraft {
    pub date: NaiveDate,
    pub answers: CheckIn,
    pub step: usize,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub typing: String,
    /// Side effects re-rated in this check-in: (side effect id, "same" / "better" / "worse" / "gone").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<(String, String)>,
}

/// A form as it stood: what it is for, and each field's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormDraft {
    pub title: String,
    pub kind: FormKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub focus: usize,
    pub fields: Vec<FieldDraft>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldDraft {
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hint: String,
    /// The value the form opened with (so "changed" still means changed after a restore).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub original: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multiline: bool,
    /// The field takes a number only (so `!` there opens the crisis lines).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub numeric: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<u8>,
}

/// What a form is for, by feature; the feature named reads the fields when it is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    Meds(MedForm),
    Dose(DoseForm),
    Effects(EffectForm),
    SafetyPlan,
    Skills(SkillForm),
    Sessions(SessionForm),
}

/// Forms about appointments and the questions for the next one (by index in `sessions.ron`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionForm {
    Log,
    Edit(usize),
    Question,
    EditQuestion(usize),
}

/// Forms about a medication (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MedForm {
    New,
    Edit(MedId),
    DoseChange(MedId),
    Stop(MedId),
    Restart(MedId),
    Refill(MedId),
}

/// Forms about one logged dose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DoseForm {
    /// A reason for skipping a dose (optional).
    Skip { date: NaiveDate, med: MedId, slot: Option<NaiveTime> },
    /// The time a dose was taken.
    TakenTime { date: NaiveDate, med: MedId, slot: Option<NaiveTime> },
    /// The time an "as needed" dose was taken on a past day.
    PrnTime { date: NaiveDate, med: MedId },
    /// The amount taken, when it differed from the plan.
    Amount { date: NaiveDate, med: MedId, slot: Option<NaiveTime> },
}

/// Forms about a side effect (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EffectForm {
    Log,
    Rerate(String),
    Resolve(String),
    Reopen(String),
}

/// Forms of the Skills tab: a practice's ratings and answers, and the person's own card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SkillForm {
    /// Distress before a practice of this card.
    SudsBefore(String),
    /// The person's own card: a new one, or editing theirs (`Some(id)`).
    OwnCard(Option<String>),
    /// Answers typed during a practice (prompts, thought record, activity plan).
    Answers { card: String, before: Option<u8>, started: DateTime<FixedOffset> },
    /// Distress after a practice, then it is saved.
    SudsAfter {
        card: String,
        before: Option<u8>,
        started: DateTime<FixedOffset>,
        seconds: u32,
        answers: Vec<(String, String)>,
    },
}

impl FormKind {
    /// A form that holds a practice: it is worth keeping even when nothing was typed in it.
    pub fn holds_practice(&self) -> bool {
        matches!(self, FormKind::Skills(SkillForm::Answers { .. } | SkillForm::SudsAfter { .. }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")
    }

    #[test]
    fn a_draft_says_what_it_holds_in_words() {
        let mut d = Drafts::default();
        assert!(d.is_empty());
        assert_eq!(d.describe(), "");
        d.note = Some(NoteDraft { date: date(), original: None, text: "hello".into() });
        assert_eq!(d.describe(), "a note for Wed 2 Dec");
        d.form = Some(FormDraft {
            title: "Refill".into(),
            kind: FormKind::Meds(MedForm::New),
            note: None,
            focus: 0,
            fields: vec![],
        });
        assert_eq!(d.describe(), "a note for Wed 2 Dec and the form \"Refill\"");
        assert!(!d.is_empty());
        assert!(
            FormKind::Skills(SkillForm::SudsAfter {
                card: "x".into(),
                before: None,
                started: Default::default(),
                seconds: 1,
                answers: vec![]
            })
            .holds_practice()
        );
        assert!(!FormKind::Meds(MedForm::New).holds_practice());
    }
}
