//! Tables keyed by a function's local names (SSA values and blocks).
//!
//! Optimised code names almost nothing: LLVM numbers its values and blocks
//! densely from 0 in each function, so a number indexes a vector and only
//! string names go through a hash map. Lowering looks names up for every
//! operand, which made hashing one of its larger costs.

use hashbrown::HashMap;
use llvm_ir::Name;
use std::borrow::Borrow;
use std::hash::Hash;

/// A map from local names to `V`. The keys are `Name`s, or `&Name`s
/// borrowed from the function for a table that lives only while it is
/// being lowered.
pub(crate) struct NameMap<V, K = Name> {
    numbered: Vec<Option<V>>,
    named: HashMap<K, V>,
    /// The length the vector takes when it first grows (see `sized_for`).
    first_len: usize,
}

/// The vector's length when it first grows, unless `sized_for` says.
const FIRST_LEN: usize = 16;

/// Numbers past this go through the hash map: a function's numbers are
/// dense, but the vector must not grow to a number nothing checked.
const DENSE_LIMIT: usize = 1 << 22;

impl<V, K> Default for NameMap<V, K> {
    fn default() -> Self {
        NameMap {
            numbered: Vec::new(),
            named: HashMap::new(),
            first_len: FIRST_LEN,
        }
    }
}

impl<V, K: Borrow<Name> + Hash + Eq> NameMap<V, K> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A map that holds numbers below `n` without growing: its vector is
    /// at that length from the start, so that `insert` stays on its short
    /// path.
    pub fn with_capacity(n: usize) -> Self {
        let mut numbered = Vec::new();
        numbered.resize_with(n.min(DENSE_LIMIT), || None);
        NameMap {
            numbered,
            named: HashMap::new(),
            first_len: FIRST_LEN,
        }
    }

    /// A map for names numbered below `n` mostly, which may stay empty:
    /// nothing is allocated until the first number is inserted, and then
    /// the vector is allocated at that length at once (growing it a step at
    /// a time cost more than a function's share of it).
    pub fn sized_for(n: usize) -> Self {
        NameMap {
            first_len: n.clamp(FIRST_LEN, DENSE_LIMIT),
            ..Self::default()
        }
    }

    #[inline]
    fn dense(name: &Name) -> Option<usize> {
        match name {
            Name::Number(n) if *n < DENSE_LIMIT => Some(*n),
            _ => None,
        }
    }

    #[inline]
    pub fn get(&self, name: &Name) -> Option<&V> {
        match Self::dense(name) {
            Some(n) => self.numbered.get(n)?.as_ref(),
            None => self.get_named(name),
        }
    }

    /// The hash map's part of `get`, out of line so that the usual
    /// numbered case inlines small.
    #[inline(never)]
    fn get_named(&self, name: &Name) -> Option<&V> {
        self.named.get(name)
    }

    #[inline]
    pub fn contains_key(&self, name: &Name) -> bool {
        self.get(name).is_some()
    }

    /// Sets `name`'s value; returns the one it replaces.
    #[inline]
    pub fn insert(&mut self, name: K, value: V) -> Option<V> {
        match Self::dense(name.borrow()) {
            Some(n) if n < self.numbered.len() => self.numbered[n].replace(value),
            _ => self.insert_slow(name, value),
        }
    }

    /// `insert` where the vector must grow or the name is hashed, out of
    /// line so that the usual case inlines small.
    #[inline(never)]
    fn insert_slow(&mut self, name: K, value: V) -> Option<V> {
        match Self::dense(name.borrow()) {
            Some(n) => {
                self.grow_to(n);
                self.numbered[n].replace(value)
            }
            None => self.named.insert(name, value),
        }
    }

    /// Makes the vector hold number `n` (below `DENSE_LIMIT`), growing it
    /// by at least half: numbers mostly come in increasing order, and
    /// growing to `n + 1` each time sent every one down the slow path.
    fn grow_to(&mut self, n: usize) {
        if self.numbered.len() <= n {
            let len = (n + 1).max(self.numbered.len() * 3 / 2).max(self.first_len);
            self.numbered
                .resize_with(len.min(DENSE_LIMIT).max(n + 1), || None);
        }
    }

    /// The same names with `f` of their values, leaving out those `f`
    /// maps to `None`.
    pub fn filter_map<W>(&self, mut f: impl FnMut(&V) -> Option<W>) -> NameMap<W> {
        NameMap {
            numbered: self.numbered.iter().map(|v| f(v.as_ref()?)).collect(),
            named: self
                .named
                .iter()
                .filter_map(|(k, v)| Some((k.borrow().clone(), f(v)?)))
                .collect(),
            first_len: self.first_len,
        }
    }

    /// Every entry, numbers first (in order), then names (in no order).
    pub fn iter(&self) -> impl Iterator<Item = (Name, &V)> {
        let numbered = self
            .numbered
            .iter()
            .enumerate()
            .filter_map(|(n, v)| Some((Name::Number(n), v.as_ref()?)));
        numbered.chain(self.named.iter().map(|(k, v)| (k.borrow().clone(), v)))
    }
}

impl<V> NameMap<V> {
    /// `name`'s value, inserting `V::default()` first if it has none.
    #[inline]
    pub fn or_default(&mut self, name: &Name) -> &mut V
    where
        V: Default,
    {
        match Self::dense(name) {
            Some(n) => {
                self.grow_to(n);
                self.numbered[n].get_or_insert_with(V::default)
            }
            None => self.named.entry(name.clone()).or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names_are_separate_keys() {
        let mut m = NameMap::new();
        assert_eq!(m.insert(Name::Number(3), 'a'), None);
        assert_eq!(m.insert(Name::from("3"), 'b'), None);
        assert_eq!(m.insert(Name::Number(3), 'c'), Some('a'));
        assert_eq!(m.get(&Name::Number(3)), Some(&'c'));
        assert_eq!(m.get(&Name::from("3")), Some(&'b'));
        assert_eq!(m.get(&Name::Number(2)), None);
        assert_eq!(m.get(&Name::Number(300)), None);
        assert!(!m.contains_key(&Name::from("x")));
        let mut all: Vec<_> = m.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        all.sort();
        assert_eq!(all.len(), 2);
    }

    #[test]
    fn a_huge_number_does_not_grow_the_vector() {
        let mut m = NameMap::new();
        m.insert(Name::Number(usize::MAX), 1u32);
        *m.or_default(&Name::Number(usize::MAX)) += 1;
        *m.or_default(&Name::Number(1)) += 5;
        assert_eq!(m.get(&Name::Number(usize::MAX)), Some(&2));
        assert_eq!(m.get(&Name::Number(1)), Some(&5));
        assert!(m.numbered.len() <= FIRST_LEN);
    }
}
