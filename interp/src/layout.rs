//! Type sizes, alignments and struct field offsets, computed from the
//! module's data layout string.
//!
//! We parse the layout string ourselves rather than use `llvm-ir`'s
//! `Alignments`, whose look-ups panic on types the string does not mention.
//! Everything here is total: an unknown type is an error, never a panic.

use llvm_ir::types::{FPType, NamedStructDef, Types};
use llvm_ir::{Type, TypeRef};
use std::collections::BTreeMap;

/// The host's data layout, used when a module has none (hand-written IR).
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
pub const HOST_DATA_LAYOUT: &str =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
#[cfg(all(target_arch = "aarch64", target_vendor = "apple"))]
pub const HOST_DATA_LAYOUT: &str = "e-m:o-i64:64-i128:128-n32:64-S128-Fn32";
#[cfg(all(target_arch = "aarch64", not(target_vendor = "apple")))]
pub const HOST_DATA_LAYOUT: &str = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";

/// Parsed data layout: the alignment rules of one target.
#[derive(Clone, Debug)]
pub struct DataLayout {
    pub little_endian: bool,
    pub pointer_bits: u32,
    pub pointer_align: u64,
    /// integer width in bits -> ABI alignment in bytes
    int_align: BTreeMap<u32, u64>,
    /// float width in bits -> ABI alignment in bytes
    float_align: BTreeMap<u32, u64>,
    /// vector width in bits -> ABI alignment in bytes
    vector_align: BTreeMap<u32, u64>,
    aggregate_align: u64,
    /// Natural stack alignment in bytes (0 when unspecified).
    pub stack_align: u64,
    /// Size and alignment of the module's named structs, computed once
    /// (see `with_named_structs`): C++ code asks for the same classes, each
    /// nesting others, again and again.
    named: hashbrown::HashMap<String, SizeAlign>,
}

/// Size and alignment of a type, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SizeAlign {
    /// Bytes written by a store of this type (LLVM's "store size").
    pub store: u64,
    /// Distance between consecutive elements of an array of this type
    /// (LLVM's "alloc size").
    pub alloc: u64,
    pub align: u64,
}

#[derive(Clone, Debug, thiserror::Error)]
pub enum LayoutError {
    #[error("malformed data layout component `{0}`")]
    Malformed(String),
    #[error("type {0} has no size (opaque or unsized)")]
    Unsized(String),
    #[error("type {0} is not supported yet")]
    Unsupported(String),
}

fn bits_to_bytes(bits: u64) -> u64 {
    bits.div_ceil(8)
}

pub fn align_to(x: u64, align: u64) -> u64 {
    if align <= 1 {
        x
    } else {
        x.div_ceil(align) * align
    }
}

impl DataLayout {
    /// Parse an LLVM data layout string (see the LangRef, "Data Layout").
    pub fn parse(s: &str) -> Result<Self, LayoutError> {
        // LLVM's defaults, overridden by whatever the string specifies.
        let mut dl = DataLayout {
            little_endian: true,
            pointer_bits: 64,
            pointer_align: 8,
            int_align: BTreeMap::from([(1, 1), (8, 1), (16, 2), (32, 4), (64, 4)]),
            float_align: BTreeMap::from([(16, 2), (32, 4), (64, 8), (128, 16)]),
            vector_align: BTreeMap::from([(64, 8), (128, 16)]),
            aggregate_align: 1,
            stack_align: 0,
            named: hashbrown::HashMap::new(),
        };
        for spec in s.split('-').filter(|p| !p.is_empty()) {
            let bad = || LayoutError::Malformed(spec.to_string());
            let num = |t: &str| t.parse::<u64>().map_err(|_| bad());
            let (head, rest) = spec.split_at(1);
            let fields: Vec<&str> = rest.split(':').collect();
            match head {
                "e" => dl.little_endian = true,
                "E" => dl.little_endian = false,
                "p" => {
                    // p[n]:size:abi[:pref[:idx]]; only address space 0 matters here.
                    if fields.first().is_some_and(|f| !f.is_empty() && f != &"0") {
                        continue;
                    }
                    dl.pointer_bits = num(fields.get(1).ok_or_else(bad)?)? as u32;
                    dl.pointer_align = num(fields.get(2).ok_or_else(bad)?)? / 8;
                }
                "i" | "f" | "v" => {
                    let width = num(fields.first().ok_or_else(bad)?)? as u32;
                    let abi = num(fields.get(1).ok_or_else(bad)?)? / 8;
                    let table = match head {
                        "i" => &mut dl.int_align,
                        "f" => &mut dl.float_align,
                        _ => &mut dl.vector_align,
                    };
                    table.insert(width, abi.max(1));
                }
                "a" => {
                    if let Some(abi) = fields.get(1) {
                        dl.aggregate_align = (num(abi)? / 8).max(1);
                    }
                }
                "S" => dl.stack_align = num(rest)? / 8,
                // mangling, native widths, address spaces, function pointer
                // alignment, non-integral pointers: irrelevant to layout.
                "m" | "n" | "A" | "P" | "G" | "F" | "N" => {}
                _ => return Err(bad()),
            }
        }
        Ok(dl)
    }

