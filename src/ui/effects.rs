//! Side effects: the history screen. A summary line; the timeline of doses and dose changes
//! with each side effect's onset, rating over time and resolution; the list (where there is
//! room); the selected one's detail with the general timing facts and their sources.

mod detail;
mod timeline;

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, EffectsAction};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, panel, text};
use crate::app::{App, EffectFilter, EffectSort};
use crate::domain::medication::{Medication, fmt_num};
use crate::domain::side_effect::{FACTS, IN_THE_WAY, SideEffect, summary};
use detail::{rating_words, shade, short_date, wrap_styled};
use timeline::Timeline;

/// From this width the list sits beside the detail, below the timeline.
const WIDE: u16 = 120;
/// ... and from this height (below the summary).
const WIDE_MIN_H: u16 = 28;
/// Rows kept for the detail (with its border) below the timeline.
const DETAIL_MIN_H: u16 = 9;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    let mut top: Vec<Line<'static>> = problem_lines(app, width, theme);
    if app.effects.list.is_empty() {
        empty(frame, area, app, theme);
        return;
    }
    let mut summary = summary_lines(app, width, theme);
    if area.height < 18 {
        summary.truncate(1);
    }
    top.extend(summary);
    let top_h = u16::try_from(top.len()).unwrap_or(u16::MAX).min(area.height);
    let [top_area, rest] = Layout::vertical([Constraint::Length(top_h), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(top), top_area.inner(Margin::new(1, 0)));

    let order = app.effects.in_order();
    let selected = (!order.is_empty()).then(|| app.effects.view.selected.min(order.len() - 1));
    let effects: Vec<&SideEffect> = order.iter().filter_map(|i| app.effects.list.get(*i)).collect();
    let tl = Timeline { meds: lane_meds(app), effects: effects.clone(), selected };
    let chosen = selected.and_then(|s| effects.get(s)).copied();
    let title = list_title(app);

    if area.width >= WIDE && rest.height >= WIDE_MIN_H {
        // Wide: the timeline, the list across the screen, then the detail beside the facts.
        let wanted = u16::try_from(tl.rows(true) + 3).unwrap_or(u16::MAX);
        let tl_h = wanted.min(rest.height / 2);
        let list_wanted = u16::try_from(effects.len().max(1) + 3).unwrap_or(u16::MAX);
        let list_h = list_wanted.min((rest.height - tl_h) / 3).max(5);
        let [tl_area, list_area, below] =
            Layout::vertical([Constraint::Length(tl_h), Constraint::Length(list_h), Constraint::Min(0)]).areas(rest);
        timeline::render(frame, tl_area, app, &tl, &timeline_title(app), true, theme);
        list(frame, list_area, app, &effects, selected, &title, theme);
        let [detail_area, facts_area] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(below);
        detail_panel(frame, detail_area, app, chosen, false, theme);
        facts_panel(frame, facts_area, theme);
        return;
    }
    // The timeline first (its panel holds the list's title); the detail below it.
    let wanted = u16::try_from(tl.rows(true) + 2).unwrap_or(u16::MAX);
    let tl_h = wanted.min(rest.height.saturating_sub(DETAIL_MIN_H).max(5)).min(rest.height);
    let [tl_area, below] = Layout::vertical([Constraint::Length(tl_h), Constraint::Min(0)]).areas(rest);
    timeline::render(frame, tl_area, app, &tl, &title, false, theme);
    if !below.is_empty() {
        detail_panel(frame, below, app, chosen, true, theme);
    }
}

/// The medications drawn above the lanes: the one chosen with `m`, or every medication
/// a side effect is tied to (in the Meds tab's order).
fn lane_meds(app: &App) -> Vec<&Medication> {
    match &app.effects.view.med {
        Some(id) => app.meds.get(id).into_iter().collect(),
        None => app
            .meds
            .in_order(app.today)
            .into_iter()
            .filter_map(|i| app.meds.list.get(i))
            .filter(|m| app.effects.list.iter().any(|e| e.meds.contains(&m.id)))
            .collect(),
    }
}

fn sort_words(sort: EffectSort) -> &'static str {
    match sort {
        EffectSort::Onset => "newest first",
        EffectSort::Severity => "strongest first",
        EffectSort::Medication => "by medication",
    }
}

