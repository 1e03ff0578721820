//! Shared copies of short names that repeat on nearly every day of years of history
//! (symptom names, medication ids): one allocation each instead of one per day.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use serde::Deserialize;

/// Names kept per thread; a few dozen are expected, so a short list is quickest.
const KEEP: usize = 128;

pub fn intern(name: &str) -> Arc<str> {
    thread_local! { static NAMES: RefCell<Vec<Arc<str>>> = const { RefCell::new(Vec::new()) }; }
    NAMES.with_borrow_mut(|names| {
        if let Some(known) = names.iter().find(|n| ***n == *name) {
            return known.clone();
        }
        let new: Arc<str> = Arc::from(name);
        if names.len() < KEEP {
            names.push(new.clone());
        }
        new
    })
}

pub fn read<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
    let name = Cow::<'de, str>::deserialize(d)?;
    Ok(intern(&name))
}

/// A list of names, each shared.
pub fn read_all<'de, D: serde::Deserializer<'de>>(d: D) -> Result<super::Slim<Arc<str>>, D::Error> {
    let names = Vec::<Cow<'de, str>>::deserialize(d)?;
    Ok(names.iter().map(|n| intern(n)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_name_is_shared() {
        let a = intern("sertraline");
        let b = intern(&String::from("sertraline"));
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*intern("worry"), "worry");
    }
}
