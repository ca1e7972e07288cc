//! The module level: the wrapper and magic, the string table, the module
//! block's records (triple, data layout, globals, functions, comdats) and
//! the blocks they depend on (types, attributes).
//!
//! Global values are numbered in record order (variables, functions,
//! aliases and ifuncs share one numbering), which is how constants and
//! instructions refer to them.

use crate::attributes::{self, AttrList};
use crate::bitstream::{BlockAbbrevs, Cursor, Entry};
use crate::codes::{block, module as code, STRTAB_BLOB};
use crate::error::{Error, Result};
use crate::metadata::{FunctionMetadata, Metadata};
use crate::strings::{string_of, StrTab};
use crate::values::Value;
use crate::{constants, function, types};
use llvm_ir::function::{CallingConvention, FunctionDeclaration, Parameter};
use llvm_ir::module::{
    Comdat, DLLStorageClass, DataLayout, GlobalAlias, GlobalIFunc, GlobalVariable, Linkage,
    SelectionKind, ThreadLocalMode, UnnamedAddr, Visibility,
};
use llvm_ir::types::{TypeCopies, Types, TypesBuilder};
use llvm_ir::{Constant, ConstantRef, Function, Module, Name, Type, TypeRef};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// A function record, before bodies are known to be defined or declared.
struct FuncRecord {
    decl: FunctionDeclaration,
    defined: bool,
    /// The function attributes (its parameters' and result's are in
    /// `decl`).
    function_attributes: Vec<llvm_ir::function::FunctionAttribute>,
    section: Option<String>,
    comdat: Option<Comdat>,
    /// Value id + 1 of the personality function (0: none).
    personality: u64,
    fn_type: TypeRef,
    blocks: Vec<llvm_ir::BasicBlock>,
}

#[derive(Clone, Copy)]
enum GlobalKind {
    Var(usize),
    Func(usize),
    Indirect,
}

/// An alias or ifunc record: which one, its fields, and its target's
/// value id.
struct Indirect {
    ifunc: bool,
    alias: GlobalAlias,
    target: u64,
}

/// The state of reading one module.
struct Reader<'a> {
    strtab: StrTab<'a>,
    metadata: Metadata,
    /// What each global value id is: a variable or a function (by index),
    /// or an alias or ifunc.
    global_kinds: Vec<GlobalKind>,
    /// The module's types, once the type table is read.
    view: Types,
    types: Vec<TypeRef>,
    groups: attributes::Groups,
    attr_lists: Vec<AttrList>,
    sections: Vec<String>,
    gc_names: Vec<String>,
    comdats: Vec<Comdat>,
    /// Every value id at module level: global values, then constants.
    values: Vec<Value>,
    vars: Vec<GlobalVariable>,
    /// Value id of each variable's initializer.
    inits: Vec<Option<u64>>,
    funcs: Vec<FuncRecord>,
    indirect: Vec<Indirect>,
    /// Bodies are in the order of the defined functions: where the next
    /// one's search starts.
    next_body: usize,
    /// Each body's function, the position of its block and its length.
    bodies: Vec<(usize, usize, usize)>,
    alloca_addr_space: u32,
    /// Numbers unnamed global variables, aliases and ifuncs, as `llvm-ir`.
    unnamed: usize,
    version: u64,
}

/// Body bits read per thread at least (about 4,000 instructions, as the
/// interpreter's per-function stages): below that, starting a thread costs
/// about what it saves.
const MIN_BITS_PER_THREAD: usize = 4000 * 64;

/// The magic number of raw bitcode, and of the wrapper header around it.
const MAGIC: [u8; 4] = *b"BC\xC0\xDE";
const WRAPPER_MAGIC: u32 = 0x0B17_C0DE;

/// The bitcode proper: inside the wrapper header if there is one, past the
/// magic number.
fn bitcode_body(bytes: &[u8]) -> Result<&[u8]> {
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    let bitcode = if word(0) == Some(WRAPPER_MAGIC) {
        let (offset, size) = word(8)
            .zip(word(12))
            .ok_or_else(|| Error::new("truncated bitcode wrapper header"))?;
        let (offset, size) = (offset as usize, size as usize);
        bytes
            .get(offset..offset.saturating_add(size))
            .ok_or_else(|| Error::new("bitcode wrapper points past the end of the file"))?
    } else {
        bytes
    };
    match bitcode.strip_prefix(&MAGIC) {
        Some(body) => Ok(body),
        None => Err(Error::new("not LLVM bitcode (bad magic number)")),
    }
}

