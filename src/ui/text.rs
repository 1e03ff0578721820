//! Small text helpers: width-aware wrapping, truncation and highlighted spans.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::search::find_matches;

/// Text as tend draws it: joined emoji (👩‍👩‍👧) are shown as their parts and emoji
/// presentation selectors are left out. Terminals disagree on how wide a joined sequence is,
/// and one that draws it wider than counted pushes a panel's border out; the parts are
/// counted and drawn alike everywhere. The text on disk is never changed.
pub fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\u{200d}', '\u{fe0f}']) {
        text.replace(['\u{200d}', '\u{fe0f}'], "").into()
    } else {
        text.into()
    }
}

/// Wraps text to `width` columns at spaces, breaking long words; keeps blank lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = plain(text);
    let text = text.as_ref();
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in para.split(' ') {
            let ww = word.width();
            if line_w > 0 && line_w + 1 + ww > width {
                out.push(std::mem::take(&mut line));
                line_w = 0;
            }
            if line_w > 0 {
                line.push(' ');
                line_w += 1;
            }
            if ww > width {
                for c in word.chars() {
                    let cw = c.width().unwrap_or(0);
                    if line_w + cw > width && line_w > 0 {
                        out.push(std::mem::take(&mut line));
                        line_w = 0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            } else {
                line.push_str(word);
                line_w += ww;
            }
        }
        out.push(line);
    }
    out
}

/// Cuts text to `width` columns, ending with '…' when cut.
/// `text` wrapped to `width`, each line in `style`.
pub fn lines(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width).into_iter().map(|l| Line::from(Span::styled(l, style))).collect()
}

/// Columns a string takes on screen.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `s` padded with spaces to `w` columns on screen (wide characters and emoji count as two).
pub fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

pub fn truncate(text: &str, width: usize) -> String {
    let text = plain(text);
    let text = text.as_ref();
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Spans of `text` with every match of `query` in `hl` style.
pub fn highlighted(text: &str, query: &str, base: Style, hl: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut last = 0;
    for m in find_matches(text, query) {
        if m.start > last {
            spans.push(Span::styled(text[last..m.start].to_string(), base));
        }
        spans.push(Span::styled(text[m.clone()].to_string(), hl));
        last = m.end;
    }
    if last < text.len() || spans.is_empty() {
        spans.push(Span::styled(text[last..].to_string(), base));
    }
    spans
}

/// `rows` lines shown in `height` rows, scrolled by `scroll`: the scroll to draw (kept within
/// the text) and the most it can be, which the frame reports back to the app.
pub fn scroll_fit(rows: usize, height: u16, scroll: u16) -> (u16, u16) {
    let max = u16::try_from(rows.saturating_sub(usize::from(height))).unwrap_or(u16::MAX);
    (scroll.min(max), max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_emoji_are_drawn_as_their_parts_so_every_terminal_counts_them_alike() {
        let family = "👩\u{200d}👩\u{200d}👧 home";
        assert_eq!(plain(family), "👩👩👧 home");
        assert_eq!(width(&plain(family)), 11);
        assert_eq!(wrap(family, 80), vec!["👩👩👧 home".to_string()]);
        assert_eq!(truncate("❤\u{fe0f} long text here", 6), "❤ lon…");
        assert!(matches!(plain("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn wraps_words_and_breaks_long_ones() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n\nb", 10), vec!["a", "", "b"]);
        assert_eq!(wrap("日本語のテキスト", 4), vec!["日本", "語の", "テキ", "スト"]);
        assert_eq!(wrap("", 0), vec![""]);
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("short", 6), "short");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn highlights_matches() {
        let s = highlighted("a walk, a Walk", "walk", Style::new(), Style::new().bold());
        assert_eq!(s.len(), 4);
        assert_eq!(s[1].content, "walk");
        assert_eq!(s[3].content, "Walk");
    }
}
