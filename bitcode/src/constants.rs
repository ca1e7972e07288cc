//! Constants blocks (CONSTANTS_BLOCK), at module level and in functions.
//!
//! A constant may refer to one defined later in the same block, so records
//! are collected first and resolved afterwards, each once. Aggregates are
//! canonicalised as LLVM's constant uniquing does (all zeros become a zero
//! aggregate, all undef an undef, all poison a poison), because `llvm-ir`
//! sees the uniqued constants.

use crate::bitstream::{Cursor, Entry};
use crate::error::{Error, Result};
use crate::values::Value;
use llvm_ir::constant::{self as c, Float};
use llvm_ir::types::{FPType, NamedStructDef, Types};
use llvm_ir::{Constant, ConstantRef, Name, Type, TypeRef};

/// Constants record codes (`CST_CODE_*`).
mod code {
    pub const SETTYPE: u32 = 1;
    pub const NULL: u32 = 2;
    pub const UNDEF: u32 = 3;
    pub const INTEGER: u32 = 4;
    pub const WIDE_INTEGER: u32 = 5;
    pub const FLOAT: u32 = 6;
    pub const AGGREGATE: u32 = 7;
    pub const STRING: u32 = 8;
    pub const CSTRING: u32 = 9;
    pub const CE_BINOP: u32 = 10;
    pub const CE_CAST: u32 = 11;
    pub const CE_EXTRACTELT: u32 = 14;
    pub const CE_INSERTELT: u32 = 15;
    pub const CE_INBOUNDS_GEP: u32 = 20;
    pub const BLOCKADDRESS: u32 = 21;
    pub const DATA: u32 = 22;
    pub const POISON: u32 = 26;
    pub const INLINEASM: u32 = 30;
    pub const CE_GEP_WITH_INRANGE: u32 = 31;
    pub const CE_GEP: u32 = 32;
}

/// The longest vector a scalar record may stand for: its elements are
/// materialised, and a corrupt type must not make that exhaust memory.
const MAX_SPLAT: usize = 1 << 16;

/// One record, before resolution.
struct Raw {
    code: u32,
    ty: TypeRef,
    ops: Vec<u64>,
}

/// What resolution needs from the reader: types by id and the values
/// before the block.
pub(crate) struct Context<'a> {
    pub types: &'a [TypeRef],
    pub types_view: &'a Types,
    pub values: &'a [Value],
    /// A function's values before its constants (ids after `values`).
    pub locals: &'a [Value],
}

