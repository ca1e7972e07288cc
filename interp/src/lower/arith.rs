//! Lowering of integer and floating-point arithmetic, comparisons, casts
//! and `select`.

use super::{FnLowerer, LResult, ValTy};
use crate::bytecode::{conv, ElemKind, FloatPredicate, Inst, Slot, VecOp};
use hashbrown::HashMap;
use llvm_ir::instruction as ins;
use llvm_ir::{FPPredicate, Instruction, IntPredicate, Name, Operand, Type};

/// The parts of a binary instruction.
struct Bin<'a> {
    a: &'a Operand,
    b: &'a Operand,
    dest: &'a Name,
}

fn parts(inst: &Instruction) -> Option<(VecOp, Bin<'_>)> {
    use Instruction as I;
    macro_rules! b {
        ($op:expr, $x:expr) => {
            Some((
                $op,
                Bin {
                    a: &$x.operand0,
                    b: &$x.operand1,
                    dest: &$x.dest,
                },
            ))
        };
    }
    match inst {
        I::Add(x) => b!(VecOp::Add, x),
        I::Sub(x) => b!(VecOp::Sub, x),
        I::Mul(x) => b!(VecOp::Mul, x),
        I::UDiv(x) => b!(VecOp::UDiv, x),
        I::SDiv(x) => b!(VecOp::SDiv, x),
        I::URem(x) => b!(VecOp::URem, x),
        I::SRem(x) => b!(VecOp::SRem, x),
        I::And(x) => b!(VecOp::And, x),
        I::Or(x) => b!(VecOp::Or, x),
        I::Xor(x) => b!(VecOp::Xor, x),
        I::Shl(x) => b!(VecOp::Shl, x),
        I::LShr(x) => b!(VecOp::LShr, x),
        I::AShr(x) => b!(VecOp::AShr, x),
        I::FAdd(x) => b!(VecOp::FAdd, x),
        I::FSub(x) => b!(VecOp::FSub, x),
        I::FMul(x) => b!(VecOp::FMul, x),
        I::FDiv(x) => b!(VecOp::FDiv, x),
        I::FRem(x) => b!(VecOp::FRem, x),
        _ => None,
    }
}

fn is_commutative(op: VecOp) -> bool {
    matches!(
        op,
        VecOp::Add | VecOp::Mul | VecOp::And | VecOp::Or | VecOp::Xor
    )
}

/// Emits a generic element-wise vector op.
pub(super) fn vec_bin(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    b: Slot,
    op: VecOp,
    kind: ElemKind,
    lanes: u32,
) {
    let whole_bytes = matches!(
        kind,
        ElemKind::I8
            | ElemKind::I16
            | ElemKind::I32
            | ElemKind::I64
            | ElemKind::F32
            | ElemKind::F64
    );
    if whole_bytes && kind.bits() * lanes == 128 {
        l.emit(v128_op(dst, a, b, op, kind).unwrap_or(Inst::V128Bin {
            dst,
            a,
            b,
            op,
            kind,
        }));
        return;
    }
    l.emit(Inst::VecBin {
        dst,
        a,
        b,
        op,
        kind,
    });
    l.emit(Inst::TailImm {
        x: lanes,
        y: 0,
        z: 0,
    });
}

/// The 128-bit op with a handler of its own for `op` on `kind` lanes.
fn v128_op(dst: Slot, a: Slot, b: Slot, op: VecOp, kind: ElemKind) -> Option<Inst> {
    use ElemKind as K;
    use VecOp as O;
    Some(match (kind, op) {
        (K::F64, O::FAdd) => Inst::F64x2Add { dst, a, b },
        (K::F64, O::FSub) => Inst::F64x2Sub { dst, a, b },
        (K::F64, O::FMul) => Inst::F64x2Mul { dst, a, b },
        (K::F64, O::FDiv) => Inst::F64x2Div { dst, a, b },
        (K::F32, O::FAdd) => Inst::F32x4Add { dst, a, b },
        (K::F32, O::FSub) => Inst::F32x4Sub { dst, a, b },
        (K::F32, O::FMul) => Inst::F32x4Mul { dst, a, b },
        (K::F32, O::FDiv) => Inst::F32x4Div { dst, a, b },
        (K::I32, O::Add) => Inst::I32x4Add { dst, a, b },
        (K::I32, O::Sub) => Inst::I32x4Sub { dst, a, b },
        (K::I32, O::Mul) => Inst::I32x4Mul { dst, a, b },
        (K::I64, O::Add) => Inst::I64x2Add { dst, a, b },
        (K::I64, O::Sub) => Inst::I64x2Sub { dst, a, b },
        (_, O::And) => Inst::V128And { dst, a, b },
        (_, O::Or) => Inst::V128Or { dst, a, b },
        (_, O::Xor) => Inst::V128Xor { dst, a, b },
        _ => return None,
    })
}

