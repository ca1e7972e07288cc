//! The x86-64 System V stub pool and common entry.
//!
//! Each stub is `lea r11, [rip]; jmp common`, padded to 16 bytes, so stub
//! `i` starts at `pool + 16 * i` and leaves `pool + 16 * i + 7` in r11.
//! The common entry saves rdi..r9, xmm0..7 and al in a [`SavedRegs`] on
//! its stack, calls [`dispatch`], and loads rax, rdx, xmm0, xmm1 (and st(0)
//! for a long double) from it.
//! All of this is ordinary code in the binary's text section: no page is
//! ever made executable at run time.

use super::{dispatch, SavedRegs, POOL_SIZE};
use std::mem::offset_of;

const STUB_SIZE: usize = 16;

#[unsafe(naked)]
unsafe extern "C" fn stub_pool() {
    core::arch::naked_asm!(
        ".rept {n}",
        ".p2align 4",
        "lea r11, [rip]",
        "jmp {common}",
        ".endr",
        n = const POOL_SIZE,
        common = sym common_entry,
    )
}

#[unsafe(naked)]
unsafe extern "C" fn common_entry() {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "sub rsp, {frame}",
        "mov [rsp + {gpr} + 0], rdi",
        "mov [rsp + {gpr} + 8], rsi",
        "mov [rsp + {gpr} + 16], rdx",
        "mov [rsp + {gpr} + 24], rcx",
        "mov [rsp + {gpr} + 32], r8",
        "mov [rsp + {gpr} + 40], r9",
        "movdqu [rsp + {xmm} + 0], xmm0",
        "movdqu [rsp + {xmm} + 16], xmm1",
        "movdqu [rsp + {xmm} + 32], xmm2",
        "movdqu [rsp + {xmm} + 48], xmm3",
        "movdqu [rsp + {xmm} + 64], xmm4",
        "movdqu [rsp + {xmm} + 80], xmm5",
        "movdqu [rsp + {xmm} + 96], xmm6",
        "movdqu [rsp + {xmm} + 112], xmm7",
        "mov [rsp + {stub}], r11",
        "mov [rsp + {count}], rax",
        "mov rdi, rsp",
        "lea rsi, [rbp + 16]",
        "call {dispatch}",
        // An exception for the caller: drop this frame and raise it from
        // a function whose return address is the caller's call site.
        "mov rdi, [rsp + {raise}]",
        "test rdi, rdi",
        "jz 3f",
        "leave",
        "jmp {jir_raise}",
        "3:",
        "mov rax, [rsp + {ret_gpr}]",
        "mov rdx, [rsp + {ret_gpr} + 8]",
        "movdqu xmm0, [rsp + {ret_xmm}]",
        "movdqu xmm1, [rsp + {ret_xmm} + 16]",
        // A long double result goes in st(0); otherwise the x87 stack
        // must stay empty.
        "cmp qword ptr [rsp + {ret_x87}], 0",
        "je 2f",
        "fld tbyte ptr [rsp + {ret_f80}]",
        "2:",
        "leave",
        "ret",
        frame = const 288,
        gpr = const offset_of!(SavedRegs, gpr),
        xmm = const offset_of!(SavedRegs, xmm),
        stub = const offset_of!(SavedRegs, stub),
        count = const offset_of!(SavedRegs, vector_count),
        ret_gpr = const offset_of!(SavedRegs, ret_gpr),
        ret_xmm = const offset_of!(SavedRegs, ret_xmm),
        ret_x87 = const offset_of!(SavedRegs, ret_x87),
        ret_f80 = const offset_of!(SavedRegs, ret_f80),
        raise = const offset_of!(SavedRegs, raise),
        jir_raise = sym crate::eh::jir_raise,
        dispatch = sym dispatch,
    )
}

const _: () = assert!(std::mem::size_of::<SavedRegs>() <= 288);

fn pool_base() -> usize {
    stub_pool as *const () as usize
}

pub(super) fn stub_address(i: usize) -> usize {
    pool_base() + i * STUB_SIZE
}

/// The stub index of `addr`, if it is the start of a stub.
pub(super) fn stub_index(addr: usize) -> Option<usize> {
    let off = addr.checked_sub(pool_base())?;
    let i = off / STUB_SIZE;
    (i < POOL_SIZE && off % STUB_SIZE == 0).then_some(i)
}

/// The stub whose `lea r11, [rip]` (7 bytes long) left `r11` behind.
pub(super) fn stub_of_r11(r11: usize) -> Option<usize> {
    stub_index(r11.wrapping_sub(7))
}
