//! The selected side effect: its onset against each suspected medication's dose timeline,
//! how long it has lasted, its ratings in words, notes, and the general timing facts with
//! their sources, fitted to the room there is. Information only, never advice.

use chrono::{Datelike, NaiveDate};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::timeline::{SHADES, level_style};
use crate::app::App;
use crate::domain::side_effect::{FACTS, IN_THE_WAY, OFTEN, Rating, STRONG, SideEffect, describe_onset, worth_raising};
use crate::ui::{Theme, text};

/// "18 Oct" this year, "18 Oct 2025" otherwise.
pub fn short_date(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() { date.format("%-d %b").to_string() } else { date.format("%-d %b %Y").to_string() }
}

/// The three answers in words: "now and then · mild · gets in the way a little".
pub fn rating_words(r: &Rating) -> String {
    let often = match r.often {
        0 => "not noticed",
        o => OFTEN[usize::from(o.min(3))],
    };
    let strong = match r.strong {
        0 => "not strong",
        s => STRONG[usize::from(s.min(3))],
    };
    let way = match r.in_the_way {
        0 => "not in the way".to_string(),
        w => format!("gets in the way {}", IN_THE_WAY[usize::from(w.min(3))]),
    };
    format!("{often} · {strong} · {way}")
}

/// A rating level as its shading character, styled.
pub fn shade(level: u8, theme: Theme) -> Span<'static> {
    Span::styled(SHADES[usize::from(level.min(3))].to_string(), level_style(theme, level))
}

