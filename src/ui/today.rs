//! Today: the check-in, today's notes and the last 14 days of mood.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, CheckInAction, JournalAction, MedsAction};
use crate::domain::dose::SlotStatus;
use crate::domain::medication::{MedId, Medication, Slot};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::{check_in_lines, mood_chart};
use super::{Theme, panel, text};
use crate::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let problems =
        if app.problems.is_empty() { 0 } else { 4 + 2 * u16::try_from(app.problems.len().min(3)).unwrap_or(3) };
    let [main, problem_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(problems)]).areas(area);
    let series = app.journal.days.mood_series(app.today, 14);
    let chart_block = panel("Mood, last 14 days", theme);
    if area.width >= 120 {
        // Wide: check-in, doses and notes side by side; the chart; then recent days.
        let top_h = main.height.saturating_sub(7).clamp(6, 14);
        let [top, chart, recent] =
            Layout::vertical([Constraint::Length(top_h), Constraint::Length(7), Constraint::Min(0)]).areas(main);
        let [a, b, c] = Layout::horizontal([Constraint::Ratio(1, 3); 3]).areas(top);
        draw_check_in(frame, a, app, theme);
        draw_doses(frame, b, app, theme);
        draw_notes(frame, c, app, theme);
        let inner = chart_block.inner(chart);
        frame.render_widget(chart_block, chart);
        mood_chart(frame, inner.inner(ratatui::layout::Margin::new(1, 0)), &series, theme);
        if recent.height >= 4 {
            draw_recent(frame, recent, app, theme);
        }
    } else {
        // Narrow: the check-in over today's notes; doses over the mood chart.
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        let notes_h = if main.height >= 18 { 6 } else { 4 };
        let [check_in, notes] = Layout::vertical([Constraint::Min(4), Constraint::Length(notes_h)]).areas(left);
        let [doses, chart] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(right);
        draw_check_in(frame, check_in, app, theme);
        draw_notes(frame, notes, app, theme);
        draw_doses(frame, doses, app, theme);
        let inner = chart_block.inner(chart);
        frame.render_widget(chart_block, chart);
        mood_chart(frame, inner, &series, theme);
    }
    if problems > 0 {
        let block = panel("Files that need attention", theme);
        let inner = block.inner(problem_area);
        frame.render_widget(block, problem_area);
        let mut lines: Vec<Line> =
            app.problems.iter().take(3).map(|p| Line::from(Span::styled(format!("⚠ {p}"), theme.error()))).collect();
        let more = app.problems.len().saturating_sub(3);
        let tail = if more > 0 {
            format!("and {more} more: tend check lists every one. Nothing was overwritten.")
        } else {
            "Nothing was overwritten; what cannot be read stays read-only until it is fixed.".to_string()
        };
        lines.push(Line::from(Span::styled(tail, theme.dim())));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
    }
}

