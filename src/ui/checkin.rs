//! The check-in wizard: one question per screen.

use crate::app::keymap::{Ctx, arrow, key};
use crate::app::{Action, CheckInAction, EffectsAction};
use crate::domain::side_effect::EffectToday;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{Theme, centered, panel};
use crate::app::{App, StepKind, Wizard};
use crate::domain::Severity;
use crate::domain::checkin::{SCALE_MAX, parse_scale};
use crate::domain::day::friendly_date;

pub fn render(frame: &mut Frame, body: Rect, app: &App, theme: Theme) {
    let Some(w) = &app.checkin.wizard else { return };
    let height = match w.kind() {
        StepKind::Summary => u16::MAX, // as tall as the screen allows; long notes are cut below
        StepKind::MultiLine => 22,
        _ => 14,
    };
    let area = centered(body, 76, height.min(body.height));
    let (n, total) = w.progress();
    let when = friendly_date(w.date, app.today);
    let title = if w.editing { format!("Editing check-in · {when}") } else { format!("Check-in · {when}") };
    let block = panel(&title, theme).title_bottom(
        Line::from(Span::styled(
            if w.kind() == StepKind::Summary { " summary ".to_string() } else { format!(" {n} of {total} ") },
            theme.dim(),
        ))
        .right_aligned(),
    );
    let inner = block.inner(area).inner(Margin::new(2, 1));
    frame.render_widget(block, area);
    if w.kind() == StepKind::Summary {
        summary(frame, inner, w, theme);
        return;
    }
    if w.kind() == StepKind::SideEffects {
        side_effects(frame, inner, w, theme);
        return;
    }
    // The hint wraps onto a second row on a narrow terminal rather than being cut.
    let hint_h =
        u16::try_from(super::text::wrap(&hint_text(w), usize::from(inner.width)).len().clamp(1, 2)).unwrap_or(1);
    let field_h = if w.kind() == StepKind::MultiLine { inner.height.saturating_sub(6 + hint_h).max(3) } else { 3 };
    let [q, hint, _, field, scale, err] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(hint_h),
        Constraint::Length(1),
        Constraint::Length(field_h),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    frame.render_widget(Line::from(Span::styled(w.question(), theme.bold())), q);
    frame.render_widget(Paragraph::new(Span::styled(hint_text(w), theme.dim())).wrap(Wrap { trim: true }), hint);
    let mut ta = w.input.clone();
    ta.set_block(Block::new().borders(Borders::ALL).border_style(theme.accent()));
    ta.set_cursor_line_style(ratatui::style::Style::new());
    let enter = wizard_key(CheckInAction::Answer);
    ta.set_placeholder_text(match w.kind() {
        StepKind::Scale => format!("0–10, {enter} to skip"),
        StepKind::Hours => format!("e.g. 7.5, {enter} to skip"),
        StepKind::Severity => format!("0–3, {enter} to skip"),
        StepKind::Text => format!("words, e.g. work walk; {enter} to skip"),
        _ => format!("{enter} on an empty note skips"),
    });
    let field_w =
        if matches!(w.kind(), StepKind::Text | StepKind::MultiLine) { field.width } else { field.width.min(28) };
    frame.render_widget(&ta, Rect { width: field_w, ..field });
    match w.kind() {
        StepKind::Scale => scale_line(frame, scale, w, theme),
        StepKind::Severity => severity_line(frame, scale, w, theme),
        _ => {}
    }
    if let Some(e) = &w.error {
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(format!("⚠ {e}"), theme.error()))).wrap(Wrap { trim: true }),
            err,
        );
    }
}

/// The check-in's key for `action`, for a hint.
fn wizard_key(action: CheckInAction) -> String {
    key(Ctx::Wizard, &Action::CheckIn(action))
}

fn hint_text(w: &Wizard) -> String {
    let enter = wizard_key(CheckInAction::Answer);
    let adjust = format!(
        "{}/{}",
        arrow(Ctx::Wizard, &Action::CheckIn(CheckInAction::Less)),
        arrow(Ctx::Wizard, &Action::CheckIn(CheckInAction::More))
    );
    let rate = |answer: EffectToday| key(Ctx::CheckInEffects, &Action::CheckIn(CheckInAction::RateEffect(answer)));
    match w.kind() {
        StepKind::Scale => {
            let (lo, hi) = w.scale_words().unwrap_or(("low", "high"));
            format!("0 {lo} … {SCALE_MAX} {hi}. Type a number and {enter}; {adjust} adjust.")
        }
        StepKind::Hours => format!("Hours, like 7 or 7.5 or 6h30. {adjust} adjust by half an hour."),
        StepKind::Severity => format!("0 none · 1 mild · 2 moderate · 3 severe. {adjust} adjust."),
        StepKind::Text => "Words that sort your days, e.g. work, family, walk.".into(),
        StepKind::MultiLine => format!(
            "{enter} starts a new line; {enter} on an empty line goes on. {} saves.",
            wizard_key(CheckInAction::Save)
        ),
        StepKind::SideEffects => format!(
            "One key each: {} same · {} better · {} worse · {} gone. {} logs a new one.",
            rate(EffectToday::Same),
            rate(EffectToday::Better),
            rate(EffectToday::Worse),
            rate(EffectToday::Gone),
            key(Ctx::CheckInEffects, &Action::Effects(EffectsAction::Log))
        ),
        StepKind::Summary => String::new(),
    }
}

