//! A small form: labelled fields, one focused, each with its own inline error. Nothing is
//! saved until every field is valid, and nothing typed is lost on an error.

use ratatui_textarea::{CursorMove, Input, Key, TextArea};

pub use crate::domain::draft::{DoseForm, EffectForm, FormKind, MedForm, SessionForm, SkillForm};
use crate::domain::draft::{FieldDraft, FormDraft};

pub struct Field {
    pub label: String,
    pub hint: String,
    pub input: TextArea<'static>,
    pub error: Option<String>,
    pub multiline: bool,
    /// A list of this many things, one a line (5-4-3-2-1 grounding): drawn as numbered rows.
    pub items: Option<u8>,
    /// Takes a number only: `!` opens the crisis lines here, as in the check-in's number steps.
    pub numeric: bool,
    original: String,
}

impl Field {
    pub fn new(label: impl Into<String>, hint: impl Into<String>, value: &str) -> Field {
        let label = label.into();
        let mut input = TextArea::new(value.lines().map(String::from).collect());
        input.move_cursor(CursorMove::Bottom);
        input.move_cursor(CursorMove::End);
        Field {
            label,
            hint: hint.into(),
            input,
            error: None,
            multiline: false,
            items: None,
            numeric: false,
            original: value.to_string(),
        }
    }

    /// Opens on `value` instead (an edit form filled from a record), keeping what kind of
    /// field it is.
    pub fn set_value(&mut self, value: &str) {
        let fresh = Field::new(self.label.clone(), self.hint.clone(), value);
        self.input = fresh.input;
        if self.multiline && self.items.is_none() {
            self.input.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        }
        self.original = fresh.original;
        self.error = None;
    }

    pub fn multiline(mut self) -> Field {
        self.multiline = true;
        self.input.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        self
    }

    pub fn numeric(mut self) -> Field {
        self.numeric = true;
        self
    }

    /// A numbered row for each of `n` things; Enter on the last one moves to the next field.
    pub fn items(mut self, n: u8) -> Field {
        // Numbered rows, one a line: they do not wrap, so each number stays beside its line.
        self.multiline = true;
        self.items = Some(n.max(1));
        self
    }

    /// Lines with something written on them.
    pub fn filled_lines(&self) -> usize {
        self.input.lines().iter().filter(|l| !l.trim().is_empty()).count()
    }

    pub fn value(&self) -> String {
        self.input.lines().join("\n").trim().to_string()
    }

    /// True when the text differs from what the field opened with.
    pub fn is_changed(&self) -> bool {
        self.value() != self.original.trim()
    }
}

pub struct Form {
    pub title: String,
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A line shown above the fields (context, or a warning to read before saving).
    pub note: Option<String>,
}

impl Form {
    pub fn new(title: impl Into<String>, kind: FormKind, fields: Vec<Field>) -> Form {
        let mut f = Form { title: title.into(), kind, fields, focus: 0, note: None };
        f.select_default();
        f
    }

    /// A field still holding its suggested value has it selected, so typing replaces it.
    fn select_default(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus)
            && !f.value().is_empty()
            && f.value() == f.original.trim()
        {
            f.input.select_all();
        }
    }

    pub fn value(&self, i: usize) -> String {
        self.fields.get(i).map(Field::value).unwrap_or_default()
    }

    /// The text of the field with this label (empty when the form has no such field).
    pub fn text(&self, label: &str) -> String {
        self.fields.iter().find(|f| f.label == label).map(Field::value).unwrap_or_default()
    }

    /// Where the field with this label is, for a message put at it.
    pub fn at(&self, label: &str) -> usize {
        self.fields.iter().position(|f| f.label == label).unwrap_or(self.fields.len())
    }

    pub fn has_changes(&self) -> bool {
        self.fields.iter().any(Field::is_changed)
    }

    /// The field with the focus takes a number only.
    pub fn focus_is_numeric(&self) -> bool {
        self.fields.get(self.focus).is_some_and(|f| f.numeric)
    }

    /// The focus is on the last field and it takes one line.
    pub fn on_last_line_field(&self) -> bool {
        self.focus + 1 == self.fields.len() && self.fields.get(self.focus).is_some_and(|f| !f.multiline)
    }

    pub fn is_prompt(&self) -> bool {
        self.fields.len() == 1 && !self.fields[0].multiline
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
        self.select_default();
    }

    pub fn prev(&mut self) {
        let n = self.fields.len().max(1);
        self.focus = (self.focus + n - 1) % n;
        self.select_default();
    }

    /// Puts errors at their fields and focuses the first; returns true when there were none.
    pub fn show_errors(&mut self, errors: Vec<(usize, String)>) -> bool {
        for f in &mut self.fields {
            f.error = None;
        }
        let first = errors.first().map(|e| e.0);
        for (i, e) in errors {
            if let Some(f) = self.fields.get_mut(i) {
                f.error = Some(e);
            }
        }
        match first {
            Some(i) => {
                self.focus = i;
                false
            }
            None => true,
        }
    }

    /// A key typed into the focused field. Enter moves on, except in a multi-line field.
    pub fn type_key(&mut self, input: Input) {
        if input.key == Key::Enter {
            return self.enter();
        }
        let Some(f) = self.fields.get_mut(self.focus) else { return };
        edit(&mut f.input, input, !f.multiline);
        f.error = None;
    }

    /// Enter: the next field, or a new line in a longer text (a list's last row moves on).
    pub fn enter(&mut self) {
        let Some(f) = self.fields.get_mut(self.focus) else { return };
        let on_last_item = f.items.is_some_and(|n| f.input.cursor().0 + 1 >= usize::from(n));
        if !f.multiline || on_last_item {
            self.next();
        } else {
            // Enter on a suggested value (still selected) adds a line after it, keeping it.
            if f.input.is_selecting() {
                f.input.cancel_selection();
                f.input.move_cursor(CursorMove::Bottom);
                f.input.move_cursor(CursorMove::End);
            }
            f.input.insert_newline();
            f.error = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        let Some(f) = self.fields.get_mut(self.focus) else { return };
        let text = if f.multiline { text } else { text.lines().next().unwrap_or("") };
        f.input.insert_str(text);
        f.error = None;
    }
}

