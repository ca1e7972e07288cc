//! A module loaded into a session: its IR (kept for lazy lowering), its
//! globals in native memory, and its function table.
//!
//! Loading = parse (`load`), validate (`validate`), lay out and allocate the
//! globals block, write the initialisers. Functions are lowered on their
//! first call ([`FunctionDef::code`]).
//!
//! Bitcode loaded eagerly has its module level read first and then every
//! body read, verified and validated in one pass per body on all cores
//! (`read_at_load`). A module loaded lazily ([`LoadedModule::new_lazy`])
//! has only its module level read and validated at load; each function
//! body is read from the bitcode, verified and validated when it is
//! lowered, and dropped after ([`LoadedModule::body`]).

use crate::code::Code;
use crate::consts::ConstEval;
use crate::error::{LoadError, LowerError};
use crate::host::{AbiType, Host, Resolved};
use crate::layout::{align_to, DataLayout};
use crate::load::Bodies;
use crate::signature::{abi_type_of, FnSig};
use hashbrown::HashMap;
use jir_bitcode::LazyBodies;
use llvm_ir::module::{Linkage, ThreadLocalMode};
use llvm_ir::types::Types;
use llvm_ir::{Constant, Name};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};

/// A shared handle to an interpreted function.
pub type FuncRef = Arc<FunctionDef>;

/// A function defined (with a body) by a loaded module.
pub struct FunctionDef {
    pub name: String,
    /// Index into the module's `ir.functions`.
    pub(crate) index: usize,
    pub(crate) module: Weak<LoadedModule>,
    code: OnceLock<Result<Box<Code>, LowerError>>,
    /// The successfully lowered code of `code`, once there is some (null
    /// before): one load and a null test for the executor's calls, where
    /// `code()` pays for the `OnceLock` state and the `Result`.
    lowered: AtomicPtr<Code>,
    pub sig: FnSig,
}

impl FunctionDef {
    /// The lowered bytecode, lowering it on first use.
    ///
    /// Lowered code takes exactly the parameter and result slots of
    /// `sig`: callers' bytecode is verified against `sig` (see
    /// [`crate::bytecode::verify`]), so the executor passes arguments and
    /// returns results without checking them against the callee's frame.
    pub fn code(&self) -> Result<&Code, &LowerError> {
        let r = self
            .code
            .get_or_init(|| {
                let code = match self.module.upgrade() {
                    Some(m) => {
                        let start = std::time::Instant::now();
                        let code = crate::lower::lower_function(&m, self.index);
                        m.lowering_nanos
                            .fetch_add(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
                        code?
                    }
                    None => return Err(LowerError::new(&self.name, "the module was unloaded")),
                };
                if code.param_slots != self.sig.param_slots || code.ret_slots != self.sig.ret_slots
                {
                    return Err(LowerError::new(
                        &self.name,
                        "internal: lowered code does not match the function's signature",
                    ));
                }
                Ok(Box::new(code))
            })
            .as_ref()
            .map(|b| &**b);
        if let Ok(c) = r {
            // Always the same pointer: the Box is never replaced.
            self.lowered
                .store(c as *const Code as *mut Code, Ordering::Release);
        }
        r
    }

    /// The lowered code if `code()` has succeeded before, else null. The
    /// pointer, once set, points into `self` for as long as `self` lives
    /// (the `OnceLock` keeps its Box until the FunctionDef is dropped).
    #[inline(always)]
    pub(crate) fn lowered_ptr(&self) -> *const Code {
        self.lowered.load(Ordering::Acquire)
    }

    /// The lowered bytecode if already lowered.
    pub fn code_if_lowered(&self) -> Option<&Code> {
        self.code.get().and_then(|r| r.as_ref().ok()).map(|b| &**b)
    }

    /// Where bytecode instruction `pc` came from in the IR.
    pub fn location_of(&self, pc: usize) -> Option<crate::bytecode::IrLocation> {
        let ordinal = *self.code_if_lowered()?.ir_pos.get(pc)?;
        let module = self.module.upgrade()?;
        crate::lower::support::ir_location_at(module.body(self.index).ok()?.func(), ordinal)
    }

    pub fn module(&self) -> Option<Arc<LoadedModule>> {
        self.module.upgrade()
    }

    /// A function of no module (it cannot be lowered), with signature
    /// `sig`: for tests of bytecode that calls it.
    #[cfg(test)]
    pub(crate) fn detached(name: &str, sig: FnSig) -> FunctionDef {
        FunctionDef {
            name: name.into(),
            index: 0,
            module: Weak::new(),
            code: OnceLock::new(),
            lowered: AtomicPtr::new(std::ptr::null_mut()),
            sig,
        }
    }
}

/// How a module-level name resolves.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Symbol {
    /// A global variable defined here, at this address.
    Global(usize),
    /// A thread-local global defined here, at this offset in each thread's
    /// copy of the module's thread-local block.
    ThreadLocal(usize),
    /// A function defined here (index into `functions`).
    Function(usize),
    /// A function or global this module only declares.
    External { weak: bool },
    /// A thread-local global this module only declares (defined natively:
    /// its address differs per thread).
    ExternalThreadLocal,
    /// A global alias (index into `ir.global_aliases`).
    Alias(usize),
}

