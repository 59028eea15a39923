//! `_sre`: the matcher under `lib/re.py`. `re.py` parses a pattern (with
//! CPython's error messages) and compiles it to a list of ints, the program
//! this file runs: a backtracking machine over the string's characters,
//! with one stack holding both the ways still to try and the old values of
//! the registers (group bounds, repeat counters) to put back when trying
//! them. A repeated single character is counted in a loop and given back
//! one at a time, so a greedy `\s+` or `[^"]*` costs one stack entry.
//!
//! The opcodes (`re.py`'s `_OP_*` names the same numbers):
//! `MATCH`; `STR fold n c..`; `SET fold negated n (lo hi)..` (a `lo` below
//! zero is a category: `\d \D \w \W \s \S`, +6 for ASCII); `AT kind`;
//! `SAVE slot`; `SPLIT first second`; `JUMP to`; `BACKREF fold group`;
//! `LOOK kind width end` then its program; `ATOMIC end` then its program;
//! `REPCHAR lo hi mode` then one `SET`/`STR`; `REPINIT reg`;
//! `REPHEAD reg lo hi greedy exit enter`; `REPENTER reg`; `REPTAIL reg lo head`.

use super::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt, PyResult};

/// Entries the backtracking stack may hold (about 80 MB in the page).
const MAX_WAYS: usize = 4 << 20;

/// A match that took more than its budget of steps or of entries.
struct TooLong;
type Run<T> = Result<T, TooLong>;

const MATCH: i64 = 0;
const STR: i64 = 1;
const SET: i64 = 2;
const AT: i64 = 3;
const SAVE: i64 = 4;
const SPLIT: i64 = 5;
const JUMP: i64 = 6;
const BACKREF: i64 = 7;
const LOOK: i64 = 8;
const ATOMIC: i64 = 9;
const REPCHAR: i64 = 10;
const REPINIT: i64 = 11;
const REPHEAD: i64 = 12;
const REPENTER: i64 = 13;
const REPTAIL: i64 = 14;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[("run", run)];
    native_module("_sre", FUNCS, vec![])
}

/// One entry of the backtracking stack.
enum Entry {
    /// Another way: go on at `pc` from `pos`.
    Way { pc: usize, pos: usize },
    /// Put register `reg` back to `old`.
    Undo { reg: usize, old: isize },
    /// A greedy repeat of one character can give back its last one, down
    /// to `least`; then go on at `pc`.
    GiveBack { pc: usize, least: usize, pos: usize },
    /// A lazy repeat of the character test at `op` can take one more (up
    /// to `most`); then go on at `pc`.
    TakeMore {
        op: usize,
        pc: usize,
        pos: usize,
        most: usize,
    },
}

/// The text, as characters: an ASCII string's bytes, else its chars.
struct Text<'a> {
    bytes: &'a [u8],
    chars: Vec<char>,
    /// `endpos`: the matcher sees nothing after it.
    end: usize,
}

impl Text<'_> {
    #[inline]
    fn at(&self, i: usize) -> char {
        if self.chars.is_empty() {
            self.bytes.get(i).map_or('\0', |&b| b as char)
        } else {
            self.chars.get(i).copied().unwrap_or('\0')
        }
    }

    /// Appends characters `a..b` to `out`.
    fn push_part(&self, out: &mut String, a: usize, b: usize) {
        if self.chars.is_empty() {
            out.push_str(
                std::str::from_utf8(self.bytes.get(a..b).unwrap_or_default()).unwrap_or(""),
            );
        } else {
            out.extend(self.chars.get(a..b).unwrap_or_default());
        }
    }

    /// How many characters the whole string has (past `end` too).
    fn len(&self) -> usize {
        if self.chars.is_empty() {
            self.bytes.len()
        } else {
            self.chars.len()
        }
    }
}

struct Machine<'a> {
    code: Vec<i64>,
    text: Text<'a>,
    regs: Vec<isize>,
    stack: Vec<Entry>,
    steps: u64,
    /// A pattern that backtracks catastrophically is stopped after these
    /// (a call cannot pause, and would hold the page).
    max_steps: u64,
    /// The end a match must have (`fullmatch`), and the position where an
    /// empty match is refused (after an empty match, `findall` moves on).
    must_end: Option<usize>,
    refuse_empty_at: Option<usize>,
}

fn is_word(c: char, ascii: bool) -> bool {
    c == '_'
        || if ascii {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        }
}

