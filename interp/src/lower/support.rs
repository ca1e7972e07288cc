//! What the lowering supports, as predicates shared with the load-time
//! validator (so that an unsupported construct is reported when the module
//! loads, not when the function first runs), plus operand walking and
//! opcode names.

/// The integer binary operators, as a pattern: validation lets their
/// results through unbuilt, and the lowering sends them all to
/// `arith::int_binary`.
macro_rules! int_binary_op {
    () => {
        llvm_ir::Instruction::Add(_)
            | llvm_ir::Instruction::Sub(_)
            | llvm_ir::Instruction::Mul(_)
            | llvm_ir::Instruction::UDiv(_)
            | llvm_ir::Instruction::SDiv(_)
            | llvm_ir::Instruction::URem(_)
            | llvm_ir::Instruction::SRem(_)
            | llvm_ir::Instruction::And(_)
            | llvm_ir::Instruction::Or(_)
            | llvm_ir::Instruction::Xor(_)
            | llvm_ir::Instruction::Shl(_)
            | llvm_ir::Instruction::LShr(_)
            | llvm_ir::Instruction::AShr(_)
    };
}
pub(crate) use int_binary_op;

/// The floating-point binary operators, as a pattern (see
/// `int_binary_op`; `arith::float_binary`).
macro_rules! float_binary_op {
    () => {
        llvm_ir::Instruction::FAdd(_)
            | llvm_ir::Instruction::FSub(_)
            | llvm_ir::Instruction::FMul(_)
            | llvm_ir::Instruction::FDiv(_)
            | llvm_ir::Instruction::FRem(_)
    };
}
pub(crate) use float_binary_op;

use crate::bytecode::{ElemKind, IrLocation, SourceLocation};
use crate::layout::DataLayout;
use llvm_ir::types::{FPType, NamedStructDef, Typed, Types};
use llvm_ir::{Constant, HasDebugLoc, Instruction, Operand, Terminator, Type};

/// How the lowering sees a value's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValTy {
    Void,
    /// An integer of at most 64 bits.
    Int(u32),
    /// An integer of 65 to 128 bits (two slots).
    Wide(u32),
    Ptr,
    F32,
    F64,
    /// `x86_fp80` (two slots).
    F80,
    /// `half` or `bfloat`: one-lane vectors of their element kind to the
    /// generic vector ops, which compute them in f32.
    Half(ElemKind),
    Vector {
        kind: ElemKind,
        lanes: u32,
    },
    /// A struct or array value: `slots` slots holding its memory image.
    Aggregate {
        slots: u32,
    },
}

impl ValTy {
    pub fn is_scalar(self) -> bool {
        matches!(self, ValTy::Int(_) | ValTy::Ptr | ValTy::F32 | ValTy::F64)
    }

    /// Bits of an integer or pointer.
    pub fn int_bits(self) -> Option<u32> {
        match self {
            ValTy::Int(b) => Some(b),
            ValTy::Ptr => Some(64),
            _ => None,
        }
    }
}

/// The element kind of vectors of `ty`.
pub fn elem_kind(ty: &Type) -> Result<ElemKind, String> {
    Ok(match ty {
        Type::IntegerType { bits: 1 } => ElemKind::I1,
        Type::IntegerType { bits: 8 } => ElemKind::I8,
        Type::IntegerType { bits: 16 } => ElemKind::I16,
        Type::IntegerType { bits: 32 } => ElemKind::I32,
        Type::IntegerType { bits: 64 } => ElemKind::I64,
        Type::IntegerType { bits } if *bits <= 128 => ElemKind::Int(*bits as u8),
        Type::PointerType { .. } => ElemKind::I64,
        Type::FPType(FPType::Single) => ElemKind::F32,
        Type::FPType(FPType::Double) => ElemKind::F64,
        Type::FPType(FPType::Half) => ElemKind::F16,
        Type::FPType(FPType::BFloat) => ElemKind::BF16,
        Type::FPType(FPType::X86_FP80) if cfg!(target_arch = "x86_64") => ElemKind::F80,
        other => return Err(format!("vectors of {other}")),
    })
}

/// How values of type `ty` are held, or why they cannot be.
#[inline]
pub fn classify(types: &Types, layout: &DataLayout, ty: &Type) -> Result<ValTy, String> {
    // The scalars almost every value has, without the frame the other
    // cases (which format messages) need.
    match ty {
        Type::IntegerType { bits } if *bits <= 64 => Ok(ValTy::Int(*bits)),
        Type::PointerType { .. } => Ok(ValTy::Ptr),
        Type::FPType(FPType::Double) => Ok(ValTy::F64),
        Type::FPType(FPType::Single) => Ok(ValTy::F32),
        _ => classify_other(types, layout, ty),
    }
}

