//! jir patch: modules whose function bodies are read on demand.
//!
//! [`Module::from_bc_bytes_lazy`] reads only the module level of the
//! bitcode (types, globals, function signatures); each function in
//! `Module::functions` has no basic blocks until [`LazyBodies::function`]
//! reads, verifies and converts its body.

use crate::from_llvm::Context;
use crate::function::Function;
use crate::llvm_sys::*;
use crate::module::{Module, ModuleContext};
use crate::types::Types;
use std::ffi::CStr;
use std::os::raw::c_char;
use std::sync::Arc;

/// The LLVM module behind a lazily read [`Module`], and what converting
/// its function bodies needs.
pub struct LazyBodies {
    /// The conversion context of the module level, reused for bodies.
    ctx: ModuleContext,
    /// The defined functions, in the order of `Module::functions`.
    functions: Vec<LLVMValueRef>,
    /// The types seen so far, and how many named structs they hold.
    types: Arc<Types>,
    named_structs: usize,
    /// Owns the LLVM module; disposed last (fields drop in order).
    _context: Context,
}

// SAFETY: the LLVM context and module are reached only through
// `&mut LazyBodies` (the owner keeps it behind a lock), so no two threads
// use them at once, and LLVM contexts may move between threads.
unsafe impl Send for LazyBodies {}

impl LazyBodies {
    /// The types of the module and of every body converted so far.
    pub fn types(&self) -> Arc<Types> {
        self.types.clone()
    }

    /// Reads, verifies and converts the body of `Module::functions[index]`.
    /// Returns it with the types it may use (a superset of the module's).
    pub fn function(&mut self, index: usize) -> Result<(Function, Arc<Types>), String> {
        let f = *self
            .functions
            .get(index)
            .ok_or_else(|| format!("no function #{}", index))?;
        crate::shim::materialize(f)?;
        // A cached constant is keyed by address; LLVM may free placeholder
        // constants while reading a body, so start each body afresh.
        self.ctx.constants.clear();
        crate::debugloc::forget_interned_names();
        let func = Function::from_llvm_ref(f, &mut self.ctx);
        crate::debugloc::forget_interned_names();
        let named = self.ctx.types.named_struct_count();
        if named != self.named_structs {
            self.types = Arc::new(self.ctx.types.clone().build());
            self.named_structs = named;
        }
        Ok((func, self.types.clone()))
    }
}

impl Module {
    /// Reads the module level of the bitcode in `bytes`; function bodies
    /// stay unread until [`LazyBodies::function`]. `name` names the module.
    pub fn from_bc_bytes_lazy(bytes: &[u8], name: &str) -> Result<(Module, LazyBodies), String> {
        let context = Context::new();
        let module = unsafe {
            let name = std::ffi::CString::new(name.replace('\0', "")).unwrap_or_default();
            let buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(
                bytes.as_ptr() as *const _,
                bytes.len(),
                name.as_ptr(),
            );
            let mut module: LLVMModuleRef = std::ptr::null_mut();
            let mut err: *mut c_char = std::ptr::null_mut();
            // The module takes ownership of the buffer (it reads bodies from
            // it later), also when this fails.
            #[allow(deprecated)]
            let failed = llvm_sys::bit_reader::LLVMGetBitcodeModuleInContext(
                context.ctx,
                buffer,
                &mut module,
                &mut err,
            );
            if failed != 0 {
                let msg = if err.is_null() {
                    "invalid bitcode".to_owned()
                } else {
                    let m = CStr::from_ptr(err).to_string_lossy().into_owned();
                    LLVMDisposeMessage(err);
                    m
                };
                return Err(msg);
            }
            module
        };
        Module::verify(module)?;
        let functions: Vec<LLVMValueRef> = crate::iterators::get_defined_functions(module).collect();
        let (mut ir, ctx) = Module::convert(module);
        let types = Arc::new(ctx.types.clone().build());
        ir.types = ctx.types.clone().build();
        let named_structs = ctx.types.named_struct_count();
        Ok((
            ir,
            LazyBodies {
                ctx,
                functions,
                types,
                named_structs,
                _context: context,
            },
        ))
    }
}