/// Native memory holding a module's globals, freed with the module.
struct GlobalBlock {
    ptr: *mut u8,
    layout: std::alloc::Layout,
}

// SAFETY: the block is plain memory owned by the module; interpreted and
// native code access it through raw pointers exactly like native globals,
// with whatever synchronisation the program itself uses.
unsafe impl Send for GlobalBlock {}
unsafe impl Sync for GlobalBlock {}

impl Drop for GlobalBlock {
    fn drop(&mut self) {
        if self.layout.size() > 0 {
            // SAFETY: allocated in `GlobalBlock::new` with this layout.
            unsafe { std::alloc::dealloc(self.ptr, self.layout) }
        }
    }
}

impl GlobalBlock {
    fn new(size: u64, align: u64) -> Result<Self, LoadError> {
        let layout =
            std::alloc::Layout::from_size_align(size.max(1) as usize, align.max(16) as usize)
                .map_err(|e| LoadError::Internal(format!("globals layout: {e}")))?;
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(LoadError::Internal(format!(
                "cannot allocate {size} bytes of globals"
            )));
        }
        Ok(GlobalBlock { ptr, layout })
    }
}

/// Where a module's globals go.
struct GlobalsLayout {
    symbols: HashMap<Name, Symbol>,
    size: u64,
    align: u64,
    /// Bytes and alignment of the thread-local block (0 bytes: none).
    tls_size: u64,
    tls_align: u64,
}

/// A static constructor or destructor (`llvm.global_ctors`/`dtors`).
#[derive(Clone)]
pub struct Initializer {
    pub priority: u32,
    pub function: Resolved,
}

/// A function body and the types it may use: borrowed from an eagerly
/// read module, or read from the bitcode for this one use in a lazy
/// module (dropped once lowered, so a lazy module holds each body only
/// while it is lowered: a loaded module's memory is its bytecode).
pub(crate) enum Body<'a> {
    Borrowed {
        func: &'a llvm_ir::Function,
        types: &'a Types,
    },
    Read {
        func: Box<llvm_ir::Function>,
        types: Arc<Types>,
    },
}

impl Body<'_> {
    pub fn func(&self) -> &llvm_ir::Function {
        match self {
            Body::Borrowed { func, .. } => func,
            Body::Read { func, .. } => func,
        }
    }

    pub fn types(&self) -> &Types {
        match self {
            Body::Borrowed { types, .. } => types,
            Body::Read { types, .. } => types,
        }
    }
}

/// Instructions of work per thread, at least, when functions are
/// validated or lowered in parallel.
pub(crate) const MIN_INSTRUCTIONS_PER_THREAD: usize = 4000;

/// About how many bits of bitcode a function body takes per instruction
/// (stl_mix at -O2: 60 to 70), to size the bodies of a lazy module before
/// they are read.
pub(crate) const BITS_PER_INSTRUCTION: usize = 64;