/// Styled text wrapped at spaces to `width`, continuation lines indented by `indent`.
pub fn wrap_styled(parts: &[(String, Style)], width: usize, indent: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let indent = if indent * 2 > width { 0 } else { indent };
    let mut lines = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut cur_w = 0;
    let mut space_before = false;
    for (text_part, style) in parts {
        let mut first = true;
        for word in text_part.split(' ') {
            if !first {
                space_before = true;
            }
            first = false;
            if word.is_empty() {
                continue;
            }
            let room = width.saturating_sub(if lines.is_empty() { 0 } else { indent });
            for piece in text::wrap(word, room.max(1)) {
                let w = crate::ui::text::width(&piece);
                let gap = usize::from(space_before && cur_w > 0);
                if cur_w > 0 && cur_w + gap + w > width {
                    lines.push(Line::from(std::mem::take(&mut cur)));
                    cur.push(Span::raw(" ".repeat(indent)));
                    cur_w = indent;
                } else if gap == 1 {
                    cur.push(Span::raw(" "));
                    cur_w += 1;
                }
                cur_w += w;
                cur.push(Span::styled(piece, *style));
                space_before = true;
            }
            space_before = false;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

/// One general fact with its source, wrapped.
pub fn fact_lines(i: usize, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some((fact, source)) = FACTS.get(i) else { return Vec::new() };
    wrap_styled(&[(fact.to_string(), theme.base()), (format!(" ({source})"), theme.dim())], width, 0)
}

/// The detail's lines, fitted to `height`: what matters most stays, the rest gives way
/// (more facts first, then the blank line, the notes, the rating history). Every rating on
/// its own line where there is room for all of them; else the latest few on one line.
/// `facts`: the general timing facts come last (when no other panel shows them).
pub fn lines(app: &App, e: &SideEffect, width: usize, height: usize, facts: bool, theme: Theme) -> Vec<Line<'static>> {
    let full = sections(app, e, width, true, facts, theme);
    let table_total: usize = full.iter().filter(|s| s.0 <= 2).map(|s| s.1.len()).sum();
    let chosen = if table_total <= height { full } else { sections(app, e, width, false, facts, theme) };
    fit(chosen, height)
}

/// Drops sections from the highest priority number (the last of equals first) until the
/// rest fit; priority 0 always stays.
fn fit(mut sections: Vec<(u8, Vec<Line<'static>>)>, height: usize) -> Vec<Line<'static>> {
    loop {
        let total: usize = sections.iter().map(|s| s.1.len()).sum();
        if total <= height {
            break;
        }
        let Some((i, _)) = sections.iter().enumerate().filter(|(_, s)| s.0 > 0).max_by_key(|(i, s)| (s.0, *i)) else {
            break;
        };
        sections.remove(i);
    }
    sections.into_iter().flat_map(|s| s.1).collect()
}

/// (priority, lines): a higher number gives way first.
fn sections(
    app: &App,
    e: &SideEffect,
    width: usize,
    table: bool,
    facts: bool,
    theme: Theme,
) -> Vec<(u8, Vec<Line<'static>>)> {
    let today = app.today;
    let mut sections: Vec<(u8, Vec<Line<'static>>)> = Vec::new();
    sections.push((0, onset_lines(app, e, width, theme)));
    sections.push((0, status_lines(app, e, width, theme)));
    if let Some(r) = e.latest() {
        sections.push((0, latest_rating(r, today, width, theme)));
    }
    let several = e.ratings.len() > 1 || !e.changes.is_empty();
    if table && several {
        sections.push((2, history_table(e, today, width, theme)));
    } else {
        if several {
            sections.push((2, history(e, today, width, theme)));
        }
        sections.extend(rating_notes(e, today, width, theme).into_iter().map(|note| (3, note)));
    }
    if let Some(raise) = worth_raising_lines(e, width, theme) {
        sections.push((0, raise));
    }
    if facts {
        sections.push((4, vec![Line::default()]));
        for i in 0..FACTS.len() {
            let priority = if i == 0 { 1 } else { 4 + u8::try_from(i).unwrap_or(9) };
            sections.push((priority, fact_lines(i, width, theme)));
        }
    }
    sections
}

/// The onset against each suspected medication's dose timeline ("not sure" when none is named).
fn onset_lines(app: &App, e: &SideEffect, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut onset = Vec::new();
    if e.meds.is_empty() {
        onset.extend(wrap_styled(&[("Medication:".into(), theme.dim()), (" not sure".into(), theme.base())], width, 2));
    }
    for id in &e.meds {
        let parts = match app.meds.get(id) {
            Some(m) => {
                vec![(format!("{}:", m.name), theme.dim()), (format!(" {}", describe_onset(e, m)), theme.base())]
            }
            None => vec![(format!("{id}:"), theme.dim()), (" not in your medication list".into(), theme.base())],
        };
        onset.extend(wrap_styled(&parts, width, 2));
    }
    onset
}

/// "baseline · began 18 Oct · ongoing · 5 days so far", or when it was gone and how long it lasted.
fn status_lines(app: &App, e: &SideEffect, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let today = app.today;
    let sep = (" · ".to_string(), theme.dim());
    let mut status: Vec<(String, Style)> = Vec::new();
    if e.is_baseline(&app.meds.list) {
        status.push(("baseline".into(), theme.bold()));
        status.push(sep.clone());
    }
    status.push((format!("began {}", short_date(e.onset, today)), theme.base()));
    status.push(sep.clone());
    let days = e.duration_days(today);
    match e.resolved_on() {
        Some(r) => {
            status.push((format!("gone {}", short_date(r, today)), theme.bold()));
            status.push(sep.clone());
            status.push((format!("lasted {}", crate::domain::side_effect::days_words(days)), theme.base()));
        }
        None => {
            status.push(("ongoing".into(), theme.bold()));
            status.push(sep.clone());
            let so_far = if days <= 0 {
                "since today".to_string()
            } else {
                format!("{} so far", crate::domain::side_effect::days_words(days))
            };
            status.push((so_far, theme.base()));
        }
    }
    wrap_styled(&status, width, 2)
}

/// The latest rating in words, after its shade.
fn latest_rating(r: &Rating, today: NaiveDate, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let parts = [
        (format!("Latest rating, {}:", short_date(r.date, today)), theme.dim()),
        (format!(" {}", rating_words(r)), theme.base()),
    ];
    with_lead(shade(r.level(), theme), wrap_styled(&parts, width.saturating_sub(2), 0))
}

/// The lines of each rating's note, newest first (shown when the ratings are not a table).
fn rating_notes(e: &SideEffect, today: NaiveDate, width: usize, theme: Theme) -> Vec<Vec<Line<'static>>> {
    let mut notes: Vec<&Rating> = e.ratings.iter().filter(|r| !r.note.trim().is_empty()).collect();
    notes.sort_by_key(|r| std::cmp::Reverse(r.date));
    notes
        .into_iter()
        .map(|r| {
            let parts = [
                (format!("Note, {}:", short_date(r.date, today)), theme.dim()),
                (format!(" {}", r.note.trim()), theme.base()),
            ];
            wrap_styled(&parts, width, 2)
        })
        .collect()
}

/// When the latest rating says it gets in the way enough, that it is worth raising.
fn worth_raising_lines(e: &SideEffect, width: usize, theme: Theme) -> Option<Vec<Line<'static>>> {
    if !worth_raising(e) {
        return None;
    }
    let r = e.latest()?;
    let way = IN_THE_WAY[usize::from(r.in_the_way.min(3))];
    let text = format!("Gets in the way {way}: worth raising with your prescriber.");
    Some(wrap_styled(&[(text, theme.bold())], width, 0))
}

/// `lead` (one column) and a space before the first line; the others indented to match.
fn with_lead(lead: Span<'static>, mut lines: Vec<Line<'static>>) -> Vec<Line<'static>> {
    for (i, line) in lines.iter_mut().enumerate() {
        let pad = if i == 0 { vec![lead.clone(), Span::raw(" ")] } else { vec![Span::raw("  ")] };
        line.spans.splice(0..0, pad);
    }
    lines
}

/// Every rating and every "gone"/"back", oldest first, one a line, with its note.
fn history_table(e: &SideEffect, today: NaiveDate, width: usize, theme: Theme) -> Vec<Line<'static>> {
    enum Row<'a> {
        Rated(&'a Rating),
        Status(bool),
    }
    let mut rows: Vec<(NaiveDate, Row)> = e.ratings.iter().map(|r| (r.date, Row::Rated(r))).collect();
    rows.extend(e.changes.iter().map(|c| (c.date, Row::Status(c.resolved))));
    rows.sort_by_key(|r| r.0);
    let date_w = rows.iter().map(|r| crate::ui::text::width(&short_date(r.0, today))).max().unwrap_or(6);
    let indent = date_w + 4;
    let mut lines = vec![Line::from(Span::styled("Ratings", theme.dim()))];
    for (date, row) in rows {
        let day = format!("{:<date_w$}  ", short_date(date, today));
        let (glyph, parts) = match row {
            Row::Rated(r) => {
                let mut parts = vec![(rating_words(r), theme.base())];
                if !r.note.trim().is_empty() {
                    parts.push((" · ".into(), theme.dim()));
                    parts.push((r.note.trim().to_string(), theme.dim()));
                }
                (shade(r.level(), theme), parts)
            }
            Row::Status(true) => (Span::raw("✓"), vec![("gone".to_string(), theme.bold())]),
            Row::Status(false) => (Span::raw("▸"), vec![("back".to_string(), theme.bold())]),
        };
        let body = wrap_styled(&parts, width.saturating_sub(indent), 0);
        for (i, mut line) in body.into_iter().enumerate() {
            let lead = if i == 0 {
                vec![Span::raw(day.clone()), glyph.clone(), Span::raw(" ")]
            } else {
                vec![Span::raw(" ".repeat(indent))]
            };
            line.spans.splice(0..0, lead);
            lines.push(line);
        }
    }
    lines
}

/// "Ratings 18 Oct ▒ 25 Oct ░ · gone 30 Oct": the latest that fit on one line.
fn history(e: &SideEffect, today: NaiveDate, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut items: Vec<(NaiveDate, Vec<Span<'static>>)> = e
        .ratings
        .iter()
        .map(|r| (r.date, vec![Span::raw(short_date(r.date, today)), Span::raw(" "), shade(r.level(), theme)]))
        .collect();
    for c in &e.changes {
        let word = if c.resolved { "gone" } else { "back" };
        items.push((c.date, vec![Span::styled(format!("{word} {}", short_date(c.date, today)), theme.bold())]));
    }
    items.sort_by_key(|i| i.0);
    let label = Span::styled("Ratings ", theme.dim());
    let more = Span::styled("… ", theme.dim());
    let sep_w = 3;
    let mut kept: Vec<Vec<Span<'static>>> = Vec::new();
    let mut used = label.width();
    for (n, (_, spans)) in items.iter().enumerate().rev() {
        let w: usize = spans.iter().map(Span::width).sum::<usize>() + if kept.is_empty() { 0 } else { sep_w };
        let reserve = if n > 0 { more.width() } else { 0 };
        if used + w + reserve > width {
            break;
        }
        used += w;
        kept.push(spans.clone());
    }
    let mut out = vec![label];
    if kept.len() < items.len() {
        out.push(more);
    }
    for (i, spans) in kept.into_iter().rev().enumerate() {
        if i > 0 {
            out.push(Span::styled(" · ", theme.dim()));
        }
        out.extend(spans);
    }
    vec![Line::from(out)]
}
