//! A guided exercise in progress: the breathing pacer, timed steps, or a card to read.
//!
//! Shapes, symbols and words carry the meaning; colour only adds to them.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, ExerciseAction};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, LineGauge, Paragraph};

use super::{Theme, centered, panel, text};
use crate::app::App;
use crate::app::skills::Run;
use crate::domain::practice::{pacer, timed_step};
use crate::domain::skill::{CopingCard, Exercise, Phase};

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let Some(run) = &app.skills.run else { return };
    let card = app.card(&run.card);
    let title = card.map_or(run.card.as_str(), |c| c.title.as_str());
    let block = panel(title, theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let [body, footer] = if inner.height >= 2 {
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(inner)
    } else {
        [Rect::default(), inner]
    };
    let footer_text = format!(
        "{} {} · {} end (you will rate distress after) · {} crisis lines",
        exercise_key(ExerciseAction::TogglePause),
        if run.paused { "resume" } else { "pause" },
        exercise_key(ExerciseAction::End),
        key(Ctx::Exercise, &Action::Crisis)
    );
    frame.render_widget(
        Line::from(Span::styled(text::truncate(&footer_text, usize::from(footer.width)), theme.dim())),
        footer,
    );
    let Some(card) = card else { return };
    match &card.exercise {
        Exercise::Breathing { .. } => {
            if let Some((pattern, phases, total)) = app.run_breathing() {
                breathing(frame, body, &pattern, &phases, total, run, theme);
            }
        }
        Exercise::TimedSteps => timed_steps(frame, body, card, run, theme),
        _ => reading(frame, body, card, run, theme),
    }
}

/// The breathing shape at its fullest, in rows; larger is no calmer.
const MAX_SHAPE_H: u16 = 16;

/// The widest a reading card's steps are set.
const READING_W: u16 = 78;

/// The exercise's key for `action`, for a hint.
fn exercise_key(action: ExerciseAction) -> String {
    key(Ctx::Exercise, &Action::Exercise(action))
}

