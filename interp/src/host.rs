//! The interpreter's only door to the outside world: the [`Host`] trait,
//! implemented by `jir-runtime`.
//!
//! The interpreter asks the host to resolve symbols its modules do not
//! define, to prepare calls into native code, and to hand out
//! native-callable pointers for interpreted functions (and to map such a
//! pointer back, so an indirect call through it stays in the interpreter).
//! Keeping this small keeps the interpreter testable alone and the
//! platform-specific code (libffi, trampolines, dlsym) in one crate.

use crate::module::FuncRef;
use std::sync::Arc;

/// How one argument or return value crosses the native calling convention.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AbiType {
    Void,
    /// An integer of 1 to 64 bits; `signed` selects sign extension when
    /// the ABI widens it (`signext`).
    Int {
        bits: u8,
        signed: bool,
    },
    Ptr,
    F32,
    F64,
    /// `x86_fp80`: C's `long double` on x86-64.
    F80,
    /// An aggregate passed or returned in registers or memory according to
    /// its fields (first-class struct/array/vector values).
    Struct {
        size: u32,
        align: u32,
        fields: Vec<(u32, AbiType)>,
    },
    /// A pointer argument marked `byval`: the pointee (of this size and
    /// alignment) is passed by value on the stack.
    ByVal {
        size: u32,
        align: u32,
    },
}

impl AbiType {
    /// Bytes this value takes in frame slots.
    pub fn slot_bytes(&self) -> u32 {
        match self {
            AbiType::Void => 0,
            AbiType::Struct { size, .. } => size.div_ceil(8) * 8,
            AbiType::F80 => 16,
            _ => 8,
        }
    }
}

/// A native call signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NativeSig {
    pub params: Vec<AbiType>,
    pub ret: AbiType,
    /// `Some(n)` for a call to a variadic function with `n` fixed params.
    pub fixed_params: Option<usize>,
}

/// A C++ exception thrown by native code (or by `__cxa_throw` called from
/// interpreted code): the address of its `_Unwind_Exception` header, in
/// the state of an exception in flight, with one reference owned by
/// whoever holds this (released when a handler finishes with it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unwind(pub u64);

/// A prepared native call interface (a libffi `cif`, or a direct shim).
pub trait NativeCall: Send + Sync {
    /// Calls the native function at `addr`. Argument `i` starts at frame
    /// slot `args[i]`; the result is written at slot `dst` onwards
    /// (integers zero-extended to 64 bits). A C++ exception thrown by the
    /// callee comes back as `Err` instead of unwinding through the caller.
    ///
    /// # Safety
    /// `addr` must be a function with this signature, and the slots named
    /// must be in `frame` (checked) and hold values of the signature's
    /// types; `ByVal` slots must hold valid pointers.
    unsafe fn call(
        &self,
        addr: usize,
        frame: &mut [u64],
        args: &[u32],
        dst: u32,
    ) -> Result<(), Unwind>;
}

/// The result of resolving a symbol the module does not define.
#[derive(Clone)]
pub enum Resolved {
    /// An interpreted function defined by another module of the session.
    Function(FuncRef),
    /// A native address: code or data.
    Address(usize),
}

/// What the interpreter needs from its embedder.
pub trait Host: Send + Sync {
    /// Resolves a function or global the module declares but does not
    /// define.
    fn resolve(&self, name: &str) -> Option<Resolved>;

    /// Prepares a call interface for native functions of signature `sig`.
    fn prepare_call(&self, sig: &NativeSig) -> Result<Arc<dyn NativeCall>, String>;

    /// A native-callable address that runs `func` in the interpreter. The
    /// same function gets the same address every time.
    fn native_pointer(&self, func: &FuncRef) -> Result<usize, String>;

    /// This thread's address of a thread-local variable defined natively.
    fn thread_local_address(&self, name: &str) -> Option<usize>;

    /// Whether a handler for the C++ type `type_info` (0: `catch (...)`)
    /// catches the in-flight exception `exception` (see [`Unwind`]). On a
    /// match the host records what `__cxa_begin_catch` will return.
    fn exception_matches(&self, exception: u64, type_info: u64) -> bool;

    /// The interpreted function behind an address made by
    /// [`Host::native_pointer`], if `addr` is one. The host must keep every
    /// function it returns alive for as long as the host itself lives.
    fn function_at(&self, addr: usize) -> Option<FuncRef>;
}