/// The name of the function `v` refers to.
fn function_name(v: &Value) -> Option<&Name> {
    match v {
        Value::Const(c, _) => match c.as_ref() {
            Constant::GlobalReference { name, ty }
                if matches!(ty.as_ref(), Type::FuncType { .. }) =>
            {
                Some(name)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Reads a constants block (just entered); returns its values in order.
pub(crate) fn read(cursor: &mut Cursor, cx: &mut Context) -> Result<Vec<Value>> {
    let mut ops = Vec::new();
    let mut raw = Vec::new();
    let mut ty = cx.types_view.i32();
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => break,
            Entry::Block(_) => cursor.skip()?,
            Entry::Record {
                code: code::SETTYPE,
                ..
            } => {
                let id = ops
                    .first()
                    .copied()
                    .ok_or_else(|| Error::at_bit(at, "empty SETTYPE record"))?;
                ty = type_at(cx.types, id)?;
            }
            Entry::Record { code, .. } => raw.push(Raw {
                code,
                ty: ty.clone(),
                ops: std::mem::take(&mut ops),
            }),
        }
    }
    let mut r = Resolver {
        raw: &raw,
        done: vec![None; raw.len()],
        busy: vec![false; raw.len()],
        cx,
    };
    (0..raw.len()).map(|i| r.resolve_local(i)).collect()
}

pub(crate) fn type_at(types: &[TypeRef], id: u64) -> Result<TypeRef> {
    types
        .get(id as usize)
        .cloned()
        .ok_or_else(|| Error::new(format!("type id {id} out of range")))
}

struct Resolver<'r, 'c> {
    raw: &'r [Raw],
    done: Vec<Option<Value>>,
    busy: Vec<bool>,
    cx: &'r mut Context<'c>,
}

/// The struct layout behind a struct type, named or literal.
fn struct_fields(types: &Types, ty: &Type) -> Option<(Vec<TypeRef>, bool)> {
    match ty {
        Type::StructType {
            element_types,
            is_packed,
        } => Some((element_types.clone(), *is_packed)),
        Type::NamedStructType { name } => match types.named_struct_def(name)? {
            NamedStructDef::Defined(t) => struct_fields(types, t),
            NamedStructDef::Opaque => None,
        },
        _ => None,
    }
}

/// Whether LLVM's `isNullValue` holds (what a zero aggregate is made of).
fn is_null(c: &Constant) -> bool {
    match c {
        Constant::Int { value, .. } => *value == 0,
        Constant::WideInt { words, .. } => words.iter().all(|w| *w == 0),
        Constant::Float(f) => match f {
            Float::Half(b) | Float::BFloat(b) => *b == 0,
            Float::Single(x) => x.to_bits() == 0,
            Float::Double(x) => x.to_bits() == 0,
            Float::X86_FP80(b) => b.iter().all(|x| *x == 0),
            _ => false,
        },
        Constant::Null(_) | Constant::AggregateZero(_) | Constant::TokenNone => true,
        _ => false,
    }
}

/// The zero of `ty`, as LLVM's `getNullValue` makes it.
pub(crate) fn null_of(ty: &TypeRef) -> Result<Constant> {
    Ok(match ty.as_ref() {
        Type::IntegerType { bits } if *bits > 64 => Constant::WideInt {
            bits: *bits,
            words: vec![0; bits.div_ceil(64) as usize],
        },
        Type::IntegerType { bits } => Constant::Int {
            bits: *bits,
            value: 0,
        },
        Type::FPType(fp) => Constant::Float(match fp {
            FPType::Half => Float::Half(0),
            FPType::BFloat => Float::BFloat(0),
            FPType::Single => Float::Single(0.0),
            FPType::Double => Float::Double(0.0),
            FPType::X86_FP80 => Float::X86_FP80([0; 10]),
            FPType::FP128 => Float::Quadruple,
            FPType::PPC_FP128 => Float::PPC_FP128,
        }),
        Type::PointerType { .. } => Constant::Null(ty.clone()),
        Type::StructType { .. }
        | Type::NamedStructType { .. }
        | Type::ArrayType { .. }
        | Type::VectorType { .. } => Constant::AggregateZero(ty.clone()),
        Type::TokenType => Constant::TokenNone,
        other => return Err(Error::new(format!("no null value of type {other}"))),
    })
}

/// An aggregate of `elements`, canonicalised as LLVM uniques it. (Element
/// by element: `-0.0 == 0.0` as floats, but only `0.0` is a null value.)
fn aggregate(types: &Types, ty: &TypeRef, elements: Vec<ConstantRef>) -> Result<Constant> {
    if !elements.is_empty() {
        if elements
            .iter()
            .all(|e| matches!(e.as_ref(), Constant::Poison(_)))
        {
            return Ok(Constant::Poison(ty.clone()));
        }
        if elements
            .iter()
            .all(|e| matches!(e.as_ref(), Constant::Undef(_)))
        {
            return Ok(Constant::Undef(ty.clone()));
        }
        if elements.iter().all(|e| is_null(e)) {
            return Ok(Constant::AggregateZero(ty.clone()));
        }
    }
    Ok(match ty.as_ref() {
        Type::ArrayType { element_type, .. } => Constant::Array {
            element_type: element_type.clone(),
            elements,
        },
        Type::VectorType { .. } => Constant::Vector(elements),
        t => match struct_fields(types, t) {
            Some((_, is_packed)) => Constant::Struct {
                name: None,
                values: elements,
                is_packed,
            },
            None => return Err(Error::new(format!("aggregate constant of type {t}"))),
        },
    })
}

/// Decodes a signed number stored with its sign in the low bit.
pub(crate) fn sign_rotated(v: u64) -> u64 {
    if v & 1 == 0 {
        v >> 1
    } else if v != 1 {
        (v >> 1).wrapping_neg()
    } else {
        1 << 63
    }
}

fn int_constant(ty: &TypeRef, words: &[u64]) -> Result<Constant> {
    let Type::IntegerType { bits } = ty.as_ref() else {
        return Err(Error::new(format!("integer constant of type {ty}")));
    };
    let bits = *bits;
    if bits <= 64 {
        let value = words.first().copied().unwrap_or(0);
        let mask = if bits == 64 {
            u64::MAX
        } else {
            (1 << bits) - 1
        };
        return Ok(Constant::Int {
            bits,
            value: value & mask,
        });
    }
    let n = bits.div_ceil(64) as usize;
    let mut out = vec![0u64; n];
    for (o, w) in out.iter_mut().zip(words) {
        *o = *w;
    }
    if bits % 64 != 0 {
        if let Some(last) = out.last_mut() {
            *last &= (1 << (bits % 64)) - 1;
        }
    }
    Ok(Constant::WideInt { bits, words: out })
}

fn float_constant(ty: &TypeRef, ops: &[u64]) -> Result<Constant> {
    let first = ops.first().copied().unwrap_or(0);
    let Type::FPType(fp) = ty.as_ref() else {
        return Err(Error::new(format!("floating-point constant of type {ty}")));
    };
    Ok(Constant::Float(match fp {
        FPType::Half => Float::Half(first as u16),
        FPType::BFloat => Float::BFloat(first as u16),
        FPType::Single => Float::Single(f32::from_bits(first as u32)),
        FPType::Double => Float::Double(f64::from_bits(first)),
        FPType::X86_FP80 => {
            // The record splits the 80 bits as 64 high, 16 low.
            let low = ops.get(1).copied().unwrap_or(0);
            let mantissa = (low & 0xffff) | (first << 16);
            let top = (first >> 48) as u16;
            let mut b = [0u8; 10];
            b[..8].copy_from_slice(&mantissa.to_le_bytes());
            b[8..].copy_from_slice(&top.to_le_bytes());
            Float::X86_FP80(b)
        }
        FPType::FP128 => Float::Quadruple,
        FPType::PPC_FP128 => Float::PPC_FP128,
    }))
}

fn element_type(ty: &TypeRef) -> Result<(TypeRef, usize)> {
    match ty.as_ref() {
        Type::ArrayType {
            element_type,
            num_elements,
        }
        | Type::VectorType {
            element_type,
            num_elements,
            ..
        } => Ok((element_type.clone(), *num_elements)),
        t => Err(Error::new(format!("sequence constant of type {t}"))),
    }
}

impl Resolver<'_, '_> {
    /// The value with absolute id `id`: before this block, or in it.
    fn value(&mut self, id: u64) -> Result<Value> {
        let module = self.cx.values.len();
        let base = module + self.cx.locals.len();
        match usize::try_from(id) {
            Ok(i) if i < module => Ok(self.cx.values[i].clone()),
            Ok(i) if i < base => Ok(self.cx.locals[i - module].clone()),
            Ok(i) if i - base < self.raw.len() => self.resolve_local(i - base),
            _ => Err(Error::new(format!(
                "constant refers to value {id}, which does not exist"
            ))),
        }
    }

    fn constant(&mut self, id: u64) -> Result<ConstantRef> {
        match self.value(id)? {
            Value::Const(c, _) => Ok(c),
            _ => Err(Error::new(format!(
                "constant refers to value {id}, which is not a constant"
            ))),
        }
    }

    fn ty(&self, id: u64) -> Result<TypeRef> {
        type_at(self.cx.types, id)
    }

    fn resolve_local(&mut self, i: usize) -> Result<Value> {
        if let Some(v) = &self.done[i] {
            return Ok(v.clone());
        }
        if self.busy[i] {
            return Err(Error::new("constant contains itself"));
        }
        self.busy[i] = true;
        let v = self.build(i)?;
        self.busy[i] = false;
        self.done[i] = Some(v.clone());
        Ok(v)
    }

    fn build(&mut self, i: usize) -> Result<Value> {
        let raw = self.raw;
        let Raw { code, ty, ops } = &raw[i];
        let ty = ty.clone();
        let op = |n: usize| {
            ops.get(n)
                .copied()
                .ok_or_else(|| Error::new(format!("constant record {code} is too short")))
        };
        let constant = match *code {
            code::NULL => null_of(&ty)?,
            code::UNDEF => Constant::Undef(ty.clone()),
            code::POISON => Constant::Poison(ty.clone()),
            code::INTEGER => self.splat(&ty, |t| int_constant(t, &[sign_rotated(op(0)?)]))?,
            code::WIDE_INTEGER => {
                let words: Vec<u64> = ops.iter().map(|&w| sign_rotated(w)).collect();
                self.splat(&ty, |t| int_constant(t, &words))?
            }
            code::FLOAT => self.splat(&ty, |t| float_constant(t, ops))?,
            code::AGGREGATE => {
                let elements = ops
                    .clone()
                    .into_iter()
                    .map(|id| self.constant(id))
                    .collect::<Result<Vec<_>>>()?;
                aggregate(self.cx.types_view, &ty, elements)?
            }
            code::STRING | code::CSTRING | code::DATA => {
                let (element, _) = element_type(&ty)?;
                let mut words = ops.clone();
                if *code == code::CSTRING {
                    words.push(0);
                }
                let elements = words
                    .iter()
                    .map(|&w| {
                        match element.as_ref() {
                            Type::IntegerType { .. } => int_constant(&element, &[w]),
                            _ => float_constant(&element, &[w]),
                        }
                        .map(ConstantRef::new)
                    })
                    .collect::<Result<Vec<_>>>()?;
                aggregate(self.cx.types_view, &ty, elements)?
            }
            code::CE_BINOP => {
                let (a, b) = (self.constant(op(1)?)?, self.constant(op(2)?)?);
                match op(0)? {
                    0 => Constant::Add(c::Add {
                        operand0: a,
                        operand1: b,
                    }),
                    1 => Constant::Sub(c::Sub {
                        operand0: a,
                        operand1: b,
                    }),
                    2 => Constant::Mul(c::Mul {
                        operand0: a,
                        operand1: b,
                    }),
                    12 => Constant::Xor(c::Xor {
                        operand0: a,
                        operand1: b,
                    }),
                    other => {
                        return Err(Error::new(format!(
                            "constant expression with binary opcode {other}"
                        )))
                    }
                }
            }
            code::CE_CAST => {
                let operand = self.constant(op(2)?)?;
                let to_type = ty.clone();
                match op(0)? {
                    0 => Constant::Trunc(c::Trunc { operand, to_type }),
                    9 => Constant::PtrToInt(c::PtrToInt { operand, to_type }),
                    10 => Constant::IntToPtr(c::IntToPtr { operand, to_type }),
                    11 => Constant::BitCast(c::BitCast { operand, to_type }),
                    12 => Constant::AddrSpaceCast(c::AddrSpaceCast { operand, to_type }),
                    other => {
                        return Err(Error::new(format!(
                            "constant expression with cast opcode {other}"
                        )))
                    }
                }
            }
            code::CE_GEP | code::CE_GEP_WITH_INRANGE | code::CE_INBOUNDS_GEP => {
                self.gep(*code, ops)?
            }
            code::CE_EXTRACTELT => Constant::ExtractElement(c::ExtractElement {
                vector: self.constant(op(1)?)?,
                index: self.constant(op(3)?)?,
            }),
            code::CE_INSERTELT => Constant::InsertElement(c::InsertElement {
                vector: self.constant(op(0)?)?,
                element: self.constant(op(1)?)?,
                index: self.constant(op(3)?)?,
            }),
            code::BLOCKADDRESS => {
                let function = self.value(op(1)?)?;
                let name = function_name(&function).ok_or_else(|| {
                    Error::new("blockaddress of something that is not a function")
                })?;
                Constant::BlockAddress {
                    function: name.clone(),
                    block_index: op(2)? as usize,
                }
            }
            code::INLINEASM => return Ok(Value::InlineAsm(self.ty(op(0)?)?)),
            other => {
                return Err(Error::new(format!(
                    "constant record {other} is not supported"
                )))
            }
        };
        Ok(Value::Const(ConstantRef::new(constant), ty))
    }

    /// A scalar constant, or a vector of copies of it.
    fn splat(
        &mut self,
        ty: &TypeRef,
        scalar: impl Fn(&TypeRef) -> Result<Constant>,
    ) -> Result<Constant> {
        match ty.as_ref() {
            Type::VectorType { num_elements, .. } if *num_elements > MAX_SPLAT => Err(Error::new(
                format!("vector constant of {num_elements} elements"),
            )),
            Type::VectorType {
                element_type,
                num_elements,
                ..
            } => {
                let one = ConstantRef::new(scalar(element_type)?);
                aggregate(self.cx.types_view, ty, vec![one; *num_elements])
            }
            _ => scalar(ty),
        }
    }

    fn gep(&mut self, code: u32, ops: &[u64]) -> Result<Constant> {
        let bad = || Error::new("malformed constant getelementptr");
        let mut i = 0;
        let next = |i: &mut usize| -> Result<u64> {
            let v = ops.get(*i).copied().ok_or_else(bad)?;
            *i += 1;
            Ok(v)
        };
        let source = next(&mut i)?;
        let in_bounds = match code {
            code::CE_INBOUNDS_GEP => true,
            _ => next(&mut i)? & 1 == 1,
        };
        if code == code::CE_GEP_WITH_INRANGE {
            let width = next(&mut i)?;
            let words = if width > 64 {
                let w = next(&mut i)?;
                (w & 0xFFFF_FFFF) + (w >> 32)
            } else {
                2
            };
            for _ in 0..words {
                next(&mut i)?;
            }
        }
        let mut operands = Vec::new();
        while i < ops.len() {
            let _ty = next(&mut i)?;
            let id = next(&mut i)?;
            operands.push(self.constant(id)?);
        }
        if operands.is_empty() {
            return Err(bad());
        }
        let address = operands.remove(0);
        Ok(Constant::GetElementPtr(c::GetElementPtr {
            address,
            indices: operands,
            in_bounds,
            source_element_type: self.ty(source)?,
        }))
    }
}