#[inline(never)]
fn classify_other(types: &Types, layout: &DataLayout, ty: &Type) -> Result<ValTy, String> {
    Ok(match ty {
        Type::VoidType => ValTy::Void,
        Type::IntegerType { bits } if *bits <= 64 => ValTy::Int(*bits),
        Type::IntegerType { bits } if *bits <= 128 => ValTy::Wide(*bits),
        Type::IntegerType { bits } => {
            return Err(format!("i{bits} values (integers wider than 128 bits)"))
        }
        Type::PointerType { .. } => ValTy::Ptr,
        Type::FPType(FPType::Single) => ValTy::F32,
        Type::FPType(FPType::Double) => ValTy::F64,
        Type::FPType(FPType::Half) => ValTy::Half(ElemKind::F16),
        Type::FPType(FPType::BFloat) => ValTy::Half(ElemKind::BF16),
        Type::FPType(FPType::X86_FP80) if cfg!(target_arch = "x86_64") => ValTy::F80,
        Type::FPType(other) => return Err(format!("{} values", fp_name(*other))),
        Type::VectorType {
            element_type,
            num_elements,
            scalable,
        } => {
            if *scalable {
                return Err(format!("scalable vector type {ty}"));
            }
            ValTy::Vector {
                kind: elem_kind(element_type)?,
                lanes: *num_elements as u32,
            }
        }
        Type::StructType { element_types, .. } => {
            for e in element_types {
                check_member(types, layout, e)?;
            }
            aggregate(types, layout, ty)?
        }
        Type::ArrayType { element_type, .. } => {
            check_member(types, layout, element_type)?;
            aggregate(types, layout, ty)?
        }
        Type::NamedStructType { name } => match types.named_struct_def(name) {
            Some(NamedStructDef::Defined(def)) => classify(types, layout, def)?,
            _ => return Err(format!("values of opaque struct type %{name}")),
        },
        other => return Err(format!("values of type {other}")),
    })
}

fn aggregate(types: &Types, layout: &DataLayout, ty: &Type) -> Result<ValTy, String> {
    let size = layout.alloc_size(types, ty).map_err(|e| e.to_string())?;
    let slots =
        u32::try_from(size.div_ceil(8)).map_err(|_| format!("aggregate {ty} is too large"))?;
    Ok(ValTy::Aggregate { slots })
}

/// [`classify`] of an operand's type, without building the type where the
/// operand says it: `get_type` hands out a new reference to a type shared
/// by the whole module, and threads lowering or validating different
/// functions at once then contend for its reference count.
pub fn classify_operand(types: &Types, layout: &DataLayout, op: &Operand) -> Result<ValTy, String> {
    match op {
        Operand::LocalOperand { ty, .. } => classify(types, layout, ty),
        Operand::ConstantOperand(c) => match c.as_ref() {
            Constant::Int { bits, .. } => {
                classify(types, layout, &Type::IntegerType { bits: *bits })
            }
            Constant::Null(ty) => classify(types, layout, ty),
            Constant::GlobalReference { .. } => Ok(ValTy::Ptr),
            _ => classify(types, layout, &op.get_type(types)),
        },
        Operand::MetadataOperand => classify(types, layout, &op.get_type(types)),
    }
}

/// Members of aggregates may be any type we can lay out and copy.
fn check_member(types: &Types, layout: &DataLayout, ty: &Type) -> Result<(), String> {
    match ty {
        Type::IntegerType { .. } | Type::PointerType { .. } => Ok(()),
        Type::FPType(_) => Ok(()),
        _ => classify(types, layout, ty).map(|_| ()),
    }
}

fn fp_name(fp: FPType) -> &'static str {
    match fp {
        FPType::Half => "half",
        FPType::BFloat => "bfloat",
        FPType::Single => "float",
        FPType::Double => "double",
        FPType::FP128 => "fp128",
        FPType::X86_FP80 => "x86_fp80 (long double)",
        FPType::PPC_FP128 => "ppc_fp128",
    }
}

