//! `at(i)` and `at_mut(i)`: a slice's (or `Vec`'s) item `i`, as `v[i]`,
//! except that they do not record where they were called. Indexing is
//! `#[track_caller]` (also through an `Index` impl), so each `v[i]` carried
//! its own 16-byte source location into the page's wasm for its bounds
//! check's panic; indexing sites that use these share this file's one.
//! An index out of bounds still panics.

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