pub(super) fn int_binary(l: &mut FnLowerer, inst: &Instruction) -> LResult<()> {
    let (op, bin) = parts(inst).ok_or("not a binary op")?;
    let ty = l.type_of_operand(bin.a);
    let dst = l.dest(bin.dest)?;
    match l.classify(&ty)? {
        ValTy::Int(bits) => {
            // Put a constant operand second where the op allows it.
            let (x, y) = if is_commutative(op)
                && l.const_int(bin.a).is_some()
                && l.const_int(bin.b).is_none()
            {
                (bin.b, bin.a)
            } else {
                (bin.a, bin.b)
            };
            let imm = l.const_int(y);
            let a = l.operand(x)?;
            scalar_int_op(l, op, bits, dst, a, y, imm)
        }
        ValTy::Vector { kind, lanes } if kind.bits() > 64 => {
            let a = l.operand(bin.a)?;
            let b = l.operand(bin.b)?;
            let code = wide_op(op).ok_or_else(|| format!("{op:?} on vectors of {kind:?}"))?;
            super::lanes::wide_binary(l, dst, a, b, code, kind, lanes);
            Ok(())
        }
        ValTy::Vector { kind, lanes } => {
            let a = l.operand(bin.a)?;
            let b = l.operand(bin.b)?;
            vec_bin(l, dst, a, b, op, kind, lanes);
            Ok(())
        }
        ValTy::Wide(bits) => {
            let a = l.operand(bin.a)?;
            let b = l.operand(bin.b)?;
            let op = wide_op(op).ok_or_else(|| format!("{op:?} on i{bits}"))?;
            l.emit(Inst::WideBin {
                dst,
                a,
                b,
                op,
                bits: bits as u8,
            });
            Ok(())
        }
        other => Err(format!("integer arithmetic on {other:?}")),
    }
}

/// The `WideBin` code of an integer op.
pub(super) fn wide_op(op: VecOp) -> Option<u8> {
    use crate::exec::wide::op as w;
    Some(match op {
        VecOp::Add => w::ADD,
        VecOp::Sub => w::SUB,
        VecOp::Mul => w::MUL,
        VecOp::UDiv => w::UDIV,
        VecOp::SDiv => w::SDIV,
        VecOp::URem => w::UREM,
        VecOp::SRem => w::SREM,
        VecOp::And => w::AND,
        VecOp::Or => w::OR,
        VecOp::Xor => w::XOR,
        VecOp::Shl => w::SHL,
        VecOp::LShr => w::LSHR,
        VecOp::AShr => w::ASHR,
        VecOp::SMin => w::SMIN,
        VecOp::SMax => w::SMAX,
        VecOp::UMin => w::UMIN,
        VecOp::UMax => w::UMAX,
        _ => return None,
    })
}

/// `imm`: the value of `y` when it is a constant.
fn scalar_int_op(
    l: &mut FnLowerer,
    op: VecOp,
    bits: u32,
    dst: Slot,
    a: Slot,
    y: &Operand,
    imm: Option<u64>,
) -> LResult<()> {
    let bits8 = bits as u8;
    // An immediate that, sign-extended from 32 bits, equals the 64-bit value.
    let imm64 = imm.and_then(|c| i32::try_from(c as i64).ok());
    let imm32 = imm.map(|c| c as u32 as i32);
    if let Some(c) = imm {
        let done = match (op, bits) {
            (VecOp::Add, 32) => Some(Inst::AddImm32 {
                dst,
                a,
                imm: imm32.unwrap_or(0),
            }),
            (VecOp::Sub, 32) => Some(Inst::AddImm32 {
                dst,
                a,
                imm: (c as u32).wrapping_neg() as i32,
            }),
            (VecOp::Add, 64) => imm64.map(|imm| Inst::AddImm64 { dst, a, imm }),
            (VecOp::Sub, 64) => i32::try_from((c as i64).wrapping_neg())
                .ok()
                .map(|imm| Inst::AddImm64 { dst, a, imm }),
            (VecOp::Mul, 64) => imm64.map(|imm| Inst::MulImm64 { dst, a, imm }),
            (VecOp::And, b) if b <= 32 => Some(Inst::AndImm {
                dst,
                a,
                imm: imm32.unwrap_or(0),
            }),
            (VecOp::And, _) => imm64.map(|imm| Inst::AndImm { dst, a, imm }),
            (VecOp::Shl, _) if c < bits as u64 => Some(Inst::ShlImm {
                dst,
                a,
                imm: c as u8,
                bits: bits8,
            }),
            (VecOp::LShr, _) if c < bits as u64 => Some(Inst::LShrImm {
                dst,
                a,
                imm: c as u8,
            }),
            (VecOp::AShr, _) if c < bits as u64 => Some(Inst::AShrImm {
                dst,
                a,
                imm: c as u8,
                bits: bits8,
            }),
            _ => None,
        };
        if let Some(inst) = done {
            l.emit(inst);
            return Ok(());
        }
    }
    let b = l.operand(y)?;
    let inst = match (op, bits) {
        (VecOp::Add, 32) => Inst::Add32 { dst, a, b },
        (VecOp::Add, 64) => Inst::Add64 { dst, a, b },
        (VecOp::Add, _) => Inst::AddN {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::Sub, 32) => Inst::Sub32 { dst, a, b },
        (VecOp::Sub, 64) => Inst::Sub64 { dst, a, b },
        (VecOp::Sub, _) => Inst::SubN {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::Mul, 32) => Inst::Mul32 { dst, a, b },
        (VecOp::Mul, 64) => Inst::Mul64 { dst, a, b },
        (VecOp::Mul, _) => Inst::MulN {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::UDiv, _) => Inst::UDiv { dst, a, b },
        (VecOp::URem, _) => Inst::URem { dst, a, b },
        (VecOp::SDiv, _) => Inst::SDiv {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::SRem, _) => Inst::SRem {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::And, _) => Inst::And { dst, a, b },
        (VecOp::Or, _) => Inst::Or { dst, a, b },
        (VecOp::Xor, _) => Inst::Xor { dst, a, b },
        (VecOp::Shl, _) => Inst::Shl {
            dst,
            a,
            b,
            bits: bits8,
        },
        (VecOp::LShr, _) => Inst::LShr { dst, a, b },
        (VecOp::AShr, _) => Inst::AShr {
            dst,
            a,
            b,
            bits: bits8,
        },
        (other, _) => return Err(format!("integer op {other:?}")),
    };
    l.emit(inst);
    Ok(())
}

