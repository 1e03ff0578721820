//! The key tables: every binding in help, the most specific context first, no hint twice.

use super::*;

#[test]
fn no_two_bindings_collide_in_a_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            if a.ctx != b.ctx {
                continue;
            }
            for ka in a.keys {
                assert!(
                    !b.keys.contains(ka),
                    "{:?}: key {} bound to both {:?} and {:?}",
                    a.ctx,
                    ka.label(),
                    a.action,
                    b.action
                );
            }
        }
    }
}

#[test]
fn every_context_is_listed_in_help() {
    for b in BINDINGS {
        assert!(HELP_ORDER.contains(&b.ctx), "{:?} missing from help", b.ctx);
    }
}

#[test]
fn lookup_prefers_the_most_specific_context() {
    let esc = Input { key: Key::Esc, ..Input::default() };
    let b = lookup(&[Ctx::JournalDay, Ctx::Global], &esc).expect("bound");
    assert_eq!(b.label, "back to days");
    let q = Input { key: Key::Char('q'), ..Input::default() };
    assert_eq!(lookup(&[Ctx::JournalDay, Ctx::Global], &q).map(|b| &b.action), Some(&Action::Quit));
    let backtab = Input { key: Key::Tab, shift: true, ..Input::default() };
    assert_eq!(lookup(&[Ctx::Global], &backtab).map(|b| &b.action), Some(&Action::PrevTab));
}

#[test]
fn hints_do_not_repeat() {
    let h = hints(&[Ctx::JournalDay, Ctx::JournalList, Ctx::Global]);
    assert!(h.iter().any(|x| x.1 == "crisis lines" && x.2), "crisis hint is essential");
    // No label twice anywhere in the footer, not only side by side.
    let mut seen = std::collections::BTreeSet::new();
    for (_, label, _) in &h {
        assert!(seen.insert(*label), "{label:?} is hinted twice: {h:?}");
    }
}
