//! Evaluation of IR constants (including constant expressions) to their
//! memory image: used for global initialisers at load time and for the
//! constant pool of each lowered function.

use crate::host::Resolved;
use crate::layout::resolve_named;
use crate::module::{name_str, LoadedModule, Symbol};
use llvm_ir::constant::Float;
use llvm_ir::types::{Typed, Types};
use llvm_ir::{Constant, ConstantRef, Name, Type, TypeRef};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub enum ConstError {
    /// A referenced symbol could not be resolved.
    Unresolved(String),
    Unsupported(String),
}

impl std::fmt::Display for ConstError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ConstError::Unresolved(s) => write!(f, "unresolved symbol @{s}"),
            ConstError::Unsupported(s) => write!(f, "{s}"),
        }
    }
}

type Result<T> = std::result::Result<T, ConstError>;

fn unsupported<T>(what: impl std::fmt::Display) -> Result<T> {
    Err(ConstError::Unsupported(what.to_string()))
}

pub struct ConstEval<'m> {
    module: &'m Arc<LoadedModule>,
    /// The module's types, or those of a lazily read function body (which
    /// may name struct types the module level does not).
    types: &'m Types,
}

impl<'m> ConstEval<'m> {
    pub fn new(module: &'m Arc<LoadedModule>) -> Self {
        ConstEval {
            module,
            types: &module.ir.types,
        }
    }

    pub fn with_types(module: &'m Arc<LoadedModule>, types: &'m Types) -> Self {
        ConstEval { module, types }
    }

    fn ty_of(&self, c: &Constant) -> TypeRef {
        c.get_type(self.types)
    }

    /// The value of a scalar constant (integer up to 64 bits, pointer,
    /// float, double) as its zero-extended slot image.
    pub fn scalar(&self, c: &Constant) -> Result<u64> {
        let mut buf = [0u8; 8];
        let ty = self.ty_of(c);
        let size = self
            .module
            .layout
            .store_size(self.types, &ty)
            .map_err(|e| ConstError::Unsupported(e.to_string()))?;
        if size > 8 {
            return unsupported(format!("constant of type {ty} is not a scalar"));
        }
        self.write(c, &ty, &mut buf[..size as usize])?;
        Ok(u64::from_le_bytes(buf))
    }

    /// What a constant pointer designates, for aliases.
    pub fn resolved(&self, c: &ConstantRef) -> Result<Resolved> {
        match c.as_ref() {
            Constant::GlobalReference { name, .. } => match self.module.symbol(name) {
                Some(Symbol::Function(i)) => {
                    Ok(Resolved::Function(self.module.functions[i].clone()))
                }
                _ => Ok(Resolved::Address(self.address_of(name)?)),
            },
            other => Ok(Resolved::Address(self.scalar(other)? as usize)),
        }
    }

    /// The address of a global, function or alias.
    pub fn address_of(&self, name: &Name) -> Result<usize> {
        let m = self.module;
        match m.symbol(name) {
            Some(Symbol::Global(addr)) => Ok(addr),
            Some(Symbol::Function(i)) => m.host.native_pointer(&m.functions[i]).map_err(|e| {
                ConstError::Unsupported(format!("address of @{}: {e}", name_str(name)))
            }),
            Some(Symbol::ThreadLocal(_) | Symbol::ExternalThreadLocal) => {
                Err(ConstError::Unsupported(format!(
                    "address of thread-local @{} outside llvm.threadlocal.address",
                    name_str(name)
                )))
            }
            Some(Symbol::Alias(i)) => {
                let aliasee = m.ir.global_aliases[i].aliasee.clone();
                self.scalar(&aliasee).map(|v| v as usize)
            }
            Some(Symbol::External { weak }) => match m.resolve_external(name) {
                Some(Resolved::Address(a)) => Ok(a),
                Some(Resolved::Function(f)) => m.host.native_pointer(&f).map_err(|e| {
                    ConstError::Unsupported(format!("address of @{}: {e}", name_str(name)))
                }),
                None if weak => Ok(0),
                None => Err(ConstError::Unresolved(name_str(name))),
            },
            None => Err(ConstError::Unresolved(name_str(name))),
        }
    }

