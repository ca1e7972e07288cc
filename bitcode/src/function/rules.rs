//! The rules instructions follow: the types their operands must have
//! (what LLVM's verifier checks) and what their opcodes, predicates and
//! orderings decode to.

use crate::error::{Error, Result};
use crate::values::Value;
use llvm_ir::instruction::{self as i, Atomicity, MemoryOrdering, RMWBinOp, SynchronizationScope};
use llvm_ir::{DebugLoc, FPPredicate, Instruction, IntPredicate, Name, Operand, Type, TypeRef};

/// A value read before must have the type its use implies.
pub(super) fn expect_type(v: &Value, ty: &TypeRef) -> Result<()> {
    same_type(v.ty(), ty, "operand")
}

pub(super) fn same_type(actual: &TypeRef, expected: &TypeRef, what: &str) -> Result<()> {
    if actual == expected {
        Ok(())
    } else {
        Err(Error::new(format!(
            "{what} of type {actual} where {expected} is expected"
        )))
    }
}

/// The scalar type of `ty` and its vector length (`None` for a scalar).
pub(super) fn scalar(ty: &TypeRef) -> (&TypeRef, Option<usize>) {
    match ty.as_ref() {
        Type::VectorType {
            element_type,
            num_elements,
            ..
        } => (element_type, Some(*num_elements)),
        _ => (ty, None),
    }
}

pub(super) fn int_bits(ty: &TypeRef) -> Option<u32> {
    match ty.as_ref() {
        Type::IntegerType { bits } => Some(*bits),
        _ => None,
    }
}

pub(super) fn fp_bits(ty: &TypeRef) -> Option<u32> {
    use llvm_ir::types::FPType::*;
    match ty.as_ref() {
        Type::FPType(Half | BFloat) => Some(16),
        Type::FPType(Single) => Some(32),
        Type::FPType(Double) => Some(64),
        Type::FPType(X86_FP80) => Some(80),
        Type::FPType(FP128 | PPC_FP128) => Some(128),
        _ => None,
    }
}

/// The cast rules of LLVM's verifier: source and destination kinds, widths
/// that shrink or grow as the cast says, vectors of the same length.
pub(super) fn check_cast(opcode: u64, from: &TypeRef, to: &TypeRef) -> Result<()> {
    let ((f, fl), (t, tl)) = (scalar(from), scalar(to));
    let is_ptr = |ty: &TypeRef| matches!(ty.as_ref(), Type::PointerType { .. });
    if opcode == 11 {
        let bits = |ty: &TypeRef| int_bits(ty).or_else(|| fp_bits(ty));
        let total = |s: &TypeRef, l: Option<usize>| bits(s).map(|b| b as usize * l.unwrap_or(1));
        let ok = (is_ptr(f) && is_ptr(t) && fl == tl)
            || matches!((total(f, fl), total(t, tl)), (Some(a), Some(b)) if a == b);
        return if ok {
            Ok(())
        } else {
            Err(Error::new(format!(
                "bitcast from {from} to {to} is invalid"
            )))
        };
    }
    let ok = fl == tl
        && match opcode {
            0 => matches!((int_bits(f), int_bits(t)), (Some(a), Some(b)) if a > b),
            1 | 2 => matches!((int_bits(f), int_bits(t)), (Some(a), Some(b)) if a < b),
            3 | 4 => fp_bits(f).is_some() && int_bits(t).is_some(),
            5 | 6 => int_bits(f).is_some() && fp_bits(t).is_some(),
            7 => matches!((fp_bits(f), fp_bits(t)), (Some(a), Some(b)) if a > b),
            8 => matches!((fp_bits(f), fp_bits(t)), (Some(a), Some(b)) if a < b),
            9 => is_ptr(f) && int_bits(t).is_some(),
            10 => int_bits(f).is_some() && is_ptr(t),
            12 => is_ptr(f) && is_ptr(t),
            _ => true,
        };
    if ok {
        Ok(())
    } else {
        Err(Error::new(format!(
            "cast {opcode} from {from} to {to} is invalid"
        )))
    }
}

pub(super) fn is_fp(ty: &TypeRef) -> bool {
    match ty.as_ref() {
        Type::FPType(_) => true,
        Type::VectorType { element_type, .. } => matches!(element_type.as_ref(), Type::FPType(_)),
        _ => false,
    }
}

pub(super) fn element_of(ty: &TypeRef) -> Result<TypeRef> {
    match ty.as_ref() {
        Type::VectorType { element_type, .. } => Ok(element_type.clone()),
        _ => Err(Error::new(
            "vector operation on a value that is not a vector",
        )),
    }
}

pub(super) fn alignment(log2_plus_one: u64) -> Result<u32> {
    match log2_plus_one {
        0 => Ok(0),
        1..=33 => Ok(1u64
            .checked_shl(log2_plus_one as u32 - 1)
            .and_then(|a| u32::try_from(a).ok())
            .unwrap_or(0)),
        _ => Err(Error::new("alignment too large")),
    }
}