fn filter_words(filter: EffectFilter) -> &'static str {
    match filter {
        EffectFilter::All => "all",
        EffectFilter::Ongoing => "ongoing",
        EffectFilter::Resolved => "resolved",
    }
}

fn med_name(app: &App, id: &str) -> String {
    app.meds.get(id).map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// "Side effects · newest first · all" (and the medication chosen with `m`).
fn list_title(app: &App) -> String {
    let v = &app.effects.view;
    let mut title = format!("Side effects · {} · {}", sort_words(v.sort), filter_words(v.filter));
    if let Some(id) = &v.med {
        title.push_str(&format!(" · {}", med_name(app, id)));
    }
    title
}

fn timeline_title(app: &App) -> String {
    match &app.effects.view.med {
        Some(id) => format!("Timeline · {}", med_name(app, id)),
        None => "Timeline · doses and side effects".into(),
    }
}

/// "3 ongoing · gets in the way most now: dry mouth (quite a lot) · resolved ones lasted
/// 12 days (median)", each part only when there is something to say.
fn summary_lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let s = summary(&app.effects.list);
    let sep = (" · ".to_string(), theme.dim());
    let mut parts: Vec<Vec<(String, Style)>> = Vec::new();
    parts.push(match s.ongoing {
        0 => vec![("none ongoing".into(), theme.base())],
        n => vec![(n.to_string(), theme.bold()), (" ongoing".into(), theme.base())],
    });
    if let Some((name, w)) = &s.most_in_the_way {
        parts.push(vec![
            ("gets in the way most now: ".into(), theme.base()),
            (name.clone(), theme.bold()),
            (format!(" ({})", IN_THE_WAY[usize::from((*w).min(3))]), theme.base()),
        ]);
    }
    if let Some(days) = s.median_resolved_days {
        let unit = if (days - 1.0).abs() < f32::EPSILON { "day" } else { "days" };
        parts.push(vec![
            ("resolved ones lasted ".into(), theme.base()),
            (format!("{} {unit}", fmt_num(days)), theme.bold()),
            (" (median)".into(), theme.base()),
        ]);
    }
    // Parts stay whole: one that does not fit starts the next line.
    let mut lines: Vec<Vec<(String, Style)>> = vec![Vec::new()];
    let mut used = 0;
    for part in parts {
        let w: usize = part.iter().map(|p| text::width(&p.0)).sum();
        if used > 0 && used + 3 + w > width {
            lines.push(Vec::new());
            used = 0;
        }
        let Some(line) = lines.last_mut() else { break };
        if used > 0 {
            line.push(sep.clone());
            used += 3;
        }
        line.extend(part);
        used += w;
    }
    lines.iter().flat_map(|parts| wrap_styled(parts, width, 2)).collect()
}

/// The line that says side effects cannot be changed, when `side_effects.ron` is unreadable.
fn problem_lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    if app.effects.list.problem().is_none() {
        return Vec::new();
    }
    let long = "⚠ side_effects.ron could not be read; side effects are read-only until it is fixed.";
    let short = "⚠ side_effects.ron could not be read: read-only until it is fixed.";
    let msg = if text::width(long) <= width { long } else { short };
    text::lines(msg, width, theme.error())
}

