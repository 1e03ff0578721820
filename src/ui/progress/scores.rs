//! Questionnaires: a chart of one scale's totals over time with its severity bands shaded
//! and named, and the history of both scales, newest first, with band and change.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::Span;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Row, Table, Wrap};

use crate::app::keymap::{Ctx, key};
use crate::app::progress::ProgressAction;
use crate::app::{Action, App};
use crate::domain::assessment::{Assessment, Scale, of_scale, words};
use crate::ui::{Theme, panel, text};

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let all = &app.assessments.data.list;
    let start = |s: Scale| key(Ctx::Progress, &Action::Progress(ProgressAction::StartQuestionnaire(s)));
    if all.is_empty() {
        let block = panel("Questionnaires", theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let msg = format!(
            "No questionnaire answered yet. {} starts a PHQ-9 (9 questions on mood), {} a GAD-7 (7 on anxiety). \
             Each asks about the last two weeks and takes two or three minutes; many clinicians use them to \
             follow change, and every two weeks or so is usual. Your answers stay in assessments.ron.",
            start(Scale::Phq9),
            start(Scale::Gad7)
        );
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.base())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let scale = app.progress.scale;
    let [chart_area, table_area] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let history = of_scale(all, scale);
    let title = format!(
        "{} totals · ↑/↓ {} · {} new PHQ-9 · {} new GAD-7",
        scale.name(),
        other(scale).name(),
        start(Scale::Phq9),
        start(Scale::Gad7)
    );
    let block = panel(&title, theme);
    let inner = block.inner(chart_area);
    frame.render_widget(block, chart_area);
    band_chart(frame, inner, scale, &history, app.today, theme);
    history_table(frame, table_area, all, theme);
}

fn other(scale: Scale) -> Scale {
    if scale == Scale::Phq9 { Scale::Gad7 } else { Scale::Phq9 }
}

/// Faint backgrounds for the bands, mildest first (colour only adds to the names at right).
const BAND_BG: [Color; 5] =
    [Color::Indexed(236), Color::Indexed(237), Color::Indexed(238), Color::Indexed(239), Color::Indexed(52)];

/// The chart's top: a round number above the scale's maximum, so the labels sit at band edges.
fn top(scale: Scale) -> f64 {
    if scale == Scale::Phq9 { 30.0 } else { 25.0 }
}

fn band_chart(
    frame: &mut Frame,
    area: Rect,
    scale: Scale,
    history: &[&Assessment],
    today: chrono::NaiveDate,
    theme: Theme,
) {
    let names_w: u16 = if area.width >= 100 { 25 } else { 18 };
    if area.height < 4 || area.width < names_w + 20 {
        return;
    }
    if history.is_empty() {
        let msg = format!("No {} yet.", scale.name());
        frame.render_widget(Span::styled(msg, theme.dim()), area);
        return;
    }
    let [plot, names] = Layout::horizontal([Constraint::Min(0), Constraint::Length(names_w)]).areas(area);
    let first = history[0].date();
    let last = history[history.len() - 1].date().max(first + chrono::Days::new(1));
    let span = (last - first).num_days() as f64;
    let points: Vec<(f64, f64)> =
        history.iter().map(|a| ((a.date() - first).num_days() as f64, f64::from(a.total()))).collect();
    let max = top(scale);
    // The rows of each band, shaded before the chart is drawn over them.
    let graph_rows = plot.height.saturating_sub(2);
    let row_of = |v: f64| {
        plot.y + graph_rows.saturating_sub(1) - ((v / max) * f64::from(graph_rows.saturating_sub(1))).round() as u16
    };
    if theme.color {
        let buf = frame.buffer_mut();
        let mut low = 0u8;
        for (i, band) in scale.bands().iter().enumerate() {
            let (top_row, bottom_row) = (row_of(f64::from(band.up_to)), row_of(f64::from(low)));
            for y in top_row..=bottom_row {
                for x in plot.x + 4..plot.right() {
                    if let Some(cell) = buf.cell_mut((x, y)) {
                        cell.set_bg(BAND_BG[i.min(4)]);
                    }
                }
            }
            low = band.up_to + 1;
        }
    }
    let labels: Vec<String> = (0..=(max as u32 / 5)).map(|i| format!("{:>3}", i * 5)).collect();
    let chart = Chart::new(vec![
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(Style::new()).data(&points),
        Dataset::default().marker(Marker::Dot).graph_type(GraphType::Scatter).style(theme.accent()).data(&points),
    ])
    .x_axis(
        Axis::default()
            .bounds([0.0, span])
            .labels([crate::domain::trends::short_date(first, today), crate::domain::trends::short_date(last, today)])
            .labels_alignment(ratatui::layout::Alignment::Right)
            .style(theme.dim()),
    )
    .y_axis(Axis::default().bounds([0.0, max]).labels(labels).style(theme.dim()));
    frame.render_widget(chart, plot);
    // Each band's name beside the rows it covers.
    let mut low = 0u8;
    for band in scale.bands() {
        let mid = (f64::from(low) + f64::from(band.up_to)) / 2.0;
        let y = row_of(mid);
        let name = if names_w < 25 { band.name.replace("moderately", "mod.") } else { band.name.to_string() };
        let label = format!(" {}–{} {name}", low, band.up_to);
        frame.render_widget(
            Span::styled(text::truncate(&label, usize::from(names_w)), theme.dim()),
            Rect { x: names.x, y, width: names.width, height: 1 },
        );
        low = band.up_to + 1;
    }
}

fn history_table(frame: &mut Frame, area: Rect, all: &[Assessment], theme: Theme) {
    let block = panel("History, newest first", theme);
    let mut rows = Vec::new();
    for scale in Scale::ALL {
        let list = of_scale(all, scale);
        for (i, a) in list.iter().enumerate() {
            let change = if i == 0 { "first".to_string() } else { words::delta_words(list[i - 1].total(), a.total()) };
            rows.push((
                a.at,
                Row::new(vec![
                    a.date().format("%a %-d %b %Y").to_string(),
                    scale.name().to_string(),
                    format!("{:>2}", a.total()),
                    a.band().name.to_string(),
                    change,
                ]),
            ));
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    let table = Table::new(
        rows.into_iter().map(|(_, r)| r),
        [
            Constraint::Length(16),
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(18),
            Constraint::Min(10),
        ],
    )
    .header(Row::new(vec!["Date", "Scale", "Total", "Band", "Since the one before"]).style(theme.bold()))
    .block(block);
    frame.render_widget(table, area);
}
