//! The key tables: every binding in help, the most specific context first, no hint twice.

use super::*;

#[test]
fn no_two_bindings_collide_in_a_context() {
    let all: Vec<&Binding> = bindings().collect();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
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
    for b in bindings() {
        // `Always` sits under every context; help lists its keys once, with Global's.
        if b.ctx == Ctx::Always {
            let listed = bindings().any(|g| g.ctx == Ctx::Global && g.action == b.action && g.keys == b.keys);
            assert!(listed, "{} is listed with Global's keys", b.label);
            continue;
        }
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

#[test]
fn a_message_names_the_key_the_table_gives() {
    use crate::app::DoseAction;
    assert_eq!(key(Ctx::Today, &Action::Dose(DoseAction::FixTime)), "t");
    assert_eq!(key(Ctx::Global, &Action::Crisis), "!");
    assert_eq!(key(Ctx::Today, &Action::Crisis), "", "not bound there");
}
