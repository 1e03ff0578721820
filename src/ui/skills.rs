//! Skills: categories, the cards, and the selected card.
//!
//! Side by side from `WIDE` columns (categories and cards on the left, the card on the
//! right); stacked below that, with the categories as one row and the card's summary and
//! steps before the rest.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, Move, SkillsAction};
use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Theme, panel, text};
use crate::app::App;
use crate::domain::practice::Helped;
use crate::domain::skill::{Category, CopingCard};

/// From this width the list and the card sit side by side.
const WIDE: u16 = 100;
/// The left column when side by side.
const LIST_W: u16 = 44;
/// After the key that starts a card.
const HINT: &str = " starts: rate distress before, then the exercise";

/// Draws the tab; the selected card says how far it can scroll.
pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> u16 {
    if area.is_empty() {
        return 0;
    }
    let help = app.helped();
    let cards = app.skills_in_order();
    let selected = app.skills.view.selected.min(cards.len().saturating_sub(1));
    let card = cards.get(selected).copied();
    if area.width >= WIDE {
        let [left, right] = Layout::horizontal([Constraint::Length(LIST_W), Constraint::Min(0)]).areas(area);
        let cat_h = (Category::ALL.len() as u16 + 3).min(left.height / 2);
        let [cats, list] = Layout::vertical([Constraint::Length(cat_h), Constraint::Min(0)]).areas(left);
        category_column(frame, cats, app, theme);
        card_list(frame, list, app, &cards, selected, &help, theme);
        detail(frame, right, app, card, &help, false, theme)
    } else {
        let [cats, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        category_row(frame, cats, app, theme);
        let search = u16::from(app.skills.view.search.is_some());
        let wanted = u16::try_from(cards.len().max(1)).unwrap_or(u16::MAX).saturating_add(2 + search);
        let list_h = wanted.min((rest.height * 2 / 5).max(4 + search)).min(rest.height);
        let [list, right] = Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(rest);
        card_list(frame, list, app, &cards, selected, &help, theme);
        detail(frame, right, app, card, &help, true, theme)
    }
}

/// "All 27", then each category with how many cards it has.
fn categories(app: &App) -> Vec<(Option<Category>, String)> {
    let count = |cat: Option<Category>| app.cards().filter(|c| cat.is_none_or(|k| c.category == k)).count();
    std::iter::once(None)
        .chain(Category::ALL.into_iter().map(Some))
        .map(|cat| (cat, format!("{} {}", cat.map_or("All", Category::label), count(cat))))
        .collect()
}

fn category_column(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Categories · h/l", theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let current = app.skills.view.category;
    let width = usize::from(inner.width);
    let lines: Vec<Line> = categories(app)
        .into_iter()
        .map(|(cat, label)| {
            let mark = if cat == current { "▸ " } else { "  " };
            let line = Line::from(text::truncate(&format!("{mark}{label}"), width));
            if cat == current { line.style(theme.selected()) } else { line }
        })
        .collect();
    // Keep the current category in view when the column is short.
    let pos = categories(app).iter().position(|(c, _)| *c == current).unwrap_or(0);
    let offset = pos.saturating_sub(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(offset).unwrap_or(0), 0)), inner);
}

/// One row of categories; it starts late enough that the current one shows.
fn category_row(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let current = app.skills.view.category;
    let items = categories(app);
    let pos = items.iter().position(|(c, _)| *c == current).unwrap_or(0);
    let width = usize::from(area.width);
    let item_w = |s: &str| s.width() + 3;
    let mut start = 0;
    while start < pos && 2 + items[start..=pos].iter().map(|(_, l)| item_w(l)).sum::<usize>() > width {
        start += 1;
    }
    let mut spans = vec![Span::raw(if start > 0 { "‹" } else { " " })];
    let mut used = 1;
    for (cat, label) in items.iter().skip(start) {
        let w = item_w(label);
        if used + w > width {
            if used < width {
                spans.push(Span::styled("›", theme.dim()));
            }
            break;
        }
        used += w;
        spans.push(Span::raw(" "));
        let style =
            if *cat == current { theme.selected().add_modifier(ratatui::style::Modifier::BOLD) } else { theme.dim() };
        spans.push(Span::styled(format!(" {label} "), style));
    }
    frame.render_widget(Line::from(spans), area);
}