pub(super) fn float_binary(l: &mut FnLowerer, inst: &Instruction) -> LResult<()> {
    let (op, bin) = parts(inst).ok_or("not a binary op")?;
    let ty = l.type_of_operand(bin.a);
    let dst = l.dest(bin.dest)?;
    let a = l.operand(bin.a)?;
    let b = l.operand(bin.b)?;
    let inst = match (l.classify(&ty)?, op) {
        (ValTy::F32, VecOp::FAdd) => Inst::FAdd32 { dst, a, b },
        (ValTy::F32, VecOp::FSub) => Inst::FSub32 { dst, a, b },
        (ValTy::F32, VecOp::FMul) => Inst::FMul32 { dst, a, b },
        (ValTy::F32, VecOp::FDiv) => Inst::FDiv32 { dst, a, b },
        (ValTy::F32, VecOp::FRem) => Inst::FRem32 { dst, a, b },
        (ValTy::F64, VecOp::FAdd) => Inst::FAdd64 { dst, a, b },
        (ValTy::F64, VecOp::FSub) => Inst::FSub64 { dst, a, b },
        (ValTy::F64, VecOp::FMul) => Inst::FMul64 { dst, a, b },
        (ValTy::F64, VecOp::FDiv) => Inst::FDiv64 { dst, a, b },
        (ValTy::F64, VecOp::FRem) => Inst::FRem64 { dst, a, b },
        (ValTy::Half(kind), op) => {
            vec_bin(l, dst, a, b, op, kind, 1);
            return Ok(());
        }
        (
            ValTy::Vector {
                kind: ElemKind::F80,
                lanes,
            },
            op,
        ) => {
            super::lanes::f80_binary(l, dst, a, b, f80_op(op), lanes);
            return Ok(());
        }
        (ValTy::Vector { kind, lanes }, op) => {
            vec_bin(l, dst, a, b, op, kind, lanes);
            return Ok(());
        }
        (ValTy::F80, op) => Inst::F80Bin {
            dst,
            a,
            b,
            op: f80_op(op),
        },
        (other, _) => return Err(format!("floating-point arithmetic on {other:?}")),
    };
    l.emit(inst);
    Ok(())
}

pub(super) fn fneg(l: &mut FnLowerer, n: &ins::FNeg) -> LResult<()> {
    let ty = l.type_of_operand(&n.operand);
    let dst = l.dest(&n.dest)?;
    let a = l.operand(&n.operand)?;
    match l.classify(&ty)? {
        ValTy::F32 => l.emit(Inst::FNeg32 { dst, a }),
        ValTy::F64 => l.emit(Inst::FNeg64 { dst, a }),
        ValTy::F80 => {
            f80_sign(l, dst, a, SignOp::Flip);
            0
        }
        ValTy::Half(kind) => {
            l.emit(Inst::VecUn {
                dst,
                a,
                op: VecOp::FNeg,
                kind,
            });
            l.emit(Inst::TailImm { x: 1, y: 0, z: 0 })
        }
        ValTy::Vector {
            kind: ElemKind::F80,
            lanes,
        } => {
            super::lanes::f80_negate(l, dst, a, lanes);
            0
        }
        ValTy::Vector { kind, lanes } => {
            l.emit(Inst::VecUn {
                dst,
                a,
                op: VecOp::FNeg,
                kind,
            });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            })
        }
        other => return Err(format!("fneg on {other:?}")),
    };
    Ok(())
}

