//! The note editor popup: add a note to a day or edit one.

use chrono::NaiveDate;
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
}
