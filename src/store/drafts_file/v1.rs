//! `drafts.ron` version 1 (tend up to 2026-12-02): a form's kind was one flat list of every
//! feature's forms. Read and turned into today's drafts; the next write is version 2.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::Deserialize;

use crate::domain::draft::{
    CheckInDraft, DoseForm, Drafts, EffectForm, FieldDraft, FormDraft, FormKind, MedForm, NoteDraft, SkillForm,
};
use crate::domain::medication::MedId;
use crate::domain::practice::Practice;
use crate::store::{StoreError, format};

#[derive(Deserialize)]
struct File {
    version: u32,
    #[serde(default)]
    drafts: V1Drafts,
}

#[derive(Default, Deserialize)]
struct V1Drafts {
    #[serde(default)]
    note: Option<NoteDraft>,
    #[serde(default)]
    check_in: Option<CheckInDraft>,
    #[serde(default)]
    form: Option<V1Form>,
    #[serde(default)]
    practices: Vec<Practice>,
}

#[derive(Deserialize)]
struct V1Form {
    title: String,
    kind: V1Kind,
    #[serde(default)]
    note: Option<String>,
    focus: usize,
    fields: Vec<FieldDraft>,
}

#[derive(Deserialize)]
enum V1Kind {
    NewMed,
    EditMed(MedId),
    DoseChange(MedId),
    Stop(MedId),
    Restart(MedId),
    Refill(MedId),
    Skip {
        date: NaiveDate,
        med: MedId,
        slot: Option<NaiveTime>,
    },
    TakenTime {
        date: NaiveDate,
        med: MedId,
        slot: Option<NaiveTime>,
    },
    PrnTime {
        date: NaiveDate,
        med: MedId,
    },
    Amount {
        date: NaiveDate,
        med: MedId,
        slot: Option<NaiveTime>,
    },
    LogEffect,
    SafetyPlan,
    Rerate(String),
    Resolve(String),
    Reopen(String),
    SudsBefore(String),
    OwnCard(Option<String>),
    Answers {
        card: String,
        before: Option<u8>,
        started: DateTime<FixedOffset>,
    },
    SudsAfter {
        card: String,
        before: Option<u8>,
        started: DateTime<FixedOffset>,
        seconds: u32,
        answers: Vec<(String, String)>,
    },
}

impl From<V1Kind> for FormKind {
    fn from(k: V1Kind) -> FormKind {
        match k {
            V1Kind::NewMed => FormKind::Meds(MedForm::New),
            V1Kind::EditMed(id) => FormKind::Meds(MedForm::Edit(id)),
            V1Kind::DoseChange(id) => FormKind::Meds(MedForm::DoseChange(id)),
            V1Kind::Stop(id) => FormKind::Meds(MedForm::Stop(id)),
            V1Kind::Restart(id) => FormKind::Meds(MedForm::Restart(id)),
            V1Kind::Refill(id) => FormKind::Meds(MedForm::Refill(id)),
            V1Kind::Skip { date, med, slot } => FormKind::Dose(DoseForm::Skip { date, med, slot }),
            V1Kind::TakenTime { date, med, slot } => FormKind::Dose(DoseForm::TakenTime { date, med, slot }),
            V1Kind::PrnTime { date, med } => FormKind::Dose(DoseForm::PrnTime { date, med }),
            V1Kind::Amount { date, med, slot } => FormKind::Dose(DoseForm::Amount { date, med, slot }),
            V1Kind::LogEffect => FormKind::Effects(EffectForm::Log),
            V1Kind::SafetyPlan => FormKind::SafetyPlan,
            V1Kind::Rerate(id) => FormKind::Effects(EffectForm::Rerate(id)),
            V1Kind::Resolve(id) => FormKind::Effects(EffectForm::Resolve(id)),
            V1Kind::Reopen(id) => FormKind::Effects(EffectForm::Reopen(id)),
            V1Kind::SudsBefore(card) => FormKind::Skills(SkillForm::SudsBefore(card)),
            V1Kind::OwnCard(editing) => FormKind::Skills(SkillForm::OwnCard(editing)),
            V1Kind::Answers { card, before, started } => FormKind::Skills(SkillForm::Answers { card, before, started }),
            V1Kind::SudsAfter { card, before, started, seconds, answers } => {
                FormKind::Skills(SkillForm::SudsAfter { card, before, started, seconds, answers })
            }
        }
    }
}

/// A version-1 drafts file as today's drafts.
pub(super) fn parse(path: &Path, text: &str) -> Result<Drafts, StoreError> {
    let file: File = format::parse_versioned(path, text, 1, |f: &File| f.version)?;
    let d = file.drafts;
    let form = d.form.map(|f| FormDraft {
        title: f.title,
        kind: f.kind.into(),
        note: f.note,
        focus: f.focus,
        fields: f.fields,
    });
    Ok(Drafts { note: d.note, check_in: d.check_in, form, practices: d.practices, questionnaire: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A drafts file as tend wrote it before forms were grouped by feature: it loads forever.
    #[test]
    fn a_version_1_drafts_file_loads_with_its_form() {
        let text = include_str!("../../../tests/fixtures/drafts-v1.ron");
        let d = parse(Path::new("drafts.ron"), text).expect("version 1 reads");
        let form = d.form.expect("the form");
        assert_eq!(form.kind, FormKind::Meds(MedForm::Edit("sertraline".into())));
        assert_eq!(form.fields[0].text, "Sertraline");
        assert_eq!(d.note.map(|n| n.text).as_deref(), Some("a walk helped"));
        assert_eq!(d.practices.len(), 1);
    }
}
