//! The adherence tables: a row per period where they fit, else a row per count; and the
//! times an "as needed" medication was taken.

use chrono::Days;
use ratatui::text::{Line, Span};

use super::{loaded, periods};
use crate::app::App;
use crate::app::meds::doses;
use crate::domain::dose::Adherence;
use crate::domain::medication::Medication;
use crate::domain::side_effect::days_words;
use crate::ui::Theme;

/// How doses went over each period: one row per period where the table fits that way,
/// otherwise one row per count.
pub(super) fn table(
    app: &App,
    periods: &[u32],
    counts: &[Adherence],
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    if periods.is_empty() {
        return Vec::new();
    }
    let percent = |a: &Adherence| a.taken_percent().map_or("–".to_string(), |p| format!("{p}%"));
    // "early" only where a dose was taken well before its time, to keep the table narrow.
    let early = counts.iter().any(|a| a.early > 0);
    let heads: Vec<&str> = ["on time", "early", "late", "skipped", "not logged", "amount differed (days)", "% taken"]
        .into_iter()
        .filter(|h| early || *h != "early")
        .collect();
    let ready: Vec<bool> = periods.iter().map(|p| loaded(app, *p)).collect();
    let values = |a: &Adherence, ready: bool| {
        let early = early.then_some(a.early);
        let mut v: Vec<String> = [Some(a.on_time), early, Some(a.late), Some(a.skipped), Some(a.not_logged)]
            .into_iter()
            .flatten()
            .chain([a.differing_days])
            .map(|n| n.to_string())
            .chain([percent(a)])
            .collect();
        if !ready {
            v.iter_mut().for_each(|s| *s = "…".into());
        }
        v
    };
    let first_w = 9;
    let wide_w: usize = first_w + heads.iter().map(|h| h.len() + 2).sum::<usize>();
    let mut lines = Vec::new();
    if wide_w <= width {
        let mut head = vec![Span::styled(format!("{:<first_w$}", "Doses"), theme.title())];
        head.extend(heads.iter().map(|h| Span::styled(format!("  {h}"), theme.dim())));
        lines.push(Line::from(head));
        for ((p, a), r) in periods.iter().zip(counts).zip(&ready) {
            let mut row = vec![Span::styled(format!("{:<first_w$}", days_words(i64::from(*p))), theme.dim())];
            row.extend(heads.iter().zip(values(a, *r)).map(|(h, v)| Span::raw(format!("{v:>w$}", w = h.len() + 2))));
            lines.push(Line::from(row));
        }
        return lines;
    }
    // One row per count, a column per period.
    let col_w = 8;
    let cols = col_w * periods.len();
    let differ = ["amount differed (days)", "amount differed", "differed"]
        .into_iter()
        .find(|l| l.len() + cols <= width)
        .unwrap_or("differed");
    let mut row_heads = heads;
    let at = row_heads.len() - 2;
    row_heads[at] = differ;
    // The period columns are wider than their headings, so they keep a space on the left.
    let label_w = row_heads.iter().map(|h| h.len()).max().unwrap_or(0);
    let mut head = vec![Span::styled(format!("{:<label_w$}", "Doses"), theme.title())];
    head.extend(periods.iter().map(|p| Span::styled(format!("{:>col_w$}", days_words(i64::from(*p))), theme.dim())));
    lines.push(Line::from(head));
    let columns: Vec<Vec<String>> = counts.iter().zip(&ready).map(|(a, r)| values(a, *r)).collect();
    for (i, h) in row_heads.iter().enumerate() {
        let mut row = vec![Span::styled(format!("{h:<label_w$}"), theme.dim())];
        row.extend(columns.iter().map(|c| Span::raw(format!("{:>col_w$}", c.get(i).cloned().unwrap_or_default()))));
        lines.push(Line::from(row));
    }
    lines
}

/// For an "as needed" medication: how many times it was taken over 7, 30 and 90 days.
pub(super) fn prn_table(app: &App, med: &Medication, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let periods = periods(med.start, app.today);
    if periods.is_empty() {
        return Vec::new();
    }
    let col_w = 8;
    let label_w = 12.min(width.saturating_sub(col_w * periods.len())).max(1);
    let mut head = vec![Span::styled(format!("{:<label_w$}", "As needed"), theme.title())];
    let mut row = vec![Span::styled(format!("{:<label_w$}", "times taken"), theme.dim())];
    for p in &periods {
        let taken: usize = (0..*p)
            .filter_map(|back| app.today.checked_sub_days(Days::new(u64::from(back))))
            .map(|d| doses::prn_taken(app, d, &med.id).len())
            .sum();
        let taken = if loaded(app, *p) { taken.to_string() } else { "…".into() };
        head.push(Span::styled(format!("{:>col_w$}", days_words(i64::from(*p))), theme.dim()));
        row.push(Span::raw(format!("{taken:>col_w$}")));
    }
    vec![Line::from(head), Line::from(row)]
}