/// "−2.3" with a real minus sign; "+0.5" for a rise.
pub(super) fn signed(v: f32) -> String {
    if v < -0.05 {
        format!("−{:.1}", v.abs())
    } else if v > 0.05 {
        format!("+{v:.1}")
    } else {
        "±0".to_string()
    }
}

fn card_list(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    cards: &[&CopingCard],
    selected: usize,
    help: &BTreeMap<String, Helped>,
    theme: Theme,
) {
    let v = &app.skills.view;
    let title = if v.query.trim().is_empty() {
        format!("Cards · {} · {}", cards.len(), v.sort.label())
    } else {
        format!("Cards · “{}” · {} found · {}", v.query.trim(), cards.len(), v.sort.label())
    };
    let block = panel(&title, theme);
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(ta) = &v.search {
        let [field, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
        let mut ta = ta.clone();
        ta.set_cursor_line_style(Style::new());
        ta.set_placeholder_text("type to search the cards");
        let [label, input] = Layout::horizontal([Constraint::Length(9), Constraint::Min(1)]).areas(field);
        frame.render_widget(Span::styled(" Search: ", theme.accent()), label);
        frame.render_widget(&ta, input);
        inner = rest;
    }
    if inner.is_empty() {
        return;
    }
    let width = usize::from(inner.width);
    if cards.is_empty() {
        let msg = text::truncate(&format!(" No card matches. {} shows all.", key(Ctx::Skills, &Action::Close)), width);
        frame.render_widget(Line::from(Span::styled(msg, theme.dim())), inner);
        return;
    }
    let lines: Vec<Line> = cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let star = if app.skills.mine.favourites.contains(&c.id) { "★ " } else { "  " };
            let mut right = format!("{:>2} min", c.minutes);
            if let Some(h) = help.get(&c.id).filter(|h| h.times > 0) {
                let helped = match h.average_change {
                    Some(a) => format!("helped: {} ({}×)", signed(a), h.times),
                    None => format!("({}×)", h.times),
                };
                let short = match h.average_change {
                    Some(a) => format!("{} ({}×)", signed(a), h.times),
                    None => format!("({}×)", h.times),
                };
                // The full wording where the title keeps room, else a shorter one.
                if width >= 40 + helped.width() {
                    right = format!("{right}  {helped}");
                } else if width >= 30 + short.width() {
                    right = format!("{right}  {short}");
                }
            }
            let room = width.saturating_sub(1 + star.width() + right.width() + 2);
            let title = text::truncate(&c.title, room);
            let pad = room.saturating_sub(title.width());
            let line = Line::from(vec![
                Span::raw(" "),
                Span::styled(star, theme.accent()),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(right, theme.dim()),
                Span::raw(" "),
            ]);
            if i == selected { line.style(theme.selected()) } else { line }
        })
        .collect();
    let offset = selected.saturating_sub(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(offset).unwrap_or(0), 0)), inner);
}

/// "Practised 4 times · distress −2.3 on average", or "Not practised yet".
fn practised(help: Option<&Helped>) -> String {
    match help.filter(|h| h.times > 0) {
        None => "Not practised yet".to_string(),
        Some(h) => {
            let times = if h.times == 1 { "once".to_string() } else { format!("{} times", h.times) };
            match h.average_change {
                Some(a) => format!("Practised {times} · distress {} on average", signed(a)),
                None => format!("Practised {times} · distress not rated"),
            }
        }
    }
}

/// Numbered steps, wrapped under their number (the card, and the reading exercise).
pub(super) fn steps(out: &mut Vec<Line<'static>>, card: &CopingCard, width: usize, theme: Theme) {
    let n = card.steps.len();
    let num_w = n.to_string().len() + 2;
    for (i, s) in card.steps.iter().enumerate() {
        for (j, l) in text::wrap(&s.text, width.saturating_sub(num_w)).into_iter().enumerate() {
            let num = if j == 0 { format!("{:>w$}. ", i + 1, w = num_w - 2) } else { " ".repeat(num_w) };
            out.push(Line::from(vec![Span::styled(num, theme.accent()), Span::raw(l)]));
        }
    }
}

