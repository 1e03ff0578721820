//! Drawing: render functions read `&App` and draw; no IO, no changes to data.

mod checkin;
mod editor;
mod effects;
mod exercise;
mod form;
mod journal;
mod meds;
mod overlays;
mod progress;
mod questionnaire;
mod skills;
pub mod text;
pub mod theme;
mod today;
mod widgets;

use crate::app::Action;
use crate::app::keymap::{Ctx, key};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use crate::app::{App, ScrollLimits, StatusKind, Tab, keymap};
pub use theme::Theme;

/// Below this size the screens cannot be laid out; a message says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Draws the whole screen from the app, and says how far what it drew can scroll (the event
/// loop hands that back to the app: drawing itself changes nothing).
pub fn render(frame: &mut Frame, app: &App) -> ScrollLimits {
    let area = frame.area();
    let theme = Theme { color: app.setup.color };
    let mut limits = ScrollLimits::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        limits.too_small = true;
        if let Some(crate::app::Overlay::Crisis { scroll, .. }) = &app.overlay {
            limits.view = overlays::crisis_compact(frame, area, app, *scroll, theme);
        } else {
            too_small(frame, area, app, theme);
        }
        return limits;
    }
    // A long message gets two lines rather than being cut off.
    // A long message takes the rows it needs (up to four) rather than being cut off.
    let status_h = match &app.status {
        Some((text, _)) => {
            let rows = text::wrap(&format!(" ⚠ {text}"), usize::from(area.width)).len();
            u16::try_from(rows.clamp(1, 4)).unwrap_or(1)
        }
        None => 1,
    };
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_h),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(frame, header, app, theme);
    if app.checkin.wizard.is_some() {
        checkin::render(frame, body, app, theme);
    } else {
        let view = match app.tab {
            Tab::Journal => journal::render(frame, body, app, theme),
            Tab::Meds => meds::render(frame, body, app, theme),
            Tab::Today => {
                today::render(frame, body, app, theme);
                None
            }
            Tab::Effects => {
                effects::render(frame, body, app, theme);
                None
            }
            Tab::Skills if app.skills.run.is_some() => {
                exercise::render(frame, body, app, theme);
                None
            }
            Tab::Skills => {
                limits.card = skills::render(frame, body, app, theme);
                None
            }
            Tab::Progress if app.assessments.run.is_some() => {
                questionnaire::render(frame, body, app, theme);
                None
            }
            Tab::Progress => {
                progress::render(frame, body, app, theme);
                None
            }
        };
        limits.view = view.unwrap_or(u16::MAX);
    }
    if let Some(ed) = &app.journal.editor {
        editor::render(frame, body, ed, app, theme);
    }
    if let Some(f) = &app.form {
        form::render(frame, body, f, theme);
    }
    draw_status(frame, status, app, theme);
    draw_footer(frame, footer, app, theme);
    if let Some(o) = &app.overlay
        && let Some(view) = overlays::render(frame, area, app, o, theme)
    {
        limits.view = view;
    }
    limits
}

/// Only the crisis lines, and quitting when nothing typed would be lost, work at this size.
fn too_small(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let crisis = key(Ctx::Global, &Action::Crisis);
    let (keys, bigger) = if app.has_unsaved_input() {
        (format!("{crisis} crisis lines."), "make the window bigger to go on with what is open")
    } else {
        (format!("{crisis} crisis lines · {} quit.", key(Ctx::Global, &Action::Quit)), "make the window bigger")
    };
    let msg = format!(
        "{keys} Too small for tend: it needs {MIN_WIDTH}×{MIN_HEIGHT}, this is {}×{}; {bigger}.",
        area.width, area.height
    );
    frame.render_widget(Paragraph::new(msg).style(theme.base()).wrap(Wrap { trim: true }), area);
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let mut spans = vec![Span::styled(" tend ", theme.title()), Span::raw(" ")];
    for (tab, _, _) in Tab::header_spans() {
        let label = format!("{} {}", tab.index() + 1, tab.title());
        let style = if tab == app.tab && app.checkin.wizard.is_none() {
            theme.selected().add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            theme.base()
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Line::from(spans), area);
    // The longest right-hand side that fits: the DEMO badge always wins over the year.
    let badge = |long: bool| {
        if !app.setup.demo {
            ""
        } else if long {
            " DEMO: sample data, your own journal is not touched "
        } else {
            " DEMO "
        }
    };
    let tabs_end = Tab::header_spans().last().map_or(0, |s| s.2);
    for (long, date_format) in [(true, "%a %-d %b %Y"), (false, "%a %-d %b %Y"), (false, "%a %-d %b"), (false, "")] {
        let mut right = Vec::new();
        if app.setup.demo {
            right.push(Span::styled(badge(long), theme.demo()));
            right.push(Span::raw(" "));
        }
        right.push(Span::styled(app.today.format(date_format).to_string(), theme.bold()));
        right.push(Span::raw(" "));
        let right = Line::from(right).right_aligned();
        let w = u16::try_from(right.width()).unwrap_or(u16::MAX);
        if area.width >= tabs_end + w {
            frame.render_widget(right, area);
            return;
        }
    }
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let line = match &app.status {
        Some((text, StatusKind::Info)) => Line::from(Span::styled(format!(" {text}"), theme.accent())),
        Some((text, StatusKind::Error)) => Line::from(Span::styled(format!(" ⚠ {text}"), theme.error())),
        None if app.journal.loading => Line::from(Span::styled(" loading older months…", theme.dim())),
        None => return,
    };
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let hints = keymap::hints(&app.contexts());
    let width_of = |keys: &str, label: &str| text::width(keys) + text::width(label) + 4;
    // Crisis, help and quit always show; other hints fill the room that is left, in order.
    let reserved: usize = hints.iter().filter(|h| h.2).map(|h| width_of(&h.0, h.1)).sum();
    let mut room = usize::from(area.width).saturating_sub(1 + reserved);
    let mut shown = Vec::new();
    for h in &hints {
        let w = width_of(&h.0, h.1);
        if h.2 {
            shown.push(h);
        } else if w <= room {
            room -= w;
            shown.push(h);
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, label, _) in shown {
        spans.push(Span::styled(keys.clone(), theme.accent().add_modifier(ratatui::style::Modifier::BOLD)));
        spans.push(Span::styled(format!(" {label}   "), theme.dim()));
    }
    frame.render_widget(Line::from(spans), area);
}

/// A rounded panel with a title.
pub fn panel(title: &str, theme: Theme) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border())
        .title(Span::styled(format!(" {title} "), theme.title()))
}

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// Clears an area and draws a popup panel, returning its inner area.
pub fn popup(frame: &mut Frame, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = panel(title, theme).style(Style::new());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

#[cfg(test)]
mod tests;
