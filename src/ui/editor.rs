//! The note editor popup.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, JournalAction};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Theme, centered, popup};
use crate::app::{App, NoteEditor};
use crate::domain::day::friendly_date;

pub fn render(frame: &mut Frame, body: Rect, ed: &NoteEditor, app: &App, theme: Theme) {
    let area = centered(body, 72, body.height.saturating_sub(2).clamp(8, 18));
    let when = friendly_date(ed.date, app.today);
    let title = match ed.index {
        Some(_) => format!("Edit note · {when}"),
        None => format!("New note · {when}"),
    };
    let inner = popup(frame, area, &title, theme);
    let [field, msg, help] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    let mut ta = ed.input.clone();
    ta.set_cursor_line_style(ratatui::style::Style::new());
    ta.set_placeholder_text("Write what you want to remember. #words become tags.");
    frame.render_widget(&ta, field);
    if let Some(e) = &ed.error {
        frame.render_widget(Line::from(Span::styled(format!("⚠ {e}"), theme.error())), msg);
    }
    frame.render_widget(
        Line::from(Span::styled(
            format!(
                "Enter new line · {} save · {} cancel · {} crisis lines",
                key(Ctx::Editor, &Action::Journal(JournalAction::SaveNote)),
                key(Ctx::Editor, &Action::Close),
                key(Ctx::TextField, &Action::Crisis)
            ),
            theme.dim(),
        )),
        help,
    );
}
