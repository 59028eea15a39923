//! `at(i)`, `part(range)` and their `_mut` forms: a slice's (or `Vec`'s)
//! item `i` and a slice's or string's part, as `v[i]` and `v[a..b]`, and a
//! `Vec`'s `insert_at`/`remove_at`, except that none of them records where
//! it was called. Indexing, slicing, `insert` and `remove` are
//! `#[track_caller]` (indexing also through an `Index` impl), so each site
//! carried its own 16-byte source location into the page's wasm for its
//! panic; the sites that use these share this file's. Out of bounds (or
//! off a char boundary) still panics.

use std::slice::SliceIndex;

pub trait At<T> {
    /// Item `i` (`v[i]`).
    fn at(&self, i: usize) -> &T;
    /// Item `i`, to change (`&mut v[i]`).
    fn at_mut(&mut self, i: usize) -> &mut T;
}

impl<T> At<T> for [T] {
    #[inline]
    fn at(&self, i: usize) -> &T {
        &self[i]
    }

    #[inline]
    fn at_mut(&mut self, i: usize) -> &mut T {
        &mut self[i]
    }
}

pub trait Part {
    /// The part `r` (`&v[a..b]`, `&s[a..]`).
    fn part<R: SliceIndex<Self>>(&self, r: R) -> &R::Output;
    /// The part `r`, to change (`&mut v[a..b]`).
    fn part_mut<R: SliceIndex<Self>>(&mut self, r: R) -> &mut R::Output;
}

impl<T> Part for [T] {
    #[inline]
    fn part<R: SliceIndex<[T]>>(&self, r: R) -> &R::Output {
        &self[r]
    }

    #[inline]
    fn part_mut<R: SliceIndex<[T]>>(&mut self, r: R) -> &mut R::Output {
        &mut self[r]
    }
}

impl Part for str {
    #[inline]
    fn part<R: SliceIndex<str>>(&self, r: R) -> &R::Output {
        &self[r]
    }

    #[inline]
    fn part_mut<R: SliceIndex<str>>(&mut self, r: R) -> &mut R::Output {
        &mut self[r]
    }
}

pub trait VecAt<T> {
    /// `Vec::insert`.
    fn insert_at(&mut self, i: usize, item: T);
    /// `Vec::remove`.
    fn remove_at(&mut self, i: usize) -> T;
}

impl<T> VecAt<T> for Vec<T> {
    #[inline]
    fn insert_at(&mut self, i: usize, item: T) {
        self.insert(i, item)
    }

    #[inline]
    fn remove_at(&mut self, i: usize) -> T {
        self.remove(i)
    }
}
