//! The intrinsic table: every `llvm.*` function the interpreter supports,
//! with the function that lowers a call to it. Names are matched on their
//! base (`llvm.memcpy.p0.p0.i64` -> `llvm.memcpy`); an intrinsic missing
//! here is rejected when the module loads.

use super::arith::vec_bin;
use super::{FnLowerer, LResult, ValTy};
use crate::bytecode::{ElemKind, Inst, MathOp, Slot, VecOp};
use crate::code::Helper;
use crate::host::Resolved;
use hashbrown::HashMap;
use llvm_ir::instruction as ins;
use llvm_ir::{Constant, Operand};
use std::sync::OnceLock;

type LowerFn = fn(&mut FnLowerer, &ins::Call, &Spec) -> LResult<()>;

/// One table entry: how to lower the intrinsic, plus an argument for
/// entries that share a lowering function.
pub struct Spec {
    pub name: &'static str,
    lower: LowerFn,
    op: Op,
    /// The shapes (see [`shape`]) the lowering accepts for the argument
    /// `subject`; checked when the module is validated.
    accepts: u8,
    subject: usize,
}

/// Operand shapes an intrinsic accepts.
pub mod shape {
    pub const INT: u8 = 1;
    pub const WIDE: u8 = 2;
    pub const FLOAT: u8 = 4;
    pub const F80: u8 = 8;
    pub const VINT: u8 = 16;
    pub const VFLOAT: u8 = 32;
    pub const HALF: u8 = 64;
    pub const ANY: u8 = 0xff;
    pub const INTS: u8 = INT | WIDE | VINT;
    pub const FLOATS: u8 = FLOAT | F80 | VFLOAT;
    pub const VECTORS: u8 = VINT | VFLOAT;
}

