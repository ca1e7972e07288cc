//! The dispatch loop: a `match` over the current instruction, with the
//! frame pointer, instruction pointer and memory-stack pointer in locals.
//!
//! # Soundness
//! Single-slot operands are read and written without bounds checks. This
//! is sound because every `Code` passed the bytecode verifier
//! ([`crate::bytecode::verify`]): each single-slot operand is below the
//! function's `frame_slots`, every jump lands on an instruction of the same
//! function, and each op needing a tail word has one. A frame is only
//! entered after checking that `frame_slots` slots fit in the thread's
//! slot stack. The two-slot operands of the fixed-shape 128-bit ops are
//! read and written unchecked too: the verifier checks both words (see
//! `Inst::pair_slots`). Calls copy their argument lists and `Ret` its
//! result unchecked too: the verifier matched both against the callee's
//! signature and the frames (see the list in [`crate::bytecode::verify`]).
//! Other multi-slot operations go through a bounds-checked slice of the
//! frame. Memory the program addresses is accessed through
//! [`super::memory`], whose contract is the program's own.

use super::ops::{self, mask, sext};
use super::stack::{Activation, ThreadStacks};
use super::{atomic, f80, jump, memory, simd, vector, wide};
use crate::bytecode::{ElemKind, Inst, Slot, SwitchTable};
use crate::code::{Callee, Code};
use crate::error::{Trap, TrapKind};
use crate::host::{AbiType, Unwind};
use crate::module::FunctionDef;
use std::sync::atomic::Ordering;

/// Rounds `x` up to `align`, a power of two (LLVM accepts no other
/// alignment); a mask, not a division, as it runs on every call.
fn align_up(x: usize, align: u64) -> usize {
    let a = align.max(1) as usize;
    debug_assert!(a.is_power_of_two());
    x.wrapping_add(a - 1) & !(a - 1)
}

fn make_trap(kind: TrapKind, code: &Code, pc_index: usize) -> Trap {
    let func = code.function.upgrade();
    Trap {
        kind,
        function: func.as_ref().map(|f| f.name.clone()),
        location: func.and_then(|f| f.location_of(pc_index)).map(Box::new),
    }
}

