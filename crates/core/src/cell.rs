//! `RefCell` as the standard library's, except that `borrow`, `borrow_mut`,
//! `replace` and `take` do not record where they were called: the standard
//! ones are `#[track_caller]`, so each of their hundreds of call sites
//! carried its own source location (16 bytes of data) into the page's
//! wasm. A conflicting borrow still panics, naming this file.

use std::cell::{Ref, RefMut};
use std::fmt;

#[derive(Default)]
pub struct RefCell<T: ?Sized>(std::cell::RefCell<T>);

impl<T> RefCell<T> {
    #[inline]
    pub const fn new(value: T) -> RefCell<T> {
        RefCell(std::cell::RefCell::new(value))
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }

    #[inline]
    pub fn replace(&self, value: T) -> T {
        self.0.replace(value)
    }

    #[inline]
    pub fn swap(&self, other: &RefCell<T>) {
        self.0.swap(&other.0)
    }
}

impl<T: Default> RefCell<T> {
    #[inline]
    pub fn take(&self) -> T {
        self.0.take()
    }
}

impl<T: ?Sized> RefCell<T> {
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        self.0.borrow()
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }

    #[inline]
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, std::cell::BorrowError> {
        self.0.try_borrow()
    }

    #[inline]
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, std::cell::BorrowMutError> {
        self.0.try_borrow_mut()
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }
}

impl<T: Clone> Clone for RefCell<T> {
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