/// The vector-op form of an integer predicate.
pub(super) fn int_pred_op(p: IntPredicate) -> VecOp {
    match p {
        IntPredicate::EQ => VecOp::Eq,
        IntPredicate::NE => VecOp::Ne,
        IntPredicate::ULT => VecOp::Ult,
        IntPredicate::ULE => VecOp::Ule,
        IntPredicate::UGT => VecOp::Ugt,
        IntPredicate::UGE => VecOp::Uge,
        IntPredicate::SLT => VecOp::Slt,
        IntPredicate::SLE => VecOp::Sle,
        IntPredicate::SGT => VecOp::Sgt,
        IntPredicate::SGE => VecOp::Sge,
    }
}

pub(super) fn float_pred(p: FPPredicate) -> FloatPredicate {
    match p {
        FPPredicate::False => FloatPredicate::False,
        FPPredicate::OEQ => FloatPredicate::Oeq,
        FPPredicate::OGT => FloatPredicate::Ogt,
        FPPredicate::OGE => FloatPredicate::Oge,
        FPPredicate::OLT => FloatPredicate::Olt,
        FPPredicate::OLE => FloatPredicate::Ole,
        FPPredicate::ONE => FloatPredicate::One,
        FPPredicate::ORD => FloatPredicate::Ord,
        FPPredicate::UNO => FloatPredicate::Uno,
        FPPredicate::UEQ => FloatPredicate::Ueq,
        FPPredicate::UGT => FloatPredicate::Ugt,
        FPPredicate::UGE => FloatPredicate::Uge,
        FPPredicate::ULT => FloatPredicate::Ult,
        FPPredicate::ULE => FloatPredicate::Ule,
        FPPredicate::UNE => FloatPredicate::Une,
        FPPredicate::True => FloatPredicate::True,
    }
}

/// A scalar integer comparison as (op, swapped) over `lt`/`le`/`eq`/`ne`.
pub(super) fn normalise_int_pred(p: IntPredicate) -> (IntPredicate, bool) {
    match p {
        IntPredicate::UGT => (IntPredicate::ULT, true),
        IntPredicate::UGE => (IntPredicate::ULE, true),
        IntPredicate::SGT => (IntPredicate::SLT, true),
        IntPredicate::SGE => (IntPredicate::SLE, true),
        p => (p, false),
    }
}

pub(super) fn icmp(l: &mut FnLowerer, c: &ins::ICmp) -> LResult<()> {
    let ty = l.type_of_operand(&c.operand0);
    let dst = l.dest(&c.dest)?;
    let a = l.operand(&c.operand0)?;
    let b = l.operand(&c.operand1)?;
    match l.classify(&ty)? {
        t @ (ValTy::Int(_) | ValTy::Ptr) => {
            let bits = t.int_bits().unwrap_or(64) as u8;
            let (p, swap) = normalise_int_pred(c.predicate);
            let (a, b) = if swap { (b, a) } else { (a, b) };
            let inst = match p {
                IntPredicate::EQ => Inst::ICmpEq { dst, a, b },
                IntPredicate::NE => Inst::ICmpNe { dst, a, b },
                IntPredicate::ULT => Inst::ICmpUlt { dst, a, b },
                IntPredicate::ULE => Inst::ICmpUle { dst, a, b },
                IntPredicate::SLT => Inst::ICmpSlt { dst, a, b, bits },
                _ => Inst::ICmpSle { dst, a, b, bits },
            };
            l.emit(inst);
        }
        ValTy::Vector { kind, lanes } if kind.bits() > 64 => {
            super::lanes::wide_compare(l, dst, a, b, int_pred_op(c.predicate), kind, lanes);
        }
        ValTy::Vector { kind, lanes } => {
            l.emit(Inst::VecCmp {
                dst,
                a,
                b,
                op: int_pred_op(c.predicate),
                kind,
            });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            });
        }
        ValTy::Wide(bits) => {
            l.emit(Inst::WideCmp {
                dst,
                a,
                b,
                pred: int_pred_op(c.predicate),
                bits: bits as u8,
            });
        }
        other => return Err(format!("icmp on {other:?}")),
    }
    Ok(())
}