/// The per-entry argument of a shared lowering function.
#[derive(Clone, Copy)]
enum Op {
    None,
    Vec(VecOp),
    Math(MathOp),
    /// Overflow/saturation op code, see `Inst::Overflow`/`Inst::Saturate`.
    Code(u8),
    /// A libm function: (double, float, long double names).
    Libm(&'static str, &'static str, &'static str),
    Helper(Helper),
}

macro_rules! table {
    ($( $name:literal => $lower:ident $( ($op:expr) )? $( [$accepts:expr $(, arg $subject:expr)?] )? ),* $(,)?) => {
        &[ $( Spec {
            name: $name,
            lower: $lower,
            op: table!(@op $($op)?),
            accepts: table!(@accepts $($accepts)?),
            subject: table!(@subject $($($subject)?)?),
        } ),* ]
    };
    (@op) => { Op::None };
    (@op $op:expr) => { $op };
    (@accepts) => { shape::ANY };
    (@accepts $a:expr) => { $a };
    (@subject) => { 0 };
    (@subject $s:expr) => { $s };
}

static TABLE: &[Spec] = table! {
    // memory
    "llvm.memcpy" => mem_copy,
    "llvm.memcpy.inline" => mem_copy,
    "llvm.memmove" => mem_move,
    "llvm.memset" => mem_set,
    "llvm.memset.inline" => mem_set,
    // no-ops
    "llvm.lifetime.start" => nop,
    "llvm.lifetime.end" => nop,
    "llvm.dbg.declare" => nop,
    "llvm.dbg.value" => nop,
    "llvm.dbg.label" => nop,
    "llvm.dbg.assign" => nop,
    "llvm.assume" => nop,
    "llvm.experimental.noalias.scope.decl" => nop,
    "llvm.sideeffect" => nop,
    "llvm.donothing" => nop,
    "llvm.var.annotation" => nop,
    "llvm.codeview.annotation" => nop,
    "llvm.prefetch" => nop,
    "llvm.invariant.end" => nop,
    "llvm.pseudoprobe" => nop,
    // value pass-through
    "llvm.expect" => pass_through,
    "llvm.expect.with.probability" => pass_through,
    "llvm.launder.invariant.group" => pass_through,
    "llvm.strip.invariant.group" => pass_through,
    "llvm.ssa.copy" => pass_through,
    "llvm.annotation" => pass_through,
    "llvm.ptr.annotation" => pass_through,
    "llvm.invariant.start" => null_result,
    "llvm.objectsize" => objectsize,
    "llvm.load.relative" => load_relative,
    "llvm.ptrmask" => ptrmask,
    "llvm.is.constant" => zero_result,
    "llvm.threadlocal.address" => threadlocal_address,
    "llvm.eh.typeid.for" => eh_typeid_for,
    // varargs
    "llvm.va_start" => va_start,
    "llvm.va_end" => nop,
    "llvm.va_copy" => va_copy,
    // stack
    "llvm.stacksave" => stack_save,
    "llvm.stackrestore" => stack_restore,
    // traps
    "llvm.trap" => trap,
    "llvm.debugtrap" => trap,
    "llvm.ubsantrap" => trap,
    // bits
    "llvm.ctpop" => lower_int_unary(Op::Vec(VecOp::Ctpop)) [shape::INTS],
    "llvm.ctlz" => lower_int_unary(Op::Vec(VecOp::Ctlz)) [shape::INTS],
    "llvm.cttz" => lower_int_unary(Op::Vec(VecOp::Cttz)) [shape::INTS],
    "llvm.bswap" => lower_int_unary(Op::Vec(VecOp::Bswap)) [shape::INTS],
    "llvm.bitreverse" => lower_int_unary(Op::Vec(VecOp::Bswap)) [shape::INTS],
    "llvm.abs" => lower_int_unary(Op::Vec(VecOp::Abs)) [shape::INTS],
    "llvm.fshl" => lower_funnel(Op::Code(0)) [shape::INTS],
    "llvm.fshr" => lower_funnel(Op::Code(1)) [shape::INTS],
    "llvm.smin" => lower_int_minmax(Op::Vec(VecOp::SMin)) [shape::INTS],
    "llvm.smax" => lower_int_minmax(Op::Vec(VecOp::SMax)) [shape::INTS],
    "llvm.umin" => lower_int_minmax(Op::Vec(VecOp::UMin)) [shape::INTS],
    "llvm.umax" => lower_int_minmax(Op::Vec(VecOp::UMax)) [shape::INTS],
    "llvm.sadd.with.overflow" => lower_overflow(Op::Code(0)) [shape::INTS],
    "llvm.uadd.with.overflow" => lower_overflow(Op::Code(1)) [shape::INTS],
    "llvm.ssub.with.overflow" => lower_overflow(Op::Code(2)) [shape::INTS],
    "llvm.usub.with.overflow" => lower_overflow(Op::Code(3)) [shape::INTS],
    "llvm.smul.with.overflow" => lower_overflow(Op::Code(4)) [shape::INTS],
    "llvm.umul.with.overflow" => lower_overflow(Op::Code(5)) [shape::INTS],
    "llvm.uadd.sat" => lower_saturate(Op::Code(0)) [shape::INTS],
    "llvm.sadd.sat" => lower_saturate(Op::Code(1)) [shape::INTS],
    "llvm.usub.sat" => lower_saturate(Op::Code(2)) [shape::INTS],
    "llvm.ssub.sat" => lower_saturate(Op::Code(3)) [shape::INTS],
    "llvm.ushl.sat" => lower_saturate(Op::Code(4)) [shape::INTS],
    "llvm.sshl.sat" => lower_saturate(Op::Code(5)) [shape::INTS],
    // floating point computed here
    "llvm.sqrt" => lower_float_unary(Op::Math(MathOp::Sqrt)) [shape::FLOATS | shape::HALF],
    "llvm.fabs" => lower_float_unary(Op::Math(MathOp::Fabs)) [shape::FLOATS | shape::HALF],
    "llvm.floor" => lower_float_unary(Op::Math(MathOp::Floor)) [shape::FLOATS | shape::HALF],
    "llvm.ceil" => lower_float_unary(Op::Math(MathOp::Ceil)) [shape::FLOATS | shape::HALF],
    "llvm.trunc" => lower_float_unary(Op::Math(MathOp::Trunc)) [shape::FLOATS | shape::HALF],
    "llvm.round" => lower_float_unary(Op::Math(MathOp::Round)) [shape::FLOATS | shape::HALF],
    "llvm.roundeven" => lower_float_unary(Op::Math(MathOp::RoundEven)) [shape::FLOATS | shape::HALF],
    "llvm.rint" => lower_float_unary(Op::Math(MathOp::Rint)) [shape::FLOATS | shape::HALF],
    "llvm.nearbyint" => lower_float_unary(Op::Math(MathOp::Rint)) [shape::FLOATS | shape::HALF],
    "llvm.canonicalize" => lower_float_unary(Op::Math(MathOp::Canonicalize)) [shape::FLOAT],
    "llvm.minnum" => lower_float_minmax(Op::Vec(VecOp::FMin)) [shape::FLOATS | shape::HALF],
    "llvm.maxnum" => lower_float_minmax(Op::Vec(VecOp::FMax)) [shape::FLOATS | shape::HALF],
    "llvm.minimum" => lower_float_minmax(Op::Vec(VecOp::FMinimum)) [shape::FLOAT | shape::VFLOAT],
    "llvm.maximum" => lower_float_minmax(Op::Vec(VecOp::FMaximum)) [shape::FLOAT | shape::VFLOAT],
    "llvm.fma" => lower_fma(Op::Code(1)) [shape::FLOATS | shape::HALF],
    "llvm.fmuladd" => lower_fma(Op::Code(0)) [shape::FLOATS | shape::HALF],
    "llvm.copysign" => lower_helper(Op::Helper(crate::exec::helpers::copysign)) [shape::FLOAT | shape::F80],
    "llvm.powi" => lower_helper(Op::Helper(crate::exec::helpers::powi)) [shape::FLOAT],
    "llvm.is.fpclass" => lower_helper(Op::Helper(crate::exec::helpers::is_fpclass)) [shape::FLOAT | shape::F80],
    "llvm.fptosi.sat" => lower_fp_to_int_sat(Op::Code(1)) [shape::FLOAT | shape::VFLOAT],
    "llvm.fptoui.sat" => lower_fp_to_int_sat(Op::Code(0)) [shape::FLOAT | shape::VFLOAT],
    // floating point through the C library, like native code
    "llvm.pow" => lower_libm(Op::Libm("pow", "powf", "powl")) [shape::FLOAT | shape::F80],
    "llvm.exp" => lower_libm(Op::Libm("exp", "expf", "expl")) [shape::FLOAT | shape::F80],
    "llvm.exp2" => lower_libm(Op::Libm("exp2", "exp2f", "exp2l")) [shape::FLOAT | shape::F80],
    "llvm.exp10" => lower_libm(Op::Libm("exp10", "exp10f", "exp10l")) [shape::FLOAT | shape::F80],
    "llvm.log" => lower_libm(Op::Libm("log", "logf", "logl")) [shape::FLOAT | shape::F80],
    "llvm.log2" => lower_libm(Op::Libm("log2", "log2f", "log2l")) [shape::FLOAT | shape::F80],
    "llvm.log10" => lower_libm(Op::Libm("log10", "log10f", "log10l")) [shape::FLOAT | shape::F80],
    "llvm.sin" => lower_libm(Op::Libm("sin", "sinf", "sinl")) [shape::FLOAT | shape::F80],
    "llvm.cos" => lower_libm(Op::Libm("cos", "cosf", "cosl")) [shape::FLOAT | shape::F80],
    "llvm.tan" => lower_libm(Op::Libm("tan", "tanf", "tanl")) [shape::FLOAT | shape::F80],
    "llvm.asin" => lower_libm(Op::Libm("asin", "asinf", "asinl")) [shape::FLOAT | shape::F80],
    "llvm.acos" => lower_libm(Op::Libm("acos", "acosf", "acosl")) [shape::FLOAT | shape::F80],
    "llvm.atan" => lower_libm(Op::Libm("atan", "atanf", "atanl")) [shape::FLOAT | shape::F80],
    "llvm.sinh" => lower_libm(Op::Libm("sinh", "sinhf", "sinhl")) [shape::FLOAT | shape::F80],
    "llvm.cosh" => lower_libm(Op::Libm("cosh", "coshf", "coshl")) [shape::FLOAT | shape::F80],
    "llvm.tanh" => lower_libm(Op::Libm("tanh", "tanhf", "tanhl")) [shape::FLOAT | shape::F80],
    "llvm.frexp" => frexp [shape::FLOAT | shape::F80],
    "llvm.ldexp" => lower_libm(Op::Libm("ldexp", "ldexpf", "ldexpl")) [shape::FLOAT | shape::F80],
    "llvm.lround" => lower_libm(Op::Libm("lround", "lroundf", "lroundl")) [shape::FLOAT | shape::F80],
    "llvm.llround" => lower_libm(Op::Libm("llround", "llroundf", "llroundl")) [shape::FLOAT | shape::F80],
    "llvm.lrint" => lower_libm(Op::Libm("lrint", "lrintf", "lrintl")) [shape::FLOAT | shape::F80],
    "llvm.llrint" => lower_libm(Op::Libm("llrint", "llrintf", "llrintl")) [shape::FLOAT | shape::F80],
    // masked memory
    "llvm.masked.load" => masked_load(Op::Code(0)) [shape::VECTORS, arg 3],
    "llvm.masked.expandload" => masked_load(Op::Code(1)) [shape::VECTORS, arg 2],
    "llvm.masked.compressstore" => masked_store(Op::Code(1)) [shape::VECTORS],
    "llvm.masked.store" => masked_store(Op::Code(0)) [shape::VECTORS],
    "llvm.masked.gather" => masked_gather [shape::VECTORS, arg 3],
    "llvm.masked.scatter" => masked_scatter [shape::VECTORS],
    // vector reductions
    "llvm.vector.reduce.add" => lower_reduce(Op::Vec(VecOp::Add)) [shape::VECTORS],
    "llvm.vector.reduce.mul" => lower_reduce(Op::Vec(VecOp::Mul)) [shape::VECTORS],
    "llvm.vector.reduce.and" => lower_reduce(Op::Vec(VecOp::And)) [shape::VECTORS],
    "llvm.vector.reduce.or" => lower_reduce(Op::Vec(VecOp::Or)) [shape::VECTORS],
    "llvm.vector.reduce.xor" => lower_reduce(Op::Vec(VecOp::Xor)) [shape::VECTORS],
    "llvm.vector.reduce.smax" => lower_reduce(Op::Vec(VecOp::SMax)) [shape::VECTORS],
    "llvm.vector.reduce.smin" => lower_reduce(Op::Vec(VecOp::SMin)) [shape::VECTORS],
    "llvm.vector.reduce.umax" => lower_reduce(Op::Vec(VecOp::UMax)) [shape::VECTORS],
    "llvm.vector.reduce.umin" => lower_reduce(Op::Vec(VecOp::UMin)) [shape::VECTORS],
    "llvm.vector.reduce.fmax" => lower_reduce(Op::Vec(VecOp::FMax)) [shape::VECTORS],
    "llvm.vector.reduce.fmin" => lower_reduce(Op::Vec(VecOp::FMin)) [shape::VECTORS],
    "llvm.vector.reduce.fmaximum" => lower_reduce(Op::Vec(VecOp::FMaximum)) [shape::VECTORS],
    "llvm.vector.reduce.fminimum" => lower_reduce(Op::Vec(VecOp::FMinimum)) [shape::VECTORS],
    "llvm.vector.reduce.fadd" => lower_ordered_reduce(Op::Vec(VecOp::FAdd)) [shape::VFLOAT, arg 1],
    "llvm.vector.reduce.fmul" => lower_ordered_reduce(Op::Vec(VecOp::FMul)) [shape::VFLOAT, arg 1],
};

fn index() -> &'static HashMap<&'static str, &'static Spec> {
    static INDEX: OnceLock<HashMap<&'static str, &'static Spec>> = OnceLock::new();
    INDEX.get_or_init(|| TABLE.iter().map(|s| (s.name, s)).collect())
}