/// Reads the module in `bytes`; `name` becomes its identifier.
pub fn read_module(bytes: &[u8], name: &str) -> Result<Module> {
    let data = bitcode_body(bytes)?;
    let (mut module, mut reader, cx) = read_module_level(data, name)?;
    let bodies = cx.read_all(data)?;
    for (job, body) in bodies.into_iter().enumerate() {
        let f = &mut reader.funcs[cx.bodies[job].func];
        f.decl.debugloc = body.debugloc;
        for (p, name) in f.decl.parameters.iter_mut().zip(body.parameter_names) {
            p.name = name;
        }
        f.blocks = body.blocks;
    }
    finish(&mut module, reader, &cx.values)?;
    module.types = Arc::unwrap_or_clone(cx.view);
    Ok(module)
}

/// Reads the module level of the module in `bytes` (everything but the
/// bodies, which `LazyBodies::function` reads on request); the functions
/// of the module have no blocks. `name` becomes the module's identifier.
pub fn read_module_lazy(bytes: Vec<u8>, name: &str) -> Result<(Module, LazyBodies)> {
    let body_start = {
        let data = bitcode_body(&bytes)?;
        data.as_ptr() as usize - bytes.as_ptr() as usize
    };
    let data = &bytes[body_start..];
    let (mut module, reader, cx) = read_module_level(data, name)?;
    finish(&mut module, reader, &cx.values)?;
    module.types = Types::clone(&cx.view);
    let mut of_function = vec![usize::MAX; module.functions.len()];
    for (job, body) in cx.bodies.iter().enumerate() {
        if let Some(slot) = of_function.get_mut(body.defined) {
            *slot = job;
        }
    }
    let lazy = LazyBodies {
        bytes,
        body_start,
        types: cx.view.clone(),
        cx,
        of_function,
    };
    Ok((module, lazy))
}

/// The bodies of a module read by [`read_module_lazy`], read on request.
pub struct LazyBodies {
    bytes: Vec<u8>,
    /// Where the bitcode proper starts in `bytes` (after any wrapper).
    body_start: usize,
    cx: BodyContext,
    /// The body of each defined function (index into `cx.bodies`).
    of_function: Vec<usize>,
    /// The module's types, for every body.
    types: std::sync::Arc<Types>,
}

impl LazyBodies {
    /// The size in bits of the `index`-th defined function's body (0 if it
    /// has none): how much work reading it is, before it is read.
    pub fn body_bits(&self, index: usize) -> usize {
        self.of_function
            .get(index)
            .and_then(|&job| self.cx.bodies.get(job))
            .map_or(0, |body| body.len)
    }

    /// Reads the body of the `index`-th defined function (its place in
    /// `Module::functions`; `header` is that function as the module holds
    /// it, without blocks) and returns the whole function, with the
    /// module's types.
    pub fn function(
        &self,
        index: usize,
        header: &Function,
    ) -> Result<(Function, std::sync::Arc<Types>)> {
        let job = *self
            .of_function
            .get(index)
            .filter(|&&j| j != usize::MAX)
            .ok_or_else(|| Error::new(format!("no body for function #{index}")))?;
        let copies = self.cx.thread_copies();
        let body = self
            .cx
            .read(&self.bytes[self.body_start..], job, copies.as_deref())?;
        let mut f = header.clone();
        f.debugloc = body.debugloc;
        for (p, name) in f.parameters.iter_mut().zip(body.parameter_names) {
            p.name = name;
        }
        f.basic_blocks = body.blocks;
        match copies {
            Some(copies) => {
                for p in &mut f.parameters {
                    p.ty = copies.copy(&p.ty);
                }
                f.return_type = copies.copy(&f.return_type);
                Ok((f, copies.view.clone()))
            }
            None => Ok((f, self.types.clone())),
        }
    }

    /// Runs `work` (a worker's share of the bodies, when several threads
    /// read bodies of this module at once) with this thread's own copies
    /// of the types and module-level values bodies hold: see
    /// `ThreadCopies`. The functions read meanwhile on this thread, and
    /// the types returned with them, hold the copies.
    pub fn with_thread_copies<R>(&self, work: impl FnOnce() -> R) -> R {
        self.cx.with_thread_copies(work)
    }
}

