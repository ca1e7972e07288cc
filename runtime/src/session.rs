//! A session: the modules loaded into one runtime, one after another, and
//! the [`Host`] implementation that resolves their symbols (newest module
//! first, then the embedder's table, then the runtime's own symbols, then
//! `dlsym`), prepares native calls and hands out native-callable pointers.

use crate::symbols::{self, SymbolTable};
use crate::{exit, ffi, trampoline};
use jir_interp::host::{AbiType, Host, NativeCall, NativeSig, Resolved};
use jir_interp::load::{LoadMode, Parsed};
use jir_interp::{FuncRef, LoadError, LoadedModule, Trap, TrapKind};
use std::ffi::CString;
use std::sync::{Arc, Mutex, RwLock, Weak};

/// Why running a module failed.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Load(#[from] LoadError),
    #[error("{0}")]
    NoMain(String),
    #[error("{0}")]
    Trap(#[from] Trap),
}

/// Ends the process for an exception nothing caught, as natively;
/// otherwise passes the result on.
fn terminate_if_uncaught<T>(r: Result<T, Trap>) -> Result<T, Trap> {
    if let Err(Trap {
        kind: TrapKind::Uncaught(ue) | TrapKind::Exception(ue),
        ..
    }) = r
    {
        crate::eh::terminate_uncaught(ue);
    }
    r
}

impl RunError {
    /// The `jirun` exit status for this failure.
    pub fn exit_status(&self) -> i32 {
        match self {
            RunError::Load(e) => exit::for_load_error(e),
            RunError::NoMain(_) => exit::NO_MAIN,
            // A function that cannot be lowered (in a lazily loaded
            // module: found unsupported or invalid on its first call).
            RunError::Trap(Trap {
                kind: TrapKind::Lowering(_),
                ..
            }) => exit::UNSUPPORTED,
            RunError::Trap(_) => exit::TRAP,
        }
    }
}

/// One runtime: a session of loaded modules plus the embedder's symbols.
pub struct Runtime {
    modules: RwLock<Vec<Arc<LoadedModule>>>,
    symbols: SymbolTable,
    me: Weak<Runtime>,
}

impl Runtime {
    pub fn new() -> Arc<Runtime> {
        Arc::new_cyclic(|me| Runtime {
            modules: RwLock::new(Vec::new()),
            symbols: SymbolTable::default(),
            me: me.clone(),
        })
    }

    /// Makes `name` resolve to `addr` for modules loaded from now on.
    pub fn register_symbol(&self, name: &str, addr: usize) {
        self.symbols.register(name, addr);
    }

    fn host(&self) -> Result<Arc<dyn Host>, LoadError> {
        self.me
            .upgrade()
            .map(|r| r as Arc<dyn Host>)
            .ok_or_else(|| LoadError::Internal("runtime dropped".into()))
    }

    /// Loads the module at `path` (bitcode or text IR) into the session
    /// and runs its static constructors.
    pub fn load_file(&self, path: &str) -> Result<Arc<LoadedModule>, RunError> {
        self.load_file_with(path, LoadMode::Eager)
    }

    /// [`Runtime::load_file`], reading function bodies in `mode`.
    pub fn load_file_with(
        &self,
        path: &str,
        mode: LoadMode,
    ) -> Result<Arc<LoadedModule>, RunError> {
        self.add_module(jir_interp::load::parse_file_with(path, mode)?)
    }

    /// Loads and validates the module at `path` without adding it to the
    /// session or running anything (for inspection: `--list-unsupported`,
    /// `--disassemble`).
    pub fn inspect_file(&self, path: &str) -> Result<Arc<LoadedModule>, RunError> {
        self.inspect(jir_interp::load::parse_file(path)?)
    }

    /// Validates an already parsed module (an `IrModule` is one read
    /// eagerly) without adding it to the session or running anything (see
    /// [`Runtime::inspect_file`]).
    pub fn inspect(&self, parsed: impl Into<Parsed>) -> Result<Arc<LoadedModule>, RunError> {
        Ok(LoadedModule::from_parsed(parsed.into(), self.host()?)?)
    }

    /// Loads a module held in memory; `name` appears in error messages.
    pub fn load_bytes(&self, bytes: &[u8], name: &str) -> Result<Arc<LoadedModule>, RunError> {
        self.load_bytes_with(bytes, name, LoadMode::Eager)
    }

    /// [`Runtime::load_bytes`], reading function bodies in `mode`.
    pub fn load_bytes_with(
        &self,
        bytes: &[u8],
        name: &str,
        mode: LoadMode,
    ) -> Result<Arc<LoadedModule>, RunError> {
        self.add_module(jir_interp::load::parse_bytes_with(bytes, name, mode)?)
    }

    fn add_module(&self, parsed: Parsed) -> Result<Arc<LoadedModule>, RunError> {
        let module = LoadedModule::from_parsed(parsed, self.host()?)?;
        if let Ok(mut m) = self.modules.write() {
            m.push(module.clone());
        }
        // Registered before the constructors run, so that (atexit handlers
        // running in reverse) the destructors run after every handler the
        // program registers, as `.fini_array` does natively.
        if !module.destructors().is_empty() {
            register_destructors(module.clone());
        }
        self.run_initializers(module.constructors())?;
        Ok(module)
    }