/// The table entry for a full intrinsic name such as
/// `llvm.memcpy.p0.p0.i64`: the longest dotted prefix in the table.
pub fn lookup(name: &str) -> Option<&'static Spec> {
    let idx = index();
    let mut candidate = name;
    loop {
        if let Some(s) = idx.get(candidate) {
            return Some(s);
        }
        candidate = &candidate[..candidate.rfind('.')?];
    }
}

/// Checks a call's operand shape against the table (load-time
/// validation).
pub fn check(
    spec: &Spec,
    c: &ins::Call,
    types: &llvm_ir::types::Types,
    layout: &crate::layout::DataLayout,
) -> Result<(), String> {
    if spec.accepts == shape::ANY {
        return Ok(());
    }
    let Some((op, _)) = c.arguments.get(spec.subject) else {
        return Err(format!("@{} with too few arguments", spec.name));
    };
    let ty = llvm_ir::types::Typed::get_type(op, types);
    let got = match super::support::classify(types, layout, &ty)? {
        ValTy::Int(_) | ValTy::Ptr => shape::INT,
        ValTy::Wide(_) => shape::WIDE,
        ValTy::F32 | ValTy::F64 => shape::FLOAT,
        ValTy::F80 => shape::F80,
        ValTy::Half(_) => shape::HALF,
        ValTy::Vector { kind, .. } if kind.is_float() => shape::VFLOAT,
        ValTy::Vector { .. } => shape::VINT,
        _ => 0,
    };
    if spec.accepts & got == 0 {
        return Err(format!("intrinsic @{} on {ty}", spec.name));
    }
    Ok(())
}

pub(super) fn lower(l: &mut FnLowerer, name: &str, c: &ins::Call) -> LResult<()> {
    let spec = lookup(name).ok_or_else(|| format!("intrinsic @{name}"))?;
    (spec.lower)(l, c, spec)
}

// ----------------------------------------------------------------------
// helpers
// ----------------------------------------------------------------------

fn arg(c: &ins::Call, i: usize) -> LResult<&Operand> {
    c.arguments
        .get(i)
        .map(|(op, _)| op)
        .ok_or_else(|| format!("intrinsic call missing argument {i}"))
}

fn dest(l: &FnLowerer, c: &ins::Call) -> LResult<Slot> {
    match &c.dest {
        Some(d) => l.dest(d),
        None => Err("intrinsic result unused but required".into()),
    }
}

fn vec_op(spec: &Spec) -> LResult<VecOp> {
    match spec.op {
        Op::Vec(v) => Ok(v),
        _ => Err(format!("table entry for {} lacks its op", spec.name)),
    }
}

fn code(spec: &Spec) -> LResult<u8> {
    match spec.op {
        Op::Code(v) => Ok(v),
        _ => Err(format!("table entry for {} lacks its op", spec.name)),
    }
}

fn arg_ty(l: &FnLowerer, c: &ins::Call, i: usize) -> LResult<ValTy> {
    let op = arg(c, i)?;
    let ty = l.type_of_operand(op);
    l.classify(&ty)
}

// ----------------------------------------------------------------------
// lowering functions
// ----------------------------------------------------------------------