pub(super) fn fcmp(l: &mut FnLowerer, c: &ins::FCmp) -> LResult<()> {
    let ty = l.type_of_operand(&c.operand0);
    let dst = l.dest(&c.dest)?;
    let a = l.operand(&c.operand0)?;
    let b = l.operand(&c.operand1)?;
    let pred = float_pred(c.predicate);
    match l.classify(&ty)? {
        ValTy::F32 => l.emit(Inst::FCmp32 { dst, a, b, pred }),
        ValTy::F64 => l.emit(Inst::FCmp64 { dst, a, b, pred }),
        ValTy::F80 => l.emit(Inst::F80Cmp { dst, a, b, pred }),
        ValTy::Half(kind) => {
            l.emit(Inst::VecCmp {
                dst,
                a,
                b,
                op: VecOp::FCmp(pred),
                kind,
            });
            l.emit(Inst::TailImm { x: 1, y: 0, z: 0 })
        }
        ValTy::Vector {
            kind: ElemKind::F80,
            lanes,
        } => {
            super::lanes::f80_compare(l, dst, a, b, pred, lanes);
            0
        }
        ValTy::Vector { kind, lanes } => {
            l.emit(Inst::VecCmp {
                dst,
                a,
                b,
                op: VecOp::FCmp(pred),
                kind,
            });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            })
        }
        other => return Err(format!("fcmp on {other:?}")),
    };
    Ok(())
}

/// For an instruction whose result has exactly its operand's slot image
/// (`freeze`, `bitcast`, `addrspacecast`, `zext` and `inttoptr` of a
/// one-slot integer, `ptrtoint` to i64): its result and the operand's
/// name. The slot allocator makes such a result share its operand's slots
/// and the instruction disappears.
pub(super) fn plain_copy<'i>(l: &FnLowerer, inst: &'i Instruction) -> Option<(&'i Name, &'i Name)> {
    use Instruction as I;
    let int_to_scalar = |op: &Operand, to: &Type| {
        matches!(l.classify_operand(op), Ok(ValTy::Int(_)))
            && matches!(l.classify(to), Ok(ValTy::Int(_) | ValTy::Ptr))
    };
    let (operand, dest) = match inst {
        I::Freeze(x) => (&x.operand, &x.dest),
        I::BitCast(x) => (&x.operand, &x.dest),
        I::AddrSpaceCast(x) => (&x.operand, &x.dest),
        I::ZExt(x) if int_to_scalar(&x.operand, &x.to_type) => (&x.operand, &x.dest),
        I::IntToPtr(x) if int_to_scalar(&x.operand, &x.to_type) => (&x.operand, &x.dest),
        I::PtrToInt(x) if l.classify(&x.to_type).ok() == Some(ValTy::Int(64)) => {
            (&x.operand, &x.dest)
        }
        _ => return None,
    };
    match operand {
        Operand::LocalOperand { name, .. } => Some((dest, name)),
        _ => None,
    }
}

/// Integer values (of at most 64 bits) known to fit in fewer bits: the
/// results of `lshr` and `and` by constants, with the bits they can use.
pub(super) fn narrow_values<'i>(l: &FnLowerer<'i>) -> HashMap<&'i Name, u32> {
    let mut narrow = HashMap::new();
    for bb in &l.func.basic_blocks {
        for inst in &bb.instrs {
            let (a, b, dest, shift) = match inst {
                Instruction::LShr(x) => (&x.operand0, &x.operand1, &x.dest, true),
                Instruction::And(x) => (&x.operand0, &x.operand1, &x.dest, false),
                _ => continue,
            };
            let Ok(ValTy::Int(bits)) = l.classify_operand(a) else {
                continue;
            };
            let used = match (shift, l.const_int(b), l.const_int(a)) {
                (true, Some(c), _) if c < bits as u64 => bits - c as u32,
                (false, Some(m), _) | (false, None, Some(m)) => 64 - m.leading_zeros(),
                _ => continue,
            };
            narrow.insert(dest, used);
        }
    }
    narrow
}

/// A `trunc` of a value that already fits in the narrower type (see
/// [`narrow_values`]) changes nothing: its result and operand name.
pub(super) fn redundant_trunc<'i>(
    l: &FnLowerer,
    inst: &'i Instruction,
    narrow: &HashMap<&Name, u32>,
) -> Option<(&'i Name, &'i Name)> {
    let Instruction::Trunc(t) = inst else {
        return None;
    };
    let Operand::LocalOperand { name, .. } = &t.operand else {
        return None;
    };
    let Ok(ValTy::Int(to)) = l.classify(&t.to_type) else {
        return None;
    };
    let fits = narrow.get(name).is_some_and(|&used| used <= to);
    let from_int = matches!(l.classify_operand(&t.operand), Ok(ValTy::Int(_)));
    (fits && from_int).then_some((&t.dest, name))
}

