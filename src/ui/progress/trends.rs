//! Trends: one measure over the range, each day as a dot and the 7-day mean as a line
//! (ratatui's `Chart`), medication changes marked above and down the chart, questionnaire
//! totals on their own row, side effects as lanes, and practices a week (`Sparkline`).
//! Symbols carry every meaning, so it reads the same without colour.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Sparkline, Wrap};

use crate::app::keymap::{Ctx, key};
use crate::app::progress::ProgressAction;
use crate::app::{Action, App};
use crate::domain::assessment::Scale;
use crate::domain::trends::{self, Measure, MedMarker};
use crate::ui::{Theme, panel, text};

/// The left column: axis labels, lane names.
const GUTTER: u16 = 10;

/// Where the chart's days fall across the screen: the first column of the plot and its width.
#[derive(Clone, Copy)]
pub(super) struct Scale1D {
    pub x: u16,
    pub width: u16,
    pub days: usize,
}

impl Scale1D {
    /// The column of day `i` (0 the first day of the range).
    pub fn column(self, i: usize) -> u16 {
        if self.days <= 1 || self.width <= 1 {
            return self.x;
        }
        let span = f64::from(self.width - 1);
        self.x + (i as f64 * span / (self.days - 1) as f64).round() as u16
    }

    /// The day shown at a column (the first of those sharing it).
    pub fn day_at(self, col: u16) -> usize {
        if self.width <= 1 {
            return 0;
        }
        ((f64::from(col - self.x) * (self.days - 1) as f64) / f64::from(self.width - 1)).round() as usize
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let view = &app.progress;
    let to = app.today;
    let from = trends::range_start(&app.journal.days, to, view.range.days());
    let measure = view.measure;
    let title = format!("{} · {} · • each day, ─ 7-day mean", measure.title(), view.range.label());
    let block = panel(&title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 6 || inner.width < GUTTER + 10 {
        return;
    }
    let daily = trends::daily(&app.journal.days, measure, from, to);
    let logged = daily.iter().filter(|(_, v)| v.is_some()).count();
    let markers = trends::med_markers(&app.meds.list, from, to);
    let lanes = trends::effect_lanes(&app.effects.list, from, to);
    let scores: Vec<_> = app.assessments.data.list.iter().filter(|a| a.date() >= from && a.date() <= to).collect();
    // Rows: measures, marker labels, chart, scores, lanes, practices, the summary line.
    let lane_rows = u16::try_from(lanes.len()).unwrap_or(u16::MAX).min(inner.height.saturating_sub(12) / 2);
    let score_rows = u16::from(!scores.is_empty());
    let summary_rows = if inner.width >= 120 { 1 } else { 2 };
    let label_rows = if markers.len() > 1 && inner.height >= 16 { 2 } else { 1 };
    let [picker, labels, chart, score_row, lane_area, practice_row, summary] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(label_rows),
        Constraint::Min(5),
        Constraint::Length(score_rows),
        Constraint::Length(lane_rows),
        Constraint::Length(1),
        Constraint::Length(summary_rows),
    ])
    .areas(inner);
    frame.render_widget(picker_line(measure, theme), picker);
    let plot = Scale1D { x: chart.x + GUTTER + 1, width: chart.width.saturating_sub(GUTTER + 1), days: daily.len() };
    if logged == 0 {
        let msg = format!(
            "No {} logged in these days yet. Check in with {}; the chart fills in day by day. {} shows a longer range.",
            measure.title().to_lowercase(),
            key(Ctx::Global, &Action::CheckIn(crate::app::CheckInAction::Start)),
            key(Ctx::Progress, &Action::Progress(ProgressAction::NextRange)),
        );
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.dim())).wrap(Wrap { trim: true }), chart);
    } else {
        draw_chart(frame, chart, &daily, measure, from, to, theme);
        draw_marker_lines(frame, chart, plot, &markers, from, theme);
    }
    draw_marker_labels(frame, labels, plot, &markers, from, theme);
    if score_rows > 0 {
        draw_scores(frame, score_row, plot, &scores, from, theme);
    }
    for (row, (effect, lane)) in lane_area.rows().zip(&lanes) {
        draw_lane(frame, row, plot, &effect.name, lane, theme);
    }
    draw_practices(frame, practice_row, plot, app, from, to, theme);
    let summary_text = Paragraph::new(summary_line(&daily, measure, logged, theme)).wrap(Wrap { trim: true });
    frame.render_widget(summary_text, summary);
}