fn nop(_: &mut FnLowerer, _: &ins::Call, _: &Spec) -> LResult<()> {
    Ok(())
}

fn pass_through(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let Some(d) = &c.dest else { return Ok(()) };
    let dst = l.dest(d)?;
    let a = arg(c, 0)?;
    let n = l.slots_for(&l.type_of_operand(a))?;
    let src = l.operand(a)?;
    l.emit_copy(dst, src, n);
    Ok(())
}

fn null_result(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    if let Some(d) = &c.dest {
        let dst = l.dest(d)?;
        l.emit(Inst::ConstI32 { dst, imm: 0 });
    }
    Ok(())
}

fn zero_result(l: &mut FnLowerer, c: &ins::Call, s: &Spec) -> LResult<()> {
    null_result(l, c, s)
}

/// `llvm.objectsize`: the bytes left in the object `ptr` points into when
/// that is known as it is to native code generation (a global, an alloca,
/// constant offsets into them); otherwise -1 for the maximum and 0 for the
/// minimum.
fn objectsize(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let min = l.const_int(arg(c, 1)?).unwrap_or(0) != 0;
    let dst = dest(l, c)?;
    let bits = match l.classify(&c.function_ty_result())? {
        ValTy::Int(b) => b,
        _ => 64,
    };
    let v = match super::memory::object_size(l, arg(c, 0)?, 0) {
        Some(size) => size,
        None if min => 0,
        None => crate::consts::mask(u64::MAX, bits),
    };
    let s = l.const_u64(v);
    l.emit_copy(dst, s, 1);
    Ok(())
}

fn vector_arg(l: &FnLowerer, c: &ins::Call, i: usize, what: &str) -> LResult<(ElemKind, u32)> {
    match arg_ty(l, c, i)? {
        ValTy::Vector { kind, lanes } if kind != ElemKind::I1 => Ok((kind, lanes)),
        other => Err(format!("{what} of {other:?}")),
    }
}

/// `llvm.masked.load(ptr, align, mask, passthru)` and
/// `llvm.masked.expandload(ptr, mask, passthru)` (code 1).
fn masked_load(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let expand = code(spec)?;
    let (mask_arg, pass_arg) = if expand == 1 { (1, 2) } else { (2, 3) };
    let (kind, lanes) = vector_arg(l, c, pass_arg, spec.name)?;
    let dst = dest(l, c)?;
    let ptr = l.operand(arg(c, 0)?)?;
    let mask = l.operand(arg(c, mask_arg)?)?;
    let passthru = l.operand(arg(c, pass_arg)?)?;
    l.emit(Inst::MaskedLoad {
        dst,
        ptr,
        mask,
        kind,
        expand,
    });
    l.emit(Inst::TailSlot {
        s: passthru,
        x: lanes,
        y: 0,
    });
    Ok(())
}

/// `llvm.masked.store(val, ptr, align, mask)` and
/// `llvm.masked.compressstore(val, ptr, mask)` (code 1).
fn masked_store(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let compress = code(spec)?;
    let (kind, lanes) = vector_arg(l, c, 0, spec.name)?;
    let val = l.operand(arg(c, 0)?)?;
    let ptr = l.operand(arg(c, 1)?)?;
    let mask = l.operand(arg(c, if compress == 1 { 2 } else { 3 })?)?;
    l.emit(Inst::MaskedStore {
        val,
        ptr,
        mask,
        kind,
        compress,
    });
    l.emit(Inst::TailImm {
        x: lanes,
        y: 0,
        z: 0,
    });
    Ok(())
}

/// `llvm.masked.gather(ptrs, align, mask, passthru)`
fn masked_gather(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let (kind, lanes) = vector_arg(l, c, 3, spec.name)?;
    let dst = dest(l, c)?;
    let ptrs = l.operand(arg(c, 0)?)?;
    let mask = l.operand(arg(c, 2)?)?;
    let passthru = l.operand(arg(c, 3)?)?;
    l.emit(Inst::Gather {
        dst,
        ptrs,
        mask,
        kind,
    });
    l.emit(Inst::TailSlot {
        s: passthru,
        x: lanes,
        y: 0,
    });
    Ok(())
}

/// `llvm.masked.scatter(val, ptrs, align, mask)`
fn masked_scatter(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let (kind, lanes) = vector_arg(l, c, 0, spec.name)?;
    let val = l.operand(arg(c, 0)?)?;
    let ptrs = l.operand(arg(c, 1)?)?;
    let mask = l.operand(arg(c, 3)?)?;
    l.emit(Inst::Scatter {
        val,
        ptrs,
        mask,
        kind,
    });
    l.emit(Inst::TailImm {
        x: lanes,
        y: 0,
        z: 0,
    });
    Ok(())
}

/// `base + sext(*(i32*)(base + offset))`: relative lookup tables.
fn load_relative(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = dest(l, c)?;
    let base = l.operand(arg(c, 0)?)?;
    let offset = l.operand(arg(c, 1)?)?;
    let addr = l.temp(1);
    l.emit(Inst::Add64 {
        dst: addr,
        a: base,
        b: offset,
    });
    let rel = l.temp(1);
    l.emit(Inst::Load32 {
        dst: rel,
        ptr: addr,
        off: 0,
    });
    l.emit(Inst::SExt {
        dst: rel,
        a: rel,
        from: 32,
        to: 64,
    });
    l.emit(Inst::Add64 {
        dst,
        a: base,
        b: rel,
    });
    Ok(())
}

fn ptrmask(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    l.emit(Inst::And { dst, a, b });
    Ok(())
}

fn eh_typeid_for(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    super::eh::typeid_for(l, c)
}

/// The address of this thread's copy of a thread-local global.
fn threadlocal_address(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = dest(l, c)?;
    let addr = match arg(c, 0)? {
        Operand::ConstantOperand(k) => l.thread_local_address(k)?,
        _ => None,
    };
    let addr =
        addr.ok_or("llvm.threadlocal.address of something that is not a thread-local global")?;
    l.emit_copy(dst, addr, 1);
    Ok(())
}

/// Copies the function's `va_list` template into the caller's `va_list`.
fn va_start(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let template = l
        .va_slot
        .ok_or("llvm.va_start in a function that is not variadic")?;
    let dst = l.operand(arg(c, 0)?)?;
    let len = l.const_u64(crate::abi::va::LIST_SIZE);
    l.emit(Inst::MemCopy {
        dst,
        src: template,
        len,
    });
    Ok(())
}

