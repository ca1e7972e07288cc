//! Calls from interpreted code into native functions, through libffi.
//!
//! A call interface (`ffi_cif`) is prepared once per signature and call
//! site ([`prepare`]) and reused for every call. `ffi_call` needs no
//! executable memory, so this works where JIT is forbidden.

use jir_interp::host::{AbiType, NativeCall, NativeSig};
use libffi::low;
use libffi::middle::Type;
use std::ffi::c_void;

extern "C" {
    /// The system libffi's `_Complex long double` (the crate exposes it
    /// only behind a feature that does not build against it).
    static mut ffi_type_complex_longdouble: low::ffi_type;
}

/// A libffi type: built by the crate, or one of libffi's own statics.
enum FfiTy {
    Owned(Type),
    Static(*mut low::ffi_type),
}

impl FfiTy {
    fn as_raw_ptr(&self) -> *mut low::ffi_type {
        match self {
            FfiTy::Owned(t) => t.as_raw_ptr(),
            FfiTy::Static(p) => *p,
        }
    }
}

/// The libffi type of an ABI value.
fn ffi_ty(t: &AbiType) -> Result<FfiTy, String> {
    if let AbiType::Struct { fields, .. } = t {
        // `{ x86_fp80, x86_fp80 }` is how clang spells `_Complex long
        // double`, which the ABI passes and returns in x87 registers, not
        // in memory like other aggregates of long doubles.
        if matches!(fields.as_slice(), [(0, AbiType::F80), (16, AbiType::F80)]) {
            // Only the address of libffi's type object is taken.
            return Ok(FfiTy::Static(std::ptr::addr_of_mut!(
                ffi_type_complex_longdouble
            )));
        }
    }
    ffi_type(t).map(FfiTy::Owned)
}

/// The libffi type of an ABI value, built by the crate.
fn ffi_type(t: &AbiType) -> Result<Type, String> {
    Ok(match t {
        AbiType::Void => Type::void(),
        AbiType::Int { bits, signed } => match (bits, signed) {
            (0..=8, true) => Type::i8(),
            (0..=8, false) => Type::u8(),
            (9..=16, true) => Type::i16(),
            (9..=16, false) => Type::u16(),
            (17..=32, true) => Type::i32(),
            (17..=32, false) => Type::u32(),
            (33..=64, true) => Type::i64(),
            (33..=64, false) => Type::u64(),
            // Two integer eightbytes, as the ABI passes __int128.
            (65..=128, _) => Type::structure([Type::u64(), Type::u64()]),
            _ => return Err(format!("i{bits} argument")),
        },
        AbiType::Ptr => Type::pointer(),
        AbiType::F32 => Type::f32(),
        AbiType::F64 => Type::f64(),
        AbiType::F80 => Type::longdouble(),
        AbiType::Struct { fields, .. } => {
            let mut types = Vec::with_capacity(fields.len());
            for (_, f) in fields {
                types.push(ffi_type(f)?);
            }
            Type::structure(types)
        }
        AbiType::ByVal { size, align } => {
            if *size <= 16 {
                return Err(format!("byval argument of {size} bytes"));
            }
            // Larger than 16 bytes: passed in memory whatever the fields
            // are, so words of the right alignment describe it exactly.
            let (unit, n) = match align {
                0..=1 => (Type::u8(), *size),
                2 => (Type::u16(), size / 2),
                4 => (Type::u32(), size / 4),
                _ => (Type::u64(), size / 8),
            };
            Type::structure(std::iter::repeat_n(unit, n as usize))
        }
    })
}

/// A prepared call interface.
struct FfiCall {
    cif: Box<low::ffi_cif>,
    // The cif points into these; they must live as long as it.
    _arg_types: Vec<FfiTy>,
    _arg_ptrs: Box<[*mut low::ffi_type]>,
    _ret_type: FfiTy,
    sig: NativeSig,
    /// Bytes the return value occupies.
    ret_size: usize,
}

// SAFETY: after preparation the cif and the types it points to are never
// written; `ffi_call` only reads them, so sharing between threads is fine.
unsafe impl Send for FfiCall {}
unsafe impl Sync for FfiCall {}