/// A loaded, validated module.
pub struct LoadedModule {
    pub name: String,
    /// The module as parsed; in a lazy module, `ir.functions` have no
    /// bodies (see [`LoadedModule::body`]).
    pub(crate) ir: llvm_ir::Module,
    lazy: Option<LazyBodies>,
    pub layout: DataLayout,
    pub(crate) host: Arc<dyn Host>,
    pub functions: Vec<FuncRef>,
    symbols: HashMap<Name, Symbol>,
    /// Owns the memory of the module's globals (freed with the module).
    #[allow(dead_code)]
    globals: GlobalBlock,
    /// `llvm.global_ctors`, sorted by priority (stable).
    constructors: OnceLock<Vec<Initializer>>,
    /// `llvm.global_dtors`, sorted by priority (stable).
    destructors: OnceLock<Vec<Initializer>>,
    /// The initial image of the thread-local globals, if any.
    tls: OnceLock<Arc<crate::exec::tls::TlsTemplate>>,
    /// Time spent lowering functions (with reading their bodies, in a
    /// lazy module), for [`LoadedModule::lowering_stats`].
    lowering_nanos: AtomicU64,
}

impl LoadedModule {
    /// Validates `ir` and loads it: lays out and initialises its globals.
    /// Functions are lowered lazily.
    pub fn new(ir: llvm_ir::Module, host: Arc<dyn Host>) -> Result<Arc<Self>, LoadError> {
        let layout = crate::validate::validate_module(&ir)?;
        Self::with_layout(ir, None, layout, host)
    }

    /// Loads a parsed module, lazily if it was read lazily.
    pub fn from_parsed(
        parsed: crate::load::Parsed,
        host: Arc<dyn Host>,
    ) -> Result<Arc<Self>, LoadError> {
        match parsed.bodies {
            Bodies::InModule => Self::new(parsed.ir, host),
            Bodies::ReadAtLoad(bodies) => Self::read_at_load(parsed.ir, &bodies, host),
            Bodies::Lazy(bodies) => Self::new_lazy(parsed.ir, bodies, host),
        }
    }

    /// Loads a module opened lazily whose bodies are all read now (an
    /// eager load of bitcode): each body is validated right after it is
    /// read, on the same core, which then holds it in its cache; the
    /// module then holds every body, as one read whole does.
    fn read_at_load(
        mut ir: llvm_ir::Module,
        bodies: &LazyBodies,
        host: Arc<dyn Host>,
    ) -> Result<Arc<Self>, LoadError> {
        let layout = crate::validate::read_and_validate(&mut ir, bodies)?;
        Self::with_layout(ir, None, layout, host)
    }

    /// Loads a module read with [`crate::load::LoadMode::Lazy`]: only
    /// its module level is validated now; each function body is read,
    /// verified and validated on its first call, so an unsupported
    /// construct is an error when (and only if) its function runs.
    pub fn new_lazy(
        ir: llvm_ir::Module,
        bodies: LazyBodies,
        host: Arc<dyn Host>,
    ) -> Result<Arc<Self>, LoadError> {
        let layout = crate::validate::validate_module_level(&ir)?;
        Self::with_layout(ir, Some(bodies), layout, host)
    }

    fn with_layout(
        ir: llvm_ir::Module,
        lazy: Option<LazyBodies>,
        layout: DataLayout,
        host: Arc<dyn Host>,
    ) -> Result<Arc<Self>, LoadError> {
        let GlobalsLayout {
            symbols,
            size: globals_size,
            align: globals_align,
            tls_size,
            tls_align,
        } = Self::lay_out(&ir, &layout)?;
        let globals = GlobalBlock::new(globals_size, globals_align)?;
        let base = globals.ptr as usize;
        let symbols: HashMap<Name, Symbol> = symbols
            .into_iter()
            .map(|(k, v)| match v {
                Symbol::Global(off) => (k, Symbol::Global(base + off)),
                other => (k, other),
            })
            .collect();
        let module = Arc::new_cyclic(|weak: &Weak<LoadedModule>| {
            let functions = ir
                .functions
                .iter()
                .enumerate()
                .map(|(index, f)| {
                    let sig = FnSig::of_function(&ir, &layout, f);
                    Arc::new(FunctionDef {
                        name: f.name.clone(),
                        index,
                        module: weak.clone(),
                        code: OnceLock::new(),
                        lowered: AtomicPtr::new(std::ptr::null_mut()),
                        sig,
                    })
                })
                .collect();
            LoadedModule {
                name: ir.name.clone(),
                ir,
                lazy,
                layout,
                host,
                functions,
                symbols,
                globals,
                constructors: OnceLock::new(),
                destructors: OnceLock::new(),
                tls: OnceLock::new(),
                lowering_nanos: AtomicU64::new(0),
            }
        });
        let tls_image = module.initialise_globals(tls_size)?;
        if tls_size > 0 {
            let template = crate::exec::tls::TlsTemplate::new(
                tls_image.into_boxed_slice(),
                tls_align as usize,
            );
            let _ = module.tls.set(Arc::new(template));
        }
        let _ = module
            .constructors
            .set(module.initializer_list("llvm.global_ctors")?);
        let _ = module
            .destructors
            .set(module.initializer_list("llvm.global_dtors")?);
        Ok(module)
    }