fn va_copy(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = l.operand(arg(c, 0)?)?;
    let src = l.operand(arg(c, 1)?)?;
    let len = l.const_u64(crate::abi::va::LIST_SIZE);
    l.emit(Inst::MemCopy { dst, src, len });
    Ok(())
}

fn stack_save(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = dest(l, c)?;
    l.emit(Inst::StackSave { dst });
    Ok(())
}

fn stack_restore(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let src = l.operand(arg(c, 0)?)?;
    l.emit(Inst::StackRestore { src });
    Ok(())
}

fn trap(l: &mut FnLowerer, _: &ins::Call, spec: &Spec) -> LResult<()> {
    let msg = l.add_trap(format!("@{} called", spec.name));
    l.emit(Inst::Trap { msg });
    Ok(())
}

fn mem_copy(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = l.operand(arg(c, 0)?)?;
    let src = l.operand(arg(c, 1)?)?;
    let len = l.operand(arg(c, 2)?)?;
    l.emit(Inst::MemCopy { dst, src, len });
    Ok(())
}

fn mem_move(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = l.operand(arg(c, 0)?)?;
    let src = l.operand(arg(c, 1)?)?;
    let len = l.operand(arg(c, 2)?)?;
    l.emit(Inst::MemMove { dst, src, len });
    Ok(())
}

fn mem_set(l: &mut FnLowerer, c: &ins::Call, _: &Spec) -> LResult<()> {
    let dst = l.operand(arg(c, 0)?)?;
    let val = l.operand(arg(c, 1)?)?;
    let len = l.operand(arg(c, 2)?)?;
    l.emit(Inst::MemSet { dst, val, len });
    Ok(())
}

fn lower_int_unary(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = if spec.name == "llvm.bitreverse" {
        None
    } else {
        Some(vec_op(spec)?)
    };
    if let (None, ValTy::Vector { kind, lanes }) = (op, arg_ty(l, c, 0)?) {
        let dst = dest(l, c)?;
        let a = l.operand(arg(c, 0)?)?;
        l.emit(Inst::VecUn {
            dst,
            a,
            op: VecOp::Bitreverse,
            kind,
        });
        l.emit(Inst::TailImm {
            x: lanes,
            y: 0,
            z: 0,
        });
        return Ok(());
    }
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    match arg_ty(l, c, 0)? {
        ValTy::Int(bits) => {
            let bits = bits as u8;
            l.emit(match op {
                Some(VecOp::Ctpop) => Inst::Ctpop { dst, a },
                Some(VecOp::Ctlz) => Inst::Ctlz { dst, a, bits },
                Some(VecOp::Cttz) => Inst::Cttz { dst, a, bits },
                Some(VecOp::Bswap) => Inst::Bswap { dst, a, bits },
                Some(VecOp::Abs) => Inst::Abs { dst, a, bits },
                None => Inst::Bitreverse { dst, a, bits },
                Some(other) => return Err(format!("integer op {other:?}")),
            });
        }
        ValTy::Vector { kind, lanes } => {
            let op = op.ok_or("vector bitreverse")?;
            l.emit(Inst::VecUn { dst, a, op, kind });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            });
        }
        ValTy::Wide(bits) => {
            // `WideUn` treats any other op as bit reversal.
            let op = op.unwrap_or(VecOp::Add);
            l.emit(Inst::WideUn {
                dst,
                a,
                op,
                bits: bits as u8,
            });
        }
        other => return Err(format!("{} on {other:?}", spec.name)),
    }
    Ok(())
}

fn lower_funnel(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let right = code(spec)? == 1;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    let constant_amount = l.const_int(arg(c, 2)?);
    let amount = l.operand(arg(c, 2)?)?;
    match arg_ty(l, c, 0)? {
        ValTy::Int(bits) if constant_amount.is_some() => {
            let s = (constant_amount.unwrap_or(0) % bits as u64) as u32;
            // Shifting by 0 leaves the operand the shift starts from.
            let shift = if right && s != 0 { bits - s } else { s };
            if s == 0 {
                l.emit_copy(dst, if right { b } else { a }, 1);
            } else if a == b && (bits == 64 || bits == 32) {
                let shift = shift as u8;
                l.emit(if bits == 64 {
                    Inst::Rotl64Imm { dst, a, shift }
                } else {
                    Inst::Rotl32Imm { dst, a, shift }
                });
            } else {
                l.emit(Inst::FshlImm {
                    dst,
                    a,
                    b,
                    shift: shift as u8,
                    bits: bits as u8,
                });
            }
        }
        ValTy::Int(bits) => {
            l.emit(if right {
                Inst::Fshr { dst, a, b }
            } else {
                Inst::Fshl { dst, a, b }
            });
            l.emit(Inst::TailSlot {
                s: amount,
                x: bits,
                y: 0,
            });
        }
        ValTy::Wide(bits) => {
            l.emit(Inst::WideFunnel {
                dst,
                a,
                b,
                bits: bits as u8,
                right: right as u8,
            });
            l.emit(Inst::TailSlot {
                s: amount,
                x: 0,
                y: 0,
            });
        }
        ValTy::Vector { kind, lanes } if kind != ElemKind::I1 && !kind.is_float() => {
            l.emit(Inst::VecTernary {
                dst,
                a,
                b,
                op: if right { VecOp::Fshr } else { VecOp::Fshl },
                kind,
            });
            l.emit(Inst::TailSlot {
                s: amount,
                x: lanes,
                y: 0,
            });
        }
        other => return Err(format!("{} on {other:?}", spec.name)),
    }
    Ok(())
}

fn lower_int_minmax(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = vec_op(spec)?;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    match arg_ty(l, c, 0)? {
        ValTy::Int(bits) => {
            let bits = bits as u8;
            l.emit(match op {
                VecOp::SMin => Inst::SMin { dst, a, b, bits },
                VecOp::SMax => Inst::SMax { dst, a, b, bits },
                VecOp::UMin => Inst::UMin { dst, a, b },
                _ => Inst::UMax { dst, a, b },
            });
        }
        ValTy::Vector { kind, lanes } => vec_bin(l, dst, a, b, op, kind, lanes),
        ValTy::Wide(bits) => {
            let op = super::arith::wide_op(op).ok_or("wide min/max")?;
            l.emit(Inst::WideBin {
                dst,
                a,
                b,
                op,
                bits: bits as u8,
            });
        }
        other => return Err(format!("{} on {other:?}", spec.name)),
    }
    Ok(())
}

