//! Imports: a module found (native, lib/ or the program's own), run once
//! as code of its own, and its names given; class bodies and `exec`'d code
//! run the same way.

use super::*;

impl Vm {
    pub(super) fn import_error(&self, module: &str, name: &str) -> Interrupt {
        self.new_exc(
            ExcKind::ImportError,
            format!("cannot import name '{name}' from '{module}' (the playground's {module} module does not provide it)"),
        )
    }

    /// `import a.b.c`: loads `a`, `a.b` and `a.b.c` (each a submodule
    /// attribute of its package) and gives `a`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let mut top = None;
        let mut parent: Option<Value> = None;
        for (end, _) in name
            .match_indices('.')
            .chain(std::iter::once((name.len(), "")))
        {
            let prefix = name.part(..end);
            let module = self.load_module(prefix)?;
            if let Some(Value::Module(p)) = &parent {
                let last = prefix.part(prefix.rfind('.').map_or(0, |i| i + 1)..);
                p.globals
                    .borrow_mut()
                    .insert(Rc::from(last), module.clone());
            }
            top.get_or_insert_with(|| module.clone());
            parent = Some(module);
        }
        Ok(top.unwrap_or(Value::None))
    }

    pub(super) fn load_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        // A module that is an attribute of its package (`os.path`).
        let attribute =
            name.rsplit_once('.')
                .and_then(|(package, last)| match self.modules.get(package) {
                    Some(Value::Module(p)) => p.globals.borrow().get(last).cloned(),
                    _ => None,
                });
        let found = match attribute {
            Some(m) => Some(m),
            None => crate::modules::load(self, name)?,
        };
        match found {
            Some(m) => {
                self.modules.insert(Rc::from(name), m.clone());
                Ok(m)
            }
            None => {
                let exc = self.new_exc(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}'"),
                );
                if let Interrupt::Raise(e) = &exc {
                    self.set_attr(e, Rc::from("name"), Value::str(name))?;
                }
                Err(exc)
            }
        }
    }

    /// Keeps new closure cells in mind (weakly): a cell holding a function
    /// that holds it (`gather`'s `outer`) outlives the program unless its
    /// teardown empties it. Dead ones are dropped as the list doubles.
    pub(super) fn note_cells(&mut self, cells: &[CellRef]) {
        if cells.is_empty() {
            return;
        }
        if self.cells.len() >= self.cells_compact_at {
            self.cells.retain(|c| c.strong_count() > 0);
            self.cells_compact_at = (self.cells.len() * 2).max(64);
        }
        self.cells.extend(cells.iter().map(Rc::downgrade));
    }

    /// Run a module's code object to completion in fresh globals (library modules written in Python).
    pub fn exec_module_code(&mut self, code: Rc<Code>, name: &str) -> PyResult<Globals> {
        let globals: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
        globals
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str(name));
        self.module_globals.push(Rc::downgrade(&globals));
        self.run_code(code, globals.clone())?;
        Ok(globals)
    }

    /// Run module-level code in `globals` (imports, `exec`, `eval`): its value.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Globals) -> PyResult<Value> {
        let frame = Frame::new(code, globals, Vec::new(), Vec::new());
        let mut fiber = Fiber::default();
        self.push_frame(&mut fiber, frame, None, ReturnCtx::Bottom)?;
        self.run_nested(fiber)
    }

    /// Run a class body with its own namespace (used by `__build_class__`).
    pub fn run_class_body(
        &mut self,
        func: &Rc<PyFunction>,
        ns: crate::vm::frame::Namespace,
    ) -> PyResult<()> {
        let mut cells: Vec<CellRef> = Vec::new();
        for _ in 0..func.code.cellvars.len() {
            cells.push(Rc::new(RefCell::new(None)));
        }
        self.note_cells(&cells);
        cells.extend(func.closure.iter().cloned());
        let mut frame = Frame::new(func.code.clone(), func.globals.clone(), Vec::new(), cells);
        frame.namespace = Some(ns);
        let mut fiber = Fiber::default();
        self.push_frame(&mut fiber, frame, None, ReturnCtx::Bottom)?;
        self.run_nested(fiber)?;
        Ok(())
    }
}
