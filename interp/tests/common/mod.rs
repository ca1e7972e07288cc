//! What the interpreter's test binaries share: a host that knows nothing.

use jir_interp::host::{Host, NativeCall, NativeSig, Resolved};
use jir_interp::FuncRef;
use std::sync::Arc;

/// A host that knows nothing: no symbols, no native calls.
pub struct NoHost;

impl Host for NoHost {
    fn resolve(&self, _: &str) -> Option<Resolved> {
        None
    }
    fn prepare_call(&self, _: &NativeSig) -> Result<Arc<dyn NativeCall>, String> {
        Err("no native calls in this test".into())
    }
    fn native_pointer(&self, _: &FuncRef) -> Result<usize, String> {
        Err("no native pointers in this test".into())
    }
    fn function_at(&self, _: usize) -> Option<FuncRef> {
        None
    }
    fn exception_matches(&self, _: u64, _: u64) -> bool {
        false
    }
    fn thread_local_address(&self, _: &str) -> Option<usize> {
        None
    }
}
