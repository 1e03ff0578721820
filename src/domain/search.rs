//! Case-insensitive text search with match positions for highlighting.

use std::ops::Range;

/// Byte ranges in `haystack` where `needle` occurs, ignoring case. Empty needle: none.
pub fn find_matches(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in haystack.char_indices() {
        if i < from {
            continue;
        }
        if let Some(len) = match_len(&haystack[i..], &needle) {
            out.push(i..i + len);
            from = i + len;
        }
    }
    out
}

/// Whether `needle` occurs in `haystack`, ignoring case, as `find_matches` would find it;
/// stops at the first match and allocates only the lower-cased needle.
pub fn contains(haystack: &str, needle: &str) -> bool {
    // An ASCII needle can only match ASCII letters, or the Kelvin sign (which lower-cases
    // to 'k'); UTF-8 bytes of other characters never equal an ASCII byte, so bytes will do.
    if needle.is_ascii() && !haystack.contains('\u{212A}') {
        let needle = needle.as_bytes();
        return !needle.is_empty() && haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    }
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    !needle.is_empty() && haystack.char_indices().any(|(i, _)| match_len(&haystack[i..], &needle).is_some())
}

/// If `text` starts with the lower-cased `needle`, ending on a whole character, the byte
/// length of the match.
fn match_len(text: &str, needle: &[char]) -> Option<usize> {
    let mut want = needle.iter();
    let mut pending = want.next();
    for (i, c) in text.char_indices() {
        for lc in c.to_lowercase() {
            match pending {
                Some(w) if *w == lc => pending = want.next(),
                _ => return None,
            }
        }
        if pending.is_none() {
            return Some(i + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_all_matches_ignoring_case() {
        let text = "Walked the dog. WALK again, walkway";
        let m = find_matches(text, "walk");
        assert_eq!(m.len(), 3);
        assert_eq!(&text[m[1].clone()], "WALK");
        assert!(find_matches(text, "").is_empty());
        assert!(find_matches(text, "cat").is_empty());
    }

    #[test]
    fn handles_multibyte_text() {
        let text = "Café with Zoë — ÉTÉ";
        let m = find_matches(text, "été");
        assert_eq!(m.len(), 1);
        assert_eq!(&text[m[0].clone()], "ÉTÉ");
        assert!(contains(text, "zoë"));
        for (h, n) in [
            ("Café with Zoë — ÉTÉ", "été"),
            ("abc", "ABC"),
            ("K", "k"),
            ("\u{212A}elvin", "kelvin"),
            ("naïve café Walk", "walk"),
            ("ÉTÉ walk", "é w"),
            ("İx", "i"),
            ("ß", "ss"),
            ("aé", "É"),
            ("", "a"),
            ("a", ""),
        ] {
            assert_eq!(contains(h, n), !find_matches(h, n).is_empty(), "{h} / {n}");
        }
    }
}