/// Reads the module level of `data` (the bitcode proper): the module with
/// function headers, the reader's state for finishing it, and what reading
/// the bodies needs.
fn read_module_level<'a>(data: &'a [u8], name: &str) -> Result<(Module, Reader<'a>, BodyContext)> {
    // The string table follows the module block: find it first.
    let mut cursor = Cursor::new(data);
    let mut ops = Vec::new();
    let mut module_at = None;
    let mut strtab = StrTab::default();
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => break,
            Entry::Block(block::MODULE) if module_at.is_none() => {
                module_at = Some(at);
                cursor.skip()?;
            }
            Entry::Block(block::STRTAB) => {
                cursor.enter(block::STRTAB)?;
                loop {
                    match cursor.next(&mut ops)? {
                        Entry::End => break,
                        Entry::Block(_) => cursor.skip()?,
                        Entry::Record {
                            code: STRTAB_BLOB,
                            blob: Some(b),
                        } => strtab.bytes = b,
                        Entry::Record { .. } => {}
                    }
                }
            }
            Entry::Block(_) => cursor.skip()?,
            Entry::Record { .. } => return Err(Error::at_bit(at, "record outside any block")),
        }
    }
    let module_at = module_at.ok_or_else(|| Error::new("no module block in bitcode"))?;
    let mut cursor = Cursor::new(data);
    cursor.seek(module_at)?;
    match cursor.next(&mut ops)? {
        Entry::Block(block::MODULE) => cursor.enter(block::MODULE)?,
        _ => return Err(Error::at_bit(module_at, "module block moved")),
    }
    let mut reader = Reader {
        strtab,
        metadata: Metadata::default(),
        global_kinds: Vec::new(),
        view: TypesBuilder::new().build(),
        types: Vec::new(),
        groups: Default::default(),
        attr_lists: Vec::new(),
        sections: Vec::new(),
        gc_names: Vec::new(),
        comdats: Vec::new(),
        values: Vec::new(),
        vars: Vec::new(),
        inits: Vec::new(),
        funcs: Vec::new(),
        indirect: Vec::new(),
        next_body: 0,
        bodies: Vec::new(),
        alloca_addr_space: 0,
        unnamed: 0,
        version: 0,
    };
    let mut module = Module {
        name: name.to_string(),
        source_file_name: String::new(),
        data_layout: DataLayout::from_layout_str(String::new()).map_err(Error::new)?,
        target_triple: Some(String::new()),
        functions: Vec::new(),
        func_declarations: Vec::new(),
        global_vars: Vec::new(),
        global_aliases: Vec::new(),
        global_ifuncs: Vec::new(),
        inline_assembly: String::new(),
        types: TypesBuilder::new().build(),
    };
    let mut source_file_name = None;
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => break,
            Entry::Block(id) => reader.block(&mut cursor, id)?,
            Entry::Record { code, .. } => {
                let r = &mut reader;
                let result = match code {
                    code::VERSION => {
                        r.version = ops.first().copied().unwrap_or(0);
                        Ok(())
                    }
                    code::TRIPLE => string_of(&ops, at).map(|s| module.target_triple = Some(s)),
                    code::DATALAYOUT => string_of(&ops, at).and_then(|s| {
                        module.data_layout = DataLayout::from_layout_str(s).map_err(Error::new)?;
                        r.alloca_addr_space = module.data_layout.alloca_address_space;
                        Ok(())
                    }),
                    code::ASM => string_of(&ops, at).map(|s| module.inline_assembly = s),
                    code::SOURCE_FILENAME => {
                        string_of(&ops, at).map(|s| source_file_name = Some(s))
                    }
                    code::SECTIONNAME => string_of(&ops, at).map(|s| r.sections.push(s)),
                    code::GCNAME => string_of(&ops, at).map(|s| r.gc_names.push(s)),
                    code::COMDAT => r.comdat(&ops),
                    code::GLOBALVAR => r.global_var(&ops),
                    code::FUNCTION => r.function(&ops),
                    code::ALIAS | code::IFUNC => r.indirect(code == code::IFUNC, &ops),
                    _ => Ok(()),
                };
                result.map_err(|e| e.or_at(at))?;
            }
        }
    }
    module.source_file_name = source_file_name.unwrap_or_else(|| name.to_string());
    let mut decl_md = FunctionMetadata::new(&reader.metadata, data);
    for &(value, node) in &reader.metadata.decl_attachments {
        let loc = decl_md.declaration(node);
        match reader.global_kinds.get(value as usize) {
            Some(GlobalKind::Var(i)) => reader.vars[*i].debugloc = loc,
            Some(GlobalKind::Func(i)) => reader.funcs[*i].decl.debugloc = loc,
            _ => {}
        }
    }
    let cx = reader.body_context(&cursor)?;
    Ok((module, reader, cx))
}

