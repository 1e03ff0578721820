//! The note editor popup: add a note to a day or edit one.

use chrono::NaiveDate;

use crate::domain::draft::NoteDraft;
use ratatui_textarea::{CursorMove, TextArea};

pub struct NoteEditor {
    pub date: NaiveDate,
    /// `Some(i)` when editing the day's note `i`; `None` for a new note.
    pub index: Option<usize>,
    pub input: TextArea<'static>,
    original: String,
    pub error: Option<String>,
}

impl NoteEditor {
    pub fn new(date: NaiveDate, index: Option<usize>, text: &str) -> NoteEditor {
        let mut input = TextArea::new(text.lines().map(String::from).collect());
        // Long lines wrap at the editor's edge instead of running off it.
        input.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        input.move_cursor(CursorMove::Bottom);
        input.move_cursor(CursorMove::End);
        NoteEditor { date, index, input, original: text.to_string(), error: None }
    }

    pub fn text(&self) -> String {
        self.input.lines().join("\n").trim_end().to_string()
    }

    pub fn has_changes(&self) -> bool {
        self.text() != self.original.trim_end()
    }

    /// The note as it stands, to keep in the drafts file.
    pub fn to_draft(&self) -> NoteDraft {
        NoteDraft { date: self.date, original: self.index.map(|_| self.original.clone()), text: self.text() }
    }

    /// An editor opened on a draft: on the note it was editing if that note is still there
    /// unchanged, otherwise as a new note (nothing saved is replaced without a save).
    pub fn from_draft(d: NoteDraft, notes: &[crate::domain::Note]) -> NoteEditor {
        let index = d.original.as_deref().and_then(|o| notes.iter().position(|n| &*n.text == o));
        let mut ed = NoteEditor::new(d.date, index, &d.text);
        // What is saved (nothing, for a new note), so the restored text counts as a change: it
        // stays in the drafts file and Esc asks before dropping it.
        ed.original = index.map(|i| notes[i].text.to_string()).unwrap_or_default();
        ed
    }
}
