//! Popups over every screen: help, crisis resources, questions and the tag picker.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, Move};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::text::scroll_fit;
use super::{Theme, centered, popup};
use crate::app::keymap::help_sections;
use crate::app::{App, Overlay};
use crate::assets;
use crate::domain::crisis::CrisisRegion;

/// The crisis popup is 76 columns wide where it fits: 74 inside its border.
const CRISIS_INNER_W: usize = 74;

/// Draws the popup; a scrolling one says how far it can go.
pub fn render(frame: &mut Frame, area: Rect, app: &App, overlay: &Overlay, theme: Theme) -> Option<u16> {
    match overlay {
        Overlay::Help { scroll } => return Some(help(frame, area, *scroll, theme)),
        Overlay::Crisis { all_regions, scroll, .. } => {
            return Some(crisis(frame, area, app, *all_regions, *scroll, theme));
        }
        Overlay::Confirm(c) => {
            let question = c.question();
            let rows = u16::try_from(super::text::wrap(&question, 52).len()).unwrap_or(1);
            let rect = centered(area, 56, rows + 5);
            let inner = popup(frame, rect, "Please confirm", theme);
            let lines = vec![
                Line::from(c.question()),
                Line::from(""),
                Line::from(vec![
                    Span::styled(key(Ctx::Confirm, &Action::Yes), theme.accent()),
                    Span::raw(" yes    "),
                    Span::styled(key(Ctx::Confirm, &Action::No), theme.accent()),
                    Span::raw(" no"),
                ]),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        }
        Overlay::TagPicker => tag_picker(frame, area, app, theme),
    }
    None
}

fn help(frame: &mut Frame, area: Rect, scroll: u16, theme: Theme) -> u16 {
    let rect = centered(area, 72, area.height.saturating_sub(2));
    let title = format!("Keys · {} closes · {} scroll", key(Ctx::Help, &Action::Close), up_down(Ctx::Help));
    let inner = popup(frame, rect, &title, theme);
    let mut lines = Vec::new();
    for (ctx, rows) in help_sections() {
        lines.push(Line::from(Span::styled(ctx.title(), theme.title())));
        for b in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<22}", b.keys_label()), theme.accent()),
                Span::raw(b.label),
            ]));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        format!(
            "In a text field, letters are typed; {} opens crisis lines from there.",
            key(Ctx::TextField, &Action::Crisis)
        ),
        theme.dim(),
    )));
    lines.push(Line::from(Span::styled("Mouse: click a tab, scroll a list.", theme.dim())));
    let (scroll, max) = scroll_fit(lines.len(), inner.height, scroll);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    max
}

fn crisis(frame: &mut Frame, area: Rect, app: &App, all: bool, scroll: u16, theme: Theme) -> u16 {
    let book = assets::crisis();
    let mine = book.region(app.setup.config.crisis_region.as_deref());
    // A refusal (the plan cannot be edited now) is said inside the popup, not hidden under it.
    let mut lines: Vec<Line> = match &app.status {
        Some((text, crate::app::StatusKind::Error)) => {
            vec![Line::from(Span::styled(format!("⚠ {text}"), theme.error())), Line::from("")]
        }
        _ => Vec::new(),
    };
    // Opened by an answer in a questionnaire: why they are shown now, first.
    if let Some(reason) = super::questionnaire::crisis_reason(app) {
        lines.extend([Line::from(Span::styled(reason, theme.bold())), Line::from("")]);
    }
    lines.extend([
        Line::from(Span::styled(
            "If you might act on thoughts of harming yourself, or are in danger now, call your emergency number.",
            theme.urgent(),
        )),
        Line::from(""),
    ]);
    let regions: Vec<_> = match (mine, all) {
        (Some(r), false) => vec![r],
        _ => book.regions.iter().collect(),
    };
    for r in regions {
        lines.extend(region_lines(r, theme));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(book.elsewhere.clone(), theme.base())));
    lines.push(Line::from(""));
    // The person's own safety plan, right under the lines to call.
    lines.extend(safety_plan_lines(app, theme));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(crisis_hint(mine.is_some(), all), theme.dim())));
    // As tall as the text needs (wrapped at the popup's inner width), within the screen.
    let needed: usize = lines.iter().map(|l| l.width().div_ceil(CRISIS_INNER_W).max(1)).sum::<usize>() + 2;
    let rect = centered(area, 76, u16::try_from(needed).unwrap_or(u16::MAX).min(area.height.saturating_sub(2)));
    let inner = popup(frame, rect, "Crisis lines · you are not alone", theme);
    // The rows the paragraph itself will wrap to, so every line can be scrolled into view.
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let (scroll, max) = scroll_fit(paragraph.line_count(inner.width), inner.height, scroll);
    frame.render_widget(paragraph.scroll((scroll, 0)), inner);
    max
}