/// Completes `module` from the reader's state: initialisers, aliases and
/// ifuncs, functions (with whatever bodies they were given), globals.
fn finish(module: &mut Module, mut reader: Reader, values: &[Value]) -> Result<()> {
    for (var, init) in reader.vars.iter_mut().zip(&reader.inits) {
        if let Some(id) = init {
            var.initializer = Some(reader_constant(values, *id)?);
        }
    }
    for ind in reader.indirect.drain(..) {
        let target = reader_constant(values, ind.target)?;
        if ind.ifunc {
            let a = ind.alias;
            module.global_ifuncs.push(GlobalIFunc {
                name: a.name,
                linkage: a.linkage,
                visibility: a.visibility,
                ty: a.ty,
                resolver_fn: target,
            });
        } else {
            module.global_aliases.push(GlobalAlias {
                aliasee: target,
                ..ind.alias
            });
        }
    }
    for f in reader.funcs {
        if f.defined {
            let personality = match f.personality {
                0 => None,
                id => Some(reader_constant(values, id - 1)?),
            };
            module.functions.push(defined(f, personality));
        } else {
            module.func_declarations.push(f.decl);
        }
    }
    module.global_vars = reader.vars;
    Ok(())
}

/// Where a function body is, and what it belongs to.
struct BodyRef {
    /// Index into the reader's functions (defined and declared).
    func: usize,
    /// Place among the defined functions (`Module::functions`).
    defined: usize,
    /// Position of its block's header, and the block's length, in bits.
    at: usize,
    len: usize,
    fn_type: TypeRef,
    name: String,
}

/// Everything reading a function body needs of the module level, owned,
/// so that bodies can be read on other threads or later.
struct BodyContext {
    /// Tells this context's thread copies from another's (see
    /// `ThreadCopies`).
    id: u64,
    /// The module's types (also what a lazily read body comes with).
    view: Arc<Types>,
    types: Vec<TypeRef>,
    attr_lists: Vec<AttrList>,
    values: Vec<Value>,
    metadata: Metadata,
    alloca_addr_space: u32,
    abbrevs: BlockAbbrevs,
    bodies: Vec<BodyRef>,
}

impl BodyContext {
    /// Reads body `job` of `data` (the bitcode proper), with this
    /// thread's `copies` of the shared data if it made them.
    fn read(
        &self,
        data: &[u8],
        job: usize,
        copies: Option<&ThreadCopies>,
    ) -> Result<function::Body> {
        let body = &self.bodies[job];
        let (view, types, values, fn_type) = match copies {
            Some(c) => (&*c.view, &c.types, &c.values, c.copy(&body.fn_type)),
            None => (&*self.view, &self.types, &self.values, body.fn_type.clone()),
        };
        let info = function::ModuleInfo {
            i1: view.bool(),
            i32: view.i32(),
            ptr: view.pointer(),
            alloca_ptr: view.pointer_in_addr_space(self.alloca_addr_space),
            types,
            attr_lists: &self.attr_lists,
            values,
            alloca_addr_space: self.alloca_addr_space,
        };
        // `at` is just past the block's id: its header follows.
        let mut cursor = Cursor::resume(data, &self.abbrevs, body.at)?;
        cursor.enter(block::FUNCTION)?;
        let mut metadata = FunctionMetadata::new(&self.metadata, data);
        with_scratch(|scratch| {
            function::read(&mut cursor, &info, view, &mut metadata, scratch, &fn_type)
        })
        .map_err(|e| e.in_function(&body.name))
    }

    /// Reads every body, on as many threads as the machine has cores
    /// (bodies are independent once the module level is read), longest
    /// first; an error is that of the first failing body in module order.
    fn read_all(&self, data: &[u8]) -> Result<Vec<function::Body>> {
        use std::sync::OnceLock;
        let results: Vec<OnceLock<Result<function::Body>>> =
            self.bodies.iter().map(|_| OnceLock::new()).collect();
        let sizes: Vec<usize> = self.bodies.iter().map(|b| b.len).collect();
        crate::parallel::for_each_around(
            &sizes,
            MIN_BITS_PER_THREAD,
            |work| self.with_thread_copies(work),
            |job| {
                let _ = results[job].set(self.read(data, job, self.thread_copies().as_deref()));
            },
        );
        results
            .into_iter()
            .map(|r| {
                r.into_inner()
                    .ok_or_else(|| Error::new("a function body was not read"))?
            })
            .collect()
    }
}

/// Runs `read` with this thread's body buffers, kept from one body to the
/// next. (Taken out while in use, so a body read inside another on the
/// same thread gets fresh ones; so does a body read while the thread's
/// locals are being destroyed, by an exit handler.)
fn with_scratch<T>(read: impl FnOnce(&mut function::Scratch) -> T) -> T {
    thread_local! {
        static SCRATCH: std::cell::Cell<Option<function::Scratch>> =
            const { std::cell::Cell::new(None) };
    }
    let mut scratch = SCRATCH
        .try_with(|s| s.take())
        .ok()
        .flatten()
        .unwrap_or_default();
    let out = read(&mut scratch);
    let _ = SCRATCH.try_with(|s| s.set(Some(scratch)));
    out
}

