//! Native memory access on behalf of interpreted code.
//!
//! # Soundness
//! Interpreted code works on native memory with real addresses, by design:
//! it shares data structures with the native code in the process. Every
//! function here dereferences an address the *program* computed. The
//! interpreter gives the program exactly the guarantees native execution
//! would: a valid address behaves as in native code, an invalid one is the
//! program's own undefined behaviour. These functions never touch the
//! interpreter's own data structures; accesses may be unaligned (LLVM
//! records the alignment it may assume, not one we rely on).

/// Reads a `T` from `addr`.
///
/// # Safety
/// `addr` must be valid for reading `size_of::<T>()` bytes (the program's
/// obligation, as in native code).
#[inline(always)]
pub unsafe fn load<T: Copy>(addr: u64) -> T {
    std::ptr::read_unaligned(addr as usize as *const T)
}

/// Writes a `T` to `addr`.
///
/// # Safety
/// `addr` must be valid for writing `size_of::<T>()` bytes.
#[inline(always)]
pub unsafe fn store<T: Copy>(addr: u64, v: T) {
    std::ptr::write_unaligned(addr as usize as *mut T, v)
}

/// Copies `len` bytes from `addr` into the slots of `dst`, zero-padding the
/// last slot. `dst` must have room for `ceil(len / 8)` slots (checked).
///
/// # Safety
/// `addr` must be valid for reading `len` bytes.
pub unsafe fn load_bytes(addr: u64, dst: &mut [u64], len: usize) {
    let words = len.div_ceil(8);
    let dst = &mut dst[..words];
    if len.is_multiple_of(8) && words <= 8 {
        // Whole words (vectors): plain loads rather than a `memcpy` call.
        for (i, d) in dst.iter_mut().enumerate() {
            *d = std::ptr::read_unaligned((addr as usize as *const u64).add(i));
        }
        return;
    }
    dst[words.saturating_sub(1)..].fill(0);
    std::ptr::copy_nonoverlapping(addr as usize as *const u8, dst.as_mut_ptr() as *mut u8, len);
}

/// Copies `len` bytes from the slots of `src` to `addr`. `src` must hold at
/// least `ceil(len / 8)` slots (checked).
///
/// # Safety
/// `addr` must be valid for writing `len` bytes.
pub unsafe fn store_bytes(addr: u64, src: &[u64], len: usize) {
    let src = &src[..len.div_ceil(8)];
    if len.is_multiple_of(8) && src.len() <= 8 {
        for (i, v) in src.iter().enumerate() {
            std::ptr::write_unaligned((addr as usize as *mut u64).add(i), *v);
        }
        return;
    }
    std::ptr::copy_nonoverlapping(src.as_ptr() as *const u8, addr as usize as *mut u8, len);
}

/// `memcpy`.
///
/// # Safety
/// Both ranges must be valid and must not overlap (the program's
/// obligation for `llvm.memcpy`).
pub unsafe fn copy(dst: u64, src: u64, len: u64) {
    if len != 0 {
        std::ptr::copy_nonoverlapping(
            src as usize as *const u8,
            dst as usize as *mut u8,
            len as usize,
        );
    }
}

/// `memmove`.
///
/// # Safety
/// Both ranges must be valid.
pub unsafe fn move_bytes(dst: u64, src: u64, len: u64) {
    if len != 0 {
        std::ptr::copy(
            src as usize as *const u8,
            dst as usize as *mut u8,
            len as usize,
        );
    }
}

/// `memset`.
///
/// # Safety
/// The range must be valid.
pub unsafe fn fill(dst: u64, val: u8, len: u64) {
    if len != 0 {
        std::ptr::write_bytes(dst as usize as *mut u8, val, len as usize);
    }
}

/// Bytes `[off, off + len)` of the value held in `slots`, zero-extended.
pub fn read_slot_bytes(slots: &[u64], off: usize, len: usize) -> [u64; 1] {
    let mut out = [0u8; 8];
    for (i, b) in out.iter_mut().enumerate().take(len.min(8)) {
        let o = off + i;
        *b = (slots[o / 8] >> ((o % 8) * 8)) as u8;
    }
    [u64::from_le_bytes(out)]
}

/// Overwrites bytes `[off, off + len)` of the value in `dst` with the
/// value in `val`.
pub fn insert_slot_bytes(dst: &mut [u64], off: usize, len: usize, val: &[u64]) {
    for i in 0..len {
        let byte = (val[i / 8] >> ((i % 8) * 8)) as u8;
        let o = off + i;
        let shift = (o % 8) * 8;
        dst[o / 8] = (dst[o / 8] & !(0xffu64 << shift)) | ((byte as u64) << shift);
    }
}