/// Checks one instruction against what the lowering supports.
pub fn check_instruction(
    types: &Types,
    layout: &DataLayout,
    inst: &Instruction,
) -> Result<(), String> {
    use Instruction as I;
    match inst {
        I::CatchPad(_) | I::CleanupPad(_) => {
            return Err(format!("instruction `{}`", opcode_name(inst)))
        }
        I::Call(c) => {
            if c.function.is_left() {
                return Err("inline assembly".into());
            }
            if let Some(name) = super::call::direct_callee_name(c) {
                if name.starts_with("llvm.") {
                    match super::intrinsics::lookup(name) {
                        Some(spec) => super::intrinsics::check(spec, c, types, layout)?,
                        None => return Err(format!("intrinsic @{name}")),
                    }
                }
            }
        }
        _ => {}
    }
    // The result and every operand must have a type we can hold.
    check_result(types, layout, inst)?;
    if let I::Call(c) = inst {
        let ret = c.function_ty.as_ref();
        if let Type::FuncType { result_type, .. } = ret {
            classify(types, layout, result_type)?;
        }
    }
    let mut err = Ok(());
    for_each_operand(inst, &mut |op| {
        if err.is_ok() {
            if let Operand::MetadataOperand = op {
                return;
            }
            if let Err(e) = classify_operand(types, layout, op) {
                err = Err(e);
            }
        }
    });
    err
}

/// Checks the type of `inst`'s result (a call's is checked with its
/// callee's type). Where that type is an operand's (checked with the
/// operands) or a field of the instruction, it is not built: `get_type`
/// makes a new reference to a type the whole module shares, and for a
/// constant operand looks its type up.
fn check_result(types: &Types, layout: &DataLayout, inst: &Instruction) -> Result<(), String> {
    use Instruction as I;
    let ty = match inst {
        int_binary_op!() | float_binary_op!() | I::FNeg(_) | I::Freeze(_) | I::Select(_) => {
            return Ok(())
        }
        I::Store(_) | I::Fence(_) | I::Call(_) => return Ok(()),
        // An `i1` or a pointer, unless an operand is a vector.
        I::ICmp(c) if scalar_operand(&c.operand0) => return Ok(()),
        I::FCmp(c) if scalar_operand(&c.operand0) => return Ok(()),
        I::GetElementPtr(g)
            if scalar_operand(&g.address) && g.indices.iter().all(scalar_operand) =>
        {
            return Ok(())
        }
        I::Load(l) => &l.loaded_ty,
        I::Phi(p) => &p.to_type,
        I::Trunc(c) => &c.to_type,
        I::ZExt(c) => &c.to_type,
        I::SExt(c) => &c.to_type,
        I::FPTrunc(c) => &c.to_type,
        I::FPExt(c) => &c.to_type,
        I::FPToUI(c) => &c.to_type,
        I::FPToSI(c) => &c.to_type,
        I::UIToFP(c) => &c.to_type,
        I::SIToFP(c) => &c.to_type,
        I::PtrToInt(c) => &c.to_type,
        I::IntToPtr(c) => &c.to_type,
        I::BitCast(c) => &c.to_type,
        I::AddrSpaceCast(c) => &c.to_type,
        _ => {
            let ty = inst.get_type(types);
            if matches!(ty.as_ref(), Type::VoidType) {
                return Ok(());
            }
            return classify(types, layout, &ty).map(drop);
        }
    };
    classify(types, layout, ty).map(drop)
}

/// Whether `op` is known not to be a vector without building its type.
pub(super) fn scalar_operand(op: &Operand) -> bool {
    match op {
        Operand::LocalOperand { ty, .. } => !matches!(ty.as_ref(), Type::VectorType { .. }),
        Operand::ConstantOperand(c) => matches!(
            c.as_ref(),
            Constant::Int { .. } | Constant::Float(_) | Constant::GlobalReference { .. }
        ),
        Operand::MetadataOperand => false,
    }
}

/// Checks one terminator against what the lowering supports.
pub fn check_terminator(
    types: &Types,
    layout: &DataLayout,
    term: &Terminator,
) -> Result<(), String> {
    match term {
        Terminator::Ret(_)
        | Terminator::Invoke(_)
        | Terminator::Resume(_)
        | Terminator::IndirectBr(_)
        | Terminator::Br(_)
        | Terminator::CondBr(_)
        | Terminator::Switch(_)
        | Terminator::Unreachable(_) => {}
        other => return Err(format!("instruction `{}`", terminator_name(other))),
    }
    let mut err = Ok(());
    for_each_terminator_operand(term, &mut |op| {
        if err.is_ok() {
            if let Err(e) = classify_operand(types, layout, op) {
                err = Err(e);
            }
        }
    });
    err
}