/// The selected card; it says how far it can scroll.
fn detail(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    card: Option<&CopingCard>,
    help: &BTreeMap<String, Helped>,
    compact: bool,
    theme: Theme,
) -> u16 {
    if area.is_empty() {
        return 0;
    }
    let Some(card) = card else {
        let block = panel("Card", theme);
        let inner = block.inner(area).inner(Margin::new(1, 0));
        frame.render_widget(block, area);
        let msg = format!("No card matches. {} shows all.", key(Ctx::Skills, &Action::Close));
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.dim())), inner);
        return 0;
    };
    let block = panel(&card.title, theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return 0;
    }
    let width = usize::from(inner.width);
    let lines = card_lines(card, &practised(help.get(&card.id)), width, compact, theme);
    // The hint keeps the last row.
    let [body, hint] = if inner.height >= 2 {
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(inner)
    } else {
        [inner, Rect::default()]
    };
    // A card taller than its panel scrolls with PgDn/PgUp; the hint says where it is.
    let (scroll, max) = super::text::scroll_fit(lines.len(), body.height, app.skills.view.card_scroll);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), body);
    frame.render_widget(card_hint(scroll, max, width, theme), hint);
    max
}

/// A card's text `width` wide, with `figure` (how it went when practised). Stacked
/// (`compact`), the summary and steps come first and the rest follows without gaps.
fn card_lines(card: &CopingCard, figure: &str, width: usize, compact: bool, theme: Theme) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let cautions = |lines: &mut Vec<Line<'static>>| {
        if !card.cautions.trim().is_empty() {
            lines.extend(text::lines(&format!("Take care: {}", card.cautions), width, theme.bold()));
        }
    };
    if compact {
        let meta = format!("{} · about {} min · {figure}", card.category.label(), card.minutes);
        lines.extend(text::lines(&meta, width, theme.dim()));
        lines.extend(text::lines(&card.summary, width, theme.base()));
        steps(&mut lines, card, width, theme);
        cautions(&mut lines);
        lines.extend(text::lines(&format!("When: {}", card.when), width, theme.base()));
        lines.extend(text::lines(&format!("Why it helps: {}", card.why), width, theme.base()));
        lines.extend(text::lines(&format!("Source: {}", card.source), width, theme.dim()));
    } else {
        lines.extend(text::lines(card.category.label(), width, theme.dim()));
        lines.extend(text::lines(&card.summary, width, theme.bold()));
        lines.push(Line::default());
        lines.extend(text::lines(&format!("When: {}", card.when), width, theme.base()));
        lines.extend(text::lines(&format!("Takes about {} min", card.minutes), width, theme.base()));
        lines.push(Line::default());
        steps(&mut lines, card, width, theme);
        lines.push(Line::default());
        lines.extend(text::lines(&format!("Why it helps: {}", card.why), width, theme.base()));
        cautions(&mut lines);
        lines.extend(text::lines(&format!("Source: {}", card.source), width, theme.dim()));
        lines.push(Line::default());
        lines.extend(text::lines(figure, width, theme.accent()));
    }
    lines
}

/// The hint line under a card: the key that starts it, and which way there is more to read.
/// The start hint is cut, never the keys.
fn card_hint(scroll: u16, max: u16, width: usize, theme: Theme) -> Line<'static> {
    let bold = theme.accent().add_modifier(ratatui::style::Modifier::BOLD);
    let start = key(Ctx::Skills, &Action::Skills(SkillsAction::Start));
    let start_w = start.width();
    let mut hint_spans = vec![Span::styled(start, bold)];
    let more = match (scroll > 0, scroll < max) {
        (_, true) => Some((key(Ctx::Skills, &Action::Move(Move::PageDown)), " more ↓")),
        (true, false) => Some((key(Ctx::Skills, &Action::Move(Move::PageUp)), " back ↑")),
        (false, false) => None,
    };
    let room = match &more {
        Some((key, what)) => width.saturating_sub(start_w + 3 + key.width() + what.width()),
        None => width.saturating_sub(start_w),
    };
    hint_spans.push(Span::styled(text::truncate(HINT, room), theme.dim()));
    if let Some((key, what)) = more {
        hint_spans.push(Span::styled(" · ", theme.dim()));
        hint_spans.push(Span::styled(key, bold));
        hint_spans.push(Span::styled(what, theme.dim()));
    }
    Line::from(hint_spans)
}

#[cfg(test)]
mod tests;
