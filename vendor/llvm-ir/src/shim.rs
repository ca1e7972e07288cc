//! jir patch: the calls into `cxx/shim.cpp`, the C++ that LLVM's C API
//! lacks: reading one function of a lazy module, dropping metadata nothing
//! reads, and verifying without LLVM's automatic debug info upgrade.

use crate::llvm_sys::*;
use std::ffi::CStr;
use std::os::raw::c_char;

extern "C" {
    fn jir_llvm_is_materializable(f: LLVMValueRef) -> i32;
    fn jir_llvm_materialize(f: LLVMValueRef) -> *mut c_char;
    fn jir_llvm_drop_unread_metadata(m: LLVMModuleRef);
    fn jir_llvm_verify_module(m: LLVMModuleRef) -> *mut c_char;
    fn jir_llvm_disable_debug_info_upgrade();
}

/// Reads `f`'s body if it is still in the bitcode and verifies it.
pub(crate) fn materialize(f: LLVMValueRef) -> Result<(), String> {
    // SAFETY: `f` is a function of a live module.
    unsafe {
        if jir_llvm_is_materializable(f) == 0 {
            return Ok(());
        }
        message_to_result(jir_llvm_materialize(f))
    }
}

/// Turns off LLVM's automatic debug info upgrade (once per process):
/// it verifies every module with debug info a second time, and aborts the
/// process on a broken one. [`verify_module`] does its work instead.
pub(crate) fn disable_debug_info_upgrade() {
    // SAFETY: sets one LLVM option, once (a C++ static initialiser).
    unsafe { jir_llvm_disable_debug_info_upgrade() }
}

/// LLVM's verifier on `m`, dropping broken or outdated debug info.
///
/// # Safety
/// `m` must be a live module.
pub(crate) unsafe fn verify_module(m: LLVMModuleRef) -> Result<(), String> {
    message_to_result(jir_llvm_verify_module(m))
}

/// Drops the instruction metadata other than debug locations from the
/// bodies `m` holds (nothing reads it; verifying it is costly).
///
/// # Safety
/// `m` must be a live module.
pub(crate) unsafe fn drop_unread_metadata(m: LLVMModuleRef) {
    jir_llvm_drop_unread_metadata(m)
}

/// `Ok` for a null message, else the message (which is freed).
unsafe fn message_to_result(msg: *mut c_char) -> Result<(), String> {
    if msg.is_null() {
        return Ok(());
    }
    let text = CStr::from_ptr(msg).to_string_lossy().into_owned();
    LLVMDisposeMessage(msg);
    Err(text)
}
