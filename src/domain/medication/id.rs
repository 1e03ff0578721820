//! A medication's id: the readable slug ("sertraline") by which dose events, side effects,
//! forms and views name a medication. In files it is a plain string.

use crate::domain::name::name_type;

name_type!(
    /// See the module.
    MedId
);

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
