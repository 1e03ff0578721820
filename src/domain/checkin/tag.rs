//! A tag: one lower-case word that marks a day ("work", "poor-sleep"), given in the check-in
//! or written as `#work` in a note. In files it is a plain string.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Shared text, so copies (filters, counts, the wizard's answers) are cheap to make. Each tag
/// read from a file is its own copy: pooling them saves too little to be worth global state.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tag(Arc<str>);

impl Tag {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Tag {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Tag {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Tag {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Tag {
    fn from(tag: &str) -> Tag {
        Tag(Arc::from(tag))
    }
}

impl From<String> for Tag {
    fn from(tag: String) -> Tag {
        Tag(Arc::from(tag))
    }
}

impl PartialEq<str> for Tag {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Tag {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// Honours width and alignment (`{:<12}`), as a `str` does.
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// As the string it is, so test failures and drafts read as they did.
impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_a_plain_string() {
        let tag: Tag = ron::from_str(r#""work""#).expect("parses");
        assert_eq!(tag, "work");
        assert_eq!(ron::to_string(&tag).expect("writes"), r#""work""#);
        assert_eq!(format!("{tag} {tag:?}"), r#"work "work""#);
        assert_eq!(format!("{tag:<12}|"), format!("{:<12}|", "work"), "pads as a str does");
        let tags: std::collections::BTreeSet<Tag> = ["b".into(), "a".into()].into();
        assert!(tags.contains("a"), "found by a borrowed str");
    }
}