fn scale_line(frame: &mut Frame, area: Rect, w: &Wizard, theme: Theme) {
    let current = parse_scale(&w.input_text(), SCALE_MAX).ok();
    let mut spans = Vec::new();
    for v in 0..=SCALE_MAX {
        let label = format!("{v:>2} ");
        let style = if Some(v) == current {
            theme.mood(v).add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            theme.dim()
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Line::from(spans), area);
}

fn severity_line(frame: &mut Frame, area: Rect, w: &Wizard, theme: Theme) {
    let current = Severity::parse(&w.input_text());
    let mut spans = Vec::new();
    for s in Severity::ALL {
        let style = if Some(s) == current { theme.selected() } else { theme.dim() };
        spans.push(Span::styled(format!(" {} {} ", s.index(), s.label()), style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Line::from(spans), area);
}

fn summary(frame: &mut Frame, area: Rect, w: &Wizard, theme: Theme) {
    let mut lines = vec![
        Line::from(Span::styled(w.question(), theme.bold())),
        Line::from(Span::styled(
            format!(
                "{} saves · {} goes back to change an answer · {} cancels",
                wizard_key(CheckInAction::Answer),
                wizard_key(CheckInAction::Back),
                key(Ctx::Wizard, &Action::Close)
            ),
            theme.dim(),
        )),
        Line::from(""),
    ];
    let width = usize::from(area.width).saturating_sub(16);
    let rows = w.summary_rows();
    let label_w = rows.iter().map(|(l, _)| super::text::width(l)).max().unwrap_or(0).min(24) + 2;
    let width = width.saturating_sub(label_w.saturating_sub(16));
    let mut rows: Vec<(String, Vec<String>, ratatui::style::Style)> = rows
        .into_iter()
        .map(|(label, value)| {
            let style = if value == "skipped" { theme.dim() } else { theme.bold() };
            (label, super::text::wrap(&value, width), style)
        })
        .collect();
    // When everything does not fit, the note (last) is shortened, and says so.
    let total: usize = 3 + rows.iter().map(|r| r.1.len()).sum::<usize>();
    let room = usize::from(area.height);
    if total > room
        && let Some(last) = rows.last_mut()
    {
        let keep = last.1.len().saturating_sub(total - room + 1).max(1);
        let hidden = last.1.len() - keep;
        last.1.truncate(keep);
        last.1.push(format!("… {hidden} more line(s); Backspace to see the whole note"));
    }
    for (label, values, style) in rows {
        for (i, l) in values.into_iter().enumerate() {
            let head = if i == 0 { format!("{label:<label_w$}") } else { " ".repeat(label_w) };
            lines.push(Line::from(vec![Span::styled(head, theme.dim()), Span::styled(l, style)]));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Ongoing side effects with their last level and today's answer, one key each.
fn side_effects(frame: &mut Frame, area: Rect, w: &Wizard, theme: Theme) {
    use crate::domain::side_effect::STRONG;
    let mut lines = vec![
        Line::from(Span::styled(w.question(), theme.bold())),
        Line::from(Span::styled(hint_text(w), theme.dim())),
        Line::from(""),
    ];
    if w.effects.is_empty() {
        lines.push(Line::from(format!(
            "No side effects are ongoing. {} logs one if something is new; {} goes on.",
            key(Ctx::CheckInEffects, &Action::Effects(EffectsAction::Log)),
            wizard_key(CheckInAction::Answer)
        )));
    }
    let name_w = w.effects.iter().map(|e| super::text::width(&e.name)).max().unwrap_or(0).clamp(8, 28);
    for (i, e) in w.effects.iter().enumerate() {
        let last = STRONG.get(usize::from(e.level)).copied().unwrap_or("");
        let answer = e.answer.map_or("–".to_string(), |a| a.label().to_string());
        let marker = if i == w.effect_cursor { "▸ " } else { "  " };
        let mut line = Line::from(vec![
            Span::raw(format!("{marker}{}", super::text::pad(&super::text::truncate(&e.name, name_w), name_w))),
            Span::styled(format!("  last time {last:<9}"), theme.dim()),
            Span::styled(format!("  today: {answer}"), if e.answer.is_some() { theme.bold() } else { theme.dim() }),
        ]);
        if i == w.effect_cursor {
            line = line.style(theme.selected());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// When a check-in was made, as its heading says: "at 07:40", "at 07:40 · edited 09:10", or
/// "on Wed 2 Dec 06:50" for one filled in later for an earlier day.
pub fn when(ci: &crate::domain::CheckIn, date: chrono::NaiveDate) -> String {
    let at = if ci.at.date_naive() == date {
        format!("at {}", ci.at.format("%H:%M"))
    } else {
        format!("on {}", ci.at.format("%a %-d %b %H:%M"))
    };
    match ci.edited {
        Some(e) if e.date_naive() == ci.at.date_naive() => format!("{at} · edited {}", e.format("%H:%M")),
        Some(e) => format!("{at} · edited {}", e.format("%a %-d %b %H:%M")),
        None => at,
    }
}
