//! Case-insensitive text search with match positions for highlighting.

use std::ops::Range;

/// Byte ranges in `haystack` where `needle` occurs, ignoring case. Empty needle: none.
pub fn find_matches(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = haystack.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = match_at(&chars, i, &needle) {
            let start = chars[i].0;
            let stop = chars.get(end).map_or(haystack.len(), |c| c.0);
            out.push(start..stop);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// If the needle matches starting at char `i`, the char index just past the match.
fn match_at(chars: &[(usize, char)], i: usize, needle: &[char]) -> Option<usize> {
    let mut want = needle.iter();
    let mut j = i;
    let mut pending = want.next();
    while let Some(w) = pending {
        let (_, c) = chars.get(j)?;
        for lc in c.to_lowercase() {
            match pending {
                Some(w2) if *w2 == lc => pending = want.next(),
                _ => return None,
            }
        }
        let _ = w;
        j += 1;
    }
    Some(j)
}

pub fn contains(haystack: &str, needle: &str) -> bool {
    !find_matches(haystack, needle).is_empty()
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
    }
}
