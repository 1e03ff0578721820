//! Questionnaires answered (PHQ-9, GAD-7): `assessments.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use chrono::NaiveDate;

use crate::domain::assessment::{Assessment, AssessmentsData};

pub const ASSESSMENTS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentsFile {
    version: u32,
    #[serde(default)]
    assessments: Vec<Assessment>,
    #[serde(default)]
    note_dismissed: Option<NaiveDate>,
}

#[derive(Serialize)]
struct AssessmentsFileOut<'a> {
    version: u32,
    assessments: &'a [Assessment],
    #[serde(skip_serializing_if = "Option::is_none")]
    note_dismissed: Option<NaiveDate>,
}

pub(crate) fn encode(path: &Path, data: &AssessmentsData) -> Result<String, StoreError> {
    let out = AssessmentsFileOut {
        version: ASSESSMENTS_VERSION,
        assessments: &data.list,
        note_dismissed: data.note_dismissed,
    };
    format::to_text(path, &out)
}

/// The questionnaires in the file. One that cannot be scored (a hand edit with too few
/// answers, or one above 3) is refused at its line, like a syntax error: saving would keep a
/// record that no total can be shown for.
pub(crate) fn decode(path: &Path, text: &str) -> Result<AssessmentsData, StoreError> {
    let file = format::parse_current(path, text, ASSESSMENTS_VERSION, |f: &AssessmentsFile| f.version)?;
    for a in &file.assessments {
        if let Some(message) = a.problem() {
            let at = a.at.to_rfc3339();
            let (line, column) = text.find(&at).map_or((1, 1), |i| format::line_column(text, i));
            return Err(StoreError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: format!("{message} ({at})"),
            });
        }
    }
    Ok(AssessmentsData { list: file.assessments, note_dismissed: file.note_dismissed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Scale;

    fn phq(answers: &[u8]) -> Assessment {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T09:00:00+01:00").expect("time");
        Assessment { scale: Scale::Phq9, at, answers: answers.to_vec(), difficulty: Some(1) }
    }

    #[test]
    fn round_trip_and_a_record_that_cannot_be_scored_is_refused_at_its_line() {
        let path = Path::new("assessments.ron");
        let data = AssessmentsData { list: vec![phq(&[1, 2, 0, 3, 1, 0, 0, 1, 0])], note_dismissed: None };
        let text = encode(path, &data).expect("encode");
        assert!(text.contains("scale: Phq9") && text.contains("version: 1"), "{text}");
        assert_eq!(decode(path, &text).expect("decode"), data);
        let dismissed = AssessmentsData { note_dismissed: NaiveDate::from_ymd_opt(2026, 12, 1), ..data };
        let text = encode(path, &dismissed).expect("encode");
        assert!(text.contains("note_dismissed: \"2026-12-01\""), "{text}");
        assert_eq!(decode(path, &text).expect("decode"), dismissed);

        let short = encode(path, &AssessmentsData { list: vec![phq(&[1, 2])], note_dismissed: None }).expect("encode");
        match decode(path, &short).expect_err("refused") {
            StoreError::Parse { line, message, .. } => {
                assert!(line > 1, "at the record");
                assert!(message.contains("2 answers where 9 are asked"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(decode(path, "(version: 1)").expect("empty").list.is_empty());
    }
}
