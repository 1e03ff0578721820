//! `Slim<T>`: a list sized exactly to its items, for the lists held by every day of years of
//! history (notes, doses, practices, symptoms, tags).
//!
//! A `Vec` is three words and, once read from a file, usually holds spare room; a `Slim` is two
//! words and none. These lists are short and rarely edited, so each edit simply rebuilds the
//! list. In files it is an ordinary RON list.

use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, PartialEq)]
pub struct Slim<T>(Box<[T]>);

impl<T> Slim<T> {
    pub fn new() -> Slim<T> {
        Slim(Box::default())
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// For `skip_serializing_if`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, item: T) {
        self.edit(|v| v.push(item));
    }

    pub fn insert(&mut self, index: usize, item: T) {
        self.edit(|v| v.insert(index, item));
    }

    /// Removes and returns the item at `index`, or `None` when there is none.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.0.len() {
            return None;
        }
        let mut removed = None;
        self.edit(|v| removed = Some(v.remove(index)));
        removed
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.edit(|v| v.retain(keep));
    }

    /// A change made on a `Vec` and then fitted back.
    fn edit<R>(&mut self, change: impl FnOnce(&mut Vec<T>) -> R) -> R {
        let mut v = std::mem::take(&mut self.0).into_vec();
        let result = change(&mut v);
        self.0 = v.into_boxed_slice();
        result
    }
}

impl<T> Default for Slim<T> {
    fn default() -> Slim<T> {
        Slim::new()
    }
}

impl<T> Deref for Slim<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> DerefMut for Slim<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

impl<T> From<Vec<T>> for Slim<T> {
    fn from(v: Vec<T>) -> Slim<T> {
        Slim(v.into_boxed_slice())
    }
}

impl<T, const N: usize> From<[T; N]> for Slim<T> {
    fn from(items: [T; N]) -> Slim<T> {
        Slim(Box::from(items))
    }
}

impl<T> FromIterator<T> for Slim<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Slim<T> {
        Slim(iter.into_iter().collect())
    }
}

impl<'a, T> IntoIterator for &'a Slim<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Slim<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut()
    }
}

impl<T> IntoIterator for Slim<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_vec().into_iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for Slim<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

impl<T: Serialize> Serialize for Slim<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Slim<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Slim<T>, D::Error> {
        Vec::<T>::deserialize(d).map(Slim::from)
    }
}

impl<T: PartialEq> PartialEq<Vec<T>> for Slim<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        *self.0 == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_the_list_exactly_sized() {
        let mut s: Slim<u32> = Slim::new();
        assert!(s.is_empty());
        s.push(3);
        s.insert(0, 1);
        s.insert(1, 2);
        assert_eq!(&*s, &[1, 2, 3]);
        assert_eq!(s.remove(1), Some(2));
        assert_eq!(s.remove(5), None);
        s.retain(|n| *n > 1);
        assert_eq!(s, vec![3]);
        assert_eq!(std::mem::size_of::<Slim<u32>>(), 2 * std::mem::size_of::<usize>());
    }

    #[test]
    fn reads_and_writes_as_a_plain_list() {
        let s: Slim<String> = ron::from_str(r#"["a", "b"]"#).expect("parses");
        assert_eq!(s, vec!["a".to_string(), "b".to_string()]);
        assert_eq!(ron::to_string(&s).expect("writes"), r#"["a","b"]"#);
        let empty: Slim<String> = ron::from_str("[]").expect("parses");
        assert!(empty.is_empty());
    }
}
