//! Appointments and questions for the next one: `sessions.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::session::{Question, Session, SessionsData};

pub const SESSIONS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionsFile {
    version: u32,
    #[serde(default)]
    sessions: Vec<Session>,
    #[serde(default)]
    questions: Vec<Question>,
}

#[derive(Serialize)]
struct SessionsFileOut<'a> {
    version: u32,
    sessions: &'a [Session],
    questions: &'a [Question],
}

pub(crate) fn encode(path: &Path, data: &SessionsData) -> Result<String, StoreError> {
    format::to_text(
        path,
        &SessionsFileOut { version: SESSIONS_VERSION, sessions: &data.sessions, questions: &data.questions },
    )
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<SessionsData, StoreError> {
    let file = format::parse_current(path, text, SESSIONS_VERSION, |f: &SessionsFile| f.version)?;
    Ok(SessionsData { sessions: file.sessions, questions: file.questions })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::With;

    #[test]
    fn round_trip_and_an_unknown_field_is_refused() {
        let path = Path::new("sessions.ron");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        let data = SessionsData {
            sessions: vec![Session {
                date,
                with: With::Therapist,
                notes: "Talked about \"worry time\".".into(),
                homework: "Worry time, 15 min a day".into(),
                card: Some("worry-time".into()),
            }],
            questions: vec![Question { text: "Can I take it in the morning?".into(), added: date, asked: None }],
        };
        let text = encode(path, &data).expect("encode");
        assert!(text.contains("with: Therapist") && text.contains("version: 1"), "{text}");
        assert_eq!(decode(path, &text).expect("decode"), data);
        let typo = text.replace("homework:", "homewrk:");
        assert!(matches!(decode(path, &typo), Err(StoreError::Parse { .. })));
        assert_eq!(decode(path, "(version: 1)").expect("empty"), SessionsData::default());
    }
}