impl BodyContext {
    /// Runs `work` with this thread's own copies of the types and
    /// module-level values every body shares (`ThreadCopies`), for the
    /// bodies it reads.
    fn with_thread_copies<R>(&self, work: impl FnOnce() -> R) -> R {
        let copies = Rc::new(ThreadCopies::of(self));
        let outer = THREAD_COPIES.with(|c| c.replace(Some(copies)));
        // Put back what was there, also when `work` unwinds.
        struct Restore(Option<Rc<ThreadCopies>>);
        impl Drop for Restore {
            fn drop(&mut self) {
                let outer = self.0.take();
                let _ = THREAD_COPIES.try_with(|c| c.replace(outer));
            }
        }
        let _restore = Restore(outer);
        work()
    }

    /// This thread's copies of this context's shared data, if it made them.
    fn thread_copies(&self) -> Option<Rc<ThreadCopies>> {
        THREAD_COPIES
            .try_with(|c| c.borrow().as_ref().filter(|c| c.owner == self.id).cloned())
            .ok()
            .flatten()
    }
}

thread_local! {
    static THREAD_COPIES: RefCell<Option<Rc<ThreadCopies>>> = const { RefCell::new(None) };
}

/// One thread's copies of the types and module-level values that every
/// body read from a module holds (each operand holds its type; a call, its
/// callee): types and constants are reference counted, and threads reading
/// bodies of one module at once would otherwise count on the same few
/// cache lines, which costs them about a third more time than reading
/// alone (measured on stl_mix: 1.5 times faster on two cores instead of
/// twice). A copy equals its original; aggregates and constant
/// expressions, which bodies seldom use directly, stay shared.
struct ThreadCopies {
    owner: u64,
    view: Arc<Types>,
    types: Vec<TypeRef>,
    values: Vec<Value>,
    copies: RefCell<TypeCopies>,
}

impl ThreadCopies {
    fn of(cx: &BodyContext) -> ThreadCopies {
        let mut copies = TypeCopies::new();
        let view = Arc::new(cx.view.copied(&mut copies));
        let types = cx.types.iter().map(|t| copies.copy(t)).collect();
        let values = cx
            .values
            .iter()
            .map(|v| copy_value(v, &mut copies))
            .collect();
        ThreadCopies {
            owner: cx.id,
            view,
            types,
            values,
            copies: RefCell::new(copies),
        }
    }

    fn copy(&self, ty: &TypeRef) -> TypeRef {
        self.copies.borrow_mut().copy(ty)
    }
}

fn copy_value(v: &Value, types: &mut TypeCopies) -> Value {
    match v {
        Value::Const(c, ty) => Value::Const(copy_constant(c, types), types.copy(ty)),
        Value::Local(name, ty) => Value::Local(name.clone(), types.copy(ty)),
        Value::InlineAsm(ty) => Value::InlineAsm(types.copy(ty)),
    }
}

/// A copy of a scalar constant or global reference, with copied types;
/// anything else shared.
fn copy_constant(c: &ConstantRef, types: &mut TypeCopies) -> ConstantRef {
    let copy = match c.as_ref() {
        Constant::GlobalReference { name, ty } => Constant::GlobalReference {
            name: name.clone(),
            ty: types.copy(ty),
        },
        Constant::Null(ty) => Constant::Null(types.copy(ty)),
        Constant::Undef(ty) => Constant::Undef(types.copy(ty)),
        Constant::Poison(ty) => Constant::Poison(types.copy(ty)),
        Constant::AggregateZero(ty) => Constant::AggregateZero(types.copy(ty)),
        k @ (Constant::Int { .. } | Constant::Float(_)) => k.clone(),
        _ => return c.clone(),
    };
    ConstantRef::new(copy)
}

/// The module-level constant with value id `id`.
fn reader_constant(values: &[Value], id: u64) -> Result<ConstantRef> {
    match values.get(id as usize) {
        Some(Value::Const(c, _)) => Ok(c.clone()),
        _ => Err(Error::new(format!(
            "value {id} is not a module-level constant"
        ))),
    }
}