    fn run_initializers(&self, list: &[jir_interp::module::Initializer]) -> Result<(), RunError> {
        for init in list {
            match &init.function {
                Resolved::Function(f) => {
                    let mut ret = [0u64; 1];
                    terminate_if_uncaught(jir_interp::exec::invoke(f, &[], &mut ret))?;
                }
                Resolved::Address(addr) => {
                    let call = self.prepare_call(&NativeSig {
                        params: vec![],
                        ret: AbiType::Void,
                        fixed_params: None,
                    });
                    if let Ok(call) = call {
                        let mut frame = [0u64; 1];
                        // SAFETY: a constructor is a `void ()` function.
                        let _ = unsafe { call.call(*addr, &mut frame, &[], 0) };
                    }
                }
            }
        }
        Ok(())
    }

    /// Runs `main` of `module` with `args` (`args[0]` is the program
    /// name) and the process environment; returns main's result.
    pub fn run_main(&self, module: &Arc<LoadedModule>, args: &[String]) -> Result<i32, RunError> {
        let main = module.function("main").ok_or_else(|| {
            RunError::NoMain(format!("module `{}` has no `main` function", module.name))
        })?;
        let params = main.sig.params.len();
        if params > 3 || main.sig.ret_slots > 1 {
            return Err(RunError::NoMain(format!(
                "`main` has an unusable signature ({params} parameters)"
            )));
        }
        // argv and its strings live until the process exits: native code
        // (atexit handlers, threads) may still read them after main.
        let strings: Vec<CString> = args
            .iter()
            .map(|a| CString::new(a.as_str()).unwrap_or_default())
            .collect();
        let mut argv: Vec<*const libc::c_char> = strings.iter().map(|s| s.as_ptr()).collect();
        argv.push(std::ptr::null());
        let argv = Box::leak(argv.into_boxed_slice());
        std::mem::forget(strings);
        extern "C" {
            static environ: *const *const libc::c_char;
        }
        // SAFETY: reading the C library's `environ` pointer.
        let envp = unsafe { environ } as u64;
        let call_args = [args.len() as u64, argv.as_ptr() as u64, envp];
        let mut ret = [0u64; 1];
        terminate_if_uncaught(jir_interp::exec::invoke(
            main,
            &call_args[..params.min(3)],
            &mut ret,
        ))?;
        Ok(ret[0] as u32 as i32)
    }

    /// The modules of this session, oldest first.
    pub fn modules(&self) -> Vec<Arc<LoadedModule>> {
        self.modules.read().map(|m| m.clone()).unwrap_or_default()
    }
}

/// Modules whose `llvm.global_dtors` run at exit, in load order.
static DESTRUCTORS: Mutex<Vec<Arc<LoadedModule>>> = Mutex::new(Vec::new());

fn register_destructors(module: Arc<LoadedModule>) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: registering a plain extern "C" function.
        unsafe {
            libc::atexit(run_destructors);
        }
    });
    if let Ok(mut d) = DESTRUCTORS.lock() {
        d.push(module);
    }
}

extern "C" fn run_destructors() {
    let modules = DESTRUCTORS
        .lock()
        .map(|mut d| std::mem::take(&mut *d))
        .unwrap_or_default();
    for m in modules.iter().rev() {
        for d in m.destructors().iter().rev() {
            if let Resolved::Function(f) = &d.function {
                let mut ret = [0u64; 1];
                if let Err(t) = terminate_if_uncaught(jir_interp::exec::invoke(f, &[], &mut ret)) {
                    eprintln!("jirun: in a static destructor: {t}");
                }
            }
        }
    }
}

impl Host for Runtime {
    fn resolve(&self, name: &str) -> Option<Resolved> {
        if let Ok(modules) = self.modules.read() {
            for m in modules.iter().rev() {
                if let Some(r) = m.export(name) {
                    return Some(r);
                }
            }
        }
        if let Some(a) = self.symbols.get(name) {
            return Some(Resolved::Address(a));
        }
        if let Some(a) = symbols::builtin(name) {
            return Some(Resolved::Address(a));
        }
        symbols::dlsym(name).map(Resolved::Address)
    }

    fn prepare_call(&self, sig: &NativeSig) -> Result<Arc<dyn NativeCall>, String> {
        ffi::prepare(sig)
    }

    fn native_pointer(&self, func: &FuncRef) -> Result<usize, String> {
        trampoline::pointer_for(func)
    }

    fn function_at(&self, addr: usize) -> Option<FuncRef> {
        trampoline::function_at(addr)
    }

    fn thread_local_address(&self, name: &str) -> Option<usize> {
        // The dynamic linker answers for the calling thread.
        self.symbols.get(name).or_else(|| symbols::dlsym(name))
    }

    fn exception_matches(&self, exception: u64, type_info: u64) -> bool {
        crate::eh::matches(exception, type_info)
    }
}
