//! Building one instruction or terminator from its record, with the
//! types it checks (`rules`).

use super::rules::*;
use super::{code, Ops, Pass, Stored, CALL_FMF, CALL_MUSTTAIL, CALL_TAIL, INVOKE_EXPLICIT_TYPE};
use crate::attributes::AttrList;
use crate::constants::sign_rotated;
use crate::error::{Error, Result};
use crate::values::Value;
use crate::verify::END_OF_BLOCK;
use either::Either;
use llvm_ir::function::{CallingConvention, ParameterAttribute};
use llvm_ir::instruction::{self as i, InlineAssembly, LandingPadClause};
use llvm_ir::terminator as t;
use llvm_ir::types::NamedStructDef;
use llvm_ir::{Constant, ConstantRef, Instruction, Operand, Terminator, Type, TypeRef};

impl<'m> Pass<'_, 'm, '_> {
    /// One instruction (and its result type) or terminator.
    #[allow(clippy::type_complexity)]
    pub(super) fn instruction(
        &mut self,
        rec: &Stored,
        ops: &mut Ops,
    ) -> Result<Either<(Instruction, Option<TypeRef>), (Terminator, Option<Option<TypeRef>>)>> {
        let inst = |i: Instruction, ty: TypeRef| Ok(Either::Left((i, Some(ty))));
        let void = |i: Instruction| Ok(Either::Left((i, None)));
        let term = |t: Terminator| Ok(Either::Right((t, None)));
        match rec.code {
            code::BINOP => {
                let (a, ty) = self.op_typed(ops)?;
                if !is_fp(&ty) && int_bits(scalar(&ty).0).is_none() {
                    return Err(Error::new(format!("arithmetic on {ty}")));
                }
                let b = self.op(ops, &ty)?;
                let opcode = ops.next()?;
                let flags = if ops.more() { ops.next()? } else { 0 };
                inst(
                    binop(
                        self.loc.clone(),
                        opcode,
                        flags,
                        a,
                        b,
                        Self::dest(rec)?,
                        is_fp(&ty),
                    )?,
                    ty,
                )
            }
            code::UNOP => {
                let (operand, ty) = self.op_typed(ops)?;
                match ops.next()? {
                    0 => inst(
                        Instruction::FNeg(i::FNeg {
                            operand,
                            dest: Self::dest(rec)?,
                            debugloc: self.loc.clone(),
                        }),
                        ty,
                    ),
                    other => Err(Error::new(format!("unary opcode {other}"))),
                }
            }
            code::CAST => {
                let (operand, from) = self.op_typed(ops)?;
                let to_type = self.ty(ops.next()?)?;
                let opcode = ops.next()?;
                check_cast(opcode, &from, &to_type)?;
                inst(
                    cast(
                        self.loc.clone(),
                        opcode,
                        operand,
                        to_type.clone(),
                        Self::dest(rec)?,
                    )?,
                    to_type,
                )
            }
            code::GEP => self.gep(rec, ops).map(|(i, t)| Either::Left((i, Some(t)))),
            code::SELECT | code::VSELECT => {
                let (true_value, ty) = self.op_typed(ops)?;
                let false_value = self.op(ops, &ty)?;
                let (condition, _) = if rec.code == code::VSELECT {
                    self.op_typed(ops)?
                } else {
                    let i1 = self.module.i1.clone();
                    (self.op(ops, &i1)?, i1)
                };
                inst(
                    Instruction::Select(i::Select {
                        condition,
                        true_value,
                        false_value,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::EXTRACTELT => {
                let (vector, vty) = self.op_typed(ops)?;
                let (index, _) = self.op_typed(ops)?;
                let ty = element_of(&vty)?;
                inst(
                    Instruction::ExtractElement(i::ExtractElement {
                        vector,
                        index,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::INSERTELT => {
                let (vector, vty) = self.op_typed(ops)?;
                let element = self.op(ops, &element_of(&vty)?)?;
                let (index, _) = self.op_typed(ops)?;
                inst(
                    Instruction::InsertElement(i::InsertElement {
                        vector,
                        element,
                        index,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    vty,
                )
            }
            code::SHUFFLEVEC => {
                let (operand0, vty) = self.op_typed(ops)?;
                let operand1 = self.op(ops, &vty)?;
                let mask_value = self.value_and_type(ops)?;
                let (mask, ty) = self.shuffle_mask(&mask_value, &vty)?;
                inst(
                    Instruction::ShuffleVector(i::ShuffleVector {
                        operand0,
                        operand1,
                        dest: Self::dest(rec)?,
                        mask,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::CMP | code::CMP2 => {
                let (operand0, ty) = self.op_typed(ops)?;
                let comparable = is_fp(&ty)
                    || int_bits(scalar(&ty).0).is_some()
                    || matches!(scalar(&ty).0.as_ref(), Type::PointerType { .. });
                if !comparable {
                    return Err(Error::new(format!("comparison of {ty}")));
                }
                let operand1 = self.op(ops, &ty)?;
                let predicate = ops.next()?;
                let dest = Self::dest(rec)?;
                let result = match ty.as_ref() {
                    Type::VectorType {
                        num_elements,
                        scalable,
                        ..
                    } => {
                        let i1 = self.module.i1.clone();
                        self.types.vector_of(i1, *num_elements, *scalable)
                    }
                    _ => self.module.i1.clone(),
                };
                let i = if is_fp(&ty) {
                    Instruction::FCmp(i::FCmp {
                        predicate: fp_predicate(predicate)?,
                        operand0,
                        operand1,
                        dest,
                        debugloc: self.loc.clone(),
                    })
                } else {
                    Instruction::ICmp(i::ICmp {
                        predicate: int_predicate(predicate)?,
                        operand0,
                        operand1,
                        dest,
                        debugloc: self.loc.clone(),
                    })
                };
                inst(i, result)
            }
            code::PHI => {
                let ty = self.ty(ops.next()?)?;
                let mut incoming_values = Vec::with_capacity(ops.left() / 2);
                while ops.left() >= 2 {
                    let rel = sign_rotated(ops.next()?) as i64;
                    let id = i64::from(self.inst_num).wrapping_sub(rel);
                    let id = u64::try_from(id).map_err(|_| Error::new("bad PHI operand"))?;
                    let from = ops.next()?;
                    let block = self.block(from)?;
                    // The value is read at the end of the incoming block.
                    self.use_at.set(Some((from as u32, END_OF_BLOCK)));
                    let v = self.value_at(id, Some(&ty));
                    self.use_at.set(None);
                    let v = v?;
                    expect_type(&v, &ty)?;
                    incoming_values.push((Self::operand(v)?, block));
                }
                inst(
                    Instruction::Phi(i::Phi {
                        incoming_values,
                        dest: Self::dest(rec)?,
                        to_type: ty.clone(),
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::ALLOCA => {
                let allocated_type = self.ty(ops.next()?)?;
                let size_type = self.ty(ops.next()?)?;
                let num_elements = Self::operand(self.value_at(ops.next()?, Some(&size_type))?)?;
                let packed = ops.next()?;
                let align = (packed & 0x1f) | (((packed >> 8) & 0x7) << 5);
                if packed & (1 << 6) == 0 {
                    return Err(Error::new(
                        "alloca without an explicit type (typed pointers)",
                    ));
                }
                let space = if ops.more() {
                    ops.next()? as u32
                } else {
                    self.module.alloca_addr_space
                };
                let ty = if space == self.module.alloca_addr_space {
                    self.module.alloca_ptr.clone()
                } else {
                    self.types.pointer_in_addr_space(space)
                };
                inst(
                    Instruction::Alloca(i::Alloca {
                        allocated_type,
                        num_elements,
                        dest: Self::dest(rec)?,
                        alignment: alignment(align)?,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::LOAD | code::LOADATOMIC => {
                let address = self.address(ops)?;
                let loaded_ty = self.ty(ops.next()?)?;
                let align = ops.next()?;
                let volatile = ops.next()? != 0;
                let atomicity = if rec.code == code::LOADATOMIC {
                    Some(atomicity(ops.next()?, ops.next()?)?)
                } else {
                    None
                };
                inst(
                    Instruction::Load(i::Load {
                        address,
                        dest: Self::dest(rec)?,
                        loaded_ty: loaded_ty.clone(),
                        volatile,
                        atomicity,
                        alignment: alignment(align)?,
                        debugloc: self.loc.clone(),
                    }),
                    loaded_ty,
                )
            }
            code::STORE | code::STOREATOMIC => {
                let address = self.address(ops)?;
                let (value, _) = self.op_typed(ops)?;
                let align = ops.next()?;
                let volatile = ops.next()? != 0;
                let atomicity = if rec.code == code::STOREATOMIC {
                    Some(atomicity(ops.next()?, ops.next()?)?)
                } else {
                    None
                };
                void(Instruction::Store(i::Store {
                    address,
                    value,
                    volatile,
                    atomicity,
                    alignment: alignment(align)?,
                    debugloc: self.loc.clone(),
                }))
            }
            code::FENCE => {
                let a = atomicity(ops.next()?, ops.next()?)?;
                void(Instruction::Fence(i::Fence {
                    atomicity: a,
                    debugloc: self.loc.clone(),
                }))
            }
            code::CMPXCHG => {
                let address = self.address(ops)?;
                let (expected, ty) = self.op_typed(ops)?;
                let replacement = self.op(ops, &ty)?;
                let volatile = ops.next()? != 0;
                let success = ops.next()?;
                let scope = ops.next()?;
                let failure = ordering(ops.next()?)?;
                let weak = ops.next()? != 0;
                let i1 = self.module.i1.clone();
                let result = self.types.struct_of(vec![ty, i1], false);
                inst(
                    Instruction::CmpXchg(i::CmpXchg {
                        address,
                        expected,
                        replacement,
                        dest: Self::dest(rec)?,
                        volatile,
                        atomicity: atomicity(success, scope)?,
                        failure_memory_ordering: failure,
                        weak,
                        debugloc: self.loc.clone(),
                    }),
                    result,
                )
            }
            code::ATOMICRMW => {
                let address = self.address(ops)?;
                let (value, ty) = self.op_typed(ops)?;
                let operation = rmw_op(ops.next()?)?;
                let volatile = ops.next()? != 0;
                let a = atomicity(ops.next()?, ops.next()?)?;
                inst(
                    Instruction::AtomicRMW(i::AtomicRMW {
                        operation,
                        address,
                        value,
                        dest: Self::dest(rec)?,
                        volatile,
                        atomicity: a,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::EXTRACTVAL => {
                let (aggregate, ty) = self.op_typed(ops)?;
                let indices = self.indices(ops)?;
                let result = self.indexed_type(&ty, &indices)?;
                inst(
                    Instruction::ExtractValue(i::ExtractValue {
                        aggregate,
                        indices,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    result,
                )
            }
            code::INSERTVAL => {
                let (aggregate, ty) = self.op_typed(ops)?;
                let (element, _) = self.op_typed(ops)?;
                let indices = self.indices(ops)?;
                inst(
                    Instruction::InsertValue(i::InsertValue {
                        aggregate,
                        element,
                        indices,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::FREEZE => {
                let (operand, ty) = self.op_typed(ops)?;
                inst(
                    Instruction::Freeze(i::Freeze {
                        operand,
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    ty,
                )
            }
            code::VAARG => {
                let list_ty = self.ty(ops.next()?)?;
                let arg_list = self.op(ops, &list_ty)?;
                let cur_type = self.ty(ops.next()?)?;
                inst(
                    Instruction::VAArg(i::VAArg {
                        arg_list,
                        cur_type: cur_type.clone(),
                        dest: Self::dest(rec)?,
                        debugloc: self.loc.clone(),
                    }),
                    cur_type,
                )
            }
            code::LANDINGPAD => {
                let result_type = self.ty(ops.next()?)?;
                let cleanup = ops.next()? != 0;
                let count = ops.next()?;
                let mut clauses = Vec::new();
                for _ in 0..count {
                    let kind = ops.next()?;
                    let v = self.value_and_type(ops)?;
                    let c = match v {
                        Value::Const(c, _) => c,
                        _ => return Err(Error::new("landingpad clause that is not a constant")),
                    };
                    clauses.push(if kind == 0 {
                        LandingPadClause::Catch(c)
                    } else {
                        LandingPadClause::Filter(c)
                    });
                }
                inst(
                    Instruction::LandingPad(i::LandingPad {
                        result_type: result_type.clone(),
                        clauses,
                        dest: Self::dest(rec)?,
                        cleanup,
                        debugloc: self.loc.clone(),
                    }),
                    result_type,
                )
            }
            code::CALL => self.call(rec, ops),
            code::RET => {
                let return_operand = if ops.more() {
                    let (v, ty) = self.op_typed(ops)?;
                    same_type(&ty, &self.ret_type, "returned value")?;
                    Some(v)
                } else if matches!(self.ret_type.as_ref(), Type::VoidType) {
                    None
                } else {
                    return Err(Error::new(format!(
                        "ret without a value in a function returning {}",
                        self.ret_type
                    )));
                };
                term(Terminator::Ret(t::Ret {
                    return_operand,
                    debugloc: self.loc.clone(),
                }))
            }
            code::BR => {
                let first = self.block(ops.next()?)?;
                if !ops.more() {
                    return term(Terminator::Br(t::Br {
                        dest: first,
                        debugloc: self.loc.clone(),
                    }));
                }
                let false_dest = self.block(ops.next()?)?;
                let i1 = self.module.i1.clone();
                let condition = self.op(ops, &i1)?;
                term(Terminator::CondBr(t::CondBr {
                    condition,
                    true_dest: first,
                    false_dest,
                    debugloc: self.loc.clone(),
                }))
            }
            code::SWITCH => {
                let ty = self.ty(ops.next()?)?;
                let operand = self.op(ops, &ty)?;
                let default_dest = self.block(ops.next()?)?;
                let mut dests = Vec::with_capacity(ops.left() / 2);
                while ops.left() >= 2 {
                    let case = match self.value_at(ops.next()?, Some(&ty))? {
                        Value::Const(c, _) => c,
                        _ => return Err(Error::new("switch case that is not a constant")),
                    };
                    dests.push((case, self.block(ops.next()?)?));
                }
                term(Terminator::Switch(t::Switch {
                    operand,
                    dests,
                    default_dest,
                    debugloc: self.loc.clone(),
                }))
            }
            code::INDIRECTBR => {
                let ty = self.ty(ops.next()?)?;
                let operand = self.op(ops, &ty)?;
                let mut possible_dests = Vec::new();
                while ops.more() {
                    possible_dests.push(self.block(ops.next()?)?);
                }
                term(Terminator::IndirectBr(t::IndirectBr {
                    operand,
                    possible_dests,
                    debugloc: self.loc.clone(),
                }))
            }
            code::RESUME => {
                let (operand, _) = self.op_typed(ops)?;
                term(Terminator::Resume(t::Resume {
                    operand,
                    debugloc: self.loc.clone(),
                }))
            }
            code::UNREACHABLE => term(Terminator::Unreachable(t::Unreachable {
                debugloc: self.loc.clone(),
            })),
            code::INVOKE => self.invoke(rec, ops),
            other => Err(Error::new(format!(
                "instruction record {other} is not supported"
            ))),
        }
    }

    fn indices(&self, ops: &mut Ops) -> Result<Vec<u32>> {
        let mut indices = Vec::with_capacity(ops.left());
        while ops.more() {
            indices.push(
                u32::try_from(ops.next()?).map_err(|_| Error::new("aggregate index too large"))?,
            );
        }
        Ok(indices)
    }

    /// The type at `indices` inside aggregate type `ty`.
    fn indexed_type(&self, ty: &TypeRef, indices: &[u32]) -> Result<TypeRef> {
        let mut ty = ty.clone();
        for &i in indices {
            if let Type::NamedStructType { name } = ty.as_ref() {
                ty = match self.types.named_struct_def(name) {
                    Some(NamedStructDef::Defined(def)) => def.clone(),
                    _ => return Err(Error::new("index into an opaque struct")),
                };
            }
            ty = match ty.as_ref() {
                Type::ArrayType { element_type, .. } => element_type.clone(),
                Type::StructType { element_types, .. } => element_types
                    .get(i as usize)
                    .cloned()
                    .ok_or_else(|| Error::new("aggregate index out of range"))?,
                _ => return Err(Error::new("index into a value that is not an aggregate")),
            };
        }
        Ok(ty)
    }

    fn gep(&mut self, rec: &Stored, ops: &mut Ops) -> Result<(Instruction, TypeRef)> {
        let flags = ops.next()?;
        let source_element_type = self.ty(ops.next()?)?;
        let (address, base_ty) = self.op_typed(ops)?;
        let mut indices = Vec::with_capacity(ops.left());
        let mut vector = match base_ty.as_ref() {
            Type::VectorType {
                num_elements,
                scalable,
                ..
            } => Some((*num_elements, *scalable)),
            _ => None,
        };
        while ops.more() {
            let (index, ty) = self.op_typed(ops)?;
            if let (
                None,
                Type::VectorType {
                    num_elements,
                    scalable,
                    ..
                },
            ) = (vector, ty.as_ref())
            {
                vector = Some((*num_elements, *scalable));
            }
            indices.push(index);
        }
        let space = match base_ty.as_ref() {
            Type::PointerType { addr_space } => *addr_space,
            Type::VectorType { element_type, .. } => match element_type.as_ref() {
                Type::PointerType { addr_space } => *addr_space,
                _ => 0,
            },
            _ => return Err(Error::new("getelementptr on a value that is not a pointer")),
        };
        let ty = match (vector, base_ty.as_ref()) {
            // The result is a pointer like the base.
            (None, Type::PointerType { .. }) => base_ty.clone(),
            (None, _) => self.types.pointer_in_addr_space(space),
            (Some((n, scalable)), _) => {
                let ptr = self.types.pointer_in_addr_space(space);
                self.types.vector_of(ptr, n, scalable)
            }
        };
        let i = Instruction::GetElementPtr(i::GetElementPtr {
            address,
            indices,
            dest: Self::dest(rec)?,
            in_bounds: flags & 1 == 1,
            source_element_type,
            debugloc: self.loc.clone(),
        });
        Ok((i, ty))
    }

    /// The mask of a shufflevector as `llvm-ir` gives it (a vector of `i32`
    /// constants, `undef` where LLVM's mask says -1), and the result type.
    fn shuffle_mask(
        &mut self,
        mask: &Value,
        operand_ty: &TypeRef,
    ) -> Result<(ConstantRef, TypeRef)> {
        let Value::Const(c, mask_ty) = mask else {
            return Err(Error::new("shufflevector mask that is not a constant"));
        };
        let (len, scalable) = match mask_ty.as_ref() {
            Type::VectorType {
                num_elements,
                scalable,
                ..
            } => (*num_elements, *scalable),
            _ => return Err(Error::new("shufflevector mask that is not a vector")),
        };
        let i32 = self.module.i32.clone();
        let undef = || ConstantRef::new(Constant::Undef(i32.clone()));
        let lane = |e: &ConstantRef| match e.as_ref() {
            Constant::Int { value, .. } => ConstantRef::new(Constant::Int {
                bits: 32,
                value: *value,
            }),
            _ => undef(),
        };
        let elements: Vec<ConstantRef> = match c.as_ref() {
            Constant::Vector(es) => es.iter().map(lane).collect(),
            Constant::AggregateZero(_) => {
                vec![ConstantRef::new(Constant::Int { bits: 32, value: 0 }); len]
            }
            _ => vec![undef(); len],
        };
        let element = element_of(operand_ty)?;
        let ty = self.types.vector_of(element, len, scalable);
        Ok((ConstantRef::new(Constant::Vector(elements)), ty))
    }

    /// The callee and arguments shared by calls and invokes.
    #[allow(clippy::type_complexity)]
    fn callee_and_arguments(
        &mut self,
        ops: &mut Ops,
        fn_ty: &TypeRef,
        attrs: &AttrList,
    ) -> Result<(
        Either<InlineAssembly, Operand>,
        Vec<(Operand, Vec<ParameterAttribute>)>,
        TypeRef,
    )> {
        let Type::FuncType {
            result_type,
            param_types,
            is_var_arg,
        } = fn_ty.as_ref()
        else {
            return Err(Error::new(
                "call through a type that is not a function type",
            ));
        };
        let callee = self.value_and_type(ops)?;
        let function = match callee {
            Value::InlineAsm(_) => Either::Left(InlineAssembly {
                ty: self.module.ptr.clone(),
            }),
            v => Either::Right(Self::operand(v)?),
        };
        let mut arguments = Vec::with_capacity(param_types.len());
        for (i, p) in param_types.iter().enumerate() {
            let arg = if matches!(p.as_ref(), Type::MetadataType) {
                ops.next()?;
                Operand::MetadataOperand
            } else {
                self.op(ops, p)?
            };
            arguments.push((arg, attrs.param(i)));
        }
        if *is_var_arg {
            while ops.more() {
                let i = arguments.len();
                let (arg, _) = self.op_typed(ops)?;
                arguments.push((arg, attrs.param(i)));
            }
        } else if ops.more() {
            return Err(Error::new(
                "call with more arguments than its function type",
            ));
        }
        Ok((function, arguments, result_type.clone()))
    }

    /// Attribute list `index` (0: none), borrowed: a call takes copies of
    /// the parts it keeps.
    fn attr_list(&self, index: u64) -> Result<&'m AttrList> {
        static NONE: AttrList = AttrList {
            function: Vec::new(),
            ret: Vec::new(),
            params: Vec::new(),
        };
        match index {
            0 => Ok(&NONE),
            n => self
                .module
                .attr_lists
                .get(n as usize - 1)
                .ok_or_else(|| Error::new(format!("attribute list {n} out of range"))),
        }
    }

    #[allow(clippy::type_complexity)]
    fn call(
        &mut self,
        rec: &Stored,
        ops: &mut Ops,
    ) -> Result<Either<(Instruction, Option<TypeRef>), (Terminator, Option<Option<TypeRef>>)>> {
        let attrs = self.attr_list(ops.next()?)?;
        let cc = ops.next()?;
        if cc & CALL_FMF != 0 {
            ops.next()?;
        }
        let fn_ty = self.ty(ops.next()?)?;
        let (function, arguments, result_type) = self.callee_and_arguments(ops, &fn_ty, attrs)?;
        let returns = !matches!(result_type.as_ref(), Type::VoidType);
        let i = Instruction::Call(i::Call {
            function,
            function_ty: fn_ty,
            arguments,
            return_attributes: attrs.ret.clone(),
            dest: if returns {
                Some(Self::dest(rec)?)
            } else {
                None
            },
            function_attributes: attrs.function.clone(),
            is_tail_call: cc & (CALL_TAIL | CALL_MUSTTAIL) != 0,
            calling_convention: CallingConvention::from_u32(((cc & 0x7ff) >> 1) as u32),
            debugloc: self.loc.clone(),
        });
        Ok(Either::Left((i, returns.then_some(result_type))))
    }

    #[allow(clippy::type_complexity)]
    fn invoke(
        &mut self,
        rec: &Stored,
        ops: &mut Ops,
    ) -> Result<Either<(Instruction, Option<TypeRef>), (Terminator, Option<Option<TypeRef>>)>> {
        let attrs = self.attr_list(ops.next()?)?;
        let cc = ops.next()?;
        let return_label = self.block(ops.next()?)?;
        let exception_label = self.block(ops.next()?)?;
        let fn_ty = self.ty(ops.next()?)?;
        let (function, arguments, result_type) = self.callee_and_arguments(ops, &fn_ty, attrs)?;
        let returns = !matches!(result_type.as_ref(), Type::VoidType);
        let term = Terminator::Invoke(t::Invoke {
            function,
            function_ty: fn_ty,
            arguments,
            return_attributes: attrs.ret.clone(),
            result: Self::dest(rec)?,
            return_label,
            exception_label,
            function_attributes: attrs.function.clone(),
            calling_convention: CallingConvention::from_u32((cc & !INVOKE_EXPLICIT_TYPE) as u32),
            debugloc: self.loc.clone(),
        });
        Ok(Either::Right((term, Some(returns.then_some(result_type)))))
    }
}