fn category(c: char, cat: i64) -> bool {
    let ascii = cat >= 6;
    let yes = match cat % 6 / 2 {
        0 => c.is_ascii_digit() || (!ascii && !c.is_ascii() && c.is_numeric()),
        1 => is_word(c, ascii),
        _ => {
            matches!(c, ' ' | '\t'..='\r')
                || (!ascii && (c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)))
        }
    };
    yes == (cat % 2 == 0)
}

fn fold(c: char, how: i64) -> char {
    match how {
        0 => c,
        2 => c.to_ascii_lowercase(),
        _ => crate::vm::casemap::lower_one(c),
    }
}

impl Machine<'_> {
    #[inline]
    fn op(&self, pc: usize) -> i64 {
        self.code.get(pc).copied().unwrap_or(MATCH)
    }

    fn opu(&self, pc: usize) -> usize {
        self.op(pc).max(0) as usize
    }

    fn set_reg(&mut self, reg: usize, value: isize) {
        if let Some(r) = self.regs.get_mut(reg) {
            let old = std::mem::replace(r, value);
            self.stack.push(Entry::Undo { reg, old });
        }
    }

    fn reg(&self, reg: usize) -> isize {
        self.regs.get(reg).copied().unwrap_or(-1)
    }

    /// Whether the one-character test at `pc` (a `SET`, or a `STR` of one)
    /// passes `c`.
    fn test(&self, pc: usize, c: char) -> bool {
        let how = self.op(pc + 1);
        if self.op(pc) == STR {
            return fold(c, how) as i64 == self.op(pc + 3);
        }
        let negated = self.op(pc + 2) != 0;
        let n = self.opu(pc + 3);
        let in_set = |c: char| {
            (0..n).any(|k| {
                let lo = self.op(pc + 4 + 2 * k);
                if lo < 0 {
                    category(c, -lo - 1)
                } else {
                    (lo..=self.op(pc + 5 + 2 * k)).contains(&(c as i64))
                }
            })
        };
        let found = in_set(c)
            || (how != 0 && {
                let lower = fold(c, how);
                let upper = if how == 2 {
                    c.to_ascii_uppercase()
                } else {
                    crate::vm::casemap::upper_one(c)
                };
                (lower != c && in_set(lower)) || (upper != c && in_set(upper))
            });
        found != negated
    }

    /// The length of the test at `pc` (`SET` or `STR`).
    fn test_len(&self, pc: usize) -> usize {
        if self.op(pc) == STR {
            3 + self.opu(pc + 2)
        } else {
            4 + 2 * self.opu(pc + 3)
        }
    }

    fn at(&self, kind: i64, pos: usize) -> bool {
        let t = &self.text;
        let end = t.end;
        match kind {
            0 | 4 => pos == 0,
            1 => pos == 0 || t.at(pos - 1) == '\n',
            2 => pos == end || (pos + 1 == end && t.at(pos) == '\n'),
            3 => pos == end || t.at(pos) == '\n',
            5 => pos == end,
            // Neither `\b` nor `\B` matches in an empty string (CPython's).
            _ if end == 0 => false,
            _ => {
                let ascii = kind >= 8;
                let before = pos > 0 && is_word(t.at(pos - 1), ascii);
                let after = pos < end && is_word(t.at(pos), ascii);
                (before != after) == (kind % 2 == 0)
            }
        }
    }

    /// Runs the program from `pc` at `pos` to its first `MATCH`, trying
    /// every way in order: where the match ends, or `None`. Ways left on the
    /// stack are dropped; register changes stay (with their undo entries)
    /// when `keep` is set, else they are put back.
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        need_end: Option<usize>,
        top: bool,
    ) -> Run<Option<usize>> {
        let base = self.stack.len();
        loop {
            self.steps += 1;
            if self.steps > self.max_steps || self.stack.len() > MAX_WAYS {
                return Err(TooLong);
            }
            let end = self.text.end;
            let ok = match self.op(pc) {
                MATCH => {
                    let refused = (need_end.is_some() && need_end != Some(pos))
                        || (top && self.must_end.is_some_and(|e| e != pos))
                        || (top
                            && self.refuse_empty_at == Some(pos)
                            && self.reg(0) == pos as isize);
                    if !refused {
                        return Ok(Some(pos));
                    }
                    false
                }
                STR => {
                    let how = self.op(pc + 1);
                    let n = self.opu(pc + 2);
                    let ok = pos + n <= end
                        && (0..n).all(|k| {
                            fold(self.text.at(pos + k), how) as i64 == self.op(pc + 3 + k)
                        });
                    pos += n;
                    pc += 3 + n;
                    ok
                }
                SET => {
                    let ok = pos < end && self.test(pc, self.text.at(pos));
                    pos += 1;
                    pc = pc + self.test_len(pc);
                    ok
                }
                AT => {
                    pc += 2;
                    self.at(self.op(pc - 1), pos)
                }
                SAVE => {
                    self.set_reg(self.opu(pc + 1), pos as isize);
                    pc += 2;
                    true
                }
                SPLIT => {
                    self.stack.push(Entry::Way {
                        pc: self.opu(pc + 2),
                        pos,
                    });
                    pc = self.opu(pc + 1);
                    true
                }
                JUMP => {
                    pc = self.opu(pc + 1);
                    true
                }
                BACKREF => {
                    let how = self.op(pc + 1);
                    let g = self.opu(pc + 2);
                    let (a, b) = (self.reg(2 * g), self.reg(2 * g + 1));
                    pc += 3;
                    if a < 0 || b < a {
                        false
                    } else {
                        let n = (b - a) as usize;
                        let a = a as usize;
                        let t = &self.text;
                        let ok = pos + n <= end
                            && (0..n).all(|k| fold(t.at(a + k), how) == fold(t.at(pos + k), how));
                        pos += n;
                        ok
                    }
                }
                LOOK => {
                    let kind = self.op(pc + 1);
                    let width = self.opu(pc + 2);
                    let after = self.opu(pc + 3);
                    let behind = kind >= 2;
                    let found = if behind {
                        if pos >= width {
                            self.sub(pc + 4, pos - width, Some(pos), kind % 2 == 0)?
                        } else {
                            false
                        }
                    } else {
                        self.sub(pc + 4, pos, None, kind % 2 == 0)?
                    };
                    pc = after;
                    found == (kind % 2 == 0)
                }
                ATOMIC => {
                    let after = self.opu(pc + 1);
                    let base = self.stack.len();
                    match self.run(pc + 2, pos, None, false)? {
                        Some(e) => {
                            self.cut(base);
                            pos = e;
                            pc = after;
                            true
                        }
                        None => false,
                    }
                }
                REPCHAR => {
                    let lo = self.opu(pc + 1);
                    let hi = self.op(pc + 2);
                    let mode = self.op(pc + 3);
                    let test = pc + 4;
                    let next = test + self.test_len(test);
                    let most = if hi < 0 {
                        end
                    } else {
                        end.min(pos + hi as usize)
                    };
                    let limit = if mode == 1 { most.min(pos + lo) } else { most };
                    let mut j = pos;
                    while j < limit && self.test(test, self.text.at(j)) {
                        j += 1;
                    }
                    self.steps += (j - pos) as u64;
                    let ok = j >= pos + lo;
                    if ok {
                        if mode == 0 && j > pos + lo {
                            self.stack.push(Entry::GiveBack {
                                pc: next,
                                least: pos + lo,
                                pos: j,
                            });
                        } else if mode == 1 && j < most {
                            self.stack.push(Entry::TakeMore {
                                op: test,
                                pc: next,
                                pos: j,
                                most,
                            });
                        }
                    }
                    pos = j;
                    pc = next;
                    ok
                }
                REPINIT => {
                    let r = self.opu(pc + 1);
                    self.set_reg(r, 0);
                    self.set_reg(r + 1, -1);
                    pc += 2;
                    true
                }
                REPHEAD => {
                    let r = self.opu(pc + 1);
                    let count = self.reg(r);
                    let lo = self.op(pc + 2) as isize;
                    let hi = self.op(pc + 3) as isize;
                    let exit = self.opu(pc + 5);
                    let enter = pc + 6;
                    if count < lo {
                        pc = enter;
                    } else if hi >= 0 && count >= hi {
                        pc = exit;
                    } else if self.op(pc + 4) != 0 {
                        self.stack.push(Entry::Way { pc: exit, pos });
                        pc = enter;
                    } else {
                        self.stack.push(Entry::Way { pc: enter, pos });
                        pc = exit;
                    }
                    true
                }
                REPENTER => {
                    // As CPython's: the start of a repetition past the
                    // minimum is kept, to see whether it matched nothing.
                    let r = self.opu(pc + 1);
                    let count = self.reg(r);
                    if count >= self.op(pc - 4) as isize {
                        self.set_reg(r + 1, pos as isize);
                    }
                    self.set_reg(r, count + 1);
                    pc += 2;
                    true
                }
                REPTAIL => {
                    // A repetition past the minimum that matched nothing
                    // counts, and ends the loop.
                    let r = self.opu(pc + 1);
                    let empty =
                        self.reg(r + 1) == pos as isize && self.reg(r) >= self.op(pc + 2) as isize;
                    let head = self.opu(pc + 3);
                    pc = if empty { self.opu(head + 5) } else { head };
                    true
                }
                _ => false,
            };
            if ok {
                continue;
            }
            // Back to the last way left, putting registers back on the way.
            loop {
                if self.stack.len() <= base {
                    return Ok(None);
                }
                match self.stack.pop() {
                    Some(Entry::Undo { reg, old }) => {
                        if let Some(r) = self.regs.get_mut(reg) {
                            *r = old;
                        }
                    }
                    Some(Entry::Way { pc: p, pos: q }) => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Some(Entry::GiveBack {
                        pc: p,
                        least,
                        pos: q,
                    }) => {
                        if q - 1 > least {
                            self.stack.push(Entry::GiveBack {
                                pc: p,
                                least,
                                pos: q - 1,
                            });
                        }
                        pc = p;
                        pos = q - 1;
                        break;
                    }
                    Some(Entry::TakeMore {
                        op,
                        pc: p,
                        pos: q,
                        most,
                    }) => {
                        if self.test(op, self.text.at(q)) {
                            if q + 1 < most {
                                self.stack.push(Entry::TakeMore {
                                    op,
                                    pc: p,
                                    pos: q + 1,
                                    most,
                                });
                            }
                            pc = p;
                            pos = q + 1;
                            break;
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
    }

    /// A lookaround's program: whether it matches. A positive one keeps
    /// the groups it set; a negative one (or a failed one) leaves none.
    fn sub(&mut self, pc: usize, pos: usize, need_end: Option<usize>, keep: bool) -> Run<bool> {
        let base = self.stack.len();
        let found = self.run(pc, pos, need_end, false)?.is_some();
        if found && keep {
            self.cut(base);
        } else {
            self.unwind(base);
        }
        Ok(found)
    }

    /// Drops the ways above `base`, keeping the register undo entries.
    fn cut(&mut self, base: usize) {
        let mut kept = base;
        for i in base..self.stack.len() {
            if let Some(Entry::Undo { .. }) = self.stack.get(i) {
                self.stack.swap(kept, i);
                kept += 1;
            }
        }
        self.stack.truncate(kept);
    }

    /// Puts the registers back as they were at `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            if let Some(Entry::Undo { reg, old }) = self.stack.pop() {
                if let Some(r) = self.regs.get_mut(reg) {
                    *r = old;
                }
            }
        }
    }

    /// The first match starting at `pos` or (unless `once`) after it: its
    /// registers (group 0 first), or `None`.
    fn search(&mut self, pos: usize, once: bool) -> Run<bool> {
        // The first test the match must pass, to skip starts that fail it.
        let mut first = 0;
        let mut anchored = once;
        loop {
            match self.op(first) {
                SAVE => first += 2,
                AT if matches!(self.op(first + 1), 0 | 4) => {
                    anchored = true;
                    break;
                }
                AT => first += 2,
                _ => break,
            }
        }
        let first = match self.op(first) {
            STR | SET => Some(first),
            REPCHAR if self.op(first + 1) > 0 => Some(first + 4),
            _ => None,
        };
        let mut start = pos;
        while start <= self.text.end {
            if let (Some(t), false) = (first, anchored) {
                let from = start;
                while start < self.text.end && !self.test(t, self.text.at(start)) {
                    start += 1;
                }
                self.steps += (start - from) as u64;
                if start >= self.text.end {
                    return Ok(false);
                }
            }
            self.regs.iter_mut().for_each(|r| *r = -1);
            self.stack.clear();
            self.regs[0] = start as isize;
            if let Some(e) = self.run(0, start, None, true)? {
                self.regs[1] = e as isize;
                return Ok(true);
            }
            if anchored {
                return Ok(false);
            }
            start += 1;
        }
        Ok(false)
    }

    /// Appends group `g`'s text (nothing for a group that did not match).
    fn push_group(&self, out: &mut String, g: usize) {
        let (a, b) = (self.reg(2 * g), self.reg(2 * g + 1));
        if a >= 0 && b >= a {
            self.text.push_part(out, a as usize, b as usize);
        }
    }

    fn group(&self, g: usize) -> Value {
        let mut out = String::new();
        self.push_group(&mut out, g);
        Value::str(&out)
    }
}

fn int(v: Option<&Value>) -> i64 {
    match v {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        _ => -1,
    }
}

/// `run(mode, code, nregs, string, pos, endpos, extra)`, by mode:
/// 0 `search`, extra `(once, must_end, refuse_empty_at)`: the registers
/// of the first match (a list, group 0's bounds first) or None;
/// 1 `findall`, extra the number of groups: `Pattern.findall`'s list;
/// 2 every match's registers (`finditer`, `split`), extra the most to find;
/// 3 `sub`, extra `(count, template)`: the string with each match replaced
/// by the template's parts (text, and group numbers), and how many were.
fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "run", &args, 7, 7)?;
    let (Value::Int(mode), Value::List(code), Some(s)) =
        (args.at(0), args.at(1), args.at(3).text())
    else {
        return Err(vm.type_error("run() takes (mode, code, nregs, string, pos, endpos, extra)"));
    };
    let code: Vec<i64> = code.borrow().iter().map(|v| int(Some(v))).collect();
    let chars: Vec<char> = if s.is_ascii() {
        Vec::new()
    } else {
        s.chars().collect()
    };
    let mut text = Text {
        bytes: s.as_bytes(),
        chars,
        end: 0,
    };
    text.end = int(args.pos.get(5)).clamp(0, text.len() as i64) as usize;
    let end = text.end;
    let mut m = Machine {
        code,
        text,
        regs: vec![-1; int(args.pos.get(2)).clamp(2, 1 << 20) as usize],
        stack: Vec::new(),
        steps: 0,
        max_steps: vm.budgets.max_match_steps,
        must_end: None,
        refuse_empty_at: None,
    };
    let mut at = int(args.pos.get(4)).max(0) as usize;
    let (extra, template) = match args.at(6) {
        Value::Tuple(t) => (t.to_vec(), t.last().cloned()),
        v => (vec![v.clone()], None),
    };
    let first = int(extra.first());
    let regs = |m: &Machine| Value::list(m.regs.iter().map(|&r| Value::Int(r as i64)).collect());
    if *mode == 0 {
        m.must_end = (int(extra.get(1)) > 0).then_some(end);
        m.refuse_empty_at = usize::try_from(int(extra.get(2))).ok();
        let found = m.search(at, first > 0);
        return Ok(if finish(vm, &m, found)? {
            regs(&m)
        } else {
            Value::None
        });
    }
    let parts = match template {
        Some(Value::List(t)) => t.borrow().clone(),
        _ => Vec::new(),
    };
    let mut found = Vec::new();
    let mut out = String::new();
    let mut last = 0;
    let mut n = 0;
    let mut result = Ok(false);
    while at <= end {
        result = m.search(at, false);
        if !matches!(result, Ok(true)) {
            break;
        }
        let (a, b) = (m.reg(0) as usize, m.reg(1) as usize);
        match (*mode, first) {
            (1, 0 | 1) => found.push(m.group(first as usize)),
            (1, groups) => found.push(Value::tuple(
                (1..=groups as usize).map(|g| m.group(g)).collect(),
            )),
            (2, _) => found.push(regs(&m)),
            _ => {
                m.text.push_part(&mut out, last, a);
                for part in &parts {
                    match part {
                        Value::Str(s) => out.push_str(s),
                        v => m.push_group(&mut out, int(Some(v)).max(0) as usize),
                    }
                }
                last = b;
            }
        }
        n += 1;
        // After an empty match, the next one may not be empty there.
        m.refuse_empty_at = (a == b).then_some(b);
        at = b;
        if *mode != 1 && n == first {
            break;
        }
    }
    finish(vm, &m, result)?;
    if *mode != 3 {
        return Ok(Value::list(found));
    }
    m.text.push_part(&mut out, last, m.text.len());
    Ok(Value::tuple(vec![Value::str(&out), Value::Int(n)]))
}

/// Charges the program's clock for the steps taken, or stops a pattern
/// that took too many.
fn finish<T>(vm: &mut Vm, m: &Machine, result: Run<T>) -> PyResult<T> {
    // An instruction is 25 ns of CPython's time, and its matcher takes about
    // 17 ns a step (a character tested, a way tried) on crawler patterns.
    vm.instructions += m.steps * 2 / 3;
    result.map_err(|TooLong| {
        Interrupt::Fatal(Fatal::Budget(format!(
            "a regular expression took more than {} steps or kept more than {MAX_WAYS} ways to go back to on one string (match budget): its nested repeats backtrack too much",
            m.max_steps
        )))
    })
}