/// A defined function's header (its body is read separately).
fn defined(f: FuncRecord, personality_function: Option<ConstantRef>) -> Function {
    let d = f.decl;
    Function {
        name: d.name,
        parameters: d.parameters,
        is_var_arg: d.is_var_arg,
        return_type: d.return_type,
        basic_blocks: f.blocks,
        function_attributes: f.function_attributes,
        return_attributes: d.return_attributes,
        linkage: d.linkage,
        visibility: d.visibility,
        dll_storage_class: d.dll_storage_class,
        calling_convention: d.calling_convention,
        section: f.section,
        comdat: f.comdat,
        alignment: d.alignment,
        garbage_collector_name: d.garbage_collector_name,
        personality_function,
        debugloc: d.debugloc,
    }
}

fn linkage(raw: u64) -> Linkage {
    match raw {
        2 => Linkage::Appending,
        3 => Linkage::Internal,
        7 => Linkage::ExternalWeak,
        8 => Linkage::Common,
        9 | 13 | 14 => Linkage::Private,
        12 => Linkage::AvailableExternally,
        1 | 16 => Linkage::WeakAny,
        10 | 17 => Linkage::WeakODR,
        4 | 18 => Linkage::LinkOnceAny,
        11 | 19 => Linkage::LinkOnceODR,
        // 0, the obsolete DLL linkages and anything unknown: external.
        _ => Linkage::External,
    }
}

fn is_local(l: Linkage) -> bool {
    matches!(l, Linkage::Internal | Linkage::Private)
}

fn visibility(raw: u64) -> Visibility {
    match raw {
        1 => Visibility::Hidden,
        2 => Visibility::Protected,
        _ => Visibility::Default,
    }
}

fn dll_storage_class(raw: u64) -> DLLStorageClass {
    match raw {
        1 => DLLStorageClass::Import,
        2 => DLLStorageClass::Export,
        _ => DLLStorageClass::Default,
    }
}

fn thread_local_mode(raw: u64) -> ThreadLocalMode {
    match raw {
        0 => ThreadLocalMode::NotThreadLocal,
        2 => ThreadLocalMode::LocalDynamic,
        3 => ThreadLocalMode::InitialExec,
        4 => ThreadLocalMode::LocalExec,
        _ => ThreadLocalMode::GeneralDynamic,
    }
}

fn unnamed_addr(raw: u64) -> Option<UnnamedAddr> {
    match raw {
        1 => Some(UnnamedAddr::Global),
        2 => Some(UnnamedAddr::Local),
        _ => None,
    }
}

/// An alignment stored as log2 + 1 (0 for none), in bytes (0 for none).
fn alignment(raw: u64) -> Result<u32> {
    match raw {
        0 => Ok(0),
        1..=32 => Ok(1 << (raw - 1)),
        _ => Err(Error::new(format!("alignment 2^{} is too large", raw - 1))),
    }
}

impl<'a> Reader<'a> {
    /// Notes where the next defined function's body is (the cursor is
    /// at its block's header) and skips it: bodies are read once the
    /// module level is complete, in parallel.
    fn function_body(&mut self, cursor: &mut Cursor<'a>) -> Result<()> {
        let index = self.funcs[self.next_body..]
            .iter()
            .position(|f| f.defined)
            .map(|i| i + self.next_body)
            .ok_or_else(|| Error::new("more function bodies than defined functions"))?;
        self.next_body = index + 1;
        let at = cursor.bit_pos();
        cursor.skip()?;
        self.bodies.push((index, at, cursor.bit_pos() - at));
        Ok(())
    }