/// Calls `f` on every value operand of `inst`.
pub fn for_each_operand<'a>(inst: &'a Instruction, f: &mut dyn FnMut(&'a Operand)) {
    use Instruction as I;
    macro_rules! bin {
        ($x:expr) => {{
            f(&$x.operand0);
            f(&$x.operand1);
        }};
    }
    macro_rules! un {
        ($x:expr) => {
            f(&$x.operand)
        };
    }
    match inst {
        I::Add(x) => bin!(x),
        I::Sub(x) => bin!(x),
        I::Mul(x) => bin!(x),
        I::UDiv(x) => bin!(x),
        I::SDiv(x) => bin!(x),
        I::URem(x) => bin!(x),
        I::SRem(x) => bin!(x),
        I::And(x) => bin!(x),
        I::Or(x) => bin!(x),
        I::Xor(x) => bin!(x),
        I::Shl(x) => bin!(x),
        I::LShr(x) => bin!(x),
        I::AShr(x) => bin!(x),
        I::FAdd(x) => bin!(x),
        I::FSub(x) => bin!(x),
        I::FMul(x) => bin!(x),
        I::FDiv(x) => bin!(x),
        I::FRem(x) => bin!(x),
        I::FNeg(x) => un!(x),
        I::ICmp(x) => bin!(x),
        I::FCmp(x) => bin!(x),
        I::Trunc(x) => un!(x),
        I::ZExt(x) => un!(x),
        I::SExt(x) => un!(x),
        I::FPTrunc(x) => un!(x),
        I::FPExt(x) => un!(x),
        I::FPToUI(x) => un!(x),
        I::FPToSI(x) => un!(x),
        I::UIToFP(x) => un!(x),
        I::SIToFP(x) => un!(x),
        I::PtrToInt(x) => un!(x),
        I::IntToPtr(x) => un!(x),
        I::BitCast(x) => un!(x),
        I::AddrSpaceCast(x) => un!(x),
        I::Freeze(x) => un!(x),
        I::ExtractElement(x) => {
            f(&x.vector);
            f(&x.index);
        }
        I::InsertElement(x) => {
            f(&x.vector);
            f(&x.element);
            f(&x.index);
        }
        I::ShuffleVector(x) => bin!(x),
        I::ExtractValue(x) => f(&x.aggregate),
        I::InsertValue(x) => {
            f(&x.aggregate);
            f(&x.element);
        }
        I::Alloca(x) => f(&x.num_elements),
        I::Load(x) => f(&x.address),
        I::Store(x) => {
            f(&x.address);
            f(&x.value);
        }
        I::CmpXchg(x) => {
            f(&x.address);
            f(&x.expected);
            f(&x.replacement);
        }
        I::AtomicRMW(x) => {
            f(&x.address);
            f(&x.value);
        }
        I::GetElementPtr(x) => {
            f(&x.address);
            for i in &x.indices {
                f(i);
            }
        }
        I::Phi(x) => {
            for (v, _) in &x.incoming_values {
                f(v);
            }
        }
        I::Select(x) => {
            f(&x.condition);
            f(&x.true_value);
            f(&x.false_value);
        }
        I::Call(x) => {
            if let either::Either::Right(op) = &x.function {
                f(op);
            }
            for (a, _) in &x.arguments {
                f(a);
            }
        }
        I::VAArg(x) => f(&x.arg_list),
        I::Fence(_) | I::LandingPad(_) | I::CatchPad(_) | I::CleanupPad(_) => {}
    }
}

/// Calls `f` on every value operand of a terminator.
pub fn for_each_terminator_operand<'a>(term: &'a Terminator, f: &mut dyn FnMut(&'a Operand)) {
    match term {
        Terminator::Ret(r) => {
            if let Some(v) = &r.return_operand {
                f(v)
            }
        }
        Terminator::CondBr(b) => f(&b.condition),
        Terminator::Switch(s) => f(&s.operand),
        Terminator::IndirectBr(b) => f(&b.operand),
        Terminator::Invoke(i) => {
            if let either::Either::Right(op) = &i.function {
                f(op);
            }
            for (a, _) in &i.arguments {
                f(a);
            }
        }
        Terminator::Resume(r) => f(&r.operand),
        _ => {}
    }
}