fn picker_line(measure: Measure, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for m in Measure::ALL {
        if m == measure {
            spans.push(Span::styled(format!("▸{}", m.title()), theme.selected()));
        } else {
            spans.push(Span::styled(format!(" {}", m.title()), theme.dim()));
        }
        spans.push(Span::raw("  "));
    }
    let range = key(Ctx::Progress, &Action::Progress(ProgressAction::NextRange));
    spans.push(Span::styled(format!("↑/↓ measure · {range} range"), theme.dim()));
    Line::from(spans)
}

fn draw_chart(
    frame: &mut Frame,
    area: Rect,
    daily: &[(NaiveDate, Option<f64>)],
    measure: Measure,
    from: NaiveDate,
    to: NaiveDate,
    theme: Theme,
) {
    let x = |d: NaiveDate| (d - from).num_days() as f64;
    let points: Vec<(f64, f64)> = daily.iter().filter_map(|(d, v)| v.map(|v| (x(*d), v))).collect();
    let runs: Vec<Vec<(f64, f64)>> = trends::runs(&trends::rolling_mean(daily))
        .into_iter()
        .map(|run| run.into_iter().map(|(d, v)| (x(d), v)).collect())
        .collect();
    let line_style = if theme.color { Style::new().fg(ratatui::style::Color::Indexed(110)) } else { Style::new() };
    let mut datasets =
        vec![Dataset::default().marker(Marker::Dot).graph_type(GraphType::Scatter).style(theme.accent()).data(&points)];
    datasets.extend(
        runs.iter().map(|run| {
            Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(line_style).data(run)
        }),
    );
    let max = measure.max();
    let pad = |s: String| format!("{s:>w$}", w = usize::from(GUTTER));
    let y_labels =
        [pad("0".into()), pad(trends::value_words(measure, max / 2.0)), pad(trends::value_words(measure, max))];
    let span = (to - from).num_days().max(1) as f64;
    let mid = from + chrono::Days::new((span / 2.0) as u64);
    let x_labels = [trends::short_date(from, to), trends::short_date(mid, to), trends::short_date(to, to)];
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, span])
                .labels(x_labels)
                .labels_alignment(ratatui::layout::Alignment::Right)
                .style(theme.dim()),
        )
        .y_axis(Axis::default().bounds([0.0, max]).labels(y_labels).style(theme.dim()));
    frame.render_widget(chart, area);
}

/// A dotted line down the plot at each medication change (over nothing the chart drew).
fn draw_marker_lines(
    frame: &mut Frame,
    chart: Rect,
    plot: Scale1D,
    markers: &[MedMarker],
    from: NaiveDate,
    theme: Theme,
) {
    // The plot is the chart less its two bottom rows (the axis and its labels).
    let rows = chart.height.saturating_sub(2);
    let buf = frame.buffer_mut();
    for m in markers {
        let col = plot.column(usize::try_from((m.date - from).num_days()).unwrap_or(0));
        for y in chart.y..chart.y + rows {
            if let Some(cell) = buf.cell_mut((col, y))
                && cell.symbol() == " "
            {
                cell.set_symbol("┊").set_style(theme.dim());
            }
        }
    }
}

/// The markers' labels ("↑100 mg") on the rows above the chart, each starting at its column
/// (or ending at the right edge); one that fits on neither row is left to its ┊ line.
fn draw_marker_labels(
    frame: &mut Frame,
    area: Rect,
    plot: Scale1D,
    markers: &[MedMarker],
    from: NaiveDate,
    theme: Theme,
) {
    let names = markers.iter().map(|m| m.med.as_str()).collect::<std::collections::BTreeSet<_>>().len();
    let rows: Vec<Rect> = area.rows().collect();
    let first = Span::styled(text::pad("medication", usize::from(GUTTER + 1)), theme.dim());
    let mut lines: Vec<Vec<Span>> = rows.iter().map(|_| vec![first.clone()]).collect();
    for line in lines.iter_mut().skip(1) {
        line[0] = Span::raw(" ".repeat(usize::from(GUTTER + 1)));
    }
    let mut at: Vec<u16> = rows.iter().map(|r| r.x + GUTTER + 1).collect();
    if markers.is_empty()
        && let Some(line) = lines.first_mut()
    {
        line.push(Span::styled("no start, stop or dose change in these days", theme.dim()));
    }
    for m in markers {
        let label = if names > 1 { format!("{} {}", short_name(&m.med), m.label) } else { m.label.clone() };
        let w = u16::try_from(text::width(&label)).unwrap_or(u16::MAX);
        let col = plot.column(usize::try_from((m.date - from).num_days()).unwrap_or(0));
        let col = col.min(area.right().saturating_sub(w));
        let Some(r) = (0..rows.len()).find(|r| col >= at[*r]) else { continue };
        lines[r].push(Span::raw(" ".repeat(usize::from(col - at[r]))));
        lines[r].push(Span::styled(label, theme.accent()));
        at[r] = col + w + 1;
        lines[r].push(Span::raw(" "));
    }
    for (row, spans) in rows.into_iter().zip(lines) {
        frame.render_widget(Line::from(spans), row);
    }
}

