//! The order CPython iterates a set in. CPython's set is an open-addressing
//! table walked slot by slot, so `{3, 1, 2}` prints as `{1, 2, 3}`. Our sets
//! keep insertion order; for sets whose elements hash the same in every
//! CPython process (numbers, and tuples of them) we replay the insertions into
//! a model of CPython's table and iterate in slot order. Sets of str or of
//! objects hash differently in each CPython run, so any order is faithful there.

use super::value::Key;
use crate::at::{At, Part};
use crate::numeric::bigint::{float_hash, int_hash, BigInt};

/// CPython probes this many neighbouring slots before jumping.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// CPython's `hash(key)` when it does not depend on the process.
pub fn stable_hash(key: &Key) -> Option<i64> {
    match key {
        Key::Int(i) => Some(int_hash(&BigInt::from_i64(*i))),
        Key::BigInt(b) => Some(int_hash(b)),
        Key::Float(bits) => Some(float_hash(f64::from_bits(*bits))),
        Key::Obj(h, _) => Some(*h),
        Key::Tuple(items) => {
            let mut lanes = Vec::with_capacity(items.len());
            for item in items.iter() {
                lanes.push(stable_hash(item)?);
            }
            Some(tuple_hash(&lanes))
        }
        _ => None,
    }
}

/// CPython's tuple hash (xxHash-style) over the items' hashes.
pub fn tuple_hash(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(lanes.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// Positions (into `keys`, given in insertion order) in CPython's iteration
/// order, or `None` when some key's hash is process-dependent.
pub fn cpython_order<'a>(keys: impl Iterator<Item = &'a Key>) -> Option<Vec<usize>> {
    let hashes: Vec<u64> = keys
        .map(|k| stable_hash(k).map(|h| h as u64))
        .collect::<Option<_>>()?;
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    for (n, &hash) in hashes.iter().enumerate() {
        insert_clean(&mut table, hash, n);
        let (used, mask) = (n + 1, table.len() - 1);
        if used * 5 >= mask * 3 {
            let wanted = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= wanted {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for i in old.into_iter().flatten() {
                insert_clean(&mut table, *hashes.at(i), i);
            }
        }
    }
    Some(table.into_iter().flatten().collect())
}

/// `set_insert_clean`: the first free slot on the key's probe sequence.
fn insert_clean(table: &mut [Option<usize>], hash: u64, item: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash;
    let mut i = hash as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table
            .part_mut(i..=i + probes)
            .iter_mut()
            .find(|s| s.is_none())
        {
            *slot = Some(item);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(items: &[i64]) -> Vec<i64> {
        let keys: Vec<Key> = items.iter().map(|&i| Key::Int(i)).collect();
        cpython_order(keys.iter())
            .unwrap()
            .into_iter()
            .map(|i| items[i])
            .collect()
    }

    #[test]
    fn small_ints_come_out_by_slot() {
        // Figures from CPython 3.11: print({3, 1, 2}), print({10, 5}), ...
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[10, 5]), vec![10, 5]);
        assert_eq!(order(&[100, 7, 33, 8]), vec![8, 33, 100, 7]);
        assert_eq!(order(&[-1, -2, 0]), vec![0, -1, -2]);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // hash((1, 2)) and hash(()) in CPython 3.11.
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        assert_eq!(tuple_hash(&[]), 5740354900026072187);
    }
}