    /// Assigns every defined global an offset in the globals block and
    /// builds the symbol table.
    fn lay_out(ir: &llvm_ir::Module, layout: &DataLayout) -> Result<GlobalsLayout, LoadError> {
        let mut symbols = HashMap::new();
        let mut offset = 0u64;
        let mut max_align = 16u64;
        let mut tls_offset = 0u64;
        let mut tls_align = 16u64;
        for g in &ir.global_vars {
            if g.initializer.is_none() {
                let symbol = if g.thread_local_mode != ThreadLocalMode::NotThreadLocal {
                    Symbol::ExternalThreadLocal
                } else {
                    Symbol::External {
                        weak: g.linkage == Linkage::ExternalWeak,
                    }
                };
                symbols.insert(g.name.clone(), symbol);
                continue;
            }
            let sa = layout.size_align(&ir.types, &g.value_type).map_err(|e| {
                LoadError::Unsupported {
                    function: None,
                    location: None,
                    what: format!("global {}: {e}", display_name(&g.name)),
                }
            })?;
            let align = sa.align.max(g.alignment as u64).max(1);
            if g.thread_local_mode != ThreadLocalMode::NotThreadLocal {
                tls_offset = align_to(tls_offset, align);
                symbols.insert(g.name.clone(), Symbol::ThreadLocal(tls_offset as usize));
                tls_offset += sa.alloc.max(1);
                tls_align = tls_align.max(align);
                continue;
            }
            offset = align_to(offset, align);
            symbols.insert(g.name.clone(), Symbol::Global(offset as usize));
            offset += sa.alloc.max(1);
            max_align = max_align.max(align);
        }
        for (i, f) in ir.functions.iter().enumerate() {
            symbols.insert(Name::from(f.name.as_str()), Symbol::Function(i));
        }
        for d in &ir.func_declarations {
            symbols.insert(
                Name::from(d.name.as_str()),
                Symbol::External {
                    weak: d.linkage == Linkage::ExternalWeak,
                },
            );
        }
        for (i, a) in ir.global_aliases.iter().enumerate() {
            symbols.insert(a.name.clone(), Symbol::Alias(i));
        }
        Ok(GlobalsLayout {
            symbols,
            size: offset,
            align: max_align,
            tls_size: tls_offset,
            tls_align,
        })
    }

    /// Writes every initialiser: into the globals block, or into the
    /// returned thread-local image (`tls_size` bytes).
    fn initialise_globals(self: &Arc<Self>, tls_size: u64) -> Result<Vec<u8>, LoadError> {
        let eval = ConstEval::new(self);
        let mut tls = vec![0u8; tls_size as usize];
        for g in &self.ir.global_vars {
            let Some(init) = &g.initializer else { continue };
            let target = match self.symbols.get(&g.name) {
                Some(Symbol::Global(addr)) => Ok(*addr),
                Some(Symbol::ThreadLocal(off)) => Err(*off),
                _ => continue,
            };
            let size = self
                .layout
                .alloc_size(&self.ir.types, &g.value_type)
                .map_err(|e| LoadError::Internal(e.to_string()))?;
            let mut bytes = vec![0u8; size as usize];
            eval.write(init, &g.value_type, &mut bytes)
                .map_err(|e| match e {
                    crate::consts::ConstError::Unresolved(sym) => LoadError::Unresolved {
                        symbol: sym,
                        user: format!("the initialiser of global {}", display_name(&g.name)),
                    },
                    crate::consts::ConstError::Unsupported(what) => LoadError::Unsupported {
                        function: None,
                        location: None,
                        what: format!("initialiser of global {}: {what}", display_name(&g.name)),
                    },
                })?;
            match target {
                // SAFETY: `addr .. addr + size` lies inside the globals
                // block, laid out above with this global's allocation size.
                Ok(addr) => unsafe {
                    std::ptr::copy_nonoverlapping(bytes.as_ptr(), addr as *mut u8, bytes.len())
                },
                Err(off) => tls[off..off + bytes.len()].copy_from_slice(&bytes),
            }
        }
        Ok(tls)
    }