fn lower_overflow(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = code(spec)?;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    let bits = match arg_ty(l, c, 0)? {
        ValTy::Int(bits) => bits,
        ValTy::Wide(bits) => {
            l.emit(Inst::WideOverflow {
                dst,
                a,
                b,
                op,
                bits: bits as u8,
            });
            return Ok(());
        }
        ValTy::Vector { kind, lanes } if !kind.is_float() && kind != ElemKind::I1 => {
            let ret = c.function_ty_result();
            let result_slots = l.slots_for(&ret)?;
            let sl = l
                .layout
                .struct_layout(l.types, &ret)
                .map_err(|e| e.to_string())?;
            let field1 = *sl
                .offsets
                .get(1)
                .ok_or("overflow result without a flag field")? as u32;
            let flag = kind.bytes() as u32;
            super::lanes::vector_overflow(
                l,
                dst,
                result_slots,
                a,
                b,
                op,
                kind,
                lanes,
                field1,
                flag,
            );
            return Ok(());
        }
        _ => return Err(format!("vector {}", spec.name)),
    };
    let flag = l
        .layout
        .alloc_size(l.types, &llvm_ir::Type::IntegerType { bits })
        .map_err(|e| e.to_string())?;
    l.emit(Inst::Overflow {
        dst,
        a,
        b,
        op,
        bits: bits as u8,
        flag: flag as u8,
    });
    Ok(())
}

fn lower_saturate(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = code(spec)?;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    match arg_ty(l, c, 0)? {
        ValTy::Wide(bits) => {
            l.emit(Inst::WideBin {
                dst,
                a,
                b,
                op: crate::exec::wide::op::UADD_SAT + op,
                bits: bits as u8,
            });
        }
        ValTy::Int(bits) => {
            l.emit(Inst::Saturate {
                dst,
                a,
                b,
                op,
                bits: bits as u8,
            });
        }
        ValTy::Vector { kind, lanes } => {
            let vop = [
                VecOp::UAddSat,
                VecOp::SAddSat,
                VecOp::USubSat,
                VecOp::SSubSat,
                VecOp::UShlSat,
                VecOp::SShlSat,
            ][op as usize];
            vec_bin(l, dst, a, b, vop, kind, lanes);
        }
        other => return Err(format!("{} on {other:?}", spec.name)),
    }
    Ok(())
}

fn math_vec_op(m: MathOp) -> VecOp {
    match m {
        MathOp::Sqrt => VecOp::Sqrt,
        MathOp::Fabs => VecOp::FAbs,
        MathOp::Floor => VecOp::Floor,
        MathOp::Ceil => VecOp::Ceil,
        MathOp::Trunc => VecOp::Trunc,
        MathOp::Round => VecOp::Round,
        MathOp::RoundEven => VecOp::RoundEven,
        MathOp::Rint | MathOp::Canonicalize => VecOp::Rint,
    }
}

/// The C library's long double function for a math op.
fn long_double_name(op: MathOp) -> &'static str {
    match op {
        MathOp::Sqrt => "sqrtl",
        MathOp::Fabs => "fabsl",
        MathOp::Floor => "floorl",
        MathOp::Ceil => "ceill",
        MathOp::Trunc => "truncl",
        MathOp::Round => "roundl",
        MathOp::RoundEven => "roundevenl",
        MathOp::Rint => "rintl",
        MathOp::Canonicalize => "fabsl",
    }
}

fn lower_float_unary(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let Op::Math(op) = spec.op else {
        return Err(format!("table entry for {} lacks its op", spec.name));
    };
    if let ValTy::Half(kind) = arg_ty(l, c, 0)? {
        let dst = dest(l, c)?;
        let a = l.operand(arg(c, 0)?)?;
        l.emit(Inst::VecUn {
            dst,
            a,
            op: math_vec_op(op),
            kind,
        });
        l.emit(Inst::TailImm { x: 1, y: 0, z: 0 });
        return Ok(());
    }
    if arg_ty(l, c, 0)? == ValTy::F80 {
        if op == MathOp::Fabs {
            let dst = dest(l, c)?;
            let a = l.operand(arg(c, 0)?)?;
            super::arith::f80_sign(l, dst, a, super::arith::SignOp::Clear);
            return Ok(());
        }
        if op == MathOp::Canonicalize {
            return Err(format!("{} on x86_fp80", spec.name));
        }
        return call_libm(l, c, spec.name, long_double_name(op));
    }
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    match arg_ty(l, c, 0)? {
        ValTy::F32 => l.emit(Inst::Math32 { dst, a, op }),
        ValTy::F64 => l.emit(Inst::Math64 { dst, a, op }),
        ValTy::Vector { kind, lanes } if kind.is_float() && op != MathOp::Canonicalize => {
            l.emit(Inst::VecUn {
                dst,
                a,
                op: math_vec_op(op),
                kind,
            });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            })
        }
        other => return Err(format!("{} on {other:?}", spec.name)),
    };
    Ok(())
}

fn lower_float_minmax(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = vec_op(spec)?;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    let max = matches!(op, VecOp::FMax | VecOp::FMaximum) as u8;
    if arg_ty(l, c, 0)? == ValTy::F80 {
        return match op {
            VecOp::FMin => call_libm(l, c, spec.name, "fminl"),
            VecOp::FMax => call_libm(l, c, spec.name, "fmaxl"),
            _ => Err(format!("{} on x86_fp80", spec.name)),
        };
    }
    match (arg_ty(l, c, 0)?, op) {
        (ValTy::F32, VecOp::FMin | VecOp::FMax) => l.emit(Inst::MinMaxNum32 { dst, a, b, max }),
        (ValTy::F64, VecOp::FMin | VecOp::FMax) => l.emit(Inst::MinMaxNum64 { dst, a, b, max }),
        (ValTy::Half(kind), _) => {
            vec_bin(l, dst, a, b, op, kind, 1);
            0
        }
        (t @ (ValTy::F32 | ValTy::F64), _) => {
            let kind = if t == ValTy::F32 {
                ElemKind::F32
            } else {
                ElemKind::F64
            };
            vec_bin(l, dst, a, b, op, kind, 1);
            0
        }
        (ValTy::Vector { kind, lanes }, _) => {
            vec_bin(l, dst, a, b, op, kind, lanes);
            0
        }
        (other, _) => return Err(format!("{} on {other:?}", spec.name)),
    };
    Ok(())
}

