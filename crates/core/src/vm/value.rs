//! Python values. Immutable values are shared with `Rc`; mutable containers
//! sit behind `RefCell`. Reference counting also gives CPython's timing for
//! "coroutine was never awaited" warnings, which fire when the object dies.

use crate::at::{At, Part};
use crate::cell::RefCell;
use crate::compiler::Code;
use crate::numeric::bigint::BigInt;
use crate::vm::object::{
    BoundMethod, Class, FutureObj, Generator, Instance, IterObj, LoopObj, ModuleObj,
    NativeFunction, PyFunction, TimerHandleObj,
};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// A fast non-cryptographic hasher (multiply-rotate, as in rustc's FxHash):
/// programs cannot attack the playground, and name lookups are hot.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf.part_mut(..chunk.len()).copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Names to values: module globals, class dicts, class-body namespaces.
pub type NameMap = FastMap<Rc<str>, Value>;

pub type CellRef = Rc<RefCell<Option<Value>>>;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Value]>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Dict>>),
    FrozenSet(Rc<Dict>),
    Range(Rc<(i64, i64, i64)>),
    Slice(Rc<[Value; 3]>),
    Function(Rc<PyFunction>),
    Native(Rc<NativeFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<ModuleObj>),
    Generator(Rc<RefCell<Generator>>),
    Iterator(Rc<RefCell<IterObj>>),
    Code(Rc<Code>),
    Cell(CellRef),
    Future(Rc<FutureObj>),
    Loop(Rc<LoopObj>),
    TimerHandle(Rc<TimerHandleObj>),
    /// Internal marker (never visible to programs): "no self" in method calls.
    Null,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// The text of a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The text of a `str` or of an instance of a str subclass (whose
    /// text is its `_builtin_value`, see `lib/_builtin_bases.py`).
    pub fn text(&self) -> Option<Rc<str>> {
        match self {
            Value::Str(s) => Some(s.clone()),
            Value::Instance(i) => match i.get_attr("_builtin_value") {
                Some(Value::Str(s)) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity for `is` and `id()`.
    pub fn identity(&self) -> usize {
        match self {
            Value::None => 1,
            Value::Ellipsis => 2,
            Value::NotImplemented => 3,
            Value::Null => 4,
            Value::Bool(b) => 16 + *b as usize,
            // Small ints are cached in CPython; treat all ints by value.
            Value::Int(i) => 0x1000_0000usize.wrapping_add(*i as usize),
            Value::Float(f) => f.to_bits() as usize,
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const Value as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) => Rc::as_ptr(r) as usize,
            Value::FrozenSet(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Native(r) => Rc::as_ptr(r) as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Module(r) => Rc::as_ptr(r) as usize,
            Value::Generator(r) => Rc::as_ptr(r) as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as usize,
            Value::Code(r) => Rc::as_ptr(r) as usize,
            Value::Cell(r) => Rc::as_ptr(r) as usize,
            Value::Future(r) => Rc::as_ptr(r) as usize,
            Value::Loop(r) => Rc::as_ptr(r) as usize,
            Value::TimerHandle(r) => Rc::as_ptr(r) as usize,
        }
    }

    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(_), _) | (_, Value::Int(_)) => false,
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.identity() == other.identity()
            }
        }
    }
}

/// A hashable key: how values are identified in dicts and sets. Equal
/// numbers of different types (`1`, `1.0`, `True`) share a key, as in Python.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    None,
    Int(i64),
    BigInt(Rc<BigInt>),
    /// Non-integral floats, by bits.
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Key]>),
    FrozenSet(Vec<Key>),
    /// Objects hashed by identity.
    Id(usize),
    /// Objects with their own `__hash__`: the hash, and the place among the
    /// dict's keys with that hash (`Dict::unindex` keeps places 0..n filled).
    Obj(i64, u32),
    Ellipsis,
}