    /// What reading the bodies needs, taken from the module level.
    fn body_context(&mut self, cursor: &Cursor<'a>) -> Result<BodyContext> {
        let mut defined = 0;
        let mut ordinal = vec![usize::MAX; self.funcs.len()];
        for (i, f) in self.funcs.iter().enumerate() {
            if f.defined {
                ordinal[i] = defined;
                defined += 1;
            }
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Ok(BodyContext {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            // The module level is read: what follows (`finish`) needs
            // none of these but the values, which it gets from here.
            view: Arc::new(std::mem::replace(
                &mut self.view,
                TypesBuilder::new().build(),
            )),
            types: std::mem::take(&mut self.types),
            attr_lists: std::mem::take(&mut self.attr_lists),
            values: std::mem::take(&mut self.values),
            metadata: std::mem::take(&mut self.metadata),
            alloca_addr_space: self.alloca_addr_space,
            abbrevs: cursor.block_abbrevs(),
            bodies: self
                .bodies
                .iter()
                .map(|&(func, at, len)| BodyRef {
                    func,
                    defined: ordinal[func],
                    at,
                    len,
                    fn_type: self.funcs[func].fn_type.clone(),
                    name: self.funcs[func].decl.name.clone(),
                })
                .collect(),
        })
    }

    fn block(&mut self, cursor: &mut Cursor<'a>, id: u32) -> Result<()> {
        match id {
            block::TYPE => {
                cursor.enter(id)?;
                let mut builder = TypesBuilder::new();
                self.types = types::read(cursor, &mut builder)?;
                // Every named struct is defined now: later blocks only
                // look types up, through the finished table.
                self.view = builder.build();
            }
            block::PARAMATTR_GROUP => {
                cursor.enter(id)?;
                self.groups = attributes::read_groups(cursor, &self.types)?;
            }
            block::PARAMATTR => {
                cursor.enter(id)?;
                self.attr_lists = attributes::read_lists(cursor, &self.groups)?;
            }
            block::FUNCTION => self.function_body(cursor)?,
            block::METADATA => {
                cursor.enter(id)?;
                self.metadata.read_block(cursor)?;
            }
            block::METADATA_KIND => {
                cursor.enter(id)?;
                self.metadata.read_kinds(cursor)?;
            }
            block::CONSTANTS => {
                cursor.enter(id)?;
                let mut cx = constants::Context {
                    types: &self.types,
                    types_view: &self.view,
                    values: &self.values,
                    locals: &[],
                };
                let read = constants::read(cursor, &mut cx)?;
                self.values.extend(read);
            }
            _ => cursor.skip()?,
        }
        Ok(())
    }

    /// The name of a v2 record (its first two operands) and the rest.
    fn named<'o>(&self, ops: &'o [u64]) -> Result<(String, &'o [u64])> {
        if self.version < 2 {
            return Err(Error::new(format!(
                "bitcode version {} (before LLVM 5's string table) is not supported",
                self.version
            )));
        }
        match ops {
            [offset, size, rest @ ..] => Ok((self.strtab.get(*offset, *size)?, rest)),
            _ => Err(Error::new("record too short")),
        }
    }

    fn ty(&self, id: u64) -> Result<TypeRef> {
        self.types
            .get(id as usize)
            .cloned()
            .ok_or_else(|| Error::new(format!("type id {id} out of range")))
    }