impl Form {
    /// The form as it stands, to keep in the drafts file.
    pub fn to_draft(&self) -> FormDraft {
        FormDraft {
            title: self.title.clone(),
            kind: self.kind.clone(),
            note: self.note.clone(),
            focus: self.focus,
            fields: self
                .fields
                .iter()
                .map(|f| FieldDraft {
                    label: f.label.clone(),
                    hint: f.hint.clone(),
                    original: f.original.clone(),
                    text: f.input.lines().join("\n"),
                    multiline: f.multiline,
                    numeric: f.numeric,
                    items: f.items,
                })
                .collect(),
        }
    }

    /// A form brought back from the drafts file, as it stood.
    pub fn from_draft(d: FormDraft) -> Form {
        let fields = d
            .fields
            .into_iter()
            .map(|f| {
                let mut field = Field::new(f.label, f.hint, &f.text);
                field.original = f.original;
                field.numeric = f.numeric;
                if let Some(n) = f.items {
                    field = field.items(n);
                } else if f.multiline {
                    field = field.multiline();
                }
                field
            })
            .collect::<Vec<_>>();
        let focus = d.focus.min(fields.len().saturating_sub(1));
        Form { title: d.title, kind: d.kind, fields, focus, note: d.note }
    }
}

/// A key typed into a text field. Ctrl-U clears it as in a shell: the whole of a one-line
/// field, or the line up to the cursor in a longer text (it is not undo here).
pub fn edit(ta: &mut TextArea<'static>, input: Input, one_line: bool) {
    if input.key == Key::Char('u') && input.ctrl && !input.alt {
        if one_line {
            *ta = TextArea::default();
        } else {
            ta.delete_line_by_head();
        }
        return;
    }
    ta.input(input);
}

/// A one-line search field opened on the current query, the cursor at its end (Journal and
/// Skills both search this way).
pub fn search_field(query: &str) -> TextArea<'static> {
    let mut ta = TextArea::new(vec![query.to_string()]);
    ta.move_cursor(CursorMove::End);
    ta
}

/// A key typed or text pasted (its first line) into a search field: the query it now holds,
/// or `None` for any other action.
pub fn search_edit(ta: &mut TextArea<'static>, action: super::Action) -> Option<String> {
    match action {
        super::Action::Text(input) => edit(ta, input, true),
        super::Action::Paste(text) => {
            ta.insert_str(text.lines().next().unwrap_or(""));
        }
        _ => return None,
    }
    Some(ta.lines().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> Input {
        Input { key: Key::Char(c), ..Input::default() }
    }

    #[test]
    fn fields_focus_type_and_report_errors() {
        let mut f = Form::new(
            "t",
            FormKind::Meds(MedForm::New),
            vec![Field::new("Name", "", ""), Field::new("Steps", "", "a").multiline()],
        );
        assert!(!f.has_changes());
        f.type_key(key('x'));
        f.type_key(Input { key: Key::Enter, ..Input::default() });
        assert_eq!(f.focus, 1, "Enter moves on from a one-line field");
        f.type_key(Input { key: Key::Enter, ..Input::default() });
        assert_eq!(f.fields[1].input.lines(), ["a", ""], "Enter on a suggested value adds a line after it");
        let mut f = Form::new(
            "t",
            FormKind::Meds(MedForm::New),
            vec![Field::new("Name", "", "x"), Field::new("Steps", "", "a").multiline()],
        );
        f.next();
        f.type_key(key('z'));
        assert_eq!(f.value(1), "z", "typing replaces a suggested value");
        f.type_key(Input { key: Key::Backspace, ..Input::default() });
        f.type_key(key('a'));
        f.type_key(Input { key: Key::Enter, ..Input::default() });
        f.type_key(key('b'));
        assert_eq!(f.value(1), "a\nb", "Enter is a new line in a multi-line field");
        assert!(f.has_changes());
        assert!(!f.show_errors(vec![(0, "bad".into())]));
        assert_eq!(f.focus, 0);
        assert_eq!(f.fields[0].error.as_deref(), Some("bad"));
        assert_eq!(f.value(0), "x", "what was typed stays");
        f.prev();
        assert_eq!(f.focus, 1);
        assert!(f.show_errors(Vec::new()));
        assert!(f.fields[0].error.is_none());
    }
}