    fn int_abi_align(&self, bits: u32) -> u64 {
        if let Some(a) = self.int_align.get(&bits) {
            return *a;
        }
        // The smallest specified width larger than `bits`, else the largest.
        self.int_align
            .range(bits..)
            .next()
            .or_else(|| self.int_align.iter().next_back())
            .map(|(_, a)| *a)
            .unwrap_or(8)
    }

    fn vector_abi_align(&self, bits: u64) -> u64 {
        if let Some(a) = self.vector_align.get(&(bits as u32)) {
            return *a;
        }
        // Natural alignment: the size rounded up to a power of two.
        bits_to_bytes(bits).next_power_of_two().max(1)
    }

    /// This layout with the size and alignment of every named struct of
    /// `types` that has them worked out in advance, for a module whose
    /// types are `types` (a struct's name stands for its definition in
    /// that module only).
    pub fn with_named_structs(mut self, types: &Types) -> Self {
        for name in types.all_struct_names() {
            let ty = Type::NamedStructType { name: name.clone() };
            // Opaque or unsized ones stay out: asking again gives the error.
            if let Ok(sa) = self.size_align(types, &ty) {
                self.named.insert(name.clone(), sa);
            }
        }
        self
    }

    /// Size and ABI alignment of `ty`.
    pub fn size_align(&self, types: &Types, ty: &Type) -> Result<SizeAlign, LayoutError> {
        if let Type::NamedStructType { name } = ty {
            if let Some(&sa) = self.named.get(name) {
                return Ok(sa);
            }
        }
        let sa = |store: u64, align: u64| SizeAlign {
            store,
            alloc: align_to(store, align),
            align,
        };
        Ok(match ty {
            Type::IntegerType { bits } => {
                sa(bits_to_bytes(*bits as u64), self.int_abi_align(*bits))
            }
            Type::PointerType { .. } => sa(self.pointer_bits as u64 / 8, self.pointer_align),
            Type::FPType(fp) => {
                let (bits, store): (u32, u64) = match fp {
                    FPType::Half | FPType::BFloat => (16, 2),
                    FPType::Single => (32, 4),
                    FPType::Double => (64, 8),
                    FPType::X86_FP80 => (80, 10),
                    FPType::FP128 | FPType::PPC_FP128 => (128, 16),
                };
                let align = self
                    .float_align
                    .get(&bits)
                    .copied()
                    .unwrap_or(store.next_power_of_two());
                sa(store, align)
            }
            Type::VectorType {
                element_type,
                num_elements,
                scalable,
            } => {
                if *scalable {
                    return Err(LayoutError::Unsupported(format!("{ty}")));
                }
                let elem_bits = self.scalar_bits(types, element_type)?;
                let bits = elem_bits * *num_elements as u64;
                sa(bits_to_bytes(bits), self.vector_abi_align(bits))
            }
            Type::ArrayType {
                element_type,
                num_elements,
            } => {
                let e = self.size_align(types, element_type)?;
                let size = e.alloc * *num_elements as u64;
                SizeAlign {
                    store: size,
                    alloc: size,
                    align: e.align,
                }
            }
            Type::StructType { .. } | Type::NamedStructType { .. } => {
                let l = self.struct_layout(types, ty)?;
                SizeAlign {
                    store: l.size,
                    alloc: l.size,
                    align: l.align,
                }
            }
            _ => return Err(LayoutError::Unsized(format!("{ty}"))),
        })
    }