    /// Writes the memory image of `c` (of type `ty`) into `out`, whose
    /// length is at least the type's store size.
    pub fn write(&self, c: &Constant, ty: &TypeRef, out: &mut [u8]) -> Result<()> {
        let types = self.types;
        let layout = &self.module.layout;
        let put = |out: &mut [u8], v: u64| {
            let n = out.len().min(8);
            out[..n].copy_from_slice(&v.to_le_bytes()[..n]);
        };
        if let Some(word) = scalar_word(c) {
            put(out, word);
            return Ok(());
        }
        match c {
            // Up to 64 bits, `scalar_word`.
            Constant::Int { bits, .. } => return unsupported(format!("i{bits} constant")),
            Constant::WideInt { words, .. } => {
                let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
                let n = out.len().min(bytes.len());
                out[..n].copy_from_slice(&bytes[..n]);
            }
            Constant::Float(Float::Half(b)) | Constant::Float(Float::BFloat(b)) => {
                put(out, *b as u64)
            }
            Constant::Float(Float::X86_FP80(bytes)) => {
                let n = out.len().min(10);
                out[..n].copy_from_slice(&bytes[..n]);
            }
            Constant::Float(other) => {
                return unsupported(format!("floating-point constant {other:?}"))
            }
            Constant::Null(_)
            | Constant::AggregateZero(_)
            | Constant::Undef(_)
            | Constant::Poison(_) => out.fill(0),
            Constant::TokenNone => {}
            Constant::Struct { values, .. } => {
                let sty = resolve_named(types, ty);
                let sl = layout
                    .struct_layout(types, sty)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                let Type::StructType { element_types, .. } = sty.as_ref() else {
                    return unsupported(format!("struct constant of type {ty}"));
                };
                for ((v, et), off) in values.iter().zip(element_types).zip(sl.offsets) {
                    let size = layout
                        .store_size(types, et)
                        .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                    let off = off as usize;
                    self.write(v, et, &mut out[off..off + size as usize])?;
                }
            }
            Constant::Array {
                element_type,
                elements,
            } => {
                let stride = layout
                    .alloc_size(types, element_type)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?
                    as usize;
                let size = layout
                    .store_size(types, element_type)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?
                    as usize;
                for (i, e) in elements.iter().enumerate() {
                    self.write(e, element_type, &mut out[i * stride..i * stride + size])?;
                }
            }
            Constant::Vector(elements) => {
                let Type::VectorType { element_type, .. } = ty.as_ref() else {
                    return unsupported(format!("vector constant of type {ty}"));
                };
                let bits = layout
                    .scalar_bits(types, element_type)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                if bits % 8 != 0 && bits < 64 {
                    // Bit-packed: element i at bits [bits*i, bits*i + bits).
                    out.fill(0);
                    for (i, e) in elements.iter().enumerate() {
                        let v = mask(self.scalar(e)?, bits as u32);
                        for b in 0..bits as usize {
                            if (v >> b) & 1 != 0 {
                                let at = i * bits as usize + b;
                                if let Some(byte) = out.get_mut(at / 8) {
                                    *byte |= 1 << (at % 8);
                                }
                            }
                        }
                    }
                } else if bits % 8 == 0 {
                    let stride = (bits / 8) as usize;
                    for (i, e) in elements.iter().enumerate() {
                        self.write(e, element_type, &mut out[i * stride..(i + 1) * stride])?;
                    }
                } else {
                    return unsupported(format!("vector constant of type {ty}"));
                }
            }
            Constant::GlobalReference { name, .. } => put(out, self.address_of(name)? as u64),
            Constant::BlockAddress {
                function,
                block_index,
            } => match self.module.symbol(function) {
                Some(Symbol::Function(i)) => put(out, block_address(i, *block_index)),
                _ => {
                    return unsupported(format!(
                        "blockaddress in undefined function @{}",
                        name_str(function)
                    ))
                }
            },
            Constant::GetElementPtr(g) => {
                if let Type::VectorType { num_elements, .. } = ty.as_ref() {
                    // A vector of addresses: one GEP per lane.
                    for lane in 0..*num_elements {
                        let base = self.scalar(&lane_of(&g.address, lane))?;
                        let indices = g
                            .indices
                            .iter()
                            .map(|x| lane_of(x, lane))
                            .collect::<Vec<_>>();
                        let addr =
                            base.wrapping_add(
                                self.gep_offset(&g.source_element_type, &indices)? as u64
                            );
                        if let Some(chunk) = out.get_mut(lane * 8..lane * 8 + 8) {
                            chunk.copy_from_slice(&addr.to_le_bytes());
                        }
                    }
                } else {
                    let base = self.scalar(&g.address)?;
                    let indices: Vec<ConstantRef> = g.indices.to_vec();
                    put(out, base.wrapping_add(self.gep_offset(&g.source_element_type, &indices)? as u64));
                }
            }
            Constant::BitCast(c) => {
                let from = self.ty_of(&c.operand);
                self.write(&c.operand, &from, out)?
            }
            Constant::AddrSpaceCast(c) => put(out, self.scalar(&c.operand)?),
            // Between vectors of pointers and of i64 the image is the same.
            Constant::PtrToInt(c) if matches!(ty.as_ref(), Type::VectorType { .. }) => {
                let from = self.ty_of(&c.operand);
                self.write(&c.operand, &from, out)?
            }
            Constant::IntToPtr(c) if matches!(ty.as_ref(), Type::VectorType { .. }) => {
                let from = self.ty_of(&c.operand);
                self.write(&c.operand, &from, out)?
            }
            Constant::PtrToInt(c) => {
                let v = self.scalar(&c.operand)?;
                put(out, mask(v, bits_of(&c.to_type)));
            }
            Constant::IntToPtr(c) => put(out, self.scalar(&c.operand)?),
            Constant::ExtractElement(e) => {
                let vty = self.ty_of(&e.vector);
                let Type::VectorType { element_type, .. } = vty.as_ref() else {
                    return unsupported("extractelement from a non-vector constant");
                };
                let elem = layout
                    .store_size(types, element_type)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                let total = layout
                    .store_size(types, &vty)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                if layout
                    .scalar_bits(types, element_type)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?
                    % 8
                    != 0
                {
                    return unsupported(
                        "extractelement from a constant vector of non-byte elements",
                    );
                }
                let mut image = vec![0u8; total as usize];
                self.write(&e.vector, &vty, &mut image)?;
                let i = self.scalar(&e.index)? as usize;
                let start = i * elem as usize;
                let n = out.len().min(elem as usize);
                match image.get(start..start + n) {
                    Some(bytes) => out[..n].copy_from_slice(bytes),
                    None => out.fill(0), // out of range: poison
                }
            }
            Constant::Trunc(c) => put(out, mask(self.scalar(&c.operand)?, bits_of(&c.to_type))),
            Constant::Add(b) => {
                let ty = self.ty_of(&b.operand0);
                let v = self
                    .scalar(&b.operand0)?
                    .wrapping_add(self.scalar(&b.operand1)?);
                put(out, mask(v, bits_of(&ty)))
            }
            Constant::Sub(b) => {
                let ty = self.ty_of(&b.operand0);
                let v = self
                    .scalar(&b.operand0)?
                    .wrapping_sub(self.scalar(&b.operand1)?);
                put(out, mask(v, bits_of(&ty)))
            }
            Constant::Mul(b) => {
                let ty = self.ty_of(&b.operand0);
                let v = self
                    .scalar(&b.operand0)?
                    .wrapping_mul(self.scalar(&b.operand1)?);
                put(out, mask(v, bits_of(&ty)))
            }
            Constant::Xor(b) => put(out, self.scalar(&b.operand0)? ^ self.scalar(&b.operand1)?),
            other => return unsupported(format!("constant expression `{other}`")),
        }
        Ok(())
    }