fn short_name(name: &str) -> String {
    name.chars().take(4).collect()
}

/// PHQ-9 and GAD-7 totals at their dates: "P12" and "G9", on their own row and scale.
fn draw_scores(
    frame: &mut Frame,
    row: Rect,
    plot: Scale1D,
    scores: &[&crate::domain::assessment::Assessment],
    from: NaiveDate,
    theme: Theme,
) {
    let mut spans = vec![Span::styled(text::pad("PHQ·GAD", usize::from(GUTTER + 1)), theme.dim())];
    let mut at = row.x + GUTTER + 1;
    // One label a day: "P11 G7" when both were answered that day.
    let mut by_day: std::collections::BTreeMap<NaiveDate, Vec<String>> = Default::default();
    let mut sorted = scores.to_vec();
    sorted.sort_by_key(|a| (a.at, a.scale != Scale::Phq9));
    for a in sorted {
        let letter = if a.scale == Scale::Phq9 { "P" } else { "G" };
        by_day.entry(a.date()).or_default().push(format!("{letter}{}", a.total()));
    }
    for (date, labels) in by_day {
        let col = plot.column(usize::try_from((date - from).num_days()).unwrap_or(0));
        let label = labels.join(" ");
        let end = col + u16::try_from(label.len()).unwrap_or(0);
        if col < at || end > row.right() {
            continue;
        }
        spans.push(Span::raw(" ".repeat(usize::from(col - at))));
        spans.push(Span::styled(label, theme.bold()));
        spans.push(Span::raw(" "));
        at = end + 1;
    }
    frame.render_widget(Line::from(spans), row);
}

/// A side effect's lane: its level each day as ░▒▓ (1–3), · when present but rated 0.
fn draw_lane(frame: &mut Frame, row: Rect, plot: Scale1D, name: &str, lane: &[Option<u8>], theme: Theme) {
    let mut spans =
        vec![Span::styled(text::pad(&text::truncate(name, usize::from(GUTTER)), usize::from(GUTTER + 1)), theme.dim())];
    let mut cells = String::new();
    for col in plot.x..plot.x + plot.width {
        let level = lane.get(plot.day_at(col)).copied().flatten();
        cells.push(match level {
            None => ' ',
            Some(0) => '·',
            Some(1) => '░',
            Some(2) => '▒',
            Some(_) => '▓',
        });
    }
    spans.push(Span::styled(cells, theme.accent()));
    frame.render_widget(Line::from(spans), row);
}

/// Practices a week as bars under the chart, each week's bar as wide as its days.
fn draw_practices(
    frame: &mut Frame,
    row: Rect,
    plot: Scale1D,
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    theme: Theme,
) {
    let per_day = trends::practices_per_day(&app.journal.days, from, to);
    let weekly: Vec<u64> = per_day.chunks(7).map(|w| w.iter().map(|n| u64::from(*n)).sum()).collect();
    let total: u64 = weekly.iter().sum();
    let [label, bars] = Layout::horizontal([Constraint::Length(GUTTER + 1), Constraint::Min(0)]).areas(row);
    frame.render_widget(Span::styled(text::pad("practices", usize::from(GUTTER + 1)), theme.dim()), label);
    if total == 0 {
        frame.render_widget(Span::styled("none in these days", theme.dim()), bars);
        return;
    }
    let columns: Vec<u64> =
        (plot.x..plot.x + plot.width).map(|c| weekly.get(plot.day_at(c) / 7).copied().unwrap_or(0)).collect();
    frame.render_widget(Sparkline::default().data(&columns).style(theme.accent()), bars);
}

fn summary_line(daily: &[(NaiveDate, Option<f64>)], measure: Measure, logged: usize, theme: Theme) -> Line<'static> {
    if logged == 0 {
        return Line::default();
    }
    let sum: f64 = daily.iter().filter_map(|(_, v)| *v).sum();
    let mean = sum / logged as f64;
    Line::from(Span::styled(
        format!(
            "{} averaged {} on the {logged} of {} days logged. ┊ a medication change · side effects ░ mild ▒ ▓ strong · P PHQ-9, G GAD-7 totals.",
            measure.title(),
            trends::value_words(measure, mean),
            daily.len()
        ),
        theme.dim(),
    ))
}
