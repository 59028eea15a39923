//! The bytes the interpreter holds, counted by the allocator the hosts
//! install (`Counting`, around the system's): `tracemalloc`'s figures and
//! the memory tests' measure.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

/// The system allocator, counting: `#[global_allocator] static A: Counting = Counting;`
pub struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
/// The most `LIVE` has been since the last `reset_peak`.
static PEAK: AtomicIsize = AtomicIsize::new(0);

// One read-modify-write an allocation (the count stays exact when tests
// allocate on several threads); the peak is a plain compare and store, not
// a second locked instruction (threads may only blur it).
fn grew(by: isize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    if now > PEAK.load(Ordering::Relaxed) {
        PEAK.store(now, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        grew(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grew(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Bytes allocated and not freed (0 where `Counting` is not installed).
pub fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// The most `live()` has been since the last `reset_peak`.
pub fn peak() -> isize {
    PEAK.load(Ordering::Relaxed)
}

pub fn reset_peak() {
    PEAK.store(live(), Ordering::Relaxed);
}
