//! Questionnaires answered (PHQ-9, GAD-7): `assessments.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::assessment::Assessment;

pub const ASSESSMENTS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentsFile {
    version: u32,
    #[serde(default)]
    assessments: Vec<Assessment>,
}

#[derive(Serialize)]
struct AssessmentsFileOut<'a> {
    version: u32,
    assessments: &'a [Assessment],
}

pub(crate) fn encode(path: &Path, assessments: &[Assessment]) -> Result<String, StoreError> {
    format::to_text(path, &AssessmentsFileOut { version: ASSESSMENTS_VERSION, assessments })
}

/// The questionnaires in the file. One that cannot be scored (a hand edit with too few
/// answers, or one above 3) is refused at its line, like a syntax error: saving would keep a
/// record that no total can be shown for.
pub(crate) fn decode(path: &Path, text: &str) -> Result<Vec<Assessment>, StoreError> {
    let list = format::parse_current(path, text, ASSESSMENTS_VERSION, |f: &AssessmentsFile| f.version)?.assessments;
    for a in &list {
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
    Ok(list)
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
        let list = vec![phq(&[1, 2, 0, 3, 1, 0, 0, 1, 0])];
        let text = encode(path, &list).expect("encode");
        assert!(text.contains("scale: Phq9") && text.contains("version: 1"), "{text}");
        assert_eq!(decode(path, &text).expect("decode"), list);

        let short = encode(path, &[phq(&[1, 2])]).expect("encode");
        match decode(path, &short).expect_err("refused") {
            StoreError::Parse { line, message, .. } => {
                assert!(line > 1, "at the record");
                assert!(message.contains("2 answers where 9 are asked"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(decode(path, "(version: 1)").expect("empty").is_empty());
    }
}
