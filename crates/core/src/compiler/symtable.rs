//! Scope analysis: decides for every name in every function whether it is a
//! local, a global, a cell (local captured by an inner function) or a free
//! variable (captured from an enclosing function), as CPython's symtable does.

use crate::at::{At, VecAt};
use crate::syntax::ast::*;

/// A set of names, kept sorted: found by binary search, walked in name
/// order. (One small type instead of a hash set per use: the compiler's
/// tables hold tens of names, and each hash table type costs the page's
/// wasm its own copy of the hashing code.)
#[derive(Clone, Debug, Default)]
pub struct NameSet(Vec<String>);

impl NameSet {
    fn find(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|n| n.as_str().cmp(name))
    }

    pub fn contains(&self, name: &str) -> bool {
        self.find(name).is_ok()
    }

    /// Adds `name`; false when it was there already.
    pub fn insert(&mut self, name: String) -> bool {
        match self.find(&name) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert_at(i, name);
                true
            }
        }
    }

    pub fn remove(&mut self, name: &str) {
        if let Ok(i) = self.find(name) {
            self.0.remove_at(i);
        }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl<'a> IntoIterator for &'a NameSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for NameSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Names to values, kept sorted by name (see `NameSet`).
#[derive(Clone, Debug)]
pub struct NameTable<V> {
    names: NameSet,
    values: Vec<V>,
}

impl<V> Default for NameTable<V> {
    fn default() -> Self {
        NameTable {
            names: NameSet::default(),
            values: Vec::new(),
        }
    }
}

impl<V> NameTable<V> {
    pub fn get(&self, name: &str) -> Option<&V> {
        self.names.find(name).ok().map(|i| self.values.at(i))
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    /// Sets `name` to `value`, replacing what it had.
    pub fn insert(&mut self, name: String, value: V) {
        match self.names.find(&name) {
            Ok(i) => *self.values.at_mut(i) = value,
            Err(i) => {
                self.names.0.insert_at(i, name);
                self.values.insert_at(i, value);
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.names.iter().zip(&self.values)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Global,
    /// A local that inner functions capture: lives in a cell.
    Cell,
    /// Captured from an enclosing function.
    Free,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names bound in this scope, in order of first binding (parameters first).
    pub bound: Vec<String>,
    pub globals: NameSet,
    pub nonlocals: NameSet,
    pub used: NameSet,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Resolved after analysis.
    pub resolved: NameTable<NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub has_await: bool,
    /// Uses `super` (a method needing the implicit `__class__` cell).
    pub uses_super: bool,
    pub error: Option<(String, Span)>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            bound: Vec::new(),
            globals: NameSet::default(),
            nonlocals: NameSet::default(),
            used: NameSet::default(),
            children: Vec::new(),
            parent,
            resolved: NameTable::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            has_await: false,
            uses_super: false,
            error: None,
        }
    }

    fn bind(&mut self, name: &str) {
        if !self.bound.iter().any(|n| n == name) {
            self.bound.push(name.to_string());
        }
    }
}

/// All scopes of a module, keyed by the address of the AST node that opens
/// them (function definition, lambda, comprehension, class definition).
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// (node key, scope index), sorted by key.
    pub by_node: Vec<(usize, usize)>,
}

impl SymbolTable {
    /// The scope the node with `key` opens.
    pub fn scope_of(&self, key: usize) -> usize {
        scope_of(&self.by_node, key)
    }
}

fn scope_of(by_node: &[(usize, usize)], key: usize) -> usize {
    match by_node.binary_search_by_key(&key, |e| e.0) {
        Ok(i) => by_node[i].1,
        Err(_) => panic!("no scope for node"),
    }
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub fn analyze(module: &Module) -> Result<SymbolTable, (String, Span)> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: Vec::new(),
        current: 0,
        depth: 0,
        too_deep: None,
    };
    for stmt in &module.body {
        b.stmt(stmt);
    }
    if let Some(span) = b.too_deep {
        return Err((crate::stack::TOO_DEEP_TO_COMPILE.into(), span));
    }
    for scope in &b.scopes {
        if let Some(err) = &scope.error {
            return Err(err.clone());
        }
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut table, 0, &NameSet::default())?;
    Ok(table)
}

/// Resolve names top-down; `enclosing` holds names bound in enclosing
/// function scopes (visible as free variables).
fn resolve(table: &mut SymbolTable, idx: usize, enclosing: &NameSet) -> Result<(), (String, Span)> {
    let kind = table.scopes.at(idx).kind;
    let mut resolved = NameTable::default();
    {
        let s = table.scopes.at(idx);
        for name in &s.nonlocals {
            if !enclosing.contains(name) {
                return Err((
                    format!("no binding for nonlocal '{name}' found"),
                    Span::default(),
                ));
            }
            resolved.insert(name.clone(), NameScope::Free);
        }
        for name in &s.globals {
            resolved.insert(name.clone(), NameScope::Global);
        }
        for name in &s.bound {
            if !resolved.contains_key(name) {
                let scope = if kind == ScopeKind::Function {
                    NameScope::Local
                } else {
                    NameScope::Global
                };
                resolved.insert(name.clone(), scope);
            }
        }
        for name in &s.used {
            if !resolved.contains_key(name) && enclosing.contains(name) {
                resolved.insert(name.clone(), NameScope::Free);
            }
        }
        if s.uses_super && kind == ScopeKind::Function && enclosing.contains("__class__") {
            resolved.insert("__class__".to_string(), NameScope::Free);
        }
    }
    // Names visible to children as free variables.
    let mut child_env = enclosing.clone();
    match kind {
        ScopeKind::Function => {
            for (name, sc) in resolved.iter() {
                if matches!(sc, NameScope::Local | NameScope::Free) {
                    child_env.insert(name.clone());
                }
            }
            for name in &table.scopes.at(idx).globals {
                child_env.remove(name);
            }
        }
        ScopeKind::Class => {
            // Class-level names are not visible to methods; `__class__` is.
            child_env.insert("__class__".to_string());
        }
        ScopeKind::Module => {}
    }
    table.scopes.at_mut(idx).resolved = resolved;
    let children = table.scopes.at(idx).children.clone();
    for child in children {
        resolve(table, child, &child_env)?;
    }
    // Locals that any child captures become cells.
    let mut captured: NameSet = NameSet::default();
    for &child in &table.scopes.at(idx).children {
        for fv in &table.scopes.at(child).freevars {
            captured.insert(fv.clone());
        }
    }
    let scope = table.scopes.at_mut(idx);
    let mut freevars: Vec<String> = Vec::new();
    let mut cellvars: Vec<String> = Vec::new();
    if kind == ScopeKind::Class && captured.contains("__class__") {
        cellvars.push("__class__".to_string());
    }
    for name in scope.bound.iter() {
        if captured.contains(name) && scope.resolved.get(name) == Some(&NameScope::Local) {
            cellvars.push(name.clone());
        }
    }
    for name in &cellvars {
        if kind == ScopeKind::Function {
            scope.resolved.insert(name.clone(), NameScope::Cell);
        }
    }
    // Free variables: own free names plus those children capture through us.
    let mut own_free: Vec<String> = scope
        .resolved
        .iter()
        .filter(|(_, s)| **s == NameScope::Free)
        .map(|(n, _)| n.clone())
        .collect();
    crate::sort::sort(&mut own_free);
    for name in own_free {
        freevars.push(name);
    }
    let mut pass_through: Vec<String> = captured
        .into_iter()
        .filter(|n| {
            !cellvars.contains(n)
                && !freevars.contains(n)
                && (kind != ScopeKind::Function
                    || scope.resolved.get(n) != Some(&NameScope::Global))
        })
        .collect();
    crate::sort::sort(&mut pass_through);
    for name in pass_through {
        if kind != ScopeKind::Module && enclosing.contains(&name) {
            if kind == ScopeKind::Function {
                scope.resolved.insert(name.clone(), NameScope::Free);
            }
            freevars.push(name);
        }
    }
    scope.cellvars = cellvars;
    scope.freevars = freevars;
    Ok(())
}

/// How deeply statements and expressions may nest: CPython's compiler
/// allows three units per frame of its recursion limit (1000).
pub const MAX_NESTING: u32 = 3000;

struct Builder {
    scopes: Vec<Scope>,
    by_node: Vec<(usize, usize)>,
    current: usize,
    depth: u32,
    /// Where nesting went past `MAX_NESTING` or the stack ran low.
    too_deep: Option<Span>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        self.scopes.at_mut(self.current)
    }

    fn push_scope(&mut self, kind: ScopeKind, key: usize) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.scopes.at_mut(self.current).children.push(idx);
        match self.by_node.binary_search_by_key(&key, |e| e.0) {
            Ok(i) => self.by_node[i].1 = idx,
            Err(i) => self.by_node.insert(i, (key, idx)),
        }
        let prev = self.current;
        self.current = idx;
        prev
    }

    fn bind(&mut self, name: &str, span: Span) {
        let s = self.cur();
        if s.globals.contains(name) || s.nonlocals.contains(name) {
            // Declared: binding goes to the declared scope.
            s.bind(name);
            return;
        }
        s.bind(name);
        let _ = span;
    }

    fn params(&mut self, params: &Params) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
        {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        for p in all_params(params) {
            if let Some(a) = &p.annotation {
                self.expr(a);
            }
        }
    }

    fn bind_params(&mut self, params: &Params) {
        for p in params.posonly.iter().chain(&params.args) {
            self.bind(&p.name, p.span);
        }
        for p in &params.kwonly {
            self.bind(&p.name, p.span);
        }
        if let Some(p) = &params.vararg {
            self.bind(&p.name, p.span);
        }
        if let Some(p) = &params.kwarg {
            self.bind(&p.name, p.span);
        }
        // Keep parameter order: kwonly after positional, then *args, **kw,
        // as the compiler lays locals out that way.
        let s = self.cur();
        let mut ordered: Vec<String> = Vec::new();
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
        {
            ordered.push(p.name.clone());
        }
        if let Some(p) = &params.vararg {
            ordered.push(p.name.clone());
        }
        if let Some(p) = &params.kwarg {
            ordered.push(p.name.clone());
        }
        s.bound = ordered;
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// One level deeper; false (and the walk stops) when too deep.
    fn enter(&mut self, span: Span) -> bool {
        self.depth += 1;
        if self.depth > MAX_NESTING || crate::stack::exhausted() {
            self.too_deep.get_or_insert(span);
        }
        self.too_deep.is_none()
    }

    fn stmt(&mut self, stmt: &Stmt) {
        if self.enter(stmt.span) {
            self.stmt_inner(stmt);
        }
        self.depth -= 1;
    }

    fn expr(&mut self, e: &Expr) {
        if self.enter(e.span) {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.cur().used.insert(n.clone());
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                // A class body evaluates `name: annotation` (codegen), so a
                // lambda or comprehension in it has a scope.
                if self.cur().kind == ScopeKind::Class && matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern, c.pattern_span);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                // An elif chain is walked in a loop (counted as nesting, as
                // CPython does, without spending stack).
                let (mut orelse, depth) = (orelse, self.depth);
                while let [s @ Stmt {
                    kind:
                        StmtKind::If {
                            test,
                            body,
                            orelse: rest,
                        },
                    ..
                }] = &orelse[..]
                {
                    if !self.enter(s.span) {
                        break;
                    }
                    self.expr(test);
                    self.body(body);
                    orelse = rest;
                }
                self.body(orelse);
                self.depth = depth;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.cur().has_await = true;
                }
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(&f.name, f.span);
                let prev = self.push_scope(ScopeKind::Function, node_key(&**f));
                self.bind_params(&f.params);
                self.body(&f.body);
                self.current = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name, c.span);
                let prev = self.push_scope(ScopeKind::Class, node_key(&**c));
                self.body(&c.body);
                self.current = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.cur().has_await = true;
                }
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.cur().bound.contains(n) || self.cur().used.contains(n) {
                        let msg = if self.cur().bound.contains(n) {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        if self.cur().error.is_none() {
                            self.cur().error = Some((msg, stmt.span));
                        }
                    }
                    self.cur().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.cur().kind == ScopeKind::Module && self.cur().error.is_none() {
                        self.cur().error = Some((
                            "nonlocal declaration not allowed at module level".into(),
                            stmt.span,
                        ));
                    }
                    if (self.cur().bound.contains(n) || self.cur().used.contains(n))
                        && self.cur().error.is_none()
                    {
                        let msg = if self.cur().bound.contains(n) {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        };
                        self.cur().error = Some((msg, stmt.span));
                    }
                    self.cur().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&name, a.span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let name = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&name, a.span);
                }
            }
        }
    }

    /// A pattern binds its captures and reads its values and classes.
    fn pattern(&mut self, p: &Pattern, span: Span) {
        match p {
            Pattern::Wildcard | Pattern::Star(None) => {}
            Pattern::Capture(n) | Pattern::Star(Some(n)) => self.bind(n, span),
            Pattern::Value(e) | Pattern::Singleton(e) => self.expr(e),
            Pattern::Sequence(items) | Pattern::Or(items) => {
                items.iter().for_each(|i| self.pattern(i, span))
            }
            Pattern::Mapping { keys, values, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.pattern(v, span));
                if let Some(r) = rest {
                    self.bind(r, span);
                }
            }
            Pattern::Class { cls, args, kwargs } => {
                self.expr(cls);
                args.iter().for_each(|a| self.pattern(a, span));
                kwargs.iter().for_each(|(_, a)| self.pattern(a, span));
            }
            Pattern::As(inner, n) => {
                self.pattern(inner, span);
                self.bind(n, span);
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let prev = self.push_scope(ScopeKind::Function, node);
        self.cur().bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            if g.is_async {
                self.cur().has_await = true;
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = prev;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "super" {
                    self.cur().uses_super = true;
                }
                self.cur().used.insert(n.clone());
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring_parts(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let is_gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
                self.comprehension(node_key(e), generators, &[elt]);
                if is_gen {
                    let idx = scope_of(&self.by_node, node_key(e));
                    self.scopes.at_mut(idx).is_generator = true;
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(node_key(e), generators, &[key, value]);
            }
            ExprKind::Lambda { params, body } => {
                self.params(params);
                let prev = self.push_scope(ScopeKind::Function, node_key(e));
                self.bind_params(params);
                self.expr(body);
                self.current = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Await(v) => {
                self.cur().has_await = true;
                self.expr(v);
            }
            ExprKind::Yield(v) => {
                self.cur().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.cur().is_generator = true;
                self.expr(v);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                // In a comprehension, the walrus binds in the enclosing function.
                if let ExprKind::Name(n) = &target.kind {
                    let mut idx = self.current;
                    while self
                        .scopes
                        .at(idx)
                        .bound
                        .first()
                        .map(|s| s == ".0")
                        .unwrap_or(false)
                    {
                        match self.scopes.at(idx).parent {
                            Some(p) => idx = p,
                            None => break,
                        }
                    }
                    if idx != self.current {
                        self.scopes.at_mut(idx).bind(n);
                        self.cur().used.insert(n.clone());
                        self.cur().nonlocals.insert(n.clone());
                        if self.scopes.at(idx).kind == ScopeKind::Module {
                            self.cur().nonlocals.remove(n);
                            self.cur().globals.insert(n.clone());
                        }
                    } else {
                        self.bind(n, target.span);
                    }
                }
            }
        }
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Formatted {
                value, format_spec, ..
            } = p
            {
                self.expr(value);
                if let Some(spec) = format_spec {
                    self.fstring_parts(spec);
                }
            }
        }
    }
}

/// Every parameter in declaration order (annotations are recorded in it).
pub fn all_params(params: &Params) -> impl Iterator<Item = &Param> {
    params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg)
}