/// Whether the function may contract `a * b + c` into one fused operation
/// when the target does (i.e. it is compiled for a CPU with FMA).
fn target_has_fma(l: &FnLowerer) -> bool {
    l.func.function_attributes.iter().any(|a| match a {
        llvm_ir::function::FunctionAttribute::StringAttribute { kind, value } => {
            kind == "target-features" && value.split(',').any(|f| f == "+fma")
        }
        _ => false,
    })
}

fn lower_fma(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    // `fmuladd` fuses only where native code generation would.
    let fused = code(spec)? == 1 || target_has_fma(l);
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let b = l.operand(arg(c, 1)?)?;
    let cc = l.operand(arg(c, 2)?)?;
    match (arg_ty(l, c, 0)?, fused) {
        (ValTy::F32, true) => {
            l.emit(Inst::Fma32 { dst, a, b });
            l.emit(Inst::TailSlot { s: cc, x: 0, y: 0 });
        }
        (ValTy::F64, true) => {
            l.emit(Inst::Fma64 { dst, a, b });
            l.emit(Inst::TailSlot { s: cc, x: 0, y: 0 });
        }
        (ValTy::F32, false) => {
            let t = l.temp(1);
            l.emit(Inst::FMul32 { dst: t, a, b });
            l.emit(Inst::FAdd32 { dst, a: t, b: cc });
        }
        (ValTy::F64, false) => {
            let t = l.temp(1);
            l.emit(Inst::FMul64 { dst: t, a, b });
            l.emit(Inst::FAdd64 { dst, a: t, b: cc });
        }
        (ValTy::F80, true) => return call_libm(l, c, spec.name, "fmal"),
        (ValTy::Half(kind), _) => {
            // fmuladd and fma agree here: both round once, from f64.
            l.emit(Inst::VecTernary {
                dst,
                a,
                b,
                op: VecOp::Fma,
                kind,
            });
            l.emit(Inst::TailSlot { s: cc, x: 1, y: 0 });
        }
        (ValTy::Vector { kind, lanes }, true) if kind.is_float() => {
            l.emit(Inst::VecTernary {
                dst,
                a,
                b,
                op: VecOp::Fma,
                kind,
            });
            l.emit(Inst::TailSlot {
                s: cc,
                x: lanes,
                y: 0,
            });
        }
        (ValTy::F80, false) => {
            use crate::exec::f80::op;
            let t = l.temp(2);
            l.emit(Inst::F80Bin {
                dst: t,
                a,
                b,
                op: op::MUL,
            });
            l.emit(Inst::F80Bin {
                dst,
                a: t,
                b: cc,
                op: op::ADD,
            });
        }
        (ValTy::Vector { kind, lanes }, false) => {
            let n = l.slots_for(&l.type_of_operand(arg(c, 0)?))?;
            let t = l.temp(n);
            vec_bin(l, t, a, b, VecOp::FMul, kind, lanes);
            vec_bin(l, dst, t, cc, VecOp::FAdd, kind, lanes);
        }
        (other, _) => return Err(format!("{} on {other:?}", spec.name)),
    }
    Ok(())
}

fn lower_helper(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let Op::Helper(h) = spec.op else {
        return Err(format!("table entry for {} lacks its helper", spec.name));
    };
    if arg_ty(l, c, 0)? == ValTy::F80 && spec.name != "llvm.is.fpclass" {
        return match spec.name {
            "llvm.copysign" => call_libm(l, c, spec.name, "copysignl"),
            _ => Err(format!("{} on x86_fp80", spec.name)),
        };
    }
    for i in 0..c.arguments.len() {
        let t = arg_ty(l, c, i)?;
        if !t.is_scalar() && t != ValTy::F80 {
            return Err(format!("{} on vectors", spec.name));
        }
    }
    let dst = dest(l, c)?;
    let mut slots = Vec::with_capacity(c.arguments.len() + 1);
    for (op, _) in &c.arguments {
        slots.push(l.operand(op)?);
    }
    // The helper learns the float width from this extra argument.
    let width = match arg_ty(l, c, 0)? {
        ValTy::F32 => 32,
        ValTy::F80 => 80,
        _ => 64,
    };
    slots.push(l.const_u64(width));
    let args = l.add_args(&slots);
    l.helpers.push(h);
    let helper = (l.helpers.len() - 1) as u32;
    l.emit(Inst::CallHelper { helper, args, dst });
    Ok(())
}

fn lower_fp_to_int_sat(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let signed = code(spec)? == 1;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let bits = match (l.classify(&c.function_ty_result())?, arg_ty(l, c, 0)?) {
        (ValTy::Int(bits), _) => bits as u8,
        (ValTy::Vector { kind: to, lanes }, ValTy::Vector { kind: from, .. }) => {
            // Vector conversions already saturate.
            l.emit(Inst::VecConv { dst, a, from, to });
            let conv = if signed {
                crate::bytecode::conv::FPTOSI
            } else {
                crate::bytecode::conv::FPTOUI
            };
            l.emit(Inst::TailImm {
                x: lanes,
                y: conv,
                z: 0,
            });
            return Ok(());
        }
        (ValTy::Wide(bits), from @ (ValTy::F32 | ValTy::F64)) => {
            use crate::exec::wide::fconv;
            let op = match (from, signed) {
                (ValTy::F64, true) => fconv::F64_TO_SI,
                (ValTy::F64, false) => fconv::F64_TO_UI,
                (_, true) => fconv::F32_TO_SI,
                (_, false) => fconv::F32_TO_UI,
            };
            l.emit(Inst::WideFloat {
                dst,
                a,
                op,
                bits: bits as u8,
            });
            return Ok(());
        }
        (other, _) => return Err(format!("{} to {other:?}", spec.name)),
    };
    l.emit(match (arg_ty(l, c, 0)?, signed) {
        (ValTy::F32, true) => Inst::F32ToSi { dst, a, bits },
        (ValTy::F64, true) => Inst::F64ToSi { dst, a, bits },
        (ValTy::F32, false) => Inst::F32ToUi { dst, a, bits },
        (ValTy::F64, false) => Inst::F64ToUi { dst, a, bits },
        (other, _) => return Err(format!("{} on {other:?}", spec.name)),
    });
    Ok(())
}

fn lower_libm(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let Op::Libm(dname, fname, lname) = spec.op else {
        return Err(format!("table entry for {} lacks its function", spec.name));
    };
    let fname = match arg_ty(l, c, 0)? {
        ValTy::F64 => dname,
        ValTy::F32 => fname,
        ValTy::F80 => lname,
        other => return Err(format!("{} on {other:?}", spec.name)),
    };
    call_libm(l, c, spec.name, fname)
}

