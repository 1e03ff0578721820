//! Reading the data: the first screen's files before the first frame, then older months one
//! at a time while no key waits.

use std::collections::VecDeque;

use chrono::{DateTime, FixedOffset};

use crate::app::{Action, App, Loaded, update};
use crate::domain::YearMonth;
use crate::domain::draft::Drafts;
use crate::store::Store;

/// Loads the months the first screen needs (this one and the one before, for the 14-day chart)
/// and the top-level files (Today lists the doses), each handed to the app as an action.
pub fn load_first_months(app: &mut App, store: &dyn Store, now: DateTime<FixedOffset>) -> Vec<YearMonth> {
    let this = YearMonth::of(now.date_naive());
    let err = |e: crate::store::StoreError| e.to_string();
    // The month before is read on a second thread meanwhile: the two largest files are parsed
    // side by side, so the first frame comes sooner. Should that thread fail, it is read here.
    let (before, drafts, files) = std::thread::scope(|s| {
        let before = s.spawn(|| store.load_month(this.prev()));
        let drafts = load_drafts(store, now);
        let files = [
            Loaded::Medications(store.load_medications().map_err(err)),
            Loaded::Skills(store.load_skills().map_err(err)),
            Loaded::SafetyPlan(store.load_safety_plan().map(Box::new).map_err(err)),
            Loaded::SideEffects(store.load_side_effects().map_err(err)),
            Loaded::Assessments(store.load_assessments().map_err(err)),
            Loaded::Sessions(store.load_sessions().map_err(err)),
            Loaded::Month(this, store.load_month(this).map_err(err)),
        ];
        (before.join().unwrap_or_else(|_| store.load_month(this.prev())), drafts, files)
    });
    for file in files {
        update(app, Action::Loaded(file), now);
    }
    update(app, Action::Loaded(Loaded::Month(this.prev(), before.map_err(err))), now);
    let mut months = vec![this, this.prev()];
    // A draft is restored onto its month as saved, so that month is read now too.
    for ym in drafts.as_ref().ok().and_then(Option::as_ref).map(App::draft_months).unwrap_or_default() {
        if !months.contains(&ym) {
            months.push(ym);
            let result = store.load_month(ym).map_err(err);
            update(app, Action::Loaded(Loaded::Month(ym, result)), now);
        }
    }
    update(app, Action::Loaded(Loaded::Drafts(drafts.map(|d| d.map(Box::new)))), now);
    months
}

/// The drafts left by the last session; one that cannot be read is moved aside (and said),
/// so it is kept for the person and new drafts can still be written.
fn load_drafts(store: &dyn Store, now: DateTime<FixedOffset>) -> Result<Option<Drafts>, String> {
    store.load_drafts().map_err(|e| {
        let stamp = now.format("%Y%m%d-%H%M%S").to_string();
        match store.set_drafts_aside(&stamp) {
            Ok(aside) => format!("{e}. It was moved to {} and nothing in it was restored.", aside.display()),
            Err(e2) => format!("{e}. It could not be moved aside either ({e2}); drafts are not kept this time."),
        }
    })
}

/// Older months, read one at a time whenever no key is waiting, after the first frame.
/// Reading on the event loop's own thread keeps a second allocator arena (and its memory)
/// out of the process; each month takes a fraction of a millisecond, so keys never wait long.
pub struct Loader {
    pending: Option<VecDeque<YearMonth>>,
    skip: Vec<YearMonth>,
    cards: bool,
    done: bool,
}

impl Loader {
    pub fn new(skip: Vec<YearMonth>) -> Loader {
        Loader { pending: None, skip, cards: false, done: false }
    }