/// An insertion-ordered hash map (Python's dict), also used for sets (with
/// `None` values). Deleted entries leave holes that are compacted lazily.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<Option<(Key, Value, Value)>>,
    index: FastMap<Key, usize>,
    live: usize,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        self.index
            .get(key)
            .and_then(|&i| self.entries.at(i).as_ref().map(|(_, _, v)| v))
    }

    pub fn get_key(&self, key: &Key) -> Option<&Value> {
        self.index
            .get(key)
            .and_then(|&i| self.entries.at(i).as_ref().map(|(_, k, _)| k))
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.index.contains_key(key)
    }

    /// Insert or replace; an existing key keeps its position and original key object.
    pub fn insert(&mut self, key: Key, key_value: Value, value: Value) {
        if let Some(&i) = self.index.get(&key) {
            if let Some(entry) = self.entries.at_mut(i).as_mut() {
                entry.2 = value;
            }
            return;
        }
        self.index.insert(key.clone(), self.entries.len());
        self.entries.push(Some((key, key_value, value)));
        self.live += 1;
    }

    /// Drop `key` from the index; a later key with the same object hash
    /// moves into its place, so lookups stop at the first free place.
    fn unindex(&mut self, key: &Key) -> Option<usize> {
        let i = self.index.remove(key)?;
        if let Key::Obj(h, n) = *key {
            let mut last = n;
            while self.index.contains_key(&Key::Obj(h, last + 1)) {
                last += 1;
            }
            if last > n {
                let j = self.index.remove(&Key::Obj(h, last))?;
                self.index.insert(key.clone(), j);
                if let Some(e) = self.entries.at_mut(j).as_mut() {
                    e.0 = key.clone();
                }
            }
        }
        Some(i)
    }

    pub fn remove(&mut self, key: &Key) -> Option<(Value, Value)> {
        let i = self.unindex(key)?;
        let (_, k, v) = self.entries.at_mut(i).take()?;
        self.live -= 1;
        if self.entries.len() > 32 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        Some((k, v))
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _, _)) = e {
                self.index.insert(k.clone(), i);
            }
        }
    }

    /// Empties the dict, handing back its keys and values.
    pub fn take_all(&mut self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.live * 2);
        for (_, k, v) in std::mem::take(&mut self.entries).into_iter().flatten() {
            out.push(k);
            out.push(v);
        }
        self.clear();
        out
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
    }

    /// (key, value) pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|(_, k, v)| (k, v)))
    }

    /// A set's elements in the order CPython iterates them (see `set_order`).
    pub fn set_keys(&self) -> Vec<Value> {
        let live: Vec<&(Key, Value, Value)> = self.entries.iter().flatten().collect();
        match super::set_order::cpython_order(live.iter().map(|e| &e.0)) {
            Some(order) => order.into_iter().map(|i| live.at(i).1.clone()).collect(),
            None => live.into_iter().map(|e| e.1.clone()).collect(),
        }
    }

    /// `set.pop()`: the first element in iteration order.
    pub fn pop_set_first(&mut self) -> Option<Value> {
        let first = self.set_keys().into_iter().next()?;
        let pos = self
            .entries
            .iter()
            .position(|e| matches!(e, Some((_, k, _)) if k.is(&first)))?;
        let (k, kv, _) = self.entries.at_mut(pos).take()?;
        self.unindex(&k);
        self.live -= 1;
        Some(kv)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    pub fn hash_keys(&self) -> impl Iterator<Item = &Key> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|(k, _, _)| k))
    }

    /// Entry at position `n` among live entries counting from the end
    /// (`popitem` takes the last).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(last) = self.entries.pop() {
            if let Some((k, kv, v)) = last {
                self.unindex(&k);
                self.live -= 1;
                return Some((kv, v));
            }
        }
        None
    }

    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        let pos = self.entries.iter().position(|e| e.is_some())?;
        let (k, kv, v) = self.entries[pos].take()?;
        self.unindex(&k);
        self.live -= 1;
        Some((kv, v))
    }

    /// Raw position-based access for iterators that tolerate holes.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    pub fn raw_entry(&self, i: usize) -> Option<(&Value, &Value)> {
        self.entries
            .get(i)
            .and_then(|e| e.as_ref().map(|(_, k, v)| (k, v)))
    }
}

thread_local! {
    static TRASH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static EMPTYING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether `v` is a list or tuple that dies with its holder and holds
/// containers, or a generator dying with it: dropping it the ordinary way
/// recurses as deep as it nests.
/// (Dicts and objects empty themselves through `release` when they die.)
pub fn dies_nested(v: &Value) -> bool {
    let container = |v: &Value| {
        matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_)
        )
    };
    match v {
        Value::List(l) => Rc::strong_count(l) == 1 && l.borrow().iter().any(container),
        Value::Tuple(t) => Rc::strong_count(t) == 1 && t.iter().any(container),
        // A coroutine awaiting a coroutine awaiting...: its frame holds the next.
        Value::Generator(g) => Rc::strong_count(g) == 1,
        _ => false,
    }
}

/// What a dying dict or object must hand to `release`: a nested list or
/// tuple, or a dict or object that dies with it.
pub fn dies_within(v: &Value) -> bool {
    match v {
        Value::Dict(d) | Value::Set(d) => Rc::strong_count(d) == 1,
        Value::Instance(i) => Rc::strong_count(i) == 1,
        _ => dies_nested(v),
    }
}

/// Drop `items` without recursing through nested containers, as CPython's
/// "trashcan" does: a container that dies has its items taken out onto a
/// work list first, so a list nested 100,000 deep is freed in a loop rather
/// than overflowing the machine stack. Drops that happen meanwhile (a dict
/// or object inside) add to the running loop's list.
pub fn release(items: Vec<Value>) {
    TRASH.with(|t| t.borrow_mut().extend(items.into_iter().rev()));
    if EMPTYING.with(|e| e.replace(true)) {
        return;
    }
    while let Some(mut v) = TRASH.with(|t| t.borrow_mut().pop()) {
        let inner: Vec<Value> = match &mut v {
            Value::List(l) => Rc::get_mut(l).map(|c| std::mem::take(c.get_mut())),
            Value::Tuple(t) => Rc::get_mut(t).map(|s| {
                s.iter_mut()
                    .map(|x| std::mem::replace(x, Value::None))
                    .collect()
            }),
            _ => None,
        }
        .unwrap_or_default();
        TRASH.with(|t| t.borrow_mut().extend(inner.into_iter().rev()));
        drop(v);
    }
    EMPTYING.with(|e| e.set(false));
}

/// Drop the value a variable let go of (see `release`).
pub fn discard(v: Option<Value>) {
    if let Some(v) = v.filter(dies_nested) {
        release(vec![v]);
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let nested =
            |e: &Option<(Key, Value, Value)>| e.as_ref().is_some_and(|e| dies_within(&e.2));
        if self.entries.iter().any(nested) {
            let values: Vec<Value> = self.entries.drain(..).flatten().map(|e| e.2).collect();
            release(values);
        }
    }
}