fn draw_check_in(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Check-in", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let day = app.journal.days.day(app.today);
    let check_in = Action::CheckIn(CheckInAction::Start);
    let mut lines = match day.and_then(|d| d.check_in.as_ref()) {
        Some(ci) => {
            let mut lines = vec![Line::from(vec![
                Span::styled(format!("Checked in {}", crate::ui::checkin::when(ci, app.today)), theme.bold()),
                Span::styled(format!(" · {} to edit", key(Ctx::Global, &check_in)), theme.dim()),
            ])];
            lines.extend(check_in_lines(ci, theme, usize::from(inner.width), ""));
            lines
        }
        None => match app.writable(app.today) {
            // A month that cannot be changed offers nothing that would fail.
            Err(why) => vec![
                Line::from(Span::styled("Not yet today.", theme.bold())),
                Line::from(Span::styled(why, theme.dim())),
            ],
            Ok(()) => vec![
                Line::from(Span::styled("Not yet today.", theme.bold())),
                Line::from(vec![
                    Span::styled(key(Ctx::Global, &check_in), theme.accent()),
                    Span::raw(" to check in: a few numbers, under a minute."),
                ]),
                Line::from(Span::styled(
                    format!(
                        "Every question can be skipped with {}.",
                        key(Ctx::Wizard, &Action::CheckIn(CheckInAction::Answer))
                    ),
                    theme.dim(),
                )),
            ],
        },
    };
    lines.extend(questionnaire_note(app, theme));
    // A skill that has lowered distress before (by the person's own ratings), or one to start with.
    if let Some((card, change)) = app.suggestion() {
        let rows = |lines: &[Line]| Paragraph::new(lines.to_vec()).wrap(Wrap { trim: false }).line_count(inner.width);
        let left = usize::from(inner.height).saturating_sub(rows(&lines));
        let (parts, blank) = suggestion(&card.title, change, usize::from(inner.width), left, |parts| {
            rows(&parts.iter().map(|t| Line::from(t.as_str())).collect::<Vec<_>>())
        });
        if blank {
            lines.push(Line::default());
        }
        lines.extend(parts.into_iter().map(|t| Line::from(Span::styled(t, theme.dim()))));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// A gentle word when the last questionnaire was more than two weeks ago, once, until the
/// person puts it away (it never counts days in a row or asks twice).
fn questionnaire_note(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let Some(days) = app.assessments.data.due_note(app.today) else { return Vec::new() };
    let scale = app.assessments.data.latest().map_or("questionnaire", |a| a.scale.name());
    let start = |s| key(Ctx::Progress, &Action::Progress(crate::app::progress::ProgressAction::StartQuestionnaire(s)));
    use crate::domain::assessment::Scale;
    vec![
        Line::default(),
        Line::from(Span::styled(
            format!(
                "Your last {scale} was {days} days ago. If you would like to see how things have moved:                  6, then {} or {}. {} puts this away.",
                start(Scale::Phq9),
                start(Scale::Gad7),
                key(Ctx::Today, &Action::DismissNote)
            ),
            theme.dim(),
        )),
    ]
}

/// Today's suggestion as lines for a column `width` wide with `left` rows free, and whether a
/// blank line fits above it. Whole on one line where it fits; in a narrower column the figure,
/// then the title, start their own lines rather than breaking mid-title. A tall check-in (many
/// symptoms) leaves fewer rows: the blank line goes first, then the figure, so the skill's name
/// and its key still show. `rows` counts the wrapped rows of some lines.
fn suggestion(
    title: &str,
    change: Option<f32>,
    width: usize,
    left: usize,
    rows: impl Fn(&[String]) -> usize,
) -> (Vec<String>, bool) {
    let Some(c) = change else {
        let text = vec![format!("A skill to try: {title} · 5 for skills")];
        return (text.clone(), rows(&text) < left);
    };
    let figure = format!("(distress {} on average) · 5", super::skills::signed(c));
    let named = format!("Lowered your distress before: {title}");
    let whole = format!("{named} {figure}");
    let full = if text::width(&whole) <= width {
        vec![whole]
    } else if text::width(&named) <= width {
        vec![named.clone(), figure]
    } else {
        vec!["Lowered your distress before:".to_string(), title.to_string(), figure]
    };
    let need = rows(&full);
    if need < left {
        return (full, true);
    }
    if need <= left {
        return (full, false);
    }
    (vec![format!("{named} · 5")], false)
}

fn draw_notes(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Today's notes", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let notes = app.journal.days.day(app.today).map(|d| d.notes.as_slice()).unwrap_or_default();
    if notes.is_empty() {
        let line = if app.writable(app.today).is_err() {
            Line::from("No notes today.")
        } else {
            Line::from(vec![
                Span::raw("No notes today. "),
                Span::styled(key(Ctx::Global, &Action::Journal(JournalAction::NewNote)), theme.accent()),
                Span::raw(" to write one."),
            ])
        };
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width).saturating_sub(6);
    let mut lines = Vec::new();
    // Newest first: the latest thought is the one most likely wanted.
    for note in notes.iter().rev() {
        for (i, l) in text::wrap(&note.text, width).into_iter().enumerate() {
            let time = if i == 0 { note.at.format("%H:%M ").to_string() } else { "      ".into() };
            lines.push(Line::from(vec![Span::styled(time, theme.dim()), Span::raw(l)]));
        }
    }
    // More than the panel holds: its last row says so, and where to read the rest.
    let rows = usize::from(inner.height);
    if lines.len() > rows && rows > 0 {
        lines.truncate(rows - 1);
        lines.push(Line::from(Span::styled("      … more in Journal (2)", theme.dim())));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The days before today, newest first (shown when the terminal has room).
fn draw_recent(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Recent days · 2 for the journal", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let rows = usize::from(inner.height.saturating_sub(1));
    let width = usize::from(inner.width);
    let mut lines = vec![Line::from(Span::styled(
        format!("{:<14}{:>4}{:>5}{:>8}   note", "", "mood", "anx", "sleep"),
        theme.dim(),
    ))];
    let days = app.journal.days.newest_first().filter(|d| d.date < app.today).take(rows);
    for day in days {
        let ci = day.check_in.as_ref();
        let num = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
        let sleep = ci.and_then(|c| c.sleep_hours).map_or("–".to_string(), crate::domain::checkin::format_hours);
        let mood = day.mood().map_or(Span::styled(format!("{:>4}", "–"), theme.dim()), |m| {
            Span::styled(format!("{m:>4}"), theme.mood(m))
        });
        lines.push(Line::from(vec![
            Span::raw(format!("{:<14}", day.date.format("%a %e %b"))),
            mood,
            Span::raw(format!("{:>5}{:>8}   ", num(day.anxiety()), sleep)),
            Span::raw(text::truncate(&app.day_headline(day), width.saturating_sub(34))),
        ]));
    }
    if lines.len() == 1 {
        lines.push(Line::from(Span::styled("Earlier days will show here once you have logged some.", theme.dim())));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Today's doses in time order, then "as needed" medication, then supply reminders.
fn draw_doses(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    use crate::app::meds::doses;
    let block = panel("Doses today", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    if let Some(empty) = no_doses(app, theme) {
        frame.render_widget(empty.wrap(Wrap { trim: true }), inner);
        return;
    }
    let rows = doses::rows(app, app.today, None);
    let selected = app.meds.today_view.selected.min(rows.len().saturating_sub(1));
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(m) = app.meds.get(&row.med) else { continue };
        let mut line = match (row.slot, doses::status(app, app.today, row)) {
            (Some(slot), Some(st)) => scheduled_dose(m, slot, &st, width, theme),
            _ => as_needed_dose(app, m, &row.med, width, theme),
        };
        if i == selected {
            line = line.style(theme.selected());
        }
        lines.push(line);
    }
    if rows.is_empty() {
        lines.push(Line::from(Span::styled("Nothing scheduled today.", theme.dim())));
    }
    lines.extend(refill_reminders(app, width, theme));
    lines.extend(ongoing_effects(app, width, theme));
    // Keep the selected dose in view.
    let offset = selected.saturating_sub(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(offset).unwrap_or(0), 0)), inner);
}

/// What the panel says instead of doses when there are none to show: the file cannot be read,
/// or nothing has been added yet.
fn no_doses(app: &App, theme: Theme) -> Option<Paragraph<'static>> {
    if let (true, Some(_)) = (app.meds.list.is_empty(), app.meds.list.problem()) {
        // The whole error (file, line, column) is in "Files that need attention" below.
        let text = "medications.ron cannot be read (below: where and why). Doses show here once it is fixed.";
        return Some(Paragraph::new(Span::styled(text, theme.error())));
    }
    if app.meds.list.is_empty() {
        let line = Line::from(vec![
            Span::raw("No medication yet. "),
            Span::styled(key(Ctx::Global, &Action::GoTab(2)), theme.accent()),
            Span::raw(" then "),
            Span::styled(key(Ctx::Meds, &Action::Meds(MedsAction::Add)), theme.accent()),
            Span::raw(" to add one."),
        ]);
        return Some(Paragraph::new(line));
    }
    None
}

/// The row of one scheduled dose: its time, amount and how it went, coloured by how it went.
fn scheduled_dose(m: &Medication, slot: Slot, st: &SlotStatus, width: usize, theme: Theme) -> Line<'static> {
    let style = match st {
        SlotStatus::Taken { timing: crate::domain::dose::Timing::OnTime, .. } => theme.accent(),
        SlotStatus::Late => theme.error(),
        SlotStatus::Skipped { .. } | SlotStatus::NotLogged => theme.dim(),
        _ => theme.base(),
    };
    let amount = match st {
        SlotStatus::Taken { units, differs: true, .. } => m.amount(*units),
        _ => m.amount(slot.units),
    };
    // Narrow panels get the short form; the symbol carries the meaning too.
    let state = if width < 50 {
        match st {
            SlotStatus::Taken { at, .. } => at.format("%H:%M").to_string(),
            SlotStatus::Late => "late".into(),
            SlotStatus::Skipped { .. } => "skipped".into(),
            other => other.label(),
        }
    } else {
        st.label()
    };
    let left = format!("{} {} {} {amount}", st.symbol(), slot.time.format("%H:%M"), m.name);
    dose_line(&left, &state, width, style)
}

/// The row of one "as needed" medication: its usual amount and how many were taken today.
fn as_needed_dose(app: &App, m: &Medication, med: &MedId, width: usize, theme: Theme) -> Line<'static> {
    let taken = crate::app::meds::doses::prn_taken(app, app.today, med).len();
    let usual = m.regimen_on(app.today).and_then(|r| r.doses.first()).map(|s| m.amount(s.units)).unwrap_or_default();
    let max = match m.regimen_on(app.today).map(|r| &r.pattern) {
        Some(crate::domain::medication::Pattern::AsNeeded { max_per_day: Some(n), .. }) => format!(" of {n}"),
        _ => String::new(),
    };
    let state = if width < 50 {
        format!("{taken}{} today", max.replace(" of ", "/"))
    } else {
        format!("as needed ({taken}{max} today)")
    };
    dose_line(&format!("+ {} {usual}", m.name), &state, width, theme.base())
}

/// A dose row `width` wide: the medication on the left, its state flush right; when both do
/// not fit, the medication is cut so the state always shows.
fn dose_line(left: &str, state: &str, width: usize, style: Style) -> Line<'static> {
    let (left_w, state_w) = (text::width(left), text::width(state));
    let pad = width.saturating_sub(left_w + state_w).max(1);
    let text = if left_w + state_w + 1 > width {
        format!("{}  {state}", text::truncate(left, width.saturating_sub(state_w + 2)))
    } else {
        format!("{left}{}{state}", " ".repeat(pad))
    };
    Line::from(Span::styled(text, style))
}

