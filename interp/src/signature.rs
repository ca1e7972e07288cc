//! Function signatures as the interpreter and the native ABI see them:
//! how many frame slots each parameter takes, and how each crosses the
//! native calling convention ([`AbiType`]).

use crate::host::AbiType;
use crate::layout::DataLayout;
use llvm_ir::function::ParameterAttribute;
use llvm_ir::types::{FPType, Types};
use llvm_ir::{Type, TypeRef};

/// Number of 8-byte slots a value of type `ty` occupies (0 for void).
pub fn slots_of(types: &Types, layout: &DataLayout, ty: &Type) -> Option<u32> {
    match ty {
        Type::VoidType => Some(0),
        Type::IntegerType { bits } => Some(bits.div_ceil(64)),
        Type::PointerType { .. } => Some(1),
        Type::FPType(FPType::Single | FPType::Double | FPType::Half | FPType::BFloat) => Some(1),
        Type::FPType(_) => Some(2),
        _ => {
            let size = layout.alloc_size(types, ty).ok()?;
            u32::try_from(size.div_ceil(8)).ok()
        }
    }
}

/// The ABI class of a value of type `ty`; `signed` when the value carries
/// `signext`.
pub fn abi_type_of(
    types: &Types,
    layout: &DataLayout,
    ty: &TypeRef,
    signed: bool,
) -> Option<AbiType> {
    Some(match ty.as_ref() {
        Type::VoidType => AbiType::Void,
        Type::IntegerType { bits } if *bits <= 128 => AbiType::Int {
            bits: *bits as u8,
            signed,
        },
        Type::PointerType { .. } => AbiType::Ptr,
        Type::FPType(FPType::Single) => AbiType::F32,
        Type::FPType(FPType::Double) => AbiType::F64,
        Type::FPType(FPType::X86_FP80) => AbiType::F80,
        Type::StructType { .. }
        | Type::NamedStructType { .. }
        | Type::ArrayType { .. }
        | Type::VectorType { .. } => {
            let sa = layout.size_align(types, ty).ok()?;
            let mut fields = Vec::new();
            flatten(types, layout, ty, 0, &mut fields)?;
            AbiType::Struct {
                size: sa.alloc as u32,
                align: sa.align as u32,
                fields,
            }
        }
        _ => return None,
    })
}

/// Scalar leaves of an aggregate with their byte offsets.
fn flatten(
    types: &Types,
    layout: &DataLayout,
    ty: &TypeRef,
    base: u32,
    out: &mut Vec<(u32, AbiType)>,
) -> Option<()> {
    match ty.as_ref() {
        Type::StructType { element_types, .. } => {
            let sl = layout.struct_layout(types, ty).ok()?;
            for (e, off) in element_types.iter().zip(sl.offsets) {
                flatten(types, layout, e, base + off as u32, out)?;
            }
        }
        Type::NamedStructType { .. } => {
            let def = crate::layout::resolve_named(types, ty);
            if std::ptr::eq(def.as_ref(), ty.as_ref()) {
                return None;
            }
            flatten(types, layout, def, base, out)?;
        }
        Type::ArrayType {
            element_type,
            num_elements,
        } => {
            let stride = layout.alloc_size(types, element_type).ok()? as u32;
            for i in 0..*num_elements as u32 {
                flatten(types, layout, element_type, base + i * stride, out)?;
            }
        }
        Type::VectorType {
            element_type,
            num_elements,
            ..
        } => {
            let stride = layout.alloc_size(types, element_type).ok()? as u32;
            for i in 0..*num_elements as u32 {
                flatten(types, layout, element_type, base + i * stride, out)?;
            }
        }
        _ => out.push((base, abi_type_of(types, layout, ty, false)?)),
    }
    Some(())
}

/// One parameter of an interpreted function.
#[derive(Clone, Debug)]
pub struct ParamSig {
    /// First frame slot of the parameter.
    pub slot: u32,
    pub slots: u32,
    /// How the parameter arrives from native code (`None` when it cannot,
    /// e.g. an `x86_fp80`; such a function has no native pointer yet).
    pub abi: Option<AbiType>,
}

/// The signature of an interpreted function.
#[derive(Clone, Debug)]
pub struct FnSig {
    pub params: Vec<ParamSig>,
    pub param_slots: u32,
    pub ret: Option<AbiType>,
    pub ret_slots: u32,
    pub is_var_arg: bool,
    /// For a variadic function: the hidden slot (after the declared
    /// parameters) holding the address of its `va_list` template (see
    /// [`crate::abi`]).
    pub va_slot: Option<u32>,
    /// Index of the `sret` parameter, if any (its pointer is also returned
    /// in the native return register).
    pub sret: Option<usize>,
}

impl FnSig {
    pub fn of_function(ir: &llvm_ir::Module, layout: &DataLayout, f: &llvm_ir::Function) -> FnSig {
        let types = &ir.types;
        let mut params = Vec::with_capacity(f.parameters.len());
        let mut slot = 0;
        let mut sret = None;
        for (i, p) in f.parameters.iter().enumerate() {
            let slots = slots_of(types, layout, &p.ty).unwrap_or(1);
            let abi = param_abi(types, layout, &p.ty, &p.attributes);
            if p.attributes
                .iter()
                .any(|a| matches!(a, ParameterAttribute::SRet(_)))
            {
                sret = Some(i);
            }
            params.push(ParamSig { slot, slots, abi });
            slot += slots;
        }
        let ret_signed = f
            .return_attributes
            .iter()
            .any(|a| matches!(a, ParameterAttribute::SignExt));
        let va_slot = f.is_var_arg.then_some(slot);
        if f.is_var_arg {
            slot += 1;
        }
        FnSig {
            params,
            param_slots: slot,
            va_slot,
            ret: abi_type_of(types, layout, &f.return_type, ret_signed),
            ret_slots: slots_of(types, layout, &f.return_type).unwrap_or(0),
            is_var_arg: f.is_var_arg,
            sret,
        }
    }
}

/// The ABI type of a parameter given its attributes (`byval`, `signext`).
pub fn param_abi(
    types: &Types,
    layout: &DataLayout,
    ty: &TypeRef,
    attrs: &[ParameterAttribute],
) -> Option<AbiType> {
    for a in attrs {
        if let ParameterAttribute::ByVal(pointee) = a {
            let sa = layout.size_align(types, pointee).ok()?;
            let explicit = attrs.iter().find_map(|a| match a {
                ParameterAttribute::Alignment(n) => Some(*n as u32),
                _ => None,
            });
            return Some(AbiType::ByVal {
                size: sa.alloc as u32,
                align: explicit.unwrap_or(sa.align as u32),
            });
        }
    }
    let signed = attrs
        .iter()
        .any(|a| matches!(a, ParameterAttribute::SignExt));
    abi_type_of(types, layout, ty, signed)
}