    fn list_index<'l, T>(list: &'l [T], raw: u64, what: &str) -> Result<Option<&'l T>> {
        match raw {
            0 => Ok(None),
            n => list
                .get(n as usize - 1)
                .map(Some)
                .ok_or_else(|| Error::new(format!("{what} {n} out of range"))),
        }
    }

    /// A global value's entry in the value table: a reference to it.
    fn push_global(&mut self, name: &Name, value_type: TypeRef, addr_space: u32, kind: GlobalKind) {
        self.global_kinds.push(kind);
        let ptr = self.view.pointer_in_addr_space(addr_space);
        let reference = Constant::GlobalReference {
            name: name.clone(),
            ty: value_type,
        };
        self.values
            .push(Value::Const(ConstantRef::new(reference), ptr));
    }

    /// The name of an unnamed variable, alias or ifunc: the next number.
    fn number(&mut self, name: String) -> Name {
        if name.is_empty() {
            self.unnamed += 1;
            Name::Number(self.unnamed - 1)
        } else {
            Name::from(name)
        }
    }

    fn indirect(&mut self, ifunc: bool, ops: &[u64]) -> Result<()> {
        let (name, r) = self.named(ops)?;
        if r.len() < 4 {
            return Err(Error::new("alias record too short"));
        }
        let at = |i: usize| r.get(i).copied();
        let value_type = self.ty(r[0])?;
        let addr_space = u32::try_from(r[1]).map_err(|_| Error::new("bad address space"))?;
        let linkage = linkage(r[3]);
        let local = is_local(linkage);
        let name = self.number(name);
        let alias = GlobalAlias {
            name: name.clone(),
            aliasee: ConstantRef::new(Constant::TokenNone),
            linkage,
            visibility: match at(4) {
                Some(v) if !local => visibility(v),
                _ => Visibility::Default,
            },
            ty: self.view.pointer_in_addr_space(addr_space),
            addr_space,
            dll_storage_class: match at(5) {
                Some(v) if !local && !ifunc => dll_storage_class(v),
                _ => DLLStorageClass::Default,
            },
            thread_local_mode: match at(6) {
                Some(v) if !ifunc => thread_local_mode(v),
                _ => ThreadLocalMode::NotThreadLocal,
            },
            unnamed_addr: match at(7) {
                Some(v) if !ifunc => unnamed_addr(v),
                _ => None,
            },
        };
        self.push_global(&name, value_type, addr_space, GlobalKind::Indirect);
        self.indirect.push(Indirect {
            ifunc,
            alias,
            target: r[2],
        });
        Ok(())
    }

    fn comdat(&mut self, ops: &[u64]) -> Result<()> {
        let (name, rest) = self.named(ops)?;
        let selection_kind = match rest.first() {
            Some(2) => SelectionKind::ExactMatch,
            Some(3) => SelectionKind::Largest,
            Some(4) => SelectionKind::NoDuplicates,
            Some(5) => SelectionKind::SameSize,
            _ => SelectionKind::Any,
        };
        self.comdats.push(Comdat {
            name,
            selection_kind,
        });
        Ok(())
    }

    fn global_var(&mut self, ops: &[u64]) -> Result<()> {
        let (name, r) = self.named(ops)?;
        if r.len() < 6 {
            return Err(Error::new("global variable record too short"));
        }
        let at = |i: usize| r.get(i).copied().unwrap_or(0);
        let value_type = self.ty(r[0])?;
        if r[1] & 2 == 0 {
            return Err(Error::new(
                "global variable without an explicit type (typed pointers) is not supported",
            ));
        }
        let addr_space = u32::try_from(r[1] >> 2).map_err(|_| Error::new("bad address space"))?;
        let linkage = linkage(r[3]);
        let local = is_local(linkage);
        let section = Self::list_index(&self.sections, r[5], "section")?.cloned();
        let comdat = Self::list_index(&self.comdats, at(11), "comdat")?.cloned();
        let var = GlobalVariable {
            name: self.number(name),
            linkage,
            visibility: if local {
                Visibility::Default
            } else {
                visibility(at(6))
            },
            is_constant: r[1] & 1 == 1,
            ty: self.view.pointer_in_addr_space(addr_space),
            value_type,
            addr_space,
            dll_storage_class: if local {
                DLLStorageClass::Default
            } else {
                dll_storage_class(at(10))
            },
            thread_local_mode: thread_local_mode(at(7)),
            unnamed_addr: unnamed_addr(at(8)),
            initializer: None,
            section,
            comdat,
            alignment: alignment(r[4])?,
            debugloc: None,
        };
        let kind = GlobalKind::Var(self.vars.len());
        self.push_global(&var.name, var.value_type.clone(), addr_space, kind);
        self.inits.push(r[2].checked_sub(1));
        self.vars.push(var);
        Ok(())
    }

    fn function(&mut self, ops: &[u64]) -> Result<()> {
        let (name, r) = self.named(ops)?;
        if r.len() < 8 {
            return Err(Error::new("function record too short"));
        }
        let at = |i: usize| r.get(i).copied().unwrap_or(0);
        let fn_type = self.ty(r[0])?;
        let Type::FuncType {
            result_type,
            param_types,
            is_var_arg,
        } = fn_type.as_ref()
        else {
            return Err(Error::new(format!(
                "function @{name} has a type that is not a function type"
            )));
        };
        let cc = u32::try_from(r[1]).map_err(|_| Error::new("bad calling convention"))?;
        let linkage = linkage(r[3]);
        let local = is_local(linkage);
        static NO_ATTRS: AttrList = AttrList {
            function: Vec::new(),
            ret: Vec::new(),
            params: Vec::new(),
        };
        let attrs =
            Self::list_index(&self.attr_lists, r[4], "attribute list")?.unwrap_or(&NO_ATTRS);
        let parameters = param_types
            .iter()
            .enumerate()
            .map(|(i, ty)| Parameter {
                name: Name::Number(i),
                ty: ty.clone(),
                attributes: attrs.param(i),
            })
            .collect();
        let decl = FunctionDeclaration {
            name: name.clone(),
            parameters,
            is_var_arg: *is_var_arg,
            return_type: result_type.clone(),
            return_attributes: attrs.ret.clone(),
            linkage,
            visibility: if local {
                Visibility::Default
            } else {
                visibility(r[7])
            },
            dll_storage_class: if local {
                DLLStorageClass::Default
            } else {
                dll_storage_class(at(11))
            },
            calling_convention: CallingConvention::from_u32(cc),
            alignment: alignment(r[5])?,
            garbage_collector_name: Self::list_index(&self.gc_names, at(8), "garbage collector")?
                .cloned(),
            debugloc: None,
        };
        let record = FuncRecord {
            decl,
            defined: r[2] == 0,
            section: Self::list_index(&self.sections, r[6], "section")?.cloned(),
            comdat: Self::list_index(&self.comdats, at(12), "comdat")?.cloned(),
            function_attributes: attrs.function.clone(),
            personality: at(14),
            fn_type: fn_type.clone(),
            blocks: Vec::new(),
        };
        let space = u32::try_from(at(16)).unwrap_or(0);
        let kind = GlobalKind::Func(self.funcs.len());
        self.push_global(&Name::from(name.as_str()), fn_type.clone(), space, kind);
        self.funcs.push(record);
        Ok(())
    }
}