/// Nothing logged: one line saying how to log one (or what is wrong), then the facts.
fn empty(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Side effects", theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = problem_lines(app, width, theme);
    match app.effects.list.problem() {
        Some(p) => lines.extend(wrap_styled(&[(p.to_string(), theme.dim())], width, 0)),
        None => lines.extend(wrap_styled(
            &[
                ("No side effects logged. ".into(), theme.base()),
                (key(Ctx::Effects, &Action::Effects(EffectsAction::Log)), theme.accent()),
                (" logs one (".into(), theme.base()),
                (key(Ctx::Global, &Action::Effects(EffectsAction::Log)), theme.accent()),
                (
                    " from anywhere): what it is, which medication you suspect, when it began, three ratings.".into(),
                    theme.base(),
                ),
            ],
            width,
            0,
        )),
    }
    let facts: Vec<Vec<Line<'static>>> = (0..FACTS.len()).map(|i| detail::fact_lines(i, width, theme)).collect();
    let total = lines.len() + facts.iter().map(|f| f.len() + 1).sum::<usize>() + 1;
    let gap = total <= usize::from(inner.height);
    lines.push(Line::default());
    if gap {
        lines.push(Line::from(Span::styled("About timing, in general", theme.dim())));
    }
    for fact in facts {
        if gap {
            lines.push(Line::default());
        }
        lines.extend(fact);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The side effects as a table: name, medication, onset, status and the latest rating.
fn list(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    effects: &[&SideEffect],
    selected: Option<usize>,
    title: &str,
    theme: Theme,
) {
    let block = panel(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let today = app.today;
    let rows: Vec<[String; 4]> = effects
        .iter()
        .map(|e| {
            let meds = if e.meds.is_empty() {
                "not sure".to_string()
            } else {
                e.meds.iter().map(|id| med_name(app, id)).collect::<Vec<_>>().join(", ")
            };
            let status = match e.resolved_on() {
                Some(r) => format!("gone {}", short_date(r, today)),
                None if e.is_baseline(&app.meds.list) => "ongoing, baseline".into(),
                None => "ongoing".into(),
            };
            [e.name.clone(), meds, short_date(e.onset, today), status]
        })
        .collect();
    let heads = ["side effect", "medication", "began", "status"];
    let inside = usize::from(inner.width).saturating_sub(2);
    let mut widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().map(|r| text::width(&r[c])).chain([text::width(heads[c])]).max().unwrap_or(0))
        .collect();
    widths[0] = widths[0].min(22);
    widths[1] = widths[1].min(18);
    let fixed: usize = widths.iter().sum::<usize>() + 2 * 4;
    let now_w = inside.saturating_sub(fixed);
    let cell = |s: &str, w: usize| pad(&text::truncate(s, w), w);
    let mut head = String::new();
    for (h, w) in heads.iter().zip(&widths) {
        head.push_str(&cell(h, *w));
        head.push_str("  ");
    }
    if now_w >= 5 {
        head.push_str("latest rating");
    }
    let mut lines = vec![Line::from(Span::styled(format!(" {}", text::truncate(&head, inside)), theme.dim()))];
    let room = usize::from(inner.height).saturating_sub(1);
    let sel = selected.unwrap_or(0);
    let offset = if effects.len() > room { (sel + 1).saturating_sub(room) } else { 0 };
    for (i, (e, row)) in effects.iter().zip(&rows).enumerate().skip(offset).take(room) {
        let mut spans = vec![Span::raw(" ")];
        for (c, w) in widths.iter().enumerate() {
            let style = if c == 0 { theme.base() } else { theme.dim() };
            spans.push(Span::styled(format!("{}  ", cell(&row[c], *w)), style));
        }
        if let Some(r) = e.latest().filter(|_| e.is_ongoing() && now_w >= 5) {
            spans.push(shade(r.level(), theme));
            spans.push(Span::raw(" "));
            spans.push(Span::raw(text::truncate(&rating_words(r), now_w.saturating_sub(2))));
        }
        let mut line = Line::from(spans);
        if Some(i) == selected {
            line = line.style(theme.selected());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn detail_panel(frame: &mut Frame, area: Rect, app: &App, e: Option<&SideEffect>, facts: bool, theme: Theme) {
    let Some(e) = e else {
        facts_panel(frame, area, theme);
        return;
    };
    let block = panel(&text::truncate(&e.name, usize::from(area.width).saturating_sub(6)), theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let lines = detail::lines(app, e, usize::from(inner.width), usize::from(inner.height), facts, theme);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The general timing facts with their sources, a blank line between them where they fit.
fn facts_panel(frame: &mut Frame, area: Rect, theme: Theme) {
    let block = panel("About timing, in general", theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let facts: Vec<Vec<Line<'static>>> = (0..FACTS.len()).map(|i| detail::fact_lines(i, width, theme)).collect();
    let total: usize = facts.iter().map(Vec::len).sum::<usize>() + facts.len().saturating_sub(1);
    let gap = total <= usize::from(inner.height);
    let mut lines = Vec::new();
    for fact in facts {
        if gap && !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend(fact);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `s` followed by spaces to `w` columns.
use text::pad;

#[cfg(test)]
mod tests;