/// Calls the C library function `fname` with the intrinsic's arguments,
/// as native code generation does for these intrinsics.
fn call_libm(l: &mut FnLowerer, c: &ins::Call, intrinsic: &str, fname: &str) -> LResult<()> {
    let sig = super::call::site_sig(l, c)?;
    let mut slots = Vec::with_capacity(c.arguments.len());
    for (op, _) in &c.arguments {
        slots.push(l.operand(op)?);
    }
    let dst = dest(l, c)?;
    emit_native_call(l, intrinsic, fname, sig, &slots, dst)
}

/// A call to the C library function `fname` with signature `sig`.
fn emit_native_call(
    l: &mut FnLowerer,
    intrinsic: &str,
    fname: &str,
    sig: crate::host::NativeSig,
    args: &[Slot],
    dst: Slot,
) -> LResult<()> {
    let Some(Resolved::Address(addr)) = l.m.host.resolve(fname) else {
        return Err(format!(
            "{intrinsic} needs the C library function {fname}, which is not available"
        ));
    };
    let func = l.add_native_callee(super::NativeVia::Intrinsic, fname, addr, &sig)?;
    let args = l.add_args(args);
    l.emit(Inst::CallNative { func, args, dst });
    Ok(())
}

/// `{fp, i32} llvm.frexp(fp)`: the C library's `frexp` with an out
/// parameter in this frame, then the exponent moved into the result.
fn frexp(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    use crate::host::{AbiType, NativeSig};
    let (fname, abi) = match arg_ty(l, c, 0)? {
        ValTy::F64 => ("frexp", AbiType::F64),
        ValTy::F32 => ("frexpf", AbiType::F32),
        ValTy::F80 => ("frexpl", AbiType::F80),
        other => return Err(format!("{} on {other:?}", spec.name)),
    };
    let dst = dest(l, c)?;
    let x = l.operand(arg(c, 0)?)?;
    let off = l.reserve_static(4, 4) as u32;
    let exp_ptr = l.temp(1);
    l.emit(Inst::Alloca { dst: exp_ptr, off });
    let sig = NativeSig {
        params: vec![abi.clone(), AbiType::Ptr],
        ret: abi,
        fixed_params: None,
    };
    emit_native_call(l, spec.name, fname, sig, &[x, exp_ptr], dst)?;
    let ret = c.function_ty_result();
    let n = l.slots_for(&ret)?;
    let field1 = l
        .layout
        .struct_layout(l.types, &ret)
        .map_err(|e| e.to_string())?
        .offsets
        .get(1)
        .copied()
        .ok_or("frexp result without an exponent")? as u32;
    let e = l.temp(1);
    l.emit(Inst::Load32 {
        dst: e,
        ptr: exp_ptr,
        off: 0,
    });
    l.emit(Inst::InsertBytes { dst, src: dst, n });
    l.emit(Inst::TailSlot {
        s: e,
        x: field1,
        y: 4,
    });
    Ok(())
}

fn lower_reduce(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = vec_op(spec)?;
    let dst = dest(l, c)?;
    let a = l.operand(arg(c, 0)?)?;
    let ValTy::Vector { kind, lanes } = arg_ty(l, c, 0)? else {
        return Err(format!("{} on a scalar", spec.name));
    };
    l.emit(Inst::VecReduce { dst, a, op, kind });
    l.emit(Inst::TailImm {
        x: lanes,
        y: 0,
        z: 0,
    });
    Ok(())
}

/// `fadd`/`fmul` reductions are ordered: `((start op v0) op v1) ...`.
fn lower_ordered_reduce(l: &mut FnLowerer, c: &ins::Call, spec: &Spec) -> LResult<()> {
    let op = vec_op(spec)?;
    let dst = dest(l, c)?;
    let start = l.operand(arg(c, 0)?)?;
    let v = l.operand(arg(c, 1)?)?;
    let ValTy::Vector { kind, lanes } = arg_ty(l, c, 1)? else {
        return Err(format!("{} on a scalar", spec.name));
    };
    let n = l.slots_for(&l.type_of_operand(arg(c, 1)?))?;
    let size = kind.bytes() as u32;
    l.emit_copy(dst, start, 1);
    let lane = l.temp(1);
    for i in 0..lanes {
        l.emit(Inst::ExtractBytes {
            dst: lane,
            src: v,
            n,
        });
        l.emit(Inst::TailImm {
            x: i * size,
            y: size,
            z: 0,
        });
        l.emit(match (kind, op) {
            (ElemKind::F32, VecOp::FAdd) => Inst::FAdd32 {
                dst,
                a: dst,
                b: lane,
            },
            (ElemKind::F32, _) => Inst::FMul32 {
                dst,
                a: dst,
                b: lane,
            },
            (_, VecOp::FAdd) => Inst::FAdd64 {
                dst,
                a: dst,
                b: lane,
            },
            _ => Inst::FMul64 {
                dst,
                a: dst,
                b: lane,
            },
        });
    }
    Ok(())
}

/// Result type of a call site.
trait CallResult {
    fn function_ty_result(&self) -> llvm_ir::TypeRef;
}

impl CallResult for ins::Call {
    fn function_ty_result(&self) -> llvm_ir::TypeRef {
        match self.function_ty.as_ref() {
            llvm_ir::Type::FuncType { result_type, .. } => result_type.clone(),
            _ => self.function_ty.clone(),
        }
    }
}

#[allow(dead_code)]
fn is_const_true(op: &Operand) -> bool {
    matches!(op, Operand::ConstantOperand(c) if matches!(c.as_ref(), Constant::Int { value: 1, .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_strips_type_suffixes() {
        assert_eq!(
            lookup("llvm.memcpy.p0.p0.i64").map(|s| s.name),
            Some("llvm.memcpy")
        );
        assert_eq!(
            lookup("llvm.memcpy.inline.p0.p0.i64").map(|s| s.name),
            Some("llvm.memcpy.inline")
        );
        assert_eq!(
            lookup("llvm.vector.reduce.add.v4i32").map(|s| s.name),
            Some("llvm.vector.reduce.add")
        );
        assert!(lookup("llvm.totally.unknown.i32").is_none());
        assert!(lookup("llvm").is_none());
    }

    #[test]
    fn table_has_no_duplicates() {
        let mut names: Vec<_> = TABLE.iter().map(|s| s.name).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