    /// The body of function `index` (of `ir.functions`) and the types it
    /// may use; a lazy module reads, verifies and validates it on each
    /// request (once to lower it, again only to locate a trap in it).
    pub(crate) fn body(&self, index: usize) -> Result<Body<'_>, LowerError> {
        let Some(lazy) = &self.lazy else {
            let func = self.ir.functions.get(index).ok_or_else(|| {
                LowerError::new("?", format!("no function #{index} in the module"))
            })?;
            return Ok(Body::Borrowed {
                func,
                types: &self.ir.types,
            });
        };
        let header =
            self.ir.functions.get(index).ok_or_else(|| {
                LowerError::new("?", format!("no function #{index} in the module"))
            })?;
        let (func, types) = crate::load::read_body(lazy, index, header)
            .map_err(|e| LowerError::new(&header.name, e))?;
        crate::validate::validate_lazy_body(&types, &self.layout, &func)?;
        Ok(Body::Read {
            func: Box::new(func),
            types,
        })
    }

    /// The initial image of the module's thread-local globals.
    pub fn tls_template(&self) -> Option<Arc<crate::exec::tls::TlsTemplate>> {
        self.tls.get().cloned()
    }

    /// Reads `llvm.global_ctors`/`dtors`: an array of `{ i32, ptr, ptr }`.
    fn initializer_list(self: &Arc<Self>, name: &str) -> Result<Vec<Initializer>, LoadError> {
        let Some(g) = self
            .ir
            .global_vars
            .iter()
            .find(|g| g.name == Name::from(name))
        else {
            return Ok(Vec::new());
        };
        let Some(init) = &g.initializer else {
            return Ok(Vec::new());
        };
        let Constant::Array { elements, .. } = init.as_ref() else {
            return Ok(Vec::new()); // zeroinitializer: an empty list
        };
        let mut list = Vec::new();
        for e in elements {
            let Constant::Struct { values, .. } = e.as_ref() else {
                continue;
            };
            let (Some(prio), Some(func)) = (values.first(), values.get(1)) else {
                continue;
            };
            let priority = match prio.as_ref() {
                Constant::Int { value, .. } => *value as u32,
                _ => 65535,
            };
            let function = match func.as_ref() {
                Constant::GlobalReference { name, .. } => match self.symbols.get(name) {
                    Some(Symbol::Function(i)) => Resolved::Function(self.functions[*i].clone()),
                    _ => match self.resolve_external(name) {
                        Some(r) => r,
                        None => {
                            return Err(LoadError::Unresolved {
                                symbol: display_name(name),
                                user: name_str(name),
                            })
                        }
                    },
                },
                Constant::Null(_) => continue,
                _ => continue,
            };
            list.push(Initializer { priority, function });
        }
        list.sort_by_key(|i| i.priority);
        Ok(list)
    }

    /// `llvm.global_ctors`, in the order they must run.
    pub fn constructors(&self) -> &[Initializer] {
        self.constructors.get().map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// `llvm.global_dtors`, in priority order (run them in reverse).
    pub fn destructors(&self) -> &[Initializer] {
        self.destructors.get().map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub(crate) fn symbol(&self, name: &Name) -> Option<Symbol> {
        self.symbols.get(name).copied()
    }

    /// Resolves a name this module does not define through the host.
    pub(crate) fn resolve_external(&self, name: &Name) -> Option<Resolved> {
        self.host.resolve(&name_str(name))
    }

    /// The function defined here under `name`.
    pub fn function(&self, name: &str) -> Option<&FuncRef> {
        match self.symbols.get(&Name::from(name)) {
            Some(Symbol::Function(i)) => self.functions.get(*i),
            _ => None,
        }
    }

    /// The address of a global variable defined here.
    pub fn global_address(&self, name: &str) -> Option<usize> {
        match self.symbols.get(&Name::from(name)) {
            Some(Symbol::Global(addr)) => Some(*addr),
            _ => None,
        }
    }

    /// Looks up a symbol this module defines (for the session's resolver):
    /// functions, global variables and aliases with external visibility.
    pub fn export(self: &Arc<Self>, name: &str) -> Option<Resolved> {
        let key = Name::from(name);
        match self.symbols.get(&key)? {
            Symbol::Function(i) => {
                let f = &self.ir.functions[*i];
                exported(f.linkage).then(|| Resolved::Function(self.functions[*i].clone()))
            }
            Symbol::Global(addr) => {
                let g = self.ir.global_vars.iter().find(|g| g.name == key)?;
                exported(g.linkage).then_some(Resolved::Address(*addr))
            }
            Symbol::Alias(i) => {
                let a = &self.ir.global_aliases[*i];
                if !exported(a.linkage) {
                    return None;
                }
                ConstEval::new(self).resolved(&a.aliasee).ok()
            }
            // Other modules cannot see this module's thread-locals yet.
            Symbol::External { .. } | Symbol::ThreadLocal(_) | Symbol::ExternalThreadLocal => None,
        }
    }

    /// Lowers every function now (for benchmarks of lowering speed and for
    /// `--list-unsupported`); returns the errors.
    ///
    /// Functions lower independently of each other, so they are spread
    /// over the machine's cores; a function's `OnceLock` makes sure it is
    /// lowered once, whichever thread (or caller) gets to it first.
    pub fn lower_all(&self) -> Vec<LowerError> {
        let sizes: Vec<usize> = self
            .functions
            .iter()
            .map(|f| match &self.lazy {
                // Not read yet: sized by its bitcode.
                Some(lazy) => lazy.body_bits(f.index) / BITS_PER_INSTRUCTION,
                None => self
                    .ir
                    .functions
                    .get(f.index)
                    .map_or(0, crate::parallel::instructions),
            })
            .collect();
        // Bodies read meanwhile hold each thread's own copies of the
        // module's types (see `LazyBodies::with_thread_copies`).
        crate::parallel::for_each_around(
            &sizes,
            MIN_INSTRUCTIONS_PER_THREAD,
            |work| match &self.lazy {
                Some(lazy) => lazy.with_thread_copies(work),
                None => work(),
            },
            |i| {
                let _ = self.functions[i].code();
            },
        );
        self.functions
            .iter()
            .filter_map(|f| f.code().err().cloned())
            .collect()
    }

    /// How many of the module's functions have been lowered so far (with
    /// their bodies read, in a lazy module), and the time that took.
    pub fn lowering_stats(&self) -> (usize, std::time::Duration) {
        let lowered = self
            .functions
            .iter()
            .filter(|f| f.code.get().is_some())
            .count();
        let nanos = self.lowering_nanos.load(Ordering::Relaxed);
        (lowered, std::time::Duration::from_nanos(nanos))
    }

    /// Bytes of bytecode (with its side tables) of the functions lowered
    /// so far.
    pub fn bytecode_bytes(&self) -> usize {
        self.functions
            .iter()
            .filter_map(|f| f.code_if_lowered())
            .map(|c| c.heap_bytes())
            .sum()
    }

    pub fn abi_type_of(&self, ty: &llvm_ir::TypeRef) -> Option<AbiType> {
        abi_type_of(&self.ir.types, &self.layout, ty, false)
    }
}

fn exported(linkage: Linkage) -> bool {
    !matches!(linkage, Linkage::Private | Linkage::Internal)
}

/// A name as it appears in IR: `@foo`, or `@3` for numbered globals.
pub fn display_name(name: &Name) -> String {
    format!("@{}", name_str(name))
}

/// The bare symbol name.
pub fn name_str(name: &Name) -> String {
    match name {
        Name::Name(s) => s.to_string(),
        Name::Number(n) => n.to_string(),
    }
}