pub(super) fn cast(l: &mut FnLowerer, inst: &Instruction) -> LResult<()> {
    use Instruction as I;
    let (operand, to_type, dest, kind) = match inst {
        I::Trunc(x) => (&x.operand, &x.to_type, &x.dest, conv::TRUNC),
        I::ZExt(x) => (&x.operand, &x.to_type, &x.dest, conv::ZEXT),
        I::SExt(x) => (&x.operand, &x.to_type, &x.dest, conv::SEXT),
        I::FPTrunc(x) => (&x.operand, &x.to_type, &x.dest, conv::FPTRUNC),
        I::FPExt(x) => (&x.operand, &x.to_type, &x.dest, conv::FPEXT),
        I::FPToUI(x) => (&x.operand, &x.to_type, &x.dest, conv::FPTOUI),
        I::FPToSI(x) => (&x.operand, &x.to_type, &x.dest, conv::FPTOSI),
        I::UIToFP(x) => (&x.operand, &x.to_type, &x.dest, conv::UITOFP),
        I::SIToFP(x) => (&x.operand, &x.to_type, &x.dest, conv::SITOFP),
        I::PtrToInt(x) => (&x.operand, &x.to_type, &x.dest, conv::TRUNC),
        I::IntToPtr(x) => (&x.operand, &x.to_type, &x.dest, conv::ZEXT),
        I::BitCast(x) => (&x.operand, &x.to_type, &x.dest, u32::MAX),
        I::AddrSpaceCast(x) => (&x.operand, &x.to_type, &x.dest, u32::MAX),
        _ => return Err("not a cast".into()),
    };
    let from_ty = l.type_of_operand(operand);
    let from = l.classify(&from_ty)?;
    let to = l.classify(to_type)?;
    let dst = l.dest(dest)?;
    let a = l.operand(operand)?;
    if kind == u32::MAX {
        // bitcast: same memory image.
        let n = l.slots_for(to_type)?;
        l.emit_copy(dst, a, n);
        return Ok(());
    }
    if let (ValTy::Vector { kind: fk, lanes }, ValTy::Vector { kind: tk, .. }) = (from, to) {
        if fk == ElemKind::F80 || tk == ElemKind::F80 {
            let code = f80_conv_op(kind, fk, tk)?;
            super::lanes::f80_convert(l, dst, a, (fk, tk), code, lanes);
            return Ok(());
        }
        l.emit(Inst::VecConv {
            dst,
            a,
            from: fk,
            to: tk,
        });
        l.emit(Inst::TailImm {
            x: lanes,
            y: kind,
            z: 0,
        });
        return Ok(());
    }
    if from == ValTy::F80 || to == ValTy::F80 {
        return f80_cast(l, kind, from, to, dst, a);
    }
    if matches!(from, ValTy::Half(_)) || matches!(to, ValTy::Half(_)) {
        // As one-lane vectors: the generic conversions know 16-bit floats.
        let (Some(fk), Some(tk)) = (scalar_kind(from), scalar_kind(to)) else {
            return Err(format!("conversion from {from:?} to {to:?}"));
        };
        l.emit(Inst::VecConv {
            dst,
            a,
            from: fk,
            to: tk,
        });
        l.emit(Inst::TailImm {
            x: 1,
            y: kind,
            z: 0,
        });
        return Ok(());
    }
    if matches!(from, ValTy::Wide(_)) || matches!(to, ValTy::Wide(_)) {
        return wide_cast(l, kind, from, to, dst, a);
    }
    let inst = match (kind, from, to) {
        (conv::TRUNC, f, ValTy::Int(to_bits)) => {
            if f.int_bits() == Some(to_bits) || to_bits >= 64 {
                l.emit_copy(dst, a, 1);
                return Ok(());
            }
            Inst::Trunc {
                dst,
                a,
                bits: to_bits as u8,
            }
        }
        (conv::ZEXT, _, _) => {
            l.emit_copy(dst, a, 1);
            return Ok(());
        }
        (conv::SEXT, ValTy::Int(from_bits), ValTy::Int(to_bits)) => Inst::SExt {
            dst,
            a,
            from: from_bits as u8,
            to: to_bits as u8,
        },
        (conv::FPTRUNC, ValTy::F64, ValTy::F32) => Inst::FpTrunc { dst, a },
        (conv::FPEXT, ValTy::F32, ValTy::F64) => Inst::FpExt { dst, a },
        (conv::FPTOSI, ValTy::F32, ValTy::Int(b)) => Inst::F32ToSi {
            dst,
            a,
            bits: b as u8,
        },
        (conv::FPTOSI, ValTy::F64, ValTy::Int(b)) => Inst::F64ToSi {
            dst,
            a,
            bits: b as u8,
        },
        (conv::FPTOUI, ValTy::F32, ValTy::Int(b)) => Inst::F32ToUi {
            dst,
            a,
            bits: b as u8,
        },
        (conv::FPTOUI, ValTy::F64, ValTy::Int(b)) => Inst::F64ToUi {
            dst,
            a,
            bits: b as u8,
        },
        (conv::SITOFP, ValTy::Int(b), ValTy::F32) => Inst::SiToF32 {
            dst,
            a,
            bits: b as u8,
        },
        (conv::SITOFP, ValTy::Int(b), ValTy::F64) => Inst::SiToF64 {
            dst,
            a,
            bits: b as u8,
        },
        (conv::UITOFP, ValTy::Int(_), ValTy::F32) => Inst::UiToF32 { dst, a },
        (conv::UITOFP, ValTy::Int(_), ValTy::F64) => Inst::UiToF64 { dst, a },
        (_, f, t) => return Err(format!("conversion from {f:?} to {t:?}")),
    };
    l.emit(inst);
    Ok(())
}

