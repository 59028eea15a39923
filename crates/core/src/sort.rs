//! One stable sort for the whole program. The standard library's sorts are
//! instantiated anew for every element type and comparison (about 2 KB of
//! wasm each); this one sorts positions with a comparison behind `dyn`, so
//! its merge sort exists once, and only the small reordering is generic.

use crate::at::{At, Part};
use std::cmp::Ordering;

/// Sort `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        positions(items.len(), &mut |a, b| cmp(items.at(a), items.at(b)))
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots.at_mut(i).take()));
}

/// Sort `v` stably by the key `key` gives each element.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `cmp` puts them, equal ones in their
/// first order (a bottom-up merge sort).
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if cmp(*a.at(j), *a.at(i)) == Ordering::Less {
                    *b.at_mut(k) = *a.at(j);
                    j += 1;
                } else {
                    *b.at_mut(k) = *a.at(i);
                    i += 1;
                }
                k += 1;
            }
            b.part_mut(k..k + mid - i).copy_from_slice(a.part(i..mid));
            let k = k + mid - i;
            b.part_mut(k..k + end - j).copy_from_slice(a.part(j..end));
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_stably_at_every_length() {
        for n in 0..40usize {
            let mut v: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7919) % 5, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            super::sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, want, "n = {n}");
        }
        let mut words = vec!["pear", "apple", "fig", "apple"];
        super::sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
    }
}