/// A reminder for each medication that runs out soon, by what is on hand.
fn refill_reminders(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    use crate::domain::dose::{on_hand, refill_soon, run_out};
    let mut lines = Vec::new();
    for m in app.meds.list.iter() {
        let Some(left) = on_hand(m, app.today, |d| app.journal.events_on(d)) else { continue };
        if refill_soon(m, app.today, left) {
            let until =
                run_out(m, app.today, left).map(|d| d.format(" (to %a %-d %b)").to_string()).unwrap_or_default();
            // Wrapped, so the count and the date are never cut off.
            let refill = format!("Refill soon: {} · {} left{until}", m.name, m.form.count_label(left));
            lines.extend(text::lines(&refill, width, theme.error()));
        }
    }
    lines
}

/// Ongoing side effects, in a line after a blank one: more is one key away (4).
fn ongoing_effects(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let ongoing: Vec<String> = app
        .effects
        .list
        .iter()
        .filter(|e| e.is_ongoing())
        .map(|e| {
            let level = e.latest().map_or(0, |r| r.strong);
            let words = crate::domain::side_effect::STRONG.get(usize::from(level)).copied().unwrap_or("");
            format!("{} ({words})", e.name)
        })
        .collect();
    if ongoing.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::default()];
    lines.extend(text::lines(&format!("Side effects: {} · 4 for history", ongoing.join(", ")), width, theme.dim()));
    lines
}