/// What to do with the sign of an `x86_fp80`.
pub(super) enum SignOp {
    Flip,
    Clear,
}

/// `fneg`/`fabs` of an `x86_fp80`: the sign is bit 15 of the second slot.
pub(super) fn f80_sign(l: &mut FnLowerer, dst: Slot, a: Slot, op: SignOp) {
    l.emit(Inst::Copy { dst, src: a });
    let (hi_dst, hi_a) = (Slot(dst.0 + 1), Slot(a.0 + 1));
    match op {
        SignOp::Flip => {
            let bit = l.const_u64(0x8000);
            l.emit(Inst::Xor {
                dst: hi_dst,
                a: hi_a,
                b: bit,
            });
        }
        SignOp::Clear => {
            l.emit(Inst::AndImm {
                dst: hi_dst,
                a: hi_a,
                imm: 0x7fff,
            });
        }
    }
}

/// The vector element kind of a scalar, for one-lane vector ops.
fn scalar_kind(t: ValTy) -> Option<ElemKind> {
    Some(match t {
        ValTy::Half(k) => k,
        ValTy::F32 => ElemKind::F32,
        ValTy::F64 => ElemKind::F64,
        ValTy::Int(8) => ElemKind::I8,
        ValTy::Int(16) => ElemKind::I16,
        ValTy::Int(32) => ElemKind::I32,
        ValTy::Int(64) | ValTy::Ptr => ElemKind::I64,
        _ => return None,
    })
}

/// The `F80Bin` code of a floating-point op.
fn f80_op(op: VecOp) -> u8 {
    use crate::exec::f80::op as o;
    match op {
        VecOp::FAdd => o::ADD,
        VecOp::FSub => o::SUB,
        VecOp::FMul => o::MUL,
        VecOp::FDiv => o::DIV,
        _ => o::REM,
    }
}

/// The `F80Conv` code and integer width of a conversion between vector
/// element kinds, one of them `x86_fp80`.
fn f80_conv_op(kind: u32, from: ElemKind, to: ElemKind) -> LResult<(u8, u32)> {
    use crate::exec::f80::conv as c;
    Ok(match (kind, from, to) {
        (conv::FPEXT, ElemKind::F32, ElemKind::F80) => (c::FROM_F32, 0),
        (conv::FPEXT, ElemKind::F64, ElemKind::F80) => (c::FROM_F64, 0),
        (conv::FPTRUNC, ElemKind::F80, ElemKind::F32) => (c::TO_F32, 0),
        (conv::FPTRUNC, ElemKind::F80, ElemKind::F64) => (c::TO_F64, 0),
        (conv::SITOFP, f, ElemKind::F80) if !f.is_float() => (c::FROM_SI, f.bits()),
        (conv::UITOFP, f, ElemKind::F80) if !f.is_float() => (c::FROM_UI, f.bits()),
        (conv::FPTOSI, ElemKind::F80, t) if !t.is_float() => (c::TO_SI, t.bits()),
        (conv::FPTOUI, ElemKind::F80, t) if !t.is_float() => (c::TO_UI, t.bits()),
        _ => return Err(format!("vector conversion from {from:?} to {to:?}")),
    })
}

/// Conversions to and from `x86_fp80`.
fn f80_cast(
    l: &mut FnLowerer,
    kind: u32,
    from: ValTy,
    to: ValTy,
    dst: Slot,
    a: Slot,
) -> LResult<()> {
    use crate::exec::f80::conv as c;
    let (op, bits) = match (kind, from, to) {
        (conv::FPEXT, ValTy::F32, ValTy::F80) => (c::FROM_F32, 0),
        (conv::FPEXT, ValTy::F64, ValTy::F80) => (c::FROM_F64, 0),
        (conv::FPTRUNC, ValTy::F80, ValTy::F32) => (c::TO_F32, 0),
        (conv::FPTRUNC, ValTy::F80, ValTy::F64) => (c::TO_F64, 0),
        (conv::SITOFP, ValTy::Int(b) | ValTy::Wide(b), ValTy::F80) => (c::FROM_SI, b),
        (conv::UITOFP, ValTy::Int(b) | ValTy::Wide(b), ValTy::F80) => (c::FROM_UI, b),
        (conv::FPTOSI, ValTy::F80, ValTy::Int(b) | ValTy::Wide(b)) => (c::TO_SI, b),
        (conv::FPTOUI, ValTy::F80, ValTy::Int(b) | ValTy::Wide(b)) => (c::TO_UI, b),
        _ => return Err(format!("conversion from {from:?} to {to:?}")),
    };
    l.emit(Inst::F80Conv {
        dst,
        a,
        op,
        bits: bits as u8,
    });
    Ok(())
}

