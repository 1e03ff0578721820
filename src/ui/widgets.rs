//! Shared pieces: the mood chart and value lines.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use super::theme::bar;

/// A mood chart: bars (gaps where not logged), the value under each, and weekday initials.
pub fn mood_chart(frame: &mut Frame, area: Rect, series: &[(NaiveDate, Option<u8>)], theme: Theme) {
    if area.width == 0 || area.height == 0 || series.is_empty() {
        return;
    }
    let n = series.len();
    let cell = (usize::from(area.width) / n).clamp(1, 6);
    let bar_rows = usize::from(area.height.saturating_sub(2)).clamp(1, 4);
    let mut lines: Vec<Line> = Vec::new();
    for row in (0..bar_rows).rev() {
        let mut spans = Vec::new();
        for (_, mood) in series {
            let s = match mood {
                Some(v) => {
                    // Each row holds 8 levels of the bar; fill lower rows fully.
                    let total = u32::from(*v) * 8 * u32::try_from(bar_rows).unwrap_or(1) / 10;
                    let here = total.saturating_sub(u32::try_from(row).unwrap_or(0) * 8).min(8);
                    let ch = match here {
                        0 if row == 0 => '▁',
                        0 => ' ',
                        h => bar(u8::try_from((h * 10).div_ceil(8)).unwrap_or(10)),
                    };
                    Span::styled(pad(ch, cell), theme.mood(*v))
                }
                None if row == 0 => Span::styled(pad('·', cell), theme.dim()),
                None => Span::raw(" ".repeat(cell)),
            };
            spans.push(s);
        }
        lines.push(Line::from(spans));
    }
    if area.height as usize > bar_rows {
        let values = series
            .iter()
            .map(|(_, m)| match m {
                Some(v) => Span::styled(format!("{:<cell$}", v), theme.mood(*v)),
                None => Span::styled(format!("{:<cell$}", "–"), theme.dim()),
            })
            .collect::<Vec<_>>();
        lines.push(Line::from(values));
    }
    if area.height as usize > bar_rows + 1 {
        let days = series
            .iter()
            .map(|(d, _)| {
                let initial = d.format("%a").to_string().chars().next().unwrap_or(' ');
                Span::styled(format!("{:<cell$}", initial), theme.dim())
            })
            .collect::<Vec<_>>();
        lines.push(Line::from(days));
    }
    frame.render_widget(ratatui::widgets::Paragraph::new(lines), area);
}

fn pad(c: char, width: usize) -> String {
    let mut s = String::new();
    let fill = width.saturating_sub(1).max(1);
    for _ in 0..fill {
        s.push(c);
    }
    while super::text::width(&s) < width {
        s.push(' ');
    }
    s
}

/// "Mood 6/10" style value, or a dim dash when skipped.
pub fn value_span(v: Option<u8>, theme: Theme, colored: bool) -> Span<'static> {
    match v {
        Some(v) if colored => {
            Span::styled(format!("{v}/10"), theme.mood(v).add_modifier(ratatui::style::Modifier::BOLD))
        }
        Some(v) => Span::styled(format!("{v}/10"), theme.bold()),
        None => Span::styled("–", theme.dim()),
    }
}

/// The lines that show a check-in's values (used by Today and Journal).
pub fn check_in_lines(ci: &crate::domain::CheckIn, theme: Theme, width: usize, query: &str) -> Vec<Line<'static>> {
    use crate::domain::checkin::format_hours;
    let label = |s: &str| Span::styled(format!("{s:<9}"), theme.dim());
    let pair = |l1: &str, v1: Span<'static>, l2: &str, v2: Span<'static>| {
        let pad = 7usize.saturating_sub(v1.width());
        Line::from(vec![label(l1), v1, Span::raw(" ".repeat(pad)), label(l2), v2])
    };
    let hours = match ci.sleep_hours {
        Some(h) => Span::styled(format_hours(h), theme.bold()),
        None => Span::styled("–", theme.dim()),
    };
    let mut lines = vec![
        pair("Mood", value_span(ci.mood, theme, true), "Anxiety", value_span(ci.anxiety, theme, false)),
        Line::from(vec![label("Energy"), value_span(ci.energy, theme, false)]),
        Line::from(vec![
            label("Sleep"),
            hours,
            Span::styled(" · quality ", theme.dim()),
            value_span(ci.sleep_quality, theme, false),
        ]),
    ];
    if !ci.symptoms.is_empty() {
        let text =
            ci.symptoms.iter().map(|s| format!("{} {}", s.name, s.severity.label())).collect::<Vec<_>>().join(" · ");
        for (i, l) in super::text::wrap(&text, width.saturating_sub(9)).into_iter().enumerate() {
            lines.push(Line::from(vec![label(if i == 0 { "Symptoms" } else { "" }), Span::raw(l)]));
        }
    }
    if !ci.tags.is_empty() {
        let tags = ci.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ");
        for (i, l) in super::text::wrap(&tags, width.saturating_sub(9)).into_iter().enumerate() {
            lines.push(Line::from(vec![label(if i == 0 { "Tags" } else { "" }), Span::styled(l, theme.accent())]));
        }
    }
    if !ci.note.trim().is_empty() {
        for l in super::text::wrap(&ci.note, width) {
            lines.push(Line::from(super::text::highlighted(&l, query, theme.base(), theme.highlight())));
        }
    }
    lines
}