    /// The byte offset a constant `getelementptr` adds.
    fn gep_offset(&self, source: &TypeRef, indices: &[ConstantRef]) -> Result<i64> {
        let types = self.types;
        let layout = &self.module.layout;
        let mut offset: i64 = 0;
        let mut cur = source.clone();
        for (i, idx) in indices.iter().enumerate() {
            let idx_val = self.signed_index(idx)?;
            if i == 0 {
                let size = layout
                    .alloc_size(types, &cur)
                    .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                offset = offset.wrapping_add(idx_val.wrapping_mul(size as i64));
                continue;
            }
            let resolved = resolve_named(types, &cur).clone();
            match resolved.as_ref() {
                Type::StructType { element_types, .. } => {
                    let sl = layout
                        .struct_layout(types, &resolved)
                        .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                    let field = idx_val as usize;
                    let (Some(off), Some(et)) = (sl.offsets.get(field), element_types.get(field))
                    else {
                        return unsupported("struct index out of range in constant getelementptr");
                    };
                    offset = offset.wrapping_add(*off as i64);
                    cur = et.clone();
                }
                Type::ArrayType { element_type, .. } | Type::VectorType { element_type, .. } => {
                    let size = layout
                        .alloc_size(types, element_type)
                        .map_err(|e| ConstError::Unsupported(e.to_string()))?;
                    offset = offset.wrapping_add(idx_val.wrapping_mul(size as i64));
                    cur = element_type.clone();
                }
                other => return unsupported(format!("constant getelementptr into {other}")),
            }
        }
        Ok(offset)
    }