pub fn opcode_name(inst: &Instruction) -> &'static str {
    use Instruction as I;
    match inst {
        I::Add(_) => "add",
        I::Sub(_) => "sub",
        I::Mul(_) => "mul",
        I::UDiv(_) => "udiv",
        I::SDiv(_) => "sdiv",
        I::URem(_) => "urem",
        I::SRem(_) => "srem",
        I::And(_) => "and",
        I::Or(_) => "or",
        I::Xor(_) => "xor",
        I::Shl(_) => "shl",
        I::LShr(_) => "lshr",
        I::AShr(_) => "ashr",
        I::FAdd(_) => "fadd",
        I::FSub(_) => "fsub",
        I::FMul(_) => "fmul",
        I::FDiv(_) => "fdiv",
        I::FRem(_) => "frem",
        I::FNeg(_) => "fneg",
        I::ExtractElement(_) => "extractelement",
        I::InsertElement(_) => "insertelement",
        I::ShuffleVector(_) => "shufflevector",
        I::ExtractValue(_) => "extractvalue",
        I::InsertValue(_) => "insertvalue",
        I::Alloca(_) => "alloca",
        I::Load(_) => "load",
        I::Store(_) => "store",
        I::Fence(_) => "fence",
        I::CmpXchg(_) => "cmpxchg",
        I::AtomicRMW(_) => "atomicrmw",
        I::GetElementPtr(_) => "getelementptr",
        I::Trunc(_) => "trunc",
        I::ZExt(_) => "zext",
        I::SExt(_) => "sext",
        I::FPTrunc(_) => "fptrunc",
        I::FPExt(_) => "fpext",
        I::FPToUI(_) => "fptoui",
        I::FPToSI(_) => "fptosi",
        I::UIToFP(_) => "uitofp",
        I::SIToFP(_) => "sitofp",
        I::PtrToInt(_) => "ptrtoint",
        I::IntToPtr(_) => "inttoptr",
        I::BitCast(_) => "bitcast",
        I::AddrSpaceCast(_) => "addrspacecast",
        I::ICmp(_) => "icmp",
        I::FCmp(_) => "fcmp",
        I::Phi(_) => "phi",
        I::Select(_) => "select",
        I::Freeze(_) => "freeze",
        I::Call(_) => "call",
        I::VAArg(_) => "va_arg",
        I::LandingPad(_) => "landingpad",
        I::CatchPad(_) => "catchpad",
        I::CleanupPad(_) => "cleanuppad",
    }
}

pub fn terminator_name(term: &Terminator) -> &'static str {
    match term {
        Terminator::Ret(_) => "ret",
        Terminator::Br(_) => "br",
        Terminator::CondBr(_) => "br",
        Terminator::Switch(_) => "switch",
        Terminator::IndirectBr(_) => "indirectbr",
        Terminator::Invoke(_) => "invoke",
        Terminator::Resume(_) => "resume",
        Terminator::Unreachable(_) => "unreachable",
        Terminator::CleanupRet(_) => "cleanupret",
        Terminator::CatchRet(_) => "catchret",
        Terminator::CatchSwitch(_) => "catchswitch",
        Terminator::CallBr(_) => "callbr",
    }
}

/// Where the IR instruction with `ordinal` is: instructions and
/// terminators of `func` are numbered in layout order, each block's
/// terminator after its instructions.
pub fn ir_location_at(func: &llvm_ir::Function, ordinal: u32) -> Option<IrLocation> {
    let mut rest = ordinal as usize;
    for bb in &func.basic_blocks {
        let (opcode, dbg) = match bb.instrs.get(rest) {
            Some(inst) => (opcode_name(inst), inst.get_debug_loc()),
            None if rest == bb.instrs.len() => (terminator_name(&bb.term), bb.term.get_debug_loc()),
            None => {
                rest -= bb.instrs.len() + 1;
                continue;
            }
        };
        return Some(ir_location(&bb.name, rest, opcode, dbg));
    }
    None
}

/// Instruction `index` (the terminator is last) of `block`.
pub fn ir_location(
    block: &llvm_ir::Name,
    index: usize,
    opcode: &'static str,
    dbg: &Option<llvm_ir::DebugLoc>,
) -> IrLocation {
    IrLocation {
        block: block.to_string().trim_start_matches('%').to_string(),
        index: index as u32,
        opcode,
        source: dbg.as_ref().map(|d| SourceLocation {
            file: d.filename.to_string(),
            line: d.line,
            col: d.col.unwrap_or(0),
        }),
    }
}