/// "2:40".
fn clock(seconds: f32) -> String {
    let s = seconds.max(0.0).ceil() as u32;
    format!("{}:{:02}", s / 60, s % 60)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Motion {
    In,
    Hold,
    Out,
}

fn motion(phase: &Phase) -> Motion {
    let n = phase.name.to_lowercase();
    if n.contains("out") {
        Motion::Out
    } else if n.contains("hold") || n.contains("pause") {
        Motion::Hold
    } else {
        Motion::In
    }
}

/// "Breathe in", "Hold", "Breathe out", or the card's own name for a phase ("Top up").
fn phase_label(phase: &Phase) -> String {
    match phase.name.trim().to_lowercase().as_str() {
        "in" => "Breathe in".to_string(),
        "out" => "Breathe out".to_string(),
        "hold" => "Hold".to_string(),
        other => {
            let mut c = other.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

/// How full the breath is, 0.0 (empty) to 1.0 (full), during phase `i`.
fn fullness(phases: &[Phase], i: usize, progress: f32) -> f32 {
    let Some(p) = phases.get(i) else { return 0.0 };
    match motion(p) {
        Motion::In => progress,
        Motion::Out => 1.0 - progress,
        Motion::Hold => {
            // A hold keeps the size the breath before it left.
            let before = phases[..i].iter().rev().map(motion).find(|m| *m != Motion::Hold);
            if before == Some(Motion::Out) { 0.0 } else { 1.0 }
        }
    }
}

fn breathing(frame: &mut Frame, area: Rect, pattern: &str, phases: &[Phase], total: f32, run: &Run, theme: Theme) {
    if area.is_empty() {
        return;
    }
    // The group (phase, shape, rounds) sits in the middle of tall screens.
    let area = centered(area, area.width, area.height.min(MAX_SHAPE_H + 5));
    let state = pacer(phases, total, run.seconds());
    let width = usize::from(area.width);
    let (label, symbol, count, fill) = match phases.get(state.phase) {
        Some(p) if !state.finished => {
            let sym = match motion(p) {
                Motion::In => "▲",
                Motion::Hold => "■",
                Motion::Out => "▼",
            };
            (
                phase_label(p),
                sym,
                format!("{}", state.seconds_left_in_phase.ceil().max(1.0) as u32),
                fullness(phases, state.phase, state.progress),
            )
        }
        _ => ("Done".to_string(), "✓", String::new(), 0.0),
    };
    let mut head = vec![
        Span::styled(format!("{symbol}  "), theme.accent()),
        Span::styled(label, theme.title().add_modifier(Modifier::BOLD)),
    ];
    if !count.is_empty() {
        head.push(Span::styled(format!("   {count}"), theme.bold()));
    }
    let rounds = if state.finished {
        format!("{} rounds · {} to rate how it is now", state.cycles_done, exercise_key(ExerciseAction::End))
    } else {
        format!("round {} · {} left", state.cycles_done + 1, clock(state.seconds_left))
    };
    let mut info = vec![Line::from(Span::styled(text::truncate(&rounds, width), theme.dim())).centered()];
    if run.paused {
        let resume = exercise_key(ExerciseAction::TogglePause);
        info.push(Line::from(Span::styled(format!("‖ paused — {resume} resumes"), theme.bold())).centered());
    }
    let adjust = format!("{pattern} · [ ] another pattern · +/- a minute longer or shorter");
    info.push(Line::from(Span::styled(text::truncate(&adjust, width), theme.dim())).centered());
    let info_h = u16::try_from(info.len()).unwrap_or(1);
    let [head_area, _, shape_area, _, info_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(area.height > 6)),
        Constraint::Min(0),
        Constraint::Length(u16::from(area.height > 8)),
        Constraint::Length(info_h),
    ])
    .areas(area);
    frame.render_widget(Line::from(head).centered(), head_area);
    frame.render_widget(Paragraph::new(info), info_area);
    // The shape: terminal cells are about twice as tall as wide, so width is twice height.
    let max_h = shape_area.height.min(shape_area.width / 2).min(MAX_SHAPE_H);
    if max_h < 2 {
        return;
    }
    let min_h = 2.max(max_h / 4);
    let h = min_h + ((max_h - min_h) as f32 * fill.clamp(0.0, 1.0)).round() as u16;
    let w = (h * 2).max(3).min(shape_area.width);
    let rect = centered(shape_area, w, h);
    let shape = Block::new().borders(Borders::ALL).border_type(BorderType::Rounded).border_style(theme.accent());
    let fill_area = shape.inner(rect);
    frame.render_widget(shape, rect);
    // A light fill so the size reads even where borders are faint.
    let row = "░".repeat(usize::from(fill_area.width));
    let fill_lines: Vec<Line> =
        (0..fill_area.height).map(|_| Line::from(Span::styled(row.clone(), theme.dim()))).collect();
    frame.render_widget(Paragraph::new(fill_lines), fill_area);
}

fn timed_steps(frame: &mut Frame, area: Rect, card: &CopingCard, run: &Run, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let durations: Vec<u32> = card.steps.iter().map(|s| s.seconds.unwrap_or(0)).collect();
    let total: u32 = durations.iter().sum();
    let elapsed = run.seconds();
    let mut lines: Vec<Line> = Vec::new();
    let Some((i, progress)) = timed_step(&durations, elapsed) else {
        lines.push(Line::from(Span::styled("All steps done.", theme.bold())));
        let end = exercise_key(ExerciseAction::End);
        lines.push(Line::from(Span::styled(format!("{end} to rate how it is now."), theme.dim())));
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    let step_len = durations.get(i).copied().unwrap_or(0) as f32;
    let left_in_step = step_len * (1.0 - progress);
    let status = format!(
        "step {} of {} · {} left in all{}",
        i + 1,
        durations.len(),
        clock(total as f32 - elapsed),
        if run.paused { " · ‖ paused" } else { "" }
    );
    let text_lines: Vec<Line> = card
        .steps
        .get(i)
        .map(|s| text::wrap(&s.text, width))
        .unwrap_or_default()
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme.bold())))
        .collect();
    let next = card.steps.get(i + 1).map(|s| format!("Next: {}", s.text)).unwrap_or_else(|| "Last step".into());
    let text_h = u16::try_from(text_lines.len()).unwrap_or(1);
    let gap = u16::from(area.height > 6);
    let [status_area, _, step_area, _, gauge_area, _, next_area, _, hint_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(gap),
        Constraint::Max(text_h),
        Constraint::Length(gap),
        Constraint::Length(1),
        Constraint::Length(gap),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(Line::from(Span::styled(text::truncate(&status, width), theme.dim())), status_area);
    frame.render_widget(Paragraph::new(text_lines), step_area);
    let gauge = LineGauge::default()
        .ratio(f64::from(progress.clamp(0.0, 1.0)))
        .label(format!("{:>3} s ", left_in_step.ceil() as u32))
        .filled_symbol("━")
        .unfilled_symbol("─")
        .filled_style(theme.accent().add_modifier(Modifier::BOLD))
        .unfilled_style(theme.dim());
    frame.render_widget(gauge, gauge_area);
    frame.render_widget(Line::from(Span::styled(text::truncate(&next, width), theme.dim())), next_area);
    let hint = text::truncate("n next step · p previous step", width);
    frame.render_widget(Line::from(Span::styled(hint, theme.dim())), hint_area);
}

fn reading(frame: &mut Frame, area: Rect, card: &CopingCard, run: &Run, theme: Theme) {
    if area.is_empty() {
        return;
    }
    // A comfortable reading width, centred, on wide terminals.
    let area = centered(area, READING_W, area.height);
    let width = usize::from(area.width);
    let mut lines = Vec::new();
    super::skills::steps(&mut lines, card, width, theme);
    let [body, done] = if area.height >= 3 {
        Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    // A little above the middle when the steps leave room.
    let spare = body.height.saturating_sub(u16::try_from(lines.len()).unwrap_or(u16::MAX));
    let body = Rect { y: body.y + spare / 3, height: body.height - spare / 3, ..body };
    frame.render_widget(Paragraph::new(lines), body);
    let mut end = format!(
        "Take your time. {} when you are done · {} so far",
        exercise_key(ExerciseAction::End),
        clock(run.seconds())
    );
    if run.paused {
        end.push_str(" · ‖ paused");
    }
    let end_line = Line::from(Span::styled(text::truncate(&end, width), theme.bold()));
    frame.render_widget(Paragraph::new(vec![Line::default(), end_line]), done);
}