    /// An integer constant used as an index, sign-extended from its width.
    fn signed_index(&self, c: &Constant) -> Result<i64> {
        let ty = self.ty_of(c);
        let v = self.scalar(c)?;
        let bits = bits_of(&ty);
        Ok(sext(v, bits))
    }
}

/// The memory image of an integer constant of up to 64 bits, a float or
/// a double, as a little-endian word: what [`ConstEval::write`] puts in
/// memory and what a frame slot holds. (Integer constants are held masked
/// to their width, so the bytes past the store size are zero.)
pub(crate) fn scalar_word(c: &Constant) -> Option<u64> {
    match c {
        Constant::Int { bits, value } if *bits <= 64 => Some(*value),
        Constant::Float(Float::Single(f)) => Some(u64::from(f.to_bits())),
        Constant::Float(Float::Double(f)) => Some(f.to_bits()),
        _ => None,
    }
}

/// The value of `blockaddress(function, block)`: not a valid pointer (the
/// tag makes it non-canonical on x86-64 and outside user space on
/// AArch64), unique per block; `indirectbr` switches on it.
pub fn block_address(function_index: usize, block_index: usize) -> u64 {
    const TAG: u64 = 0xB10C << 48;
    TAG | ((function_index as u64 & 0xff_ffff) << 24) | (block_index as u64 & 0xff_ffff)
}

/// Lane `i` of a vector constant; a scalar stands for all its lanes.
fn lane_of(c: &ConstantRef, i: usize) -> ConstantRef {
    match c.as_ref() {
        Constant::Vector(elems) => elems.get(i).cloned().unwrap_or_else(|| c.clone()),
        Constant::AggregateZero(t)
        | Constant::Null(t)
        | Constant::Undef(t)
        | Constant::Poison(t) => match t.as_ref() {
            Type::VectorType { element_type, .. } => {
                ConstantRef::new(Constant::Null(element_type.clone()))
            }
            _ => c.clone(),
        },
        _ => c.clone(),
    }
}

fn bits_of(ty: &TypeRef) -> u32 {
    match ty.as_ref() {
        Type::IntegerType { bits } => *bits,
        _ => 64,
    }
}

/// `v` reduced to its low `bits` bits.
pub fn mask(v: u64, bits: u32) -> u64 {
    if bits >= 64 {
        v
    } else {
        v & ((1u64 << bits) - 1)
    }
}

/// `v` sign-extended from `bits` bits to 64.
pub fn sext(v: u64, bits: u32) -> i64 {
    if bits >= 64 || bits == 0 {
        v as i64
    } else {
        let shift = 64 - bits;
        ((v << shift) as i64) >> shift
    }
}
