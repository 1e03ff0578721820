//! A tag: one lower-case word that marks a day ("work", "poor-sleep"), given in the check-in
//! or written as `#work` in a note. In files it is a plain string.

use crate::domain::name::name_type;

name_type!(
    /// See the module.
    Tag
);

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