/// The lines of one crisis region: its name and emergency number, then each line to call.
fn region_lines(r: &CrisisRegion, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![
        Span::styled(r.name.clone(), theme.title()),
        Span::styled(format!("   emergency {}", r.emergency), theme.urgent()),
    ])];
    for l in &r.lines {
        let mut spans = vec![Span::styled(format!("  {}: ", l.name), theme.bold()), Span::raw(l.contact.clone())];
        let note = format!(" ({})", l.note);
        let fits = spans.iter().map(Span::width).sum::<usize>() + note.width() <= CRISIS_INNER_W;
        match (l.note.is_empty(), fits) {
            (true, _) => lines.push(Line::from(spans)),
            (false, true) => {
                spans.push(Span::styled(note, theme.dim()));
                lines.push(Line::from(spans));
            }
            // A note that would wrap goes on its own line, under the number.
            (false, false) => {
                lines.push(Line::from(spans));
                lines.push(Line::from(Span::styled(format!("    {}", l.note), theme.dim())));
            }
        }
    }
    lines
}

/// "My safety plan" and each section the person has written, or how to write one.
fn safety_plan_lines(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled("My safety plan", theme.title()))];
    if app.plan.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(
                "Not written yet. {} writes one: warning signs, what helps, who to call, reasons for living.",
                key(Ctx::Crisis, &Action::EditSafetyPlan)
            ),
            theme.dim(),
        )));
        return lines;
    }
    for (heading, text) in crate::domain::safety_plan::SECTIONS.iter().zip(app.plan.sections()) {
        if text.trim().is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(heading.to_string(), theme.bold())));
        lines.extend(text.lines().map(|l| Line::from(format!("  {l}"))));
    }
    lines
}

/// The hint line at the foot of the crisis popup; without a region set, how to set one.
fn crisis_hint(has_region: bool, all: bool) -> String {
    let (regions, plan, close) = (
        key(Ctx::Crisis, &Action::AllRegions),
        key(Ctx::Crisis, &Action::EditSafetyPlan),
        key(Ctx::Crisis, &Action::Close),
    );
    match (has_region, all) {
        (true, false) => format!("{regions} shows every region · {plan} edits my safety plan · {close} closes"),
        (true, true) => format!("{regions} shows only your region · {plan} edits my safety plan · {close} closes"),
        (false, _) => format!(
            "Set your region in config.ron, e.g. crisis_region: \"UK\", to see it first. {plan} edits my safety plan. {close} closes."
        ),
    }
}

fn tag_picker(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let v = &app.journal.view;
    let h = u16::try_from(v.tag_choices.len()).unwrap_or(u16::MAX).saturating_add(2).min(area.height.saturating_sub(4));
    let rect = centered(area, 42, h.max(3));
    let inner = popup(frame, rect, "Filter by tag", theme);
    let rows = usize::from(inner.height);
    let start = v.tag_cursor.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = v
        .tag_choices
        .iter()
        .enumerate()
        .skip(start)
        .take(rows)
        .map(|(i, (tag, n))| {
            let line = Line::from(format!(" #{tag:<22} {n:>5} {}", if *n == 1 { "day" } else { "days" }));
            if i == v.tag_cursor { line.style(theme.selected()) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Crisis lines on a terminal too small for the popup: the person's region first (its
/// emergency number, then its lines), or every region's emergency number and first line;
/// j/k scroll the rest into view.
pub fn crisis_compact(frame: &mut Frame, area: Rect, app: &App, scroll: u16, theme: Theme) -> u16 {
    let book = assets::crisis();
    let (scroll_keys, close) = (format!("{} scroll", up_down(Ctx::Crisis)), key(Ctx::Crisis, &Action::Close));
    let scroll_text = scroll_keys.as_str();
    let text = match book.region(app.setup.config.crisis_region.as_deref()) {
        Some(r) => {
            let lines: Vec<String> = r.lines.iter().map(|l| format!("{}: {}", l.name, l.contact)).collect();
            format!("Emergency {}. {}. {scroll_text}, {close} closes.", r.emergency, lines.join(". "))
        }
        None => {
            let all: Vec<String> = book
                .regions
                .iter()
                .map(|r| {
                    let first = r.lines.first().map(|l| format!(", {} {}", l.name, l.contact)).unwrap_or_default();
                    format!("{}: emergency {}{first}", r.code, r.emergency)
                })
                .collect();
            format!("{}. {scroll_text}, {close} closes.", all.join(". "))
        }
    };
    let paragraph = Paragraph::new(text).style(theme.urgent()).wrap(Wrap { trim: true });
    let (scroll, max) = scroll_fit(paragraph.line_count(area.width), area.height, scroll);
    frame.render_widget(paragraph.scroll((scroll, 0)), area);
    max
}

/// "j/k": the first keys that scroll down and up in `ctx`.
fn up_down(ctx: Ctx) -> String {
    format!("{}/{}", key(ctx, &Action::Move(Move::Down)), key(ctx, &Action::Move(Move::Up)))
}