    /// Bit width of a scalar (vector element) type.
    pub fn scalar_bits(&self, types: &Types, ty: &Type) -> Result<u64, LayoutError> {
        match ty {
            Type::IntegerType { bits } => Ok(*bits as u64),
            Type::PointerType { .. } => Ok(self.pointer_bits as u64),
            Type::FPType(_) => Ok(self.size_align(types, ty)?.store * 8),
            _ => Err(LayoutError::Unsupported(format!("vector of {ty}"))),
        }
    }

    pub fn alloc_size(&self, types: &Types, ty: &Type) -> Result<u64, LayoutError> {
        Ok(self.size_align(types, ty)?.alloc)
    }

    pub fn store_size(&self, types: &Types, ty: &Type) -> Result<u64, LayoutError> {
        Ok(self.size_align(types, ty)?.store)
    }

    pub fn align_of(&self, types: &Types, ty: &Type) -> Result<u64, LayoutError> {
        Ok(self.size_align(types, ty)?.align)
    }

    /// Field offsets, size and alignment of a (possibly named) struct type.
    pub fn struct_layout(&self, types: &Types, ty: &Type) -> Result<StructLayout, LayoutError> {
        let (elements, packed) = match ty {
            Type::StructType {
                element_types,
                is_packed,
            } => (element_types, *is_packed),
            Type::NamedStructType { name } => match types.named_struct_def(name) {
                Some(NamedStructDef::Defined(def)) => return self.struct_layout(types, def),
                _ => return Err(LayoutError::Unsized(format!("%{name} (opaque struct)"))),
            },
            _ => return Err(LayoutError::Unsupported(format!("{ty} is not a struct"))),
        };
        let mut offsets = Vec::with_capacity(elements.len());
        let mut offset = 0u64;
        let mut align = if packed { 1 } else { self.aggregate_align };
        for e in elements {
            let f = self.size_align(types, e)?;
            let a = if packed { 1 } else { f.align };
            offset = align_to(offset, a);
            offsets.push(offset);
            offset += f.alloc;
            align = align.max(a);
        }
        Ok(StructLayout {
            offsets,
            size: align_to(offset, align),
            align,
        })
    }
}

/// Where each field of a struct lives.
#[derive(Clone, Debug)]
pub struct StructLayout {
    pub offsets: Vec<u64>,
    pub size: u64,
    pub align: u64,
}

/// Resolve a named struct to its body; other types are returned unchanged.
pub fn resolve_named<'t>(types: &'t Types, ty: &'t TypeRef) -> &'t TypeRef {
    match ty.as_ref() {
        Type::NamedStructType { name } => match types.named_struct_def(name) {
            Some(NamedStructDef::Defined(def)) => def,
            _ => ty,
        },
        _ => ty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_host_layout() {
        let dl = DataLayout::parse(HOST_DATA_LAYOUT).unwrap();
        assert!(dl.little_endian);
        assert_eq!(dl.pointer_bits, 64);
        assert_eq!(dl.int_abi_align(64), 8);
        assert_eq!(dl.int_abi_align(24), 4);
        assert_eq!(dl.int_abi_align(1), 1);
    }

    #[test]
    fn named_structs_worked_out_in_advance_match_computing_them() {
        use llvm_ir::types::TypesBuilder;
        let mut b = TypesBuilder::new();
        let (i8t, i64t) = (b.i8(), b.i64());
        let inner = b.struct_of(vec![i8t.clone(), i64t], false);
        b.add_named_struct_def("inner".into(), NamedStructDef::Defined(inner));
        let named_inner = b.named_struct("inner".into());
        let outer = b.struct_of(vec![i8t, named_inner], false);
        b.add_named_struct_def("outer".into(), NamedStructDef::Defined(outer));
        b.add_named_struct_def("opaque".into(), NamedStructDef::Opaque);
        let types = b.build();
        let plain = DataLayout::parse(HOST_DATA_LAYOUT).unwrap();
        let cached = plain.clone().with_named_structs(&types);
        let outer = Type::NamedStructType {
            name: "outer".into(),
        };
        let expected = SizeAlign {
            store: 24,
            alloc: 24,
            align: 8,
        };
        assert_eq!(plain.size_align(&types, &outer).unwrap(), expected);
        assert_eq!(cached.size_align(&types, &outer).unwrap(), expected);
        let opaque = Type::NamedStructType {
            name: "opaque".into(),
        };
        assert!(cached.size_align(&types, &opaque).is_err());
    }

    #[test]
    fn rejects_garbage() {
        assert!(DataLayout::parse("e-q:7").is_err());
        assert!(DataLayout::parse("e-p:x:y").is_err());
    }
}
