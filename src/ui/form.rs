//! Forms and one-line prompts, drawn as a popup: each field with its hint and its own error.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, centered, popup, text};
use crate::app::Form;
use crate::app::form::Field;

const LABEL_W: u16 = 20;
/// Room for "5." before each row of a list of things.
const GUTTER: u16 = 3;

pub fn render(frame: &mut Frame, body: Rect, form: &Form, theme: Theme) {
    let width = body.width.min(84);
    let inner_w = usize::from(width.saturating_sub(4));
    let note_lines: Vec<String> = form.note.as_deref().map(|n| text::wrap(n, inner_w)).unwrap_or_default();
    // The line under a field is wrapped to the field's width so nothing is cut.
    let msg_w = usize::from(width.saturating_sub(2 + LABEL_W)).max(1);
    let rows = |i: usize| input_rows(&form.fields[i]) + message_rows(form, i, msg_w);
    let fields_h: u16 = (0..form.fields.len()).map(rows).sum();
    let note_h = u16::try_from(note_lines.len()).unwrap_or(0);
    let needed = fields_h + note_h + u16::from(note_h > 0) + 2;
    let area = centered(body, width, needed.min(body.height));
    let inner = popup(frame, area, &form.title, theme);
    let bottom = inner.y + inner.height;
    let mut y = draw_note(frame, inner, &note_lines, theme);
    // Keep the focused field in view when the form is taller than the screen.
    let mut start = 0;
    let room = bottom.saturating_sub(y);
    while start < form.focus && (start..=form.focus).map(rows).sum::<u16>() > room {
        start += 1;
    }
    for (i, f) in form.fields.iter().enumerate().skip(start) {
        let h = input_rows(f);
        if y + h > bottom {
            break;
        }
        let field = draw_field(frame, inner, y, f, i == form.focus, theme);
        y += h;
        if let Some((msg, is_error)) = message(form, i).filter(|_| y < bottom) {
            let style = if is_error { theme.error() } else { theme.dim() };
            let rows = message_rows(form, i, msg_w).min(bottom - y);
            let line_area = Rect { x: inner.x + LABEL_W.min(inner.width), y, width: field.width, height: rows };
            frame.render_widget(Paragraph::new(Span::styled(msg, style)).wrap(Wrap { trim: true }), line_area);
            y += rows;
        }
    }
}

/// The rows of a field's input: one per thing in a list (up to five), five when multi-line.
fn input_rows(f: &Field) -> u16 {
    match f.items {
        Some(n) => u16::from(n).clamp(1, 5),
        None if f.multiline => 5,
        None => 1,
    }
}

/// The line under field `i`: its error (and `true`), or the focused field's hint.
fn message(form: &Form, i: usize) -> Option<(String, bool)> {
    let f = &form.fields[i];
    match &f.error {
        Some(e) => Some((format!("⚠ {e}"), true)),
        None if i == form.focus && !f.hint.is_empty() => Some((f.hint.clone(), false)),
        None => None,
    }
}

/// The rows the line under field `i` takes, wrapped `msg_w` wide: up to three.
fn message_rows(form: &Form, i: usize, msg_w: usize) -> u16 {
    let rows = message(form, i).map_or(0, |(m, _)| text::wrap(&m, msg_w).len().clamp(1, 3));
    u16::try_from(rows).unwrap_or(1)
}

/// The form's note at the top of `inner`, as far as it fits; returns the row the fields start on
/// (a blank row below a note).
fn draw_note(frame: &mut Frame, inner: Rect, note_lines: &[String], theme: Theme) -> u16 {
    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    for l in note_lines {
        if y >= bottom {
            break;
        }
        frame.render_widget(Line::from(Span::styled(l.clone(), theme.dim())), Rect { y, height: 1, ..inner });
        y += 1;
    }
    if !note_lines.is_empty() {
        y += 1;
    }
    y
}

/// One field on row `y`: its label, then its input (numbered when it is a list of things).
/// Returns where the input was drawn, which the line under it lines up with.
fn draw_field(frame: &mut Frame, inner: Rect, y: u16, f: &Field, focused: bool, theme: Theme) -> Rect {
    let h = input_rows(f);
    let label_style = if focused { theme.title() } else { theme.dim() };
    let marker = if focused { "▸ " } else { "  " };
    frame.render_widget(
        Span::styled(format!("{marker}{}", text::truncate(&f.label, usize::from(LABEL_W) - 3)), label_style),
        Rect { x: inner.x, y, width: LABEL_W.min(inner.width), height: 1 },
    );
    let mut field =
        Rect { x: inner.x + LABEL_W.min(inner.width), y, width: inner.width.saturating_sub(LABEL_W), height: h };
    // A list of things: a numbered row for each, and how many are named so far.
    if let Some(n) = f.items {
        let count = format!("{} of {n}", f.filled_lines().min(usize::from(n)));
        let count_area =
            Rect { x: inner.x + 2, y: y + 1, width: LABEL_W.min(inner.width).saturating_sub(2), height: 1 };
        if h > 1 {
            frame.render_widget(Span::styled(count, theme.dim()), count_area);
        }
        for row in 0..h {
            let gutter = Rect { x: field.x, y: y + row, width: GUTTER.min(field.width), height: 1 };
            frame.render_widget(Span::styled(format!("{}.", row + 1), theme.dim()), gutter);
        }
        field.x += GUTTER.min(field.width);
        field.width = field.width.saturating_sub(GUTTER);
    }
    let mut ta = f.input.clone();
    ta.set_cursor_line_style(Style::new());
    ta.set_selection_style(theme.selected());
    if !focused {
        ta.set_cursor_style(Style::new());
    }
    ta.set_style(if focused { Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED) } else { Style::new() });
    frame.render_widget(&ta, field);
    field
}