pub(super) fn binop(
    debugloc: Option<DebugLoc>,
    opcode: u64,
    flags: u64,
    operand0: Operand,
    operand1: Operand,
    dest: Name,
    fp: bool,
) -> Result<Instruction> {
    let (nuw, nsw, exact) = (flags & 1 != 0, flags & 2 != 0, flags & 1 != 0);
    Ok(match (opcode, fp) {
        (0, false) => Instruction::Add(i::Add {
            operand0,
            operand1,
            dest,
            nuw,
            nsw,
            debugloc,
        }),
        (1, false) => Instruction::Sub(i::Sub {
            operand0,
            operand1,
            dest,
            nuw,
            nsw,
            debugloc,
        }),
        (2, false) => Instruction::Mul(i::Mul {
            operand0,
            operand1,
            dest,
            nuw,
            nsw,
            debugloc,
        }),
        (3, false) => Instruction::UDiv(i::UDiv {
            operand0,
            operand1,
            dest,
            exact,
            debugloc,
        }),
        (4, false) => Instruction::SDiv(i::SDiv {
            operand0,
            operand1,
            dest,
            exact,
            debugloc,
        }),
        (5, false) => Instruction::URem(i::URem {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (6, false) => Instruction::SRem(i::SRem {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (7, false) => Instruction::Shl(i::Shl {
            operand0,
            operand1,
            dest,
            nuw,
            nsw,
            debugloc,
        }),
        (8, false) => Instruction::LShr(i::LShr {
            operand0,
            operand1,
            dest,
            exact,
            debugloc,
        }),
        (9, false) => Instruction::AShr(i::AShr {
            operand0,
            operand1,
            dest,
            exact,
            debugloc,
        }),
        (10, false) => Instruction::And(i::And {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (11, false) => Instruction::Or(i::Or {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (12, false) => Instruction::Xor(i::Xor {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (0, true) => Instruction::FAdd(i::FAdd {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (1, true) => Instruction::FSub(i::FSub {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (2, true) => Instruction::FMul(i::FMul {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (4, true) => Instruction::FDiv(i::FDiv {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        (6, true) => Instruction::FRem(i::FRem {
            operand0,
            operand1,
            dest,
            debugloc,
        }),
        _ => return Err(Error::new(format!("binary opcode {opcode}"))),
    })
}

pub(super) fn cast(
    debugloc: Option<DebugLoc>,
    opcode: u64,
    operand: Operand,
    to_type: TypeRef,
    dest: Name,
) -> Result<Instruction> {
    Ok(match opcode {
        0 => Instruction::Trunc(i::Trunc {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        1 => Instruction::ZExt(i::ZExt {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        2 => Instruction::SExt(i::SExt {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        3 => Instruction::FPToUI(i::FPToUI {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        4 => Instruction::FPToSI(i::FPToSI {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        5 => Instruction::UIToFP(i::UIToFP {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        6 => Instruction::SIToFP(i::SIToFP {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        7 => Instruction::FPTrunc(i::FPTrunc {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        8 => Instruction::FPExt(i::FPExt {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        9 => Instruction::PtrToInt(i::PtrToInt {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        10 => Instruction::IntToPtr(i::IntToPtr {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        11 => Instruction::BitCast(i::BitCast {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        12 => Instruction::AddrSpaceCast(i::AddrSpaceCast {
            operand,
            to_type,
            dest,
            debugloc,
        }),
        _ => return Err(Error::new(format!("cast opcode {opcode}"))),
    })
}

pub(super) fn int_predicate(p: u64) -> Result<IntPredicate> {
    use IntPredicate::*;
    const TABLE: [IntPredicate; 10] = [EQ, NE, UGT, UGE, ULT, ULE, SGT, SGE, SLT, SLE];
    p.checked_sub(32)
        .and_then(|i| TABLE.get(i as usize).copied())
        .ok_or_else(|| Error::new(format!("integer comparison predicate {p}")))
}

pub(super) fn fp_predicate(p: u64) -> Result<FPPredicate> {
    use FPPredicate::*;
    const TABLE: [FPPredicate; 16] = [
        False, OEQ, OGT, OGE, OLT, OLE, ONE, ORD, UNO, UEQ, UGT, UGE, ULT, ULE, UNE, True,
    ];
    TABLE
        .get(p as usize)
        .copied()
        .ok_or_else(|| Error::new(format!("floating-point comparison predicate {p}")))
}

pub(super) fn ordering(code: u64) -> Result<MemoryOrdering> {
    use MemoryOrdering::*;
    const TABLE: [MemoryOrdering; 7] = [
        NotAtomic,
        Unordered,
        Monotonic,
        Acquire,
        Release,
        AcquireRelease,
        SequentiallyConsistent,
    ];
    TABLE
        .get(code as usize)
        .copied()
        .ok_or_else(|| Error::new(format!("atomic ordering {code}")))
}

/// An ordering and a synchronisation scope id (0 is `singlethread`).
pub(super) fn atomicity(order: u64, scope: u64) -> Result<Atomicity> {
    Ok(Atomicity {
        synch_scope: if scope == 0 {
            SynchronizationScope::SingleThread
        } else {
            SynchronizationScope::System
        },
        mem_ordering: ordering(order)?,
    })
}

pub(super) fn rmw_op(code: u64) -> Result<RMWBinOp> {
    use RMWBinOp::*;
    const TABLE: [RMWBinOp; 17] = [
        Xchg, Add, Sub, And, Nand, Or, Xor, Max, Min, UMax, UMin, FAdd, FSub, FMax, FMin, UIncWrap,
        UDecWrap,
    ];
    TABLE
        .get(code as usize)
        .copied()
        .ok_or_else(|| Error::new(format!("atomicrmw operation {code}")))
}
