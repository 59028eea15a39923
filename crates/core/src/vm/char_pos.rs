//! Character positions in strings. Python counts strings in characters,
//! ours are UTF-8: finding character `i` means a scan, so a loop over `s[i]`
//! or `s.find(x, i)` would scan the whole string at every step. The
//! positions of the last long string asked about are remembered (strings
//! are immutable, and holding the `Rc` keeps its address from being reused).

use crate::at::At;
use crate::cell::RefCell;
use std::rc::Rc;

/// Where the characters of one string start.
#[derive(Clone)]
pub enum CharPos {
    /// Every character is one byte.
    Ascii(usize),
    /// The byte offset of each character, then the string's length.
    Offsets(Rc<[u32]>),
}

/// Shorter strings are measured afresh each time.
const REMEMBER_FROM: usize = 64;

thread_local! {
    static LAST: RefCell<Option<(Rc<str>, CharPos)>> = const { RefCell::new(None) };
}

fn measure(s: &str) -> CharPos {
    if s.is_ascii() {
        return CharPos::Ascii(s.len());
    }
    let mut offsets: Vec<u32> = s.char_indices().map(|(i, _)| i as u32).collect();
    offsets.push(s.len() as u32);
    CharPos::Offsets(Rc::from(offsets))
}

/// The character positions of `s`.
pub fn of(s: &Rc<str>) -> CharPos {
    if s.len() < REMEMBER_FROM {
        return measure(s);
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((text, pos)) = &*last {
            if Rc::ptr_eq(text, s) {
                return pos.clone();
            }
        }
        let pos = measure(s);
        *last = Some((s.clone(), pos.clone()));
        pos
    })
}

impl CharPos {
    /// How many characters.
    pub fn len(&self) -> usize {
        match self {
            CharPos::Ascii(n) => *n,
            CharPos::Offsets(o) => o.len() - 1,
        }
    }

    /// The byte offset of character `i` (`i <= len()`).
    pub fn byte(&self, i: usize) -> usize {
        match self {
            CharPos::Ascii(_) => i,
            CharPos::Offsets(o) => *o.at(i) as usize,
        }
    }

    /// The character at byte offset `b` (a character boundary).
    pub fn char_at_byte(&self, b: usize) -> usize {
        match self {
            CharPos::Ascii(_) => b,
            CharPos::Offsets(o) => o.partition_point(|&x| (x as usize) < b),
        }
    }
}
