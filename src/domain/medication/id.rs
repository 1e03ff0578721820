//! A medication's id: the readable slug ("sertraline") by which dose events, side effects,
//! forms and views name a medication. In files it is a plain string.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Shared text, so the many copies held by views and forms are cheap to make. Each id read
/// from a file is its own copy: sharing them through a table saved under 1 MiB on ten years of
/// history, too little to be worth global state in domain/.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MedId(Arc<str>);

impl MedId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for MedId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for MedId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for MedId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for MedId {
    fn from(id: &str) -> MedId {
        MedId(Arc::from(id))
    }
}

impl From<String> for MedId {
    fn from(id: String) -> MedId {
        MedId(Arc::from(id))
    }
}

impl PartialEq<str> for MedId {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for MedId {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// Honours width and alignment (`{:<12}`), as a `str` does.
impl fmt::Display for MedId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// As the string it is, so test failures and drafts read as they did.
impl fmt::Debug for MedId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_a_plain_string() {
        let id: MedId = ron::from_str(r#""sertraline""#).expect("parses");
        assert_eq!(id, "sertraline");
        assert_eq!(ron::to_string(&id).expect("writes"), r#""sertraline""#);
        assert_eq!(format!("{id} {id:?}"), r#"sertraline "sertraline""#);
        assert_eq!(format!("{id:<12}|"), format!("{:<12}|", "sertraline"), "pads as a str does");
        let ids: std::collections::BTreeSet<MedId> = ["b".into(), "a".into()].into();
        assert!(ids.contains("a"), "found by a borrowed str");
    }
}