/// Prepares a call interface for `sig`.
pub fn prepare(sig: &NativeSig) -> Result<std::sync::Arc<dyn NativeCall>, String> {
    let arg_types = sig
        .params
        .iter()
        .map(ffi_ty)
        .collect::<Result<Vec<_>, _>>()?;
    let ret_type = ffi_ty(&sig.ret)?;
    let mut arg_ptrs: Box<[*mut low::ffi_type]> =
        arg_types.iter().map(|t| t.as_raw_ptr()).collect();
    let mut cif: Box<low::ffi_cif> = Box::default();
    // SAFETY: all type pointers are owned by `arg_types`/`ret_type`, which
    // the returned FfiCall keeps alive with the cif.
    let status = unsafe {
        match sig.fixed_params {
            Some(fixed) => low::prep_cif_var(
                &mut *cif,
                low::ffi_abi_FFI_DEFAULT_ABI,
                fixed,
                arg_ptrs.len(),
                ret_type.as_raw_ptr(),
                arg_ptrs.as_mut_ptr(),
            ),
            None => low::prep_cif(
                &mut *cif,
                low::ffi_abi_FFI_DEFAULT_ABI,
                arg_ptrs.len(),
                ret_type.as_raw_ptr(),
                arg_ptrs.as_mut_ptr(),
            ),
        }
    };
    status.map_err(|e| format!("libffi cannot prepare the call: {e:?}"))?;
    // Check libffi's idea of aggregate sizes against the data layout's.
    for (t, a) in arg_types
        .iter()
        .zip(&sig.params)
        .chain(std::iter::once((&ret_type, &sig.ret)))
    {
        if let (AbiType::Struct { size, .. }, FfiTy::Owned(_)) = (a, t) {
            // SAFETY: prep_cif initialised the sizes of all types.
            let ffi_size = unsafe { (*t.as_raw_ptr()).size };
            if ffi_size != *size as usize {
                return Err(format!(
                    "aggregate of {size} bytes has a layout libffi computes as {ffi_size} bytes"
                ));
            }
        }
    }
    // SAFETY: as above. (libffi gives `void` a size of 1.)
    let ret_size = match sig.ret {
        AbiType::Void => 0,
        _ => unsafe { (*ret_type.as_raw_ptr()).size },
    };
    Ok(std::sync::Arc::new(FfiCall {
        cif,
        _arg_types: arg_types,
        _arg_ptrs: arg_ptrs,
        _ret_type: ret_type,
        sig: sig.clone(),
        ret_size,
    }))
}

impl NativeCall for FfiCall {
    unsafe fn call(
        &self,
        addr: usize,
        frame: &mut [u64],
        args: &[u32],
        dst: u32,
    ) -> Result<(), jir_interp::host::Unwind> {
        let mut values: smallvec::SmallVec<[*mut c_void; 16]> =
            smallvec::SmallVec::with_capacity(args.len());
        for (i, s) in args.iter().enumerate() {
            let s = *s as usize;
            let p = match self.sig.params.get(i) {
                // A byval argument is passed by copying the pointee.
                Some(AbiType::ByVal { .. }) => frame[s] as usize as *mut c_void,
                _ => &mut frame[s] as *mut u64 as *mut c_void,
            };
            values.push(p);
        }
        // libffi writes at least a full register for small returns.
        let mut ret = [0u64; 8];
        let mut heap_ret: Vec<u64>;
        let ret_ptr: *mut c_void = if self.ret_size <= 64 {
            ret.as_mut_ptr() as *mut c_void
        } else {
            heap_ret = vec![0u64; self.ret_size.div_ceil(8)];
            heap_ret.as_mut_ptr() as *mut c_void
        };
        // SAFETY: the caller guarantees `addr` has this signature; every
        // argument pointer points at a slot (or byval memory) of the right
        // type, and the return buffer is large enough.
        let fun: unsafe extern "C" fn() =
            std::mem::transmute::<usize, unsafe extern "C" fn()>(addr);
        let thrown = crate::eh::jir_ffi_call(
            &*self.cif as *const _ as *mut _,
            Some(fun),
            ret_ptr,
            values.as_mut_ptr(),
        );
        if !thrown.is_null() {
            return Err(jir_interp::host::Unwind(thrown as u64));
        }
        let words = self.ret_size.div_ceil(8);
        if words == 0 {
            return Ok(());
        }
        let out = std::slice::from_raw_parts(ret_ptr as *const u64, words);
        let d = dst as usize;
        if let Some(target) = frame.get_mut(d..d + words) {
            target.copy_from_slice(out);
            if let AbiType::Int { bits, .. } = self.sig.ret {
                // Integers live zero-extended in slots.
                if bits < 64 {
                    target[0] &= (1u64 << bits) - 1;
                }
            }
        }
        Ok(())
    }
}