/// Conversions where either side is a wide integer.
fn wide_cast(
    l: &mut FnLowerer,
    kind: u32,
    from: ValTy,
    to: ValTy,
    dst: Slot,
    a: Slot,
) -> LResult<()> {
    use crate::exec::wide::fconv;
    let bits_of = |t: ValTy| match t {
        ValTy::Int(b) | ValTy::Wide(b) => Some(b),
        ValTy::Ptr => Some(64),
        _ => None,
    };
    let inst = match (kind, bits_of(from), bits_of(to)) {
        (conv::TRUNC | conv::ZEXT | conv::SEXT, Some(f), Some(t)) => Inst::WideConv {
            dst,
            a,
            from: f as u8,
            to: t as u8,
            signed: (kind == conv::SEXT) as u8,
        },
        (conv::SITOFP | conv::UITOFP, Some(b), None) => {
            let signed = kind == conv::SITOFP;
            let op = match (to, signed) {
                (ValTy::F64, true) => fconv::SI_TO_F64,
                (ValTy::F64, false) => fconv::UI_TO_F64,
                (ValTy::F32, true) => fconv::SI_TO_F32,
                (ValTy::F32, false) => fconv::UI_TO_F32,
                _ => return Err(format!("conversion from i{b} to {to:?}")),
            };
            Inst::WideFloat {
                dst,
                a,
                op,
                bits: b as u8,
            }
        }
        (conv::FPTOSI | conv::FPTOUI, None, Some(b)) => {
            let signed = kind == conv::FPTOSI;
            let op = match (from, signed) {
                (ValTy::F64, true) => fconv::F64_TO_SI,
                (ValTy::F64, false) => fconv::F64_TO_UI,
                (ValTy::F32, true) => fconv::F32_TO_SI,
                (ValTy::F32, false) => fconv::F32_TO_UI,
                _ => return Err(format!("conversion from {from:?} to i{b}")),
            };
            Inst::WideFloat {
                dst,
                a,
                op,
                bits: b as u8,
            }
        }
        _ => return Err(format!("conversion from {from:?} to {to:?}")),
    };
    l.emit(inst);
    Ok(())
}

pub(super) fn select(l: &mut FnLowerer, s: &ins::Select) -> LResult<()> {
    let ty = l.type_of_operand(&s.true_value);
    let cond_ty = l.type_of_operand(&s.condition);
    let dst = l.dest(&s.dest)?;
    // The logical `c || x` and `c && x` compilers write as selects on i1.
    if l.classify(&ty)? == ValTy::Int(1) && l.classify(&cond_ty)? == ValTy::Int(1) {
        let cond = l.operand(&s.condition)?;
        if l.const_int(&s.true_value) == Some(1) {
            let b = l.operand(&s.false_value)?;
            l.emit(Inst::Or { dst, a: cond, b });
            return Ok(());
        }
        if l.const_int(&s.false_value) == Some(0) {
            let a = l.operand(&s.true_value)?;
            l.emit(Inst::And { dst, a: cond, b: a });
            return Ok(());
        }
    }
    let cond = l.operand(&s.condition)?;
    let a = l.operand(&s.true_value)?;
    let b = l.operand(&s.false_value)?;
    let n = l.slots_for(&ty)?;
    match (cond_ty.as_ref(), l.classify(&ty)?) {
        (Type::VectorType { .. }, ValTy::Vector { kind, lanes }) => {
            l.emit(Inst::VecSelect {
                dst,
                mask: cond,
                a,
                kind,
            });
            l.emit(Inst::TailSlot {
                s: b,
                x: lanes,
                y: 0,
            });
        }
        (Type::VectorType { .. }, other) => return Err(format!("vector select of {other:?}")),
        (_, _) if n == 1 => {
            l.emit(Inst::Select { dst, cond, a });
            l.emit(Inst::TailSlot { s: b, x: 1, y: 0 });
        }
        _ => {
            l.emit(Inst::SelectN { dst, cond, a });
            l.emit(Inst::TailSlot { s: b, x: n, y: 0 });
        }
    }
    Ok(())
}