    /// The next thing loaded, newest month first; `LoadingDone` once at the end, then `None`.
    pub fn step(&mut self, store: &dyn Store) -> Option<Action> {
        if self.done {
            return None;
        }
        if !self.cards {
            // The card library first: Today suggests a skill from it.
            self.cards = true;
            return Some(Action::Loaded(Loaded::Cards(crate::assets::builtin_cards())));
        }
        if self.pending.is_none() {
            match store.list_months() {
                Ok(list) => {
                    self.pending = Some(list.into_iter().rev().filter(|ym| !self.skip.contains(ym)).collect());
                }
                Err(e) => {
                    self.done = true;
                    return Some(Action::Loaded(Loaded::AllMonths(vec![e.to_string()])));
                }
            }
        }
        match self.pending.as_mut().and_then(VecDeque::pop_front) {
            Some(ym) => Some(Action::Loaded(Loaded::Month(ym, store.load_month(ym).map_err(|e| e.to_string())))),
            None => {
                self.done = true;
                Some(Action::Loaded(Loaded::AllMonths(Vec::new())))
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::Day;
    use crate::domain::medication::Medication;
    use crate::store::StoreError;
    use std::sync::Mutex;

    /// Months 2026-01..=2026-03 exist; listing can be made to fail.
    /// A store for tests: months 2026-01..=2026-03 exist; listing, and every save, can be
    /// made to fail on demand (a full disk, a folder gone read-only).
    pub(crate) struct Fake {
        pub(crate) fail_list: bool,
        pub(crate) fail_saves: std::sync::atomic::AtomicBool,
        loaded: Mutex<Vec<YearMonth>>,
    }

    impl Fake {
        pub(crate) fn new(fail_list: bool) -> Fake {
            Fake { fail_list, fail_saves: Default::default(), loaded: Mutex::new(Vec::new()) }
        }
    }

    impl Store for Fake {
        fn list_months(&self) -> Result<Vec<YearMonth>, StoreError> {
            if self.fail_list {
                return Err(StoreError::NoHome);
            }
            Ok((1..=3).filter_map(|m| YearMonth::new(2026, m)).collect())
        }
        fn load_month(&self, ym: YearMonth) -> Result<Vec<Day>, StoreError> {
            self.loaded.lock().map_err(|_| StoreError::NoHome)?.push(ym);
            Ok(Vec::new())
        }
        fn save_month(&self, _: YearMonth, _: &[Day]) -> Result<(), StoreError> {
            if self.fail_saves.load(std::sync::atomic::Ordering::Relaxed) {
                let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device");
                return Err(StoreError::Io { path: "/data/days".into(), source: full });
            }
            Ok(())
        }
        fn load_medications(&self) -> Result<Vec<Medication>, StoreError> {
            Ok(Vec::new())
        }
        fn save_medications(&self, _: &[Medication]) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_side_effects(&self) -> Result<Vec<crate::domain::side_effect::SideEffect>, StoreError> {
            Ok(Vec::new())
        }
        fn save_side_effects(&self, _: &[crate::domain::side_effect::SideEffect]) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_assessments(&self) -> Result<crate::domain::assessment::AssessmentsData, StoreError> {
            Ok(Default::default())
        }
        fn save_assessments(&self, _: &crate::domain::assessment::AssessmentsData) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_sessions(&self) -> Result<crate::domain::session::SessionsData, StoreError> {
            Ok(Default::default())
        }
        fn save_sessions(&self, _: &crate::domain::session::SessionsData) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_safety_plan(&self) -> Result<crate::domain::safety_plan::SafetyPlan, StoreError> {
            Ok(Default::default())
        }
        fn save_safety_plan(&self, _: &crate::domain::safety_plan::SafetyPlan) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_skills(&self) -> Result<crate::store::SkillsData, StoreError> {
            Ok(Default::default())
        }
        fn save_skills(&self, _: &crate::store::SkillsData) -> Result<(), StoreError> {
            Ok(())
        }
        fn load_drafts(&self) -> Result<Option<Drafts>, StoreError> {
            Ok(None)
        }
        fn save_drafts(&self, _: &Drafts) -> Result<(), StoreError> {
            Ok(())
        }
        fn set_drafts_aside(&self, _: &str) -> Result<std::path::PathBuf, StoreError> {
            Err(StoreError::NoHome)
        }
    }

    #[test]
    fn the_loader_reads_each_other_month_newest_first_then_says_done_once() {
        let store = Fake::new(false);
        let mut loader = Loader::new(vec![YearMonth::new(2026, 3).expect("m")]);
        let mut actions = Vec::new();
        while let Some(a) = loader.step(&store) {
            actions.push(a);
            assert!(actions.len() < 10, "the loader ends");
        }
        assert_eq!(actions.len(), 4);
        assert!(matches!(actions[0], Action::Loaded(Loaded::Cards(c)) if !c.is_empty()));
        assert!(matches!(actions[3], Action::Loaded(Loaded::AllMonths(ref p)) if p.is_empty()));
        let loaded = store.loaded.lock().expect("lock").clone();
        assert_eq!(loaded, vec![YearMonth::new(2026, 2).expect("m"), YearMonth::new(2026, 1).expect("m")]);
        let failing = Fake::new(true);
        let mut loader = Loader::new(Vec::new());
        assert!(matches!(loader.step(&failing), Some(Action::Loaded(Loaded::Cards(_)))));
        assert!(matches!(loader.step(&failing), Some(Action::Loaded(Loaded::AllMonths(p))) if p.len() == 1));
        assert!(loader.step(&failing).is_none());
    }
}