thread_local! {
    /// Active runs on this thread (see [`super::nesting`]).
    pub(super) static NESTING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `func` on the calling thread; restores the thread's stacks when
/// done, whatever the outcome.
pub(super) fn run(
    func: &FunctionDef,
    args: &[u64],
    ret: &mut [u64],
    catch_beyond: bool,
) -> Result<(), Trap> {
    NESTING.with(|n| n.set(n.get() + 1));
    let r = run_inner(func, args, ret, catch_beyond);
    NESTING.with(|n| n.set(n.get() - 1));
    r
}

fn run_inner(
    func: &FunctionDef,
    args: &[u64],
    ret: &mut [u64],
    catch_beyond: bool,
) -> Result<(), Trap> {
    let code = func
        .code()
        .map_err(|e| Trap::new(TrapKind::Lowering(e.to_string())))?;
    let st = super::stack::current().ok_or_else(|| {
        Trap::new(TrapKind::Other(
            "cannot allocate the interpreter stacks".into(),
        ))
    })?;
    // SAFETY: `st` is this thread's stacks; nothing else holds a reference
    // to them while this run is active except nested runs, which restore
    // them before returning.
    unsafe {
        let saved_top = (*st).slot_top;
        let saved_sp = (*st).mem_sp;
        let depth = (*st).activations.len();
        let result = execute(st, code, args, ret, catch_beyond);
        (*st).slot_top = saved_top;
        (*st).mem_sp = saved_sp;
        (*st).activations.truncate(depth);
        result
    }
}

/// Copies a function's constants into its new frame.
///
/// # Safety
/// `fp` must point at `code.frame_slots` writable slots.
#[inline(always)]
unsafe fn load_consts(fp: *mut u64, code: &Code) {
    let n = code.consts.len();
    let dst = fp.add(code.const_base() as usize);
    // Most functions have a handful of constants: a loop beats a call to
    // `memcpy` on every call.
    if n <= 8 {
        for i in 0..n {
            *dst.add(i) = *code.consts.as_ptr().add(i);
        }
    } else {
        std::ptr::copy_nonoverlapping(code.consts.as_ptr(), dst, n);
    }
}

/// Argument list `args` of `code`: its length, then its slots.
///
/// # Safety
/// `args` must come from an instruction of `code`: the verifier checked
/// that the whole list lies inside `code.arg_pool`.
#[inline(always)]
unsafe fn arg_list(code: &Code, args: u32) -> &[u32] {
    let p = code.arg_pool.as_ptr().add(args as usize);
    std::slice::from_raw_parts(p.add(1), *p as usize)
}

/// Copies the arguments named by `list` from the frame at `fp` to the
/// first slots of the frame at `new_fp`. Most calls pass one to three
/// slots: straight copies for those beat the unrolled general loop.
///
/// # Safety
/// Every slot of `list` must be in the frame at `fp`, and the frame at
/// `new_fp` must have `list.len()` slots.
#[inline(always)]
unsafe fn copy_args(new_fp: *mut u64, fp: *const u64, list: &[u32]) {
    let arg = |i: usize| *fp.add(*list.get_unchecked(i) as usize);
    match list.len() {
        0 => {}
        1 => *new_fp = arg(0),
        2 => {
            *new_fp = arg(0);
            *new_fp.add(1) = arg(1);
        }
        3 => {
            *new_fp = arg(0);
            *new_fp.add(1) = arg(1);
            *new_fp.add(2) = arg(2);
        }
        n => {
            for i in 0..n {
                *new_fp.add(i) = arg(i);
            }
        }
    }
}

/// Lays variadic arguments out on the memory stack at `sp` as a native
/// caller would (see [`crate::abi`]); returns the address of their
/// `va_list` template and the new stack pointer, or `None` when the stack
/// is exhausted.
///
/// # Safety
/// `fp` must point at a frame of `frame_slots` slots; `ByVal` argument
/// slots must hold valid pointers (the program's obligation).
unsafe fn build_variadic_area(
    fp: *mut u64,
    frame_slots: usize,
    args: &[u32],
    fixed: &[AbiType],
    types: &[AbiType],
    sp: usize,
    limit: usize,
) -> Option<(u64, usize)> {
    use crate::abi::{Place, REG_SAVE_SIZE};
    let layout = crate::abi::variadic_layout(fixed, types);
    let area = align_up(sp, 16);
    let template_at = area + (REG_SAVE_SIZE + layout.memory_size) as usize;
    let end = template_at + crate::abi::va::LIST_SIZE as usize;
    if end > limit {
        return None;
    }
    let frame = std::slice::from_raw_parts(fp, frame_slots);
    for ((s, t), place) in args.iter().zip(types).zip(&layout.places) {
        let off = match place {
            Place::Register(o) => *o,
            Place::Memory(o) => REG_SAVE_SIZE + o,
        };
        let at = (area as u64) + off;
        match t {
            AbiType::ByVal { size, .. } => memory::copy(at, frame[*s as usize], *size as u64),
            t => {
                let words = (t.slot_bytes() as usize / 8).max(1);
                memory::store_bytes(at, frame.get(*s as usize..)?, words * 8);
            }
        }
    }
    let template = crate::abi::va::register_template(
        layout.gp_used,
        layout.fp_used,
        (area as u64) + REG_SAVE_SIZE,
        area as u64,
    );
    memory::store_bytes(
        template_at as u64,
        &template_words(&template),
        template.len(),
    );
    Some((template_at as u64, end))
}

fn template_words(t: &[u8; 24]) -> [u64; 3] {
    let w = |i: usize| u64::from_le_bytes(t[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
    [w(0), w(1), w(2)]
}

/// What a run needs but rarely: the thread's stacks (used by calls and
/// returns), the entry function's result buffer, the stacks' ends, the
/// depth at entry and the depth limit. Kept together in memory because
/// the loop has more live values than registers: with these in locals the
/// compiler spilled hot ones instead (the frame pointer, in one build) and
/// shuffled registers on every fall-through dispatch.
struct RunBounds {
    /// This thread's stacks.
    st: *mut ThreadStacks,
    /// Where the entry function's result goes.
    ret: *mut u64,
    ret_len: usize,
    slot_base: *mut u64,
    /// The end of the slot stack, as an address: frames are checked to
    /// end at or below it.
    slot_end: usize,
    mem_limit: usize,
    mem_floor: usize,
    entry_depth: usize,
    depth_limit: usize,
    catch_beyond: bool,
}

/// The loop proper. See the module documentation for the invariants.
unsafe fn execute(
    st: *mut ThreadStacks,
    entry_code: &Code,
    args: &[u64],
    ret: &mut [u64],
    catch_beyond: bool,
) -> Result<(), Trap> {
    let slot_cap = (*st).slot_capacity();
    let entry_depth = (*st).activations.len();
    let bounds = RunBounds {
        st,
        ret: ret.as_mut_ptr(),
        ret_len: ret.len(),
        slot_base: (*st).slot_base(),
        slot_end: (*st).slot_base() as usize + slot_cap * 8,
        mem_limit: (*st).mem_limit(),
        mem_floor: (*st).mem_sp,
        entry_depth,
        depth_limit: entry_depth.saturating_add((*st).limits.depth),
        catch_beyond,
    };
    // Read through an opaque reference, so the bounds stay in memory
    // instead of taking registers the loop needs (see `RunBounds`).
    let b: &RunBounds = std::hint::black_box(&bounds);

    let mut code: &Code = entry_code;
    let base = (*b.st).slot_top;
    if base + code.frame_slots as usize > slot_cap {
        return Err(make_trap(TrapKind::StackExhausted, code, 0));
    }
    // The current frame (there is no separate frame index: one fewer value
    // to keep in a register across the loop).
    let mut fp = b.slot_base.add(base);
    for (i, a) in args.iter().take(code.param_slots as usize).enumerate() {
        *fp.add(i) = *a;
    }
    load_consts(fp, code);
    let mut mem_base = align_up((*b.st).mem_sp, code.static_frame_align);
    let mut mem_sp = mem_base + code.static_frame_size as usize;
    if mem_sp > b.mem_limit {
        return Err(make_trap(TrapKind::StackExhausted, code, 0));
    }
    let mut insts = code.insts.as_ptr();
    let mut pc = insts;

    macro_rules! r {
        ($s:expr) => {
            *fp.add(($s).0 as usize)
        };
    }
    macro_rules! w {
        ($s:expr, $v:expr) => {{
            let v: u64 = $v;
            *fp.add(($s).0 as usize) = v;
        }};
    }
    // Both words of a verified two-slot operand (see `Inst::pair_slots`).
    macro_rules! r2 {
        ($s:expr) => {
            *(fp.add(($s).0 as usize) as *const [u64; 2])
        };
    }
    macro_rules! w2 {
        ($s:expr, $v:expr) => {{
            let v: [u64; 2] = $v;
            *(fp.add(($s).0 as usize) as *mut [u64; 2]) = v;
        }};
    }
    macro_rules! f32r {
        ($s:expr) => {
            f32::from_bits(r!($s) as u32)
        };
    }
    macro_rules! f64r {
        ($s:expr) => {
            f64::from_bits(r!($s))
        };
    }
    macro_rules! pc_index {
        () => {
            (pc.offset_from(insts) as usize).saturating_sub(1)
        };
    }
    macro_rules! trap {
        ($kind:expr) => {
            return Err(make_trap($kind, code, pc_index!()))
        };
    }
    // Index of the current frame's first slot in the slot stack.
    macro_rules! base {
        () => {
            fp.offset_from(b.slot_base) as usize
        };
    }
    macro_rules! frame {
        () => {
            std::slice::from_raw_parts_mut(fp, code.frame_slots as usize)
        };
    }
    macro_rules! tail_imm {
        () => {{
            let t = *pc;
            pc = pc.add(1);
            match t {
                Inst::TailImm { x, y, z } => (x, y, z),
                _ => trap!(TrapKind::Other("malformed bytecode: missing tail".into())),
            }
        }};
    }
    macro_rules! tail_slot {
        () => {{
            let t = *pc;
            pc = pc.add(1);
            match t {
                Inst::TailSlot { s, x, y } => (s, x, y),
                _ => trap!(TrapKind::Other("malformed bytecode: missing tail".into())),
            }
        }};
    }
    // The value of a `simd` operation, or its trap.
    macro_rules! vec_result {
        ($r:expr) => {
            match $r {
                Ok(v) => v,
                Err(simd::VecTrap::DivideByZero) => trap!(TrapKind::IntegerDivideByZero),
                Err(simd::VecTrap::OutOfFrame) => {
                    trap!(TrapKind::Other("malformed bytecode: vector operand".into()))
                }
            }
        };
    }
    // `base + idx << shift + off`: the address of an indexed access.
    macro_rules! indexed {
        ($base:expr, $idx:expr, $shift:expr, $off:expr) => {
            r!($base)
                .wrapping_add(r!($idx) << $shift)
                .wrapping_add($off as i64 as u64)
        };
    }
    // A 128-bit op applying `$op` lane by lane (see `simd::lanes2x64`).
    macro_rules! v128 {
        ($lanes:ident, $dst:expr, $a:expr, $b:expr, $op:expr) => {
            w2!($dst, simd::$lanes(r2!($a), r2!($b), $op))
        };
    }
    // Runs the instruction after a fused pair's first half when it is of
    // the expected op (see "Fused pairs" in `bytecode`).
    macro_rules! then {
        ($pat:pat => $body:expr) => {
            if let $pat = *pc {
                pc = pc.add(1);
                $body
            }
        };
    }
    // `then!` with several patterns: the first that matches runs.
    macro_rules! then_any {
        ($($pat:pat => $body:expr),+ $(,)?) => {
            match *pc {
                $($pat => {
                    pc = pc.add(1);
                    $body
                })+
                _ => {}
            }
        };
    }
    // `ptr + off`: the address of a load or store.
    macro_rules! addr {
        ($ptr:expr, $off:expr) => {
            r!($ptr).wrapping_add($off as i64 as u64)
        };
    }
    // `p + off`, for a pair that computed address `p` itself (see
    // `Inst::pair_link_holds`).
    macro_rules! at {
        ($p:expr, $off:expr) => {
            $p.wrapping_add($off as i64 as u64)
        };
    }
    // An address computed into `dst`, then the `$op` load from it (which
    // reads its address as this value: see `Inst::pair_link_holds`).
    macro_rules! addr_then_load {
        ($op:ident, $ty:ty, $dst:expr, $p:expr) => {{
            let p: u64 = $p;
            w!($dst, p);
            then!(Inst::$op { dst, off, .. } => {
                w!(dst, memory::load::<$ty>(at!(p, off)) as u64)
            })
        }};
    }
    macro_rules! load_at {
        ($ty:ty, $ptr:expr, $off:expr) => {
            memory::load::<$ty>(addr!($ptr, $off)) as u64
        };
    }
    // `dst = *(base + (idx << shift))`: an indexed load (its own handler
    // and the fused pairs that run one share this).
    macro_rules! load_idx {
        ($ty:ty, $dst:expr, $base:expr, $idx:expr, $shift:expr) => {
            w!(
                $dst,
                memory::load::<$ty>(indexed!($base, $idx, $shift, 0)) as u64
            )
        };
    }
    macro_rules! store_at {
        ($ty:ty, $ptr:expr, $off:expr, $v:expr) => {
            memory::store::<$ty>(addr!($ptr, $off), $v)
        };
    }
    // `dst = a op b` on doubles (an op's own handler and the fused pairs
    // that end in it share this).
    macro_rules! f64_op {
        ($dst:expr, $a:expr, $op:tt, $b:expr) => {
            w!($dst, (f64r!($a) $op f64r!($b)).to_bits())
        };
    }
    // The bodies of fused pairs that a pair before them may run too (a
    // chain: see `peephole::continues`).
    // The second halves below take the first half's result as a value
    // (`$x`), not from its slot, which is the second's first operand (see
    // `Inst::pair_link_holds`). A store reads its value from its slot: it
    // ends the chain, so the round trip delays nothing.
    macro_rules! mul_then_add {
        ($dst:expr, $x:expr, $b:expr) => {{
            let m = ($x as u64).wrapping_mul(r!($b));
            w!($dst, m);
            then!(Inst::Add64 { dst, b, .. } => w!(dst, m.wrapping_add(r!(b))))
        }};
    }
    macro_rules! fadd_then_store {
        ($dst:expr, $x:expr, $b:expr) => {{
            w!($dst, ($x + f64r!($b)).to_bits());
            then!(Inst::Store64 { ptr, val, off } => store_at!(u64, ptr, off, r!(val)))
        }};
    }
    macro_rules! fsub_then_store {
        ($dst:expr, $x:expr, $b:expr) => {{
            w!($dst, ($x - f64r!($b)).to_bits());
            then!(Inst::Store64 { ptr, val, off } => store_at!(u64, ptr, off, r!(val)))
        }};
    }
    macro_rules! load_then_fadd {
        ($dst:expr, $addr:expr) => {{
            let v = memory::load::<u64>($addr);
            w!($dst, v);
            let x = f64::from_bits(v);
            then_any!(
                Inst::FAdd64 { dst, b, .. } => w!(dst, (x + f64r!(b)).to_bits()),
                Inst::FAddThenStore64 { dst, b, .. } => fadd_then_store!(dst, x, b),
            )
        }};
    }
    macro_rules! load_then_fsub {
        ($dst:expr, $addr:expr) => {{
            let v = memory::load::<u64>($addr);
            w!($dst, v);
            let x = f64::from_bits(v);
            then_any!(
                Inst::FSub64 { dst, b, .. } => w!(dst, (x - f64r!(b)).to_bits()),
                Inst::FSubThenStore64 { dst, b, .. } => fsub_then_store!(dst, x, b),
            )
        }};
    }
    macro_rules! load_then_fmul {
        ($dst:expr, $addr:expr) => {{
            let v = memory::load::<u64>($addr);
            w!($dst, v);
            then!(Inst::FMul64 { dst, b, .. } => {
                w!(dst, (f64::from_bits(v) * f64r!(b)).to_bits())
            })
        }};
    }
    // Two 16-byte stores (a row of four doubles).
    macro_rules! store128_pair {
        ($ptr:expr, $val:expr, $off:expr) => {{
            store_at!([u64; 2], $ptr, $off, r2!($val));
            then!(Inst::Store128 { ptr, val, off } => {
                store_at!([u64; 2], ptr, off, r2!(val))
            })
        }};
    }
    macro_rules! f64x2_mul_pair {
        ($dst:expr, $a:expr, $b:expr) => {{
            v128!(lanes2x64, $dst, $a, $b, simd::f64s(|x, y| x * y));
            then!(Inst::F64x2Mul { dst, a, b } => {
                v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x * y))
            })
        }};
    }
    // Two 16-byte adds, and the store of the row when it follows as a
    // pair (`c[i][j..j+4] += ...`).
    macro_rules! f64x2_add_pair {
        ($dst:expr, $a:expr, $b:expr) => {{
            v128!(lanes2x64, $dst, $a, $b, simd::f64s(|x, y| x + y));
            then!(Inst::F64x2Add { dst, a, b } => {
                v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x + y));
                then!(Inst::Store128Pair { ptr, val, off } => store128_pair!(ptr, val, off))
            })
        }};
    }
    // `(h ^ c) * prime` on 32 bits (FNV-1a).
    macro_rules! xor_then_mul32 {
        ($dst:expr, $a:expr, $b:expr) => {{
            w!($dst, r!($a) ^ r!($b));
            then!(Inst::Mul32 { dst, a, b } => {
                w!(dst, (r!(a) as u32).wrapping_mul(r!(b) as u32) as u64)
            })
        }};
    }
    // A GEP and the 64-bit load from it (or a pair starting with one).
    macro_rules! gep_then_load64 {
        ($dst:expr, $base:expr, $idx:expr, $shift:expr, $off:expr) => {{
            let p = indexed!($base, $idx, $shift, $off);
            w!($dst, p);
            then_any!(
                Inst::Load64 { dst, off, .. } => w!(dst, memory::load::<u64>(at!(p, off))),
                Inst::LoadThenFAdd64 { dst, off, .. } => load_then_fadd!(dst, at!(p, off)),
                Inst::LoadThenFSub64 { dst, off, .. } => load_then_fsub!(dst, at!(p, off)),
                Inst::LoadThenFMul64 { dst, off, .. } => load_then_fmul!(dst, at!(p, off)),
                Inst::LoadThenMul64 { dst, off, .. } => load_then_mul!(dst, at!(p, off)),
            )
        }};
    }
    macro_rules! load_then_mul {
        ($dst:expr, $addr:expr) => {{
            let v = memory::load::<u64>($addr);
            w!($dst, v);
            then_any!(
                Inst::Mul64 { dst, b, .. } => w!(dst, v.wrapping_mul(r!(b))),
                Inst::MulThenAdd64 { dst, b, .. } => mul_then_add!(dst, v, b),
            )
        }};
    }
    macro_rules! jump {
        ($t:expr) => {{
            // Every taken jump polls the interrupt flag: testing only
            // back-edges costs a compare, and the join of the two paths
            // made the compiler shuffle registers on every jump.
            if super::INTERRUPT.load(Ordering::Relaxed) {
                trap!(TrapKind::Interrupted);
            }
            pc = insts.add(($t).0 as usize);
        }};
    }
    // A conditional branch steps over its `BranchTail` when not taken (see
    // the conventions in `bytecode`).
    macro_rules! branch_if {
        ($cond:expr, $t:expr) => {
            if $cond {
                jump!($t)
            } else {
                pc = pc.add(1);
            }
        };
    }
    // The code of interpreted function `def`, lowering it on its first
    // call.
    macro_rules! code_of {
        ($def:expr) => {{
            let def: &FunctionDef = $def;
            let p = def.lowered_ptr();
            if !p.is_null() {
                // SAFETY: a non-null `lowered_ptr` points at the code
                // `def` owns, which lives as long as `def`.
                &*p
            } else {
                match def.code() {
                    Ok(c) => c,
                    Err(e) => trap!(TrapKind::Lowering(e.to_string())),
                }
            }
        }};
    }
    // Reserves the static `alloca` area of the function just entered
    // (`code`) at `mem_sp`. Without one there is no `Alloca` to address
    // from `mem_base` (`reserve_static` gives every alloca a byte at
    // least), so the base needs no alignment and the stack does not grow.
    macro_rules! static_frame {
        () => {
            mem_base = mem_sp;
            if code.static_frame_size != 0 {
                mem_base = align_up(mem_sp, code.static_frame_align);
                mem_sp = mem_base + code.static_frame_size as usize;
                if mem_sp > b.mem_limit {
                    trap!(TrapKind::StackExhausted);
                }
            }
        };
    }
    // Enters interpreted function `callee` whose arguments have already
    // been written at `new_fp`.
    macro_rules! enter {
        ($callee:expr, $dst:expr, $new_fp:expr, $saved_sp:expr) => {{
            let callee: &Code = $callee;
            if (*b.st).activations.len() >= b.depth_limit {
                trap!(TrapKind::StackExhausted);
            }
            if super::INTERRUPT.load(Ordering::Relaxed) {
                trap!(TrapKind::Interrupted);
            }
            (*b.st).activations.push(Activation {
                code,
                resume: pc,
                fp,
                dst: ($dst).0,
                mem_sp: $saved_sp,
                mem_base,
            });
            code = callee;
            fp = $new_fp;
            load_consts(fp, code);
            static_frame!();
            insts = code.insts.as_ptr();
            pc = insts;
        }};
    }

    // Unwinds a C++ exception (see `lower::eh`): from the call instruction
    // just executed (or, for `resume`, from the caller of this frame) to
    // the first landing pad that catches or cleans up, popping frames on
    // the way; out of this run when none does.
    macro_rules! raise {
        ($ue:expr, $from_caller:expr) => {{
            let ue: u64 = $ue;
            let mut skip_current: bool = $from_caller;
            if !b.catch_beyond
                && !$from_caller
                && !super::eh::handler_exists(&*b.st, code, pc_index!() as u32, b.entry_depth, ue)
            {
                // Nothing will catch it: terminate before any cleanup, as
                // the native two-phase unwinder does.
                return Err(make_trap(TrapKind::Uncaught(ue), code, pc_index!()));
            }
            loop {
                if !skip_current {
                    if let Some((target, dst, selector)) =
                        super::eh::landing(code, pc_index!() as u32, ue)
                    {
                        w!(dst, ue);
                        w!(Slot(dst.0 + 1), selector as u32 as u64);
                        pc = insts.add(target.0 as usize);
                        break;
                    }
                }
                skip_current = false;
                if (*b.st).activations.len() == b.entry_depth {
                    return Err(make_trap(TrapKind::Exception(ue), code, pc_index!()));
                }
                let Some(a) = (*b.st).activations.pop() else {
                    trap!(TrapKind::Other("activation stack underflow".into()))
                };
                code = &*a.code;
                fp = a.fp;
                mem_sp = a.mem_sp;
                mem_base = a.mem_base;
                insts = code.insts.as_ptr();
                // Just past the call: `pc_index!` names the call itself.
                pc = a.resume;
            }
        }};
    }

    loop {
        let inst: *const Inst = pc;
        #[cfg(feature = "trace")]
        eprintln!(
            "[trace] @{} {:4}: {:?}",
            code.name,
            pc.offset_from(insts),
            *inst
        );
        pc = pc.add(1);
        match *inst {
            Inst::TailSlot { .. } | Inst::TailImm { .. } | Inst::BranchTail => {
                trap!(TrapKind::Other("malformed bytecode: stray tail".into()))
            }

            // ---- moves
            Inst::Copy { dst, src } => w!(dst, r!(src)),
            Inst::CopyN { dst, src, n } => {
                let (d, s, n) = (dst.0 as usize, src.0 as usize, n as usize);
                frame!().copy_within(s..s + n, d);
            }
            Inst::ConstI32 { dst, imm } => w!(dst, imm as i64 as u64),
            Inst::CopyJump { dst, src, target } => {
                w!(dst, r!(src));
                jump!(target)
            }

            // ---- integer arithmetic
            Inst::Add32 { dst, a, b } => w!(dst, (r!(a) as u32).wrapping_add(r!(b) as u32) as u64),
            Inst::Add64 { dst, a, b } => w!(dst, r!(a).wrapping_add(r!(b))),
            Inst::AddN { dst, a, b, bits } => w!(dst, mask(r!(a).wrapping_add(r!(b)), bits as u32)),
            Inst::AddImm32 { dst, a, imm } => {
                w!(dst, (r!(a) as u32).wrapping_add(imm as u32) as u64)
            }
            Inst::AddImm64 { dst, a, imm } => w!(dst, r!(a).wrapping_add(imm as i64 as u64)),
            Inst::Sub32 { dst, a, b } => w!(dst, (r!(a) as u32).wrapping_sub(r!(b) as u32) as u64),
            Inst::Sub64 { dst, a, b } => w!(dst, r!(a).wrapping_sub(r!(b))),
            Inst::SubN { dst, a, b, bits } => w!(dst, mask(r!(a).wrapping_sub(r!(b)), bits as u32)),
            Inst::Mul32 { dst, a, b } => w!(dst, (r!(a) as u32).wrapping_mul(r!(b) as u32) as u64),
            Inst::Mul64 { dst, a, b } => w!(dst, r!(a).wrapping_mul(r!(b))),
            Inst::MulN { dst, a, b, bits } => w!(dst, mask(r!(a).wrapping_mul(r!(b)), bits as u32)),
            Inst::MulImm64 { dst, a, imm } => w!(dst, r!(a).wrapping_mul(imm as i64 as u64)),
            Inst::UDiv { dst, a, b } => match r!(a).checked_div(r!(b)) {
                Some(v) => w!(dst, v),
                None => trap!(TrapKind::IntegerDivideByZero),
            },
            Inst::URem { dst, a, b } => match r!(a).checked_rem(r!(b)) {
                Some(v) => w!(dst, v),
                None => trap!(TrapKind::IntegerDivideByZero),
            },
            Inst::SDiv { dst, a, b, bits } => match ops::sdiv(r!(a), r!(b), bits as u32) {
                Some(v) => w!(dst, v),
                None if r!(b) == 0 => trap!(TrapKind::IntegerDivideByZero),
                None => trap!(TrapKind::IntegerOverflow),
            },
            Inst::SRem { dst, a, b, bits } => match ops::srem(r!(a), r!(b), bits as u32) {
                Some(v) => w!(dst, v),
                None if r!(b) == 0 => trap!(TrapKind::IntegerDivideByZero),
                None => trap!(TrapKind::IntegerOverflow),
            },
            Inst::And { dst, a, b } => w!(dst, r!(a) & r!(b)),
            Inst::Or { dst, a, b } => w!(dst, r!(a) | r!(b)),
            Inst::Xor { dst, a, b } => w!(dst, r!(a) ^ r!(b)),
            Inst::AndImm { dst, a, imm } => w!(dst, r!(a) & (imm as i64 as u64)),
            Inst::Shl { dst, a, b, bits } => w!(dst, ops::shl(r!(a), r!(b), bits as u32)),
            Inst::ShlImm { dst, a, imm, bits } => w!(dst, mask(r!(a) << imm, bits as u32)),
            Inst::LShr { dst, a, b } => w!(dst, r!(a).wrapping_shr(r!(b) as u32)),
            Inst::LShrImm { dst, a, imm } => w!(dst, r!(a) >> imm),
            Inst::AShr { dst, a, b, bits } => w!(dst, ops::ashr(r!(a), r!(b), bits as u32)),
            Inst::AShrImm { dst, a, imm, bits } => w!(
                dst,
                mask((sext(r!(a), bits as u32) >> imm) as u64, bits as u32)
            ),

            // ---- integer comparisons
            Inst::ICmpEq { dst, a, b } => w!(dst, (r!(a) == r!(b)) as u64),
            Inst::ICmpNe { dst, a, b } => w!(dst, (r!(a) != r!(b)) as u64),
            Inst::ICmpUlt { dst, a, b } => w!(dst, (r!(a) < r!(b)) as u64),
            Inst::ICmpUle { dst, a, b } => w!(dst, (r!(a) <= r!(b)) as u64),
            Inst::ICmpSlt { dst, a, b, bits } => {
                w!(
                    dst,
                    (sext(r!(a), bits as u32) < sext(r!(b), bits as u32)) as u64
                )
            }
            Inst::ICmpSle { dst, a, b, bits } => {
                w!(
                    dst,
                    (sext(r!(a), bits as u32) <= sext(r!(b), bits as u32)) as u64
                )
            }

            // ---- floating point
            Inst::FAdd32 { dst, a, b } => w!(dst, (f32r!(a) + f32r!(b)).to_bits() as u64),
            Inst::FSub32 { dst, a, b } => w!(dst, (f32r!(a) - f32r!(b)).to_bits() as u64),
            Inst::FMul32 { dst, a, b } => w!(dst, (f32r!(a) * f32r!(b)).to_bits() as u64),
            Inst::FDiv32 { dst, a, b } => w!(dst, (f32r!(a) / f32r!(b)).to_bits() as u64),
            Inst::FRem32 { dst, a, b } => w!(dst, (f32r!(a) % f32r!(b)).to_bits() as u64),
            Inst::FAdd64 { dst, a, b } => f64_op!(dst, a, +, b),
            Inst::FSub64 { dst, a, b } => f64_op!(dst, a, -, b),
            Inst::FMul64 { dst, a, b } => f64_op!(dst, a, *, b),
            Inst::FDiv64 { dst, a, b } => w!(dst, (f64r!(a) / f64r!(b)).to_bits()),
            Inst::FRem64 { dst, a, b } => w!(dst, (f64r!(a) % f64r!(b)).to_bits()),
            Inst::FNeg32 { dst, a } => w!(dst, r!(a) ^ 0x8000_0000),
            Inst::FNeg64 { dst, a } => w!(dst, r!(a) ^ (1 << 63)),
            Inst::FCmp32 { dst, a, b, pred } => {
                w!(
                    dst,
                    ops::fcmp(pred, f32r!(a) as f64, f32r!(b) as f64) as u64
                )
            }
            Inst::FCmp64 { dst, a, b, pred } => w!(dst, ops::fcmp(pred, f64r!(a), f64r!(b)) as u64),
            Inst::Math32 { dst, a, op } => w!(dst, ops::math32(op, f32r!(a)).to_bits() as u64),
            Inst::Math64 { dst, a, op } => w!(dst, ops::math64(op, f64r!(a)).to_bits()),
            Inst::Fma32 { dst, a, b } => {
                let (c, _, _) = tail_slot!();
                w!(dst, f32r!(a).mul_add(f32r!(b), f32r!(c)).to_bits() as u64)
            }
            Inst::Fma64 { dst, a, b } => {
                let (c, _, _) = tail_slot!();
                w!(dst, f64r!(a).mul_add(f64r!(b), f64r!(c)).to_bits())
            }
            Inst::MinMaxNum32 { dst, a, b, max } => {
                let (x, y) = (f32r!(a), f32r!(b));
                w!(
                    dst,
                    if max != 0 { x.max(y) } else { x.min(y) }.to_bits() as u64
                )
            }
            Inst::MinMaxNum64 { dst, a, b, max } => {
                let (x, y) = (f64r!(a), f64r!(b));
                w!(dst, if max != 0 { x.max(y) } else { x.min(y) }.to_bits())
            }

            // ---- x86_fp80
            #[cfg(target_arch = "x86_64")]
            Inst::F80Bin { dst, a, b, op } => {
                let f = frame!();
                let (x, y) = (f80::get(f, a.0 as usize), f80::get(f, b.0 as usize));
                match f80::binary(op, &x, &y) {
                    Some(v) => f80::put(f, dst.0 as usize, v),
                    None => trap!(TrapKind::Other("malformed bytecode: x86_fp80 op".into())),
                }
            }
            #[cfg(target_arch = "x86_64")]
            Inst::F80Cmp { dst, a, b, pred } => {
                let f = frame!();
                let (eq, lt, gt, uno) =
                    f80::compare(&f80::get(f, a.0 as usize), &f80::get(f, b.0 as usize));
                w!(dst, ops::fcmp_flags(pred, eq, lt, gt, uno) as u64)
            }
            #[cfg(target_arch = "x86_64")]
            Inst::F80Conv { dst, a, op, bits } => {
                let f = frame!();
                let a = a.0 as usize;
                let (words, n) = f80::convert(
                    op,
                    f.get(a..(a + 2).min(f.len())).unwrap_or(&[]),
                    bits as u32,
                );
                let d = dst.0 as usize;
                f[d..d + n].copy_from_slice(&words[..n]);
            }
            #[cfg(not(target_arch = "x86_64"))]
            Inst::F80Bin { .. } | Inst::F80Cmp { .. } | Inst::F80Conv { .. } => {
                trap!(TrapKind::Other(
                    "x86_fp80 is not available on this host".into()
                ))
            }

            // ---- conversions
            Inst::Trunc { dst, a, bits } => w!(dst, mask(r!(a), bits as u32)),
            Inst::SExt { dst, a, from, to } => {
                w!(dst, mask(sext(r!(a), from as u32) as u64, to as u32))
            }
            Inst::FpExt { dst, a } => w!(dst, (f32r!(a) as f64).to_bits()),
            Inst::FpTrunc { dst, a } => w!(dst, (f64r!(a) as f32).to_bits() as u64),
            Inst::SiToF32 { dst, a, bits } => {
                w!(dst, (sext(r!(a), bits as u32) as f32).to_bits() as u64)
            }
            Inst::SiToF64 { dst, a, bits } => w!(dst, (sext(r!(a), bits as u32) as f64).to_bits()),
            Inst::UiToF32 { dst, a } => w!(dst, (r!(a) as f32).to_bits() as u64),
            Inst::UiToF64 { dst, a } => w!(dst, (r!(a) as f64).to_bits()),
            Inst::F32ToSi { dst, a, bits } => w!(dst, ops::f32_to_si(f32r!(a), bits as u32)),
            Inst::F64ToSi { dst, a, bits } => w!(dst, ops::f64_to_si(f64r!(a), bits as u32)),
            Inst::F32ToUi { dst, a, bits } => w!(dst, ops::f32_to_ui(f32r!(a), bits as u32)),
            Inst::F64ToUi { dst, a, bits } => w!(dst, ops::f64_to_ui(f64r!(a), bits as u32)),

            // ---- select
            Inst::Select { dst, cond, a } => {
                let (b, _, _) = tail_slot!();
                w!(dst, if r!(cond) != 0 { r!(a) } else { r!(b) })
            }
            Inst::SelectN { dst, cond, a } => {
                let (b, n, _) = tail_slot!();
                let src = if r!(cond) != 0 { a } else { b };
                let n = n as usize;
                frame!().copy_within(src.0 as usize..src.0 as usize + n, dst.0 as usize);
            }

            // ---- memory
            Inst::Load8 { dst, ptr, off } => w!(dst, load_at!(u8, ptr, off)),
            Inst::Load16 { dst, ptr, off } => {
                w!(dst, load_at!(u16, ptr, off))
            }
            Inst::Load32 { dst, ptr, off } => {
                w!(dst, load_at!(u32, ptr, off))
            }
            Inst::Load64 { dst, ptr, off } => w!(dst, load_at!(u64, ptr, off)),
            Inst::Load128 { dst, ptr, off } => w2!(dst, memory::load::<[u64; 2]>(addr!(ptr, off))),
            Inst::Store128 { ptr, val, off } => {
                store_at!([u64; 2], ptr, off, r2!(val))
            }
            Inst::Load128Pair { dst, ptr, off } => {
                w2!(dst, memory::load::<[u64; 2]>(addr!(ptr, off)));
                then!(Inst::Load128 { dst, ptr, off } => {
                    w2!(dst, memory::load::<[u64; 2]>(addr!(ptr, off)))
                })
            }
            Inst::Store128Pair { ptr, val, off } => store128_pair!(ptr, val, off),
            Inst::LoadN { dst, ptr, off } => {
                let (size, _, _) = tail_imm!();
                let addr = addr!(ptr, off);
                memory::load_bytes(addr, &mut frame!()[dst.0 as usize..], size as usize);
            }
            Inst::Store8 { ptr, val, off } => {
                store_at!(u8, ptr, off, r!(val) as u8)
            }
            Inst::Store16 { ptr, val, off } => {
                store_at!(u16, ptr, off, r!(val) as u16)
            }
            Inst::Store32 { ptr, val, off } => {
                store_at!(u32, ptr, off, r!(val) as u32)
            }
            Inst::Store64 { ptr, val, off } => {
                store_at!(u64, ptr, off, r!(val))
            }
            Inst::StoreN { ptr, val, off } => {
                let (size, _, _) = tail_imm!();
                let addr = addr!(ptr, off);
                memory::store_bytes(addr, &frame!()[val.0 as usize..], size as usize);
            }
            Inst::GepShl64 {
                dst,
                base,
                idx,
                shift,
                off,
            } => w!(dst, indexed!(base, idx, shift, off)),
            Inst::GepShl64Pair {
                dst,
                base,
                idx,
                shift,
                off,
            } => {
                w!(dst, indexed!(base, idx, shift, off));
                then!(Inst::GepShl64 { dst, base, idx, shift, off } => {
                    w!(dst, indexed!(base, idx, shift, off))
                })
            }
            Inst::LoadIdx8 {
                dst,
                base,
                idx,
                shift,
            } => {
                load_idx!(u8, dst, base, idx, shift)
            }
            Inst::LoadIdx16 {
                dst,
                base,
                idx,
                shift,
            } => {
                load_idx!(u16, dst, base, idx, shift)
            }
            Inst::LoadIdx32 {
                dst,
                base,
                idx,
                shift,
            } => {
                load_idx!(u32, dst, base, idx, shift)
            }
            Inst::LoadIdx64 {
                dst,
                base,
                idx,
                shift,
            } => {
                w!(dst, memory::load::<u64>(indexed!(base, idx, shift, 0)))
            }
            Inst::StoreIdx8 {
                val,
                base,
                idx,
                shift,
            } => memory::store::<u8>(indexed!(base, idx, shift, 0), r!(val) as u8),
            Inst::StoreIdx16 {
                val,
                base,
                idx,
                shift,
            } => memory::store::<u16>(indexed!(base, idx, shift, 0), r!(val) as u16),
            Inst::StoreIdx32 {
                val,
                base,
                idx,
                shift,
            } => memory::store::<u32>(indexed!(base, idx, shift, 0), r!(val) as u32),
            Inst::StoreIdx64 {
                val,
                base,
                idx,
                shift,
            } => memory::store::<u64>(indexed!(base, idx, shift, 0), r!(val)),
            Inst::GepShl32 {
                dst,
                base: b,
                idx,
                shift,
                off,
            } => w!(
                dst,
                r!(b)
                    .wrapping_add((sext(r!(idx), 32) as u64) << shift)
                    .wrapping_add(off as i64 as u64)
            ),
            Inst::GepMul { dst, base: b, idx } => {
                let (scale, off, bits) = tail_imm!();
                w!(
                    dst,
                    r!(b)
                        .wrapping_add((sext(r!(idx), bits) as u64).wrapping_mul(scale as u64))
                        .wrapping_add(off as i32 as i64 as u64)
                )
            }
            Inst::Alloca { dst, off } => w!(dst, (mem_base + off as usize) as u64),
            Inst::ExternalTls { dst, index } => {
                let name = &code.external_tls[index as usize];
                match code.host.thread_local_address(name) {
                    Some(a) => w!(dst, a as u64),
                    None => trap!(TrapKind::Other(format!("unresolved thread-local @{name}"))),
                }
            }
            Inst::TlsAddress { dst, off } => {
                let block = code.tls.as_deref().and_then(super::tls::block);
                match block {
                    Some(b) => w!(dst, b as u64 + off as u64),
                    None => trap!(TrapKind::Other(
                        "cannot allocate thread-local storage".into()
                    )),
                }
            }
            Inst::AllocaDyn { dst, count } => {
                let (elem, align, bits) = tail_imm!();
                let n = mask(r!(count), bits);
                let Some(size) = n
                    .checked_mul(elem as u64)
                    .filter(|s| *s <= b.mem_limit as u64)
                else {
                    trap!(TrapKind::StackExhausted)
                };
                let start = align_up(mem_sp, align as u64);
                let end = start + size as usize;
                if end > b.mem_limit {
                    trap!(TrapKind::StackExhausted);
                }
                mem_sp = end;
                w!(dst, start as u64);
            }
            Inst::StackSave { dst } => w!(dst, mem_sp as u64),
            Inst::StackRestore { src } => {
                let sp = r!(src) as usize;
                if sp < b.mem_floor || sp > b.mem_limit {
                    trap!(TrapKind::Other(
                        "llvm.stackrestore with a pointer that is not a saved stack".into()
                    ));
                }
                mem_sp = sp;
            }
            Inst::CmpXchg { dst, ptr, expected } => {
                let (new, size, _) = tail_slot!();
                let (old, ok) = atomic::cmpxchg(r!(ptr), size as u8, r!(expected), r!(new));
                if size == 8 {
                    let f = frame!();
                    f[dst.0 as usize] = old;
                    f[dst.0 as usize + 1] = ok as u64;
                } else {
                    w!(dst, old | ((ok as u64) << (size * 8)));
                }
            }
            Inst::AtomicRmw {
                dst,
                ptr,
                val,
                op,
                size,
            } => {
                let Some(op) = atomic::RmwOp::from_u8(op) else {
                    trap!(TrapKind::Other("malformed bytecode: atomic op".into()))
                };
                w!(dst, atomic::rmw(r!(ptr), size, op, r!(val)))
            }
            Inst::AtomicLoad { dst, ptr, size } => w!(dst, atomic::load(r!(ptr), size)),
            Inst::AtomicStore { ptr, val, size } => atomic::store(r!(ptr), size, r!(val)),
            Inst::Fence => std::sync::atomic::fence(Ordering::SeqCst),
            Inst::VaArg { dst, list, class } => {
                let (size, align, _) = tail_imm!();
                w!(
                    dst,
                    crate::abi::va::next_arg(r!(list), class, size as u64, align as u64)
                )
            }
            Inst::MemCopy { dst, src, len } => memory::copy(r!(dst), r!(src), r!(len)),
            Inst::MemMove { dst, src, len } => memory::move_bytes(r!(dst), r!(src), r!(len)),
            Inst::MemSet { dst, val, len } => memory::fill(r!(dst), r!(val) as u8, r!(len)),

            // ---- bits
            Inst::Ctpop { dst, a } => w!(dst, r!(a).count_ones() as u64),
            Inst::Ctlz { dst, a, bits } => w!(dst, ops::ctlz(r!(a), bits as u32)),
            Inst::Cttz { dst, a, bits } => w!(dst, ops::cttz(r!(a), bits as u32)),
            Inst::Bswap { dst, a, bits } => w!(dst, ops::bswap(r!(a), bits as u32)),
            Inst::Bitreverse { dst, a, bits } => w!(dst, ops::bitreverse(r!(a), bits as u32)),
            Inst::Fshl { dst, a, b } => {
                let (c, bits, _) = tail_slot!();
                w!(dst, ops::fshl(r!(a), r!(b), r!(c), bits))
            }
            Inst::FshlImm {
                dst,
                a,
                b,
                shift,
                bits,
            } => w!(
                dst,
                mask(
                    r!(a).wrapping_shl(shift as u32)
                        | r!(b).wrapping_shr(bits.wrapping_sub(shift) as u32),
                    bits as u32
                )
            ),
            Inst::Rotl64Imm { dst, a, shift } => w!(dst, r!(a).rotate_left(shift as u32)),
            Inst::Rotl32Imm { dst, a, shift } => {
                w!(dst, (r!(a) as u32).rotate_left(shift as u32) as u64)
            }
            Inst::Fshr { dst, a, b } => {
                let (c, bits, _) = tail_slot!();
                w!(dst, ops::fshr(r!(a), r!(b), r!(c), bits))
            }
            Inst::SMin { dst, a, b, bits } => w!(dst, ops::smin(r!(a), r!(b), bits as u32)),
            Inst::SMax { dst, a, b, bits } => w!(dst, ops::smax(r!(a), r!(b), bits as u32)),
            Inst::UMin { dst, a, b } => w!(dst, r!(a).min(r!(b))),
            Inst::UMax { dst, a, b } => w!(dst, r!(a).max(r!(b))),
            Inst::Abs { dst, a, bits } => w!(dst, ops::abs(r!(a), bits as u32)),
            Inst::Overflow {
                dst,
                a,
                b,
                op,
                bits,
                flag,
            } => {
                let (v, o) = ops::overflow(op, r!(a), r!(b), bits as u32);
                // The flag byte follows the result at its allocation size.
                if flag >= 8 {
                    let f = frame!();
                    f[dst.0 as usize] = v;
                    f[dst.0 as usize + flag as usize / 8] = o as u64;
                } else {
                    w!(dst, v | ((o as u64) << (flag as u32 * 8)));
                }
            }
            Inst::Saturate {
                dst,
                a,
                b,
                op,
                bits,
            } => w!(dst, ops::saturate(op, r!(a), r!(b), bits as u32)),

            // ---- wide integers
            Inst::WideBin {
                dst,
                a,
                b,
                op,
                bits,
            } => {
                let f = frame!();
                let bits = bits as u32;
                let (x, y) = (
                    wide::get(f, a.0 as usize, bits),
                    wide::get(f, b.0 as usize, bits),
                );
                match wide::binary(op, x, y, bits) {
                    Some(v) => wide::put(f, dst.0 as usize, bits, v),
                    None if y == 0 => trap!(TrapKind::IntegerDivideByZero),
                    None => trap!(TrapKind::IntegerOverflow),
                }
            }
            Inst::WideCmp {
                dst,
                a,
                b,
                pred,
                bits,
            } => {
                let f = frame!();
                let bits = bits as u32;
                let r = wide::compare(
                    pred,
                    wide::get(f, a.0 as usize, bits),
                    wide::get(f, b.0 as usize, bits),
                    bits,
                );
                w!(dst, r as u64)
            }
            Inst::WideConv {
                dst,
                a,
                from,
                to,
                signed,
            } => {
                let f = frame!();
                let v = wide::get(f, a.0 as usize, from as u32);
                let v = if signed != 0 {
                    wide::sext(v, from as u32) as u128
                } else {
                    v
                };
                wide::put(f, dst.0 as usize, to as u32, wide::mask(v, to as u32));
            }
            Inst::WideFloat { dst, a, op, bits } => {
                let f = frame!();
                let from_int = op < wide::fconv::F64_TO_SI;
                let v = if from_int {
                    wide::get(f, a.0 as usize, bits as u32)
                } else {
                    f[a.0 as usize] as u128
                };
                let r = wide::float(op, v, bits as u32);
                if from_int {
                    f[dst.0 as usize] = r as u64;
                } else {
                    wide::put(f, dst.0 as usize, bits as u32, r);
                }
            }
            Inst::WideUn { dst, a, op, bits } => {
                let f = frame!();
                let v = wide::unary(op, wide::get(f, a.0 as usize, bits as u32), bits as u32);
                wide::put(f, dst.0 as usize, bits as u32, v);
            }
            Inst::WideOverflow {
                dst,
                a,
                b,
                op,
                bits,
            } => {
                let f = frame!();
                let bits = bits as u32;
                let (v, o) = wide::overflow(
                    op,
                    wide::get(f, a.0 as usize, bits),
                    wide::get(f, b.0 as usize, bits),
                    bits,
                );
                let d = dst.0 as usize;
                wide::put(f, d, 128, v);
                f[d + 2] = o as u64;
            }
            Inst::VecTernary {
                dst,
                a,
                b,
                op,
                kind,
            } => {
                let (c, lanes, _) = tail_slot!();
                let f = frame!();
                let mut out: smallvec::SmallVec<[u64; 8]> =
                    smallvec::smallvec![0; vector::slots_for(kind, lanes as usize)];
                for i in 0..lanes as usize {
                    let x = vector::lane(&f[a.0 as usize..], kind, i);
                    let y = vector::lane(&f[b.0 as usize..], kind, i);
                    let z = vector::lane(&f[c.0 as usize..], kind, i);
                    vector::set_lane(&mut out, kind, i, vector::ternary(op, kind, x, y, z));
                }
                f[dst.0 as usize..dst.0 as usize + out.len()].copy_from_slice(&out);
            }
            Inst::MaskedLoad {
                dst,
                ptr,
                mask,
                kind,
                expand,
            } => {
                let (passthru, lanes, _) = tail_slot!();
                let f = frame!();
                let base = f[ptr.0 as usize];
                let size = kind.bytes() as u64;
                let mut out: smallvec::SmallVec<[u64; 8]> =
                    smallvec::smallvec![0; vector::slots_for(kind, lanes as usize)];
                let mut next = 0u64;
                for i in 0..lanes as usize {
                    let v = if vector::lane(&f[mask.0 as usize..], ElemKind::I1, i) != 0 {
                        let at = if expand != 0 { next } else { i as u64 };
                        next += 1;
                        vector::load_lane(base + at * size, kind)
                    } else {
                        vector::lane(&f[passthru.0 as usize..], kind, i)
                    };
                    vector::set_lane(&mut out, kind, i, v);
                }
                f[dst.0 as usize..dst.0 as usize + out.len()].copy_from_slice(&out);
            }
            Inst::MaskedStore {
                val,
                ptr,
                mask,
                kind,
                compress,
            } => {
                let (lanes, _, _) = tail_imm!();
                let f = frame!();
                let base = f[ptr.0 as usize];
                let size = kind.bytes() as u64;
                let mut next = 0u64;
                for i in 0..lanes as usize {
                    if vector::lane(&f[mask.0 as usize..], ElemKind::I1, i) != 0 {
                        let at = if compress != 0 { next } else { i as u64 };
                        next += 1;
                        vector::store_lane(
                            base + at * size,
                            kind,
                            vector::lane(&f[val.0 as usize..], kind, i),
                        );
                    }
                }
            }
            Inst::Gather {
                dst,
                ptrs,
                mask,
                kind,
            } => {
                let (passthru, lanes, _) = tail_slot!();
                let f = frame!();
                let mut out: smallvec::SmallVec<[u64; 8]> =
                    smallvec::smallvec![0; vector::slots_for(kind, lanes as usize)];
                for i in 0..lanes as usize {
                    let v = if vector::lane(&f[mask.0 as usize..], ElemKind::I1, i) != 0 {
                        vector::load_lane(
                            vector::lane(&f[ptrs.0 as usize..], ElemKind::I64, i),
                            kind,
                        )
                    } else {
                        vector::lane(&f[passthru.0 as usize..], kind, i)
                    };
                    vector::set_lane(&mut out, kind, i, v);
                }
                f[dst.0 as usize..dst.0 as usize + out.len()].copy_from_slice(&out);
            }
            Inst::Scatter {
                val,
                ptrs,
                mask,
                kind,
            } => {
                let (lanes, _, _) = tail_imm!();
                let f = frame!();
                for i in 0..lanes as usize {
                    if vector::lane(&f[mask.0 as usize..], ElemKind::I1, i) != 0 {
                        let addr = vector::lane(&f[ptrs.0 as usize..], ElemKind::I64, i);
                        vector::store_lane(addr, kind, vector::lane(&f[val.0 as usize..], kind, i));
                    }
                }
            }

            Inst::WideFunnel {
                dst,
                a,
                b,
                bits,
                right,
            } => {
                let (c, _, _) = tail_slot!();
                let f = frame!();
                let bits = bits as u32;
                let (x, y) = (
                    wide::get(f, a.0 as usize, bits),
                    wide::get(f, b.0 as usize, bits),
                );
                let s = (wide::get(f, c.0 as usize, bits) % bits as u128) as u32;
                let v = match (s, right != 0) {
                    (0, false) => x,
                    (0, true) => y,
                    (s, false) => wide::mask((x << s) | (y >> (bits - s)), bits),
                    (s, true) => wide::mask((y >> s) | (x << (bits - s)), bits),
                };
                wide::put(f, dst.0 as usize, bits, v);
            }

            // ---- aggregates and vectors
            Inst::ExtractBytes { dst, src, n } => {
                let (off, size, _) = tail_imm!();
                let f = frame!();
                let (s, n) = (src.0 as usize, n as usize);
                let words = (size as usize).div_ceil(8).max(1);
                for w in 0..words {
                    let chunk = (size as usize - w * 8).min(8);
                    let v = memory::read_slot_bytes(&f[s..s + n], off as usize + w * 8, chunk)[0];
                    f[dst.0 as usize + w] = v;
                }
            }
            Inst::InsertBytes { dst, src, n } => {
                let (val, off, size) = tail_slot!();
                let f = frame!();
                let (d, s, n) = (dst.0 as usize, src.0 as usize, n as usize);
                f.copy_within(s..s + n, d);
                let words = (size as usize).div_ceil(8);
                let v: smallvec::SmallVec<[u64; 4]> =
                    f[val.0 as usize..val.0 as usize + words].into();
                memory::insert_slot_bytes(&mut f[d..d + n], off as usize, size as usize, &v);
            }
            Inst::VecBin {
                dst,
                a,
                b,
                op,
                kind,
            } => {
                let (lanes, _, _) = tail_imm!();
                let r = simd::binary(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    b.0 as usize,
                    op,
                    kind,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::V128Bin {
                dst,
                a,
                b,
                op,
                kind,
            } => {
                let r = simd::binary128(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    b.0 as usize,
                    op,
                    kind,
                );
                vec_result!(r);
            }
            Inst::F64x2Add { dst, a, b } => v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x + y)),
            Inst::F32x4Add { dst, a, b } => v128!(lanes4x32, dst, a, b, simd::f32s(|x, y| x + y)),
            Inst::F64x2Sub { dst, a, b } => v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x - y)),
            Inst::F32x4Sub { dst, a, b } => v128!(lanes4x32, dst, a, b, simd::f32s(|x, y| x - y)),
            Inst::F64x2Mul { dst, a, b } => v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x * y)),
            Inst::F32x4Mul { dst, a, b } => v128!(lanes4x32, dst, a, b, simd::f32s(|x, y| x * y)),
            Inst::F64x2Div { dst, a, b } => v128!(lanes2x64, dst, a, b, simd::f64s(|x, y| x / y)),
            Inst::F32x4Div { dst, a, b } => v128!(lanes4x32, dst, a, b, simd::f32s(|x, y| x / y)),
            Inst::I32x4Add { dst, a, b } => v128!(lanes4x32, dst, a, b, u32::wrapping_add),
            Inst::I32x4Sub { dst, a, b } => v128!(lanes4x32, dst, a, b, u32::wrapping_sub),
            Inst::I32x4Mul { dst, a, b } => v128!(lanes4x32, dst, a, b, u32::wrapping_mul),
            Inst::I64x2Add { dst, a, b } => v128!(lanes2x64, dst, a, b, u64::wrapping_add),
            Inst::I64x2Sub { dst, a, b } => v128!(lanes2x64, dst, a, b, u64::wrapping_sub),
            Inst::V128And { dst, a, b } => v128!(lanes2x64, dst, a, b, |x, y| x & y),
            Inst::V128Or { dst, a, b } => v128!(lanes2x64, dst, a, b, |x, y| x | y),
            Inst::V128Xor { dst, a, b } => v128!(lanes2x64, dst, a, b, |x, y| x ^ y),
            Inst::Shuffle2x64 { dst, a, b, m0, m1 } => {
                let (x, y) = (r2!(a), r2!(b));
                let lanes = [x[0], x[1], y[0], y[1], 0];
                w2!(
                    dst,
                    [lanes[(m0 as usize).min(4)], lanes[(m1 as usize).min(4)]]
                )
            }
            // ---- fused pairs (see `lower::peephole`)
            Inst::LoadThenFAdd64 { dst, ptr, off } => load_then_fadd!(dst, addr!(ptr, off)),
            Inst::LoadThenFSub64 { dst, ptr, off } => load_then_fsub!(dst, addr!(ptr, off)),
            Inst::LoadThenFMul64 { dst, ptr, off } => load_then_fmul!(dst, addr!(ptr, off)),
            Inst::LoadThenMul64 { dst, ptr, off } => load_then_mul!(dst, addr!(ptr, off)),
            Inst::FAddThenStore64 { dst, a, b } => fadd_then_store!(dst, f64r!(a), b),
            Inst::FSubThenStore64 { dst, a, b } => fsub_then_store!(dst, f64r!(a), b),
            Inst::MulThenAdd64 { dst, a, b } => mul_then_add!(dst, r!(a), b),
            Inst::RotlThenMul64 { dst, a, shift } => {
                w!(dst, r!(a).rotate_left(shift as u32));
                then!(Inst::Mul64 { dst, a, b } => w!(dst, r!(a).wrapping_mul(r!(b))))
            }
            Inst::XorThenMul32 { dst, a, b } => xor_then_mul32!(dst, a, b),
            Inst::LoadIdx8ThenXor {
                dst,
                base,
                idx,
                shift,
            } => {
                load_idx!(u8, dst, base, idx, shift);
                then_any!(
                    Inst::Xor { dst, a, b } => w!(dst, r!(a) ^ r!(b)),
                    Inst::XorThenMul32 { dst, a, b } => xor_then_mul32!(dst, a, b),
                )
            }
            Inst::GepThenLoad8 {
                dst,
                base,
                idx,
                shift,
                off,
            } => {
                let p = indexed!(base, idx, shift, off);
                w!(dst, p);
                then!(Inst::Load8 { dst, off, .. } => {
                    let x = memory::load::<u8>(at!(p, off)) as u64;
                    w!(dst, x);
                    // Testing the byte: `a` is the byte (see
                    // `Inst::pair_link_holds`).
                    then_any!(
                        Inst::BrNe { b, target, .. } => branch_if!(x != r!(b), target),
                        Inst::BrEq { b, target, .. } => branch_if!(x == r!(b), target),
                    )
                })
            }
            Inst::GepThenLoad32 {
                dst,
                base,
                idx,
                shift,
                off,
            } => addr_then_load!(Load32, u32, dst, indexed!(base, idx, shift, off)),
            Inst::GepThenLoad64 {
                dst,
                base,
                idx,
                shift,
                off,
            } => gep_then_load64!(dst, base, idx, shift, off),
            Inst::FMulThenFMul64 { dst, a, b } => {
                f64_op!(dst, a, *, b);
                then!(Inst::FMul64 { dst, a, b } => f64_op!(dst, a, *, b))
            }
            Inst::FMulThenFAdd64 { dst, a, b } => {
                f64_op!(dst, a, *, b);
                then!(Inst::FAdd64 { dst, a, b } => f64_op!(dst, a, +, b))
            }
            Inst::FMulThenLoad64 { dst, a, b } => {
                f64_op!(dst, a, *, b);
                then!(Inst::LoadThenFAdd64 { dst, ptr, off } => load_then_fadd!(dst, addr!(ptr, off)))
            }
            Inst::FMulThenGep64 { dst, a, b } => {
                // Only the chain it is made for (`a[i] -= x * y`): a
                // wider version, running every load pair after the GEP as
                // `gep_then_load64!` does, made the compiler spill the
                // frame pointer across the whole loop.
                f64_op!(dst, a, *, b);
                then!(Inst::GepThenLoad64 { dst, base, idx, shift, off } => {
                    let p = indexed!(base, idx, shift, off);
                    w!(dst, p);
                    then!(Inst::LoadThenFSub64 { dst, off, .. } => load_then_fsub!(dst, at!(p, off)))
                })
            }
            Inst::LoadIdx32ThenLoadIdx32 {
                dst,
                base,
                idx,
                shift,
            } => {
                load_idx!(u32, dst, base, idx, shift);
                then!(Inst::LoadIdx32 { dst, base, idx, shift } => {
                    load_idx!(u32, dst, base, idx, shift)
                })
            }
            Inst::AddImmThenLoad8 { dst, a, imm } => {
                addr_then_load!(Load8, u8, dst, r!(a).wrapping_add(imm as i64 as u64))
            }
            Inst::GepThenLoad128Pair {
                dst,
                base,
                idx,
                shift,
                off,
            } => {
                let p = indexed!(base, idx, shift, off);
                w!(dst, p);
                then!(Inst::Load128Pair { dst, off, .. } => {
                    let row0 = memory::load::<[u64; 2]>(at!(p, off));
                    w2!(dst, row0);
                    then!(Inst::Load128 { dst, off, .. } => {
                        let row1 = memory::load::<[u64; 2]>(at!(p, off));
                        w2!(dst, row1);
                        // The arithmetic on the row, when it is a pair,
                        // takes the rows as its first operands (see
                        // `Inst::pair_link_holds`).
                        let mul = || simd::f64s(|x, y| x * y);
                        let add = || simd::f64s(|x, y| x + y);
                        then_any!(
                            Inst::F64x2MulThenMul { dst, b, .. } => {
                                w2!(dst, simd::lanes2x64(row0, r2!(b), mul()));
                                then!(Inst::F64x2Mul { dst, b, .. } => {
                                    w2!(dst, simd::lanes2x64(row1, r2!(b), mul()))
                                })
                            },
                            Inst::F64x2AddThenAdd { dst, b, .. } => {
                                w2!(dst, simd::lanes2x64(row0, r2!(b), add()));
                                then!(Inst::F64x2Add { dst, b, .. } => {
                                    w2!(dst, simd::lanes2x64(row1, r2!(b), add()));
                                    then!(Inst::Store128Pair { ptr, val, off } => {
                                        store128_pair!(ptr, val, off)
                                    })
                                })
                            },
                        )
                    })
                })
            }
            Inst::LoadIdx8ThenLoadIdx8 {
                dst,
                base,
                idx,
                shift,
            } => {
                let x = memory::load::<u8>(indexed!(base, idx, shift, 0));
                w!(dst, x as u64);
                then!(Inst::LoadIdx8 { dst, base, idx, shift } => {
                    let y = memory::load::<u8>(indexed!(base, idx, shift, 0));
                    w!(dst, y as u64);
                    // Comparing the two bytes: `a` is the first, `b` the
                    // second (see `Inst::pair_link_holds`).
                    then_any!(
                        Inst::BrNe { target, .. } => branch_if!(x != y, target),
                        Inst::BrEq { target, .. } => branch_if!(x == y, target),
                    )
                })
            }
            Inst::Load8ThenLoadIdx32 { dst, ptr, off } => {
                let byte = load_at!(u8, ptr, off);
                w!(dst, byte);
                then!(Inst::LoadIdx32 { dst, base, shift, .. } => {
                    let p = r!(base).wrapping_add(byte << shift);
                    w!(dst, memory::load::<u32>(p) as u64)
                })
            }
            Inst::AddImmThenStoreIdx8 { dst, a, imm } => {
                w!(dst, r!(a).wrapping_add(imm as i64 as u64));
                then!(Inst::StoreIdx8 { val, base, idx, shift } => {
                    memory::store::<u8>(indexed!(base, idx, shift, 0), r!(val) as u8)
                })
            }
            Inst::F64x2MulThenMul { dst, a, b } => f64x2_mul_pair!(dst, a, b),
            Inst::F64x2AddThenAdd { dst, a, b } => {
                f64x2_add_pair!(dst, a, b)
            }
            Inst::VecUn { dst, a, op, kind } => {
                let (lanes, _, _) = tail_imm!();
                let r = simd::unary(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    op,
                    kind,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::VecCmp {
                dst,
                a,
                b,
                op,
                kind,
            } => {
                let (lanes, _, _) = tail_imm!();
                let r = simd::compare(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    b.0 as usize,
                    op,
                    kind,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::VecSelect {
                dst,
                mask: m,
                a,
                kind,
            } => {
                let (b, lanes, _) = tail_slot!();
                let r = simd::select(
                    frame!(),
                    dst.0 as usize,
                    m.0 as usize,
                    a.0 as usize,
                    b.0 as usize,
                    kind,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::VecConv { dst, a, from, to } => {
                let (lanes, conv, _) = tail_imm!();
                let r = simd::convert(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    conv,
                    from,
                    to,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::ExtractElt { dst, a, idx, kind } => {
                let (lanes, _, _) = tail_imm!();
                let r = simd::extract(frame!(), a.0 as usize, r!(idx), kind, lanes as usize);
                let v = vec_result!(r);
                w!(dst, v)
            }
            Inst::InsertElt { dst, a, idx, kind } => {
                let (val, lanes, _) = tail_slot!();
                let (i, v) = (r!(idx), r!(val));
                let r = simd::insert(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    i,
                    v,
                    kind,
                    lanes as usize,
                );
                vec_result!(r);
            }
            Inst::Shuffle { dst, a, b, kind } => {
                let (mask_idx, in_lanes, _) = tail_imm!();
                let Some(mask_list) = code.shuffle_masks.get(mask_idx as usize) else {
                    trap!(TrapKind::Other("malformed bytecode: shuffle mask".into()))
                };
                let r = simd::shuffle(
                    frame!(),
                    dst.0 as usize,
                    a.0 as usize,
                    b.0 as usize,
                    kind,
                    in_lanes as usize,
                    mask_list,
                );
                vec_result!(r);
            }
            Inst::VecReduce { dst, a, op, kind } => {
                let (lanes, _, _) = tail_imm!();
                let r = simd::reduce(frame!(), a.0 as usize, op, kind, lanes as usize);
                let v = vec_result!(r);
                w!(dst, v)
            }
            Inst::Splat { dst, a, kind } => {
                let (lanes, _, _) = tail_imm!();
                let v = r!(a);
                let r = simd::splat(frame!(), dst.0 as usize, v, kind, lanes as usize);
                vec_result!(r);
            }

            // ---- control flow
            Inst::Jump { target } => jump!(target),
            Inst::BrIf { cond, target } => branch_if!(r!(cond) != 0, target),
            Inst::BrIfNot { cond, target } => branch_if!(r!(cond) == 0, target),
            Inst::BrEq { a, b, target } => branch_if!(r!(a) == r!(b), target),
            Inst::BrNe { a, b, target } => branch_if!(r!(a) != r!(b), target),
            Inst::BrUlt { a, b, target } => branch_if!(r!(a) < r!(b), target),
            Inst::BrUle { a, b, target } => branch_if!(r!(a) <= r!(b), target),
            Inst::BrSlt32 { a, b, target } => branch_if!((r!(a) as i32) < (r!(b) as i32), target),
            Inst::BrSle32 { a, b, target } => branch_if!((r!(a) as i32) <= (r!(b) as i32), target),
            Inst::BrSlt64 { a, b, target } => branch_if!((r!(a) as i64) < (r!(b) as i64), target),
            Inst::BrSle64 { a, b, target } => branch_if!((r!(a) as i64) <= (r!(b) as i64), target),
            Inst::IncBrNe { x, b, target, imm } => {
                let v = r!(x).wrapping_add(imm as i64 as u64);
                w!(x, v);
                if v != r!(b) {
                    jump!(target)
                } else {
                    // Over the original branch and its tail word.
                    pc = pc.add(2);
                }
            }
            Inst::IncBrEq { x, b, target, imm } => {
                let v = r!(x).wrapping_add(imm as i64 as u64);
                w!(x, v);
                if v == r!(b) {
                    jump!(target)
                } else {
                    // Over the original branch and its tail word.
                    pc = pc.add(2);
                }
            }
            Inst::BrFCmp32 { a, b, target, pred } => {
                branch_if!(ops::fcmp(pred, f32r!(a) as f64, f32r!(b) as f64), target)
            }
            Inst::BrFCmp64 { a, b, target, pred } => {
                branch_if!(ops::fcmp(pred, f64r!(a), f64r!(b)), target)
            }
            Inst::Switch { val, table } => {
                let v = r!(val);
                let t = match &code.switches[table as usize] {
                    SwitchTable::Dense {
                        low,
                        targets,
                        default,
                    } => {
                        let i = v.wrapping_sub(*low);
                        if i < targets.len() as u64 {
                            targets[i as usize]
                        } else {
                            *default
                        }
                    }
                    SwitchTable::Sparse { cases, default } => {
                        match cases.binary_search_by_key(&v, |c| c.0) {
                            Ok(i) => cases[i].1,
                            Err(_) => *default,
                        }
                    }
                };
                jump!(t)
            }
            Inst::Ret { src, n } => {
                let n = n as usize;
                let s = src.0 as usize;
                // `<=`, not `==` (the run never drops below its entry
                // depth): lets the compiler drop `pop`'s test for empty.
                if (*b.st).activations.len() <= b.entry_depth {
                    let f = frame!();
                    // SAFETY: `b.ret` is the caller's `ret`, borrowed
                    // for the whole run.
                    let ret = std::slice::from_raw_parts_mut(b.ret, b.ret_len);
                    let k = n.min(ret.len());
                    ret[..k].copy_from_slice(&f[s..s + k]);
                    return Ok(());
                }
                let Some(a) = (*b.st).activations.pop() else {
                    trap!(TrapKind::Other("activation stack underflow".into()))
                };
                let caller: &Code = &*a.code;
                // Unchecked: the verifier made `n` this function's
                // `ret_slots` and `s + n <= frame_slots`; `ret_slots` is
                // the callee signature's (`FunctionDef::code`), whose
                // result slots the call instruction that pushed `a` was
                // verified to have room for in the caller's frame (a
                // `TailCall` only to a callee returning as many slots, a
                // `CallIndirect` after comparing the signatures).
                let caller_fp = a.fp;
                if n == 1 {
                    *caller_fp.add(a.dst as usize) = *fp.add(s);
                } else {
                    std::ptr::copy_nonoverlapping(fp.add(s), caller_fp.add(a.dst as usize), n);
                }
                code = caller;
                fp = caller_fp;
                mem_sp = a.mem_sp;
                mem_base = a.mem_base;
                insts = code.insts.as_ptr();
                pc = a.resume;
            }
            Inst::Unreachable => trap!(TrapKind::Unreachable),
            Inst::Trap { msg } => trap!(TrapKind::Other(code.trap_messages[msg as usize].clone())),

            // ---- calls
            Inst::Call { func: f, args, dst } => {
                // The verifier checked `f` is in range.
                let def = code.interp_callees.get_unchecked(f as usize);
                let callee = code_of!(def);
                // Just past this frame, which ends within the slot stack.
                let new_fp = fp.add(code.frame_slots as usize);
                if new_fp as usize + callee.frame_slots as usize * 8 > b.slot_end {
                    trap!(TrapKind::StackExhausted);
                }
                // The verifier checked the list has `def.sig.param_slots`
                // slots, which is `callee.param_slots <= frame_slots`.
                let list = arg_list(code, args);
                copy_args(new_fp, fp, list);
                enter!(callee, dst, new_fp, mem_sp);
            }
            Inst::TailCall { func: f, args } => {
                // As for `Call` (the verifier checked `f`, the arguments
                // and that the callee returns our `ret_slots`).
                let def = code.interp_callees.get_unchecked(f as usize);
                let callee = code_of!(def);
                if fp as usize + callee.frame_slots as usize * 8 > b.slot_end {
                    trap!(TrapKind::StackExhausted);
                }
                let list = arg_list(code, args);
                // The arguments live in the frame about to be reused.
                let values: smallvec::SmallVec<[u64; 16]> =
                    list.iter().map(|s| *fp.add(*s as usize)).collect();
                for (i, v) in values.iter().enumerate() {
                    *fp.add(i) = *v;
                }
                if super::INTERRUPT.load(Ordering::Relaxed) {
                    trap!(TrapKind::Interrupted);
                }
                code = callee;
                load_consts(fp, code);
                // The caller's allocas are dead (a tail call may not use
                // them): the callee's static frame takes their place.
                mem_sp = mem_base;
                static_frame!();
                insts = code.insts.as_ptr();
                pc = insts;
            }
            Inst::CallNative { func: f, args, dst } => {
                let Callee::Native { addr, call, .. } = &code.callees[f as usize];
                // Publish where free stack space starts, for callbacks.
                (*b.st).slot_top = base!() + code.frame_slots as usize;
                (*b.st).mem_sp = mem_sp;
                if let Err(Unwind(ue)) = call.call(*addr, frame!(), arg_list(code, args), dst.0) {
                    raise!(ue, false);
                }
            }
            Inst::CallIndirect { ptr, site, dst } => {
                let addr = r!(ptr) as usize;
                let site = &code.indirect_sites[site as usize];
                let list = arg_list(code, site.args);
                if let Some(def_arc) = code.host.function_at(addr) {
                    // SAFETY: the host keeps every function it returns from
                    // `function_at` alive as long as itself (its pointer
                    // table holds it), and the host outlives all code.
                    let def: &FunctionDef = &*std::sync::Arc::as_ptr(&def_arc);
                    drop(def_arc);
                    let callee = code_of!(def);
                    let arity_ok = if def.sig.is_var_arg {
                        list.len() >= def.sig.params.len()
                    } else {
                        list.len() == def.sig.params.len()
                    };
                    if !arity_ok || site.ret_slots != def.sig.ret_slots {
                        trap!(TrapKind::BadCall(format!(
                            "call through a pointer with a signature that does not match @{}",
                            def.name
                        )));
                    }
                    let new_fp = fp.add(code.frame_slots as usize);
                    if new_fp as usize + callee.frame_slots as usize * 8 > b.slot_end {
                        trap!(TrapKind::StackExhausted);
                    }
                    let saved_sp = mem_sp;
                    for (p, s) in def.sig.params.iter().zip(list) {
                        let s = *s as usize;
                        if let Some(AbiType::ByVal { size, align }) = &p.abi {
                            // The callee gets its own copy of a byval argument.
                            let start = align_up(mem_sp, *align as u64);
                            let end = start + *size as usize;
                            if end > b.mem_limit {
                                trap!(TrapKind::StackExhausted);
                            }
                            memory::copy(start as u64, *fp.add(s), *size as u64);
                            mem_sp = end;
                            *new_fp.add(p.slot as usize) = start as u64;
                        } else {
                            if s + p.slots as usize > code.frame_slots as usize {
                                trap!(TrapKind::BadCall("argument out of frame".into()));
                            }
                            std::ptr::copy_nonoverlapping(
                                fp.add(s),
                                new_fp.add(p.slot as usize),
                                p.slots as usize,
                            );
                        }
                    }
                    if let Some(va) = def.sig.va_slot {
                        let fixed = def.sig.params.len();
                        let area = build_variadic_area(
                            fp,
                            code.frame_slots as usize,
                            &list[fixed..],
                            &site.sig.params[..fixed],
                            &site.sig.params[fixed..],
                            mem_sp,
                            b.mem_limit,
                        );
                        match area {
                            Some((template, end)) => {
                                mem_sp = end;
                                *new_fp.add(va as usize) = template;
                            }
                            None => trap!(TrapKind::StackExhausted),
                        }
                    }
                    enter!(callee, dst, new_fp, saved_sp);
                } else if addr == 0 {
                    trap!(TrapKind::BadCall(
                        "call through a null function pointer".into()
                    ));
                } else {
                    let call = match site
                        .native
                        .get_or_init(|| code.host.prepare_call(&site.sig))
                    {
                        Ok(c) => c.clone(),
                        Err(e) => trap!(TrapKind::BadCall(e.clone())),
                    };
                    (*b.st).slot_top = base!() + code.frame_slots as usize;
                    (*b.st).mem_sp = mem_sp;
                    if let Err(Unwind(ue)) = call.call(addr, frame!(), list, dst.0) {
                        raise!(ue, false);
                    }
                }
            }
            Inst::SetJmp { dst, buf, mask } => {
                let rec = jump::JumpRecord {
                    depth: (*b.st).activations.len() as u32,
                    dst: dst.0,
                    resume: pc.offset_from(insts) as u32,
                    base: base!() as u64,
                    code: code as *const Code as u64,
                    mem_sp: mem_sp as u64,
                    mem_base: mem_base as u64,
                };
                jump::save(r!(buf), b.st as u64, &rec, r!(mask) != 0);
                w!(dst, 0)
            }
            Inst::ThreadExit { val } => trap!(TrapKind::ThreadExit(r!(val))),
            Inst::Resume { src } => raise!(r!(src), true),
            Inst::LongJmp { buf, val } => {
                let v = r!(val) as u32;
                let Some(rec) = jump::load_record(r!(buf), b.st as u64) else {
                    trap!(TrapKind::BadCall(
                        "longjmp with a jmp_buf not filled by setjmp on this thread".into()
                    ))
                };
                let depth = rec.depth as usize;
                let acts = &(*b.st).activations;
                // The frame that called setjmp must still be live, and in
                // this run of the interpreter (not behind native frames).
                let live = if depth == acts.len() {
                    base!() as u64 == rec.base && code as *const Code as u64 == rec.code
                } else {
                    depth >= b.entry_depth
                        && depth < acts.len()
                        && acts[depth].fp.offset_from(b.slot_base) as u64 == rec.base
                        && acts[depth].code as u64 == rec.code
                };
                if !live || depth < b.entry_depth {
                    trap!(TrapKind::BadCall(
                        "longjmp to a setjmp whose function has returned, or across native code"
                            .into()
                    ));
                }
                (*b.st).activations.truncate(depth);
                code = &*(rec.code as usize as *const Code);
                fp = b.slot_base.add(rec.base as usize);
                mem_sp = rec.mem_sp as usize;
                mem_base = rec.mem_base as usize;
                insts = code.insts.as_ptr();
                pc = insts.add(rec.resume as usize);
                w!(Slot(rec.dst), if v == 0 { 1 } else { v as u64 });
            }
            Inst::CallHelper { helper, args, dst } => {
                let h = code.helpers[helper as usize];
                if let Err(e) = h(frame!(), arg_list(code, args), dst.0) {
                    trap!(TrapKind::Other(e));
                }
            }
        }
    }
}

#[allow(dead_code)]
fn _slot(s: Slot) -> u32 {
    s.0
}
