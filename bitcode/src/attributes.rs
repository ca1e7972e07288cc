//! Attribute groups (PARAMATTR_GROUP) and the attribute lists made of them
//! (PARAMATTR), converted to `llvm-ir`'s attribute types.
//!
//! `llvm-ir` knows attributes by name and maps those it does not list to
//! `UnknownAttribute` (`UnknownTypeAttribute` for type attributes); the
//! tables here map bitcode attribute codes the same way, so that a module
//! reads the same as through LLVM. Function-position and parameter-position
//! attributes are looked up in separate tables, as `llvm-ir` does.

use crate::bitstream::{Cursor, Entry};
use crate::codes::attr as code;
use crate::error::{Error, Result};
use llvm_ir::function::{
    FunctionAttribute as FnAttr, MemoryEffect, ParameterAttribute as ParamAttr,
};
use llvm_ir::TypeRef;

/// The attributes of a function, a call site, or a declaration.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct AttrList {
    pub function: Vec<FnAttr>,
    pub ret: Vec<ParamAttr>,
    /// By parameter number (0 for the first parameter).
    pub params: Vec<Vec<ParamAttr>>,
}

impl AttrList {
    pub(crate) fn param(&self, i: usize) -> Vec<ParamAttr> {
        self.params.get(i).cloned().unwrap_or_default()
    }
}

/// The attributes of one group, for the position it applies to.
#[derive(Clone, Debug)]
enum Group {
    Function(Vec<FnAttr>),
    Return(Vec<ParamAttr>),
    Param(usize, Vec<ParamAttr>),
}

/// Parameter positions past this are rejected: lists are indexed by
/// position, and a corrupt index must not size one.
const MAX_PARAMS: u64 = 1 << 16;

/// The index of the function position in a group record.
const FUNCTION_INDEX: u64 = 0xFFFF_FFFF;

/// Groups by id, as PARAMATTR_GROUP lists them.
#[derive(Default)]
pub(crate) struct Groups {
    by_id: hashbrown::HashMap<u64, Group>,
}

/// Reads PARAMATTR_GROUP (the cursor has just entered it).
pub(crate) fn read_groups(cursor: &mut Cursor, types: &[TypeRef]) -> Result<Groups> {
    let mut ops = Vec::new();
    let mut groups = Groups::default();
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => return Ok(groups),
            Entry::Block(_) => cursor.skip()?,
            Entry::Record {
                code: code::GRP_ENTRY,
                ..
            } => {
                let group = read_group(&ops, types).map_err(|e| e.at(at))?;
                groups.by_id.insert(ops[0], group);
            }
            Entry::Record { .. } => {}
        }
    }
}

/// Reads PARAMATTR (the cursor has just entered it): the attribute lists
/// functions and calls refer to by index.
pub(crate) fn read_lists(cursor: &mut Cursor, groups: &Groups) -> Result<Vec<AttrList>> {
    let mut ops = Vec::new();
    let mut lists = Vec::new();
    loop {
        match cursor.next(&mut ops)? {
            Entry::End => return Ok(lists),
            Entry::Block(_) => cursor.skip()?,
            Entry::Record {
                code: code::ENTRY, ..
            } => {
                let mut list = AttrList::default();
                for id in &ops {
                    let group = groups
                        .by_id
                        .get(id)
                        .ok_or_else(|| Error::new(format!("unknown attribute group {id}")))?;
                    match group {
                        Group::Function(a) => list.function.extend(a.iter().cloned()),
                        Group::Return(a) => list.ret.extend(a.iter().cloned()),
                        Group::Param(i, a) => {
                            if list.params.len() <= *i {
                                list.params.resize(i + 1, Vec::new());
                            }
                            list.params[*i].extend(a.iter().cloned());
                        }
                    }
                }
                lists.push(list);
            }
            Entry::Record { .. } => {}
        }
    }
}

/// One attribute as the group record spells it.
enum Raw {
    Enum(u64),
    Int(u64, u64),
    Str(String, String),
    Type(u64, Option<TypeRef>),
    /// A constant range or a list of them: `llvm-ir` has no variant.
    Range,
}

fn read_group(ops: &[u64], types: &[TypeRef]) -> Result<Group> {
    let bad = || Error::new("malformed attribute group");
    if ops.len() < 2 {
        return Err(bad());
    }
    let index = ops[1];
    let mut raws = Vec::new();
    let mut i = 2;
    let next = |i: &mut usize| -> Result<u64> {
        let v = ops.get(*i).copied().ok_or_else(bad)?;
        *i += 1;
        Ok(v)
    };
    while i < ops.len() {
        let kind = next(&mut i)?;
        let raw = match kind {
            0 => Raw::Enum(next(&mut i)?),
            1 => Raw::Int(next(&mut i)?, next(&mut i)?),
            3 | 4 => {
                let key = c_string(ops, &mut i).ok_or_else(bad)?;
                let value = if kind == 4 {
                    c_string(ops, &mut i).ok_or_else(bad)?
                } else {
                    String::new()
                };
                Raw::Str(key, value)
            }
            5 | 6 => {
                let attr = next(&mut i)?;
                let ty = if kind == 6 {
                    let id = next(&mut i)?;
                    Some(
                        types
                            .get(id as usize)
                            .cloned()
                            .ok_or_else(|| Error::new(format!("type id {id} out of range")))?,
                    )
                } else {
                    None
                };
                Raw::Type(attr, ty)
            }
            7 => {
                next(&mut i)?;
                let width = next(&mut i)?;
                skip_range(ops, &mut i, width).ok_or_else(bad)?;
                Raw::Range
            }
            8 => {
                next(&mut i)?;
                let count = next(&mut i)?;
                let width = next(&mut i)?;
                for _ in 0..count {
                    skip_range(ops, &mut i, width).ok_or_else(bad)?;
                }
                Raw::Range
            }
            _ => return Err(bad()),
        };
        raws.push(raw);
    }
    Ok(match index {
        FUNCTION_INDEX => Group::Function(raws.into_iter().map(function_attr).collect()),
        0 => Group::Return(raws.into_iter().map(param_attr).collect::<Result<_>>()?),
        n if n > MAX_PARAMS => return Err(Error::new(format!("attributes for parameter {n}"))),
        n => Group::Param(
            n as usize - 1,
            raws.into_iter().map(param_attr).collect::<Result<_>>()?,
        ),
    })
}

/// A NUL-terminated string of characters, one per operand.
fn c_string(ops: &[u64], i: &mut usize) -> Option<String> {
    let end = *i + ops.get(*i..)?.iter().position(|&c| c == 0)?;
    let bytes: Vec<u8> = ops[*i..end].iter().map(|&c| c as u8).collect();
    *i = end + 1;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Skips a constant range: two signed numbers up to 64 bits wide, else a
/// word count pair and that many words for each bound.
fn skip_range(ops: &[u64], i: &mut usize, width: u64) -> Option<()> {
    let n = if width > 64 {
        let words = *ops.get(*i)?;
        *i += 1;
        (words & 0xFFFF_FFFF) as usize + (words >> 32) as usize
    } else {
        2
    };
    *i = i.checked_add(n).filter(|&end| end <= ops.len())?;
    Some(())
}

fn memory_effect(bits: u64) -> MemoryEffect {
    match bits & 3 {
        0 => MemoryEffect::None,
        1 => MemoryEffect::Read,
        2 => MemoryEffect::Write,
        _ => MemoryEffect::ReadWrite,
    }
}

/// A function-position attribute, as `llvm-ir` names it.
fn function_attr(raw: Raw) -> FnAttr {
    let (kind, value) = match raw {
        Raw::Enum(k) => (k, 0),
        Raw::Int(k, v) => (k, v),
        Raw::Str(kind, value) => return FnAttr::StringAttribute { kind, value },
        Raw::Type(..) | Raw::Range => return FnAttr::UnknownAttribute,
    };
    match kind {
        25 => FnAttr::AlignStack(value),
        51 => FnAttr::AllocSize {
            elt_size: (value >> 32) as u32,
            num_elts: match value as u32 {
                u32::MAX => None,
                n => Some(n),
            },
        },
        2 => FnAttr::AlwaysInline,
        35 => FnAttr::Builtin,
        36 => FnAttr::Cold,
        43 => FnAttr::Convergent,
        4 => FnAttr::InlineHint,
        40 => FnAttr::JumpTable,
        6 => FnAttr::MinimizeSize,
        7 => FnAttr::Naked,
        10 => FnAttr::NoBuiltin,
        56 => FnAttr::NoCFCheck,
        12 => FnAttr::NoDuplicate,
        62 => FnAttr::NoFree,
        13 => FnAttr::NoImplicitFloat,
        14 => FnAttr::NoInline,
        66 => FnAttr::NoMerge,
        15 => FnAttr::NonLazyBind,
        16 => FnAttr::NoRedZone,
        17 => FnAttr::NoReturn,
        48 => FnAttr::NoRecurse,
        61 => FnAttr::WillReturn,
        23 => FnAttr::ReturnsTwice,
        63 => FnAttr::NoSync,
        18 => FnAttr::NoUnwind,
        67 => FnAttr::NullPointerIsValid,
        57 => FnAttr::OptForFuzzing,
        37 => FnAttr::OptNone,
        19 => FnAttr::OptSize,
        20 => FnAttr::ReadNone,
        21 => FnAttr::ReadOnly,
        52 => FnAttr::WriteOnly,
        44 => FnAttr::SafeStack,
        30 => FnAttr::SanitizeAddress,
        32 => FnAttr::SanitizeMemory,
        31 => FnAttr::SanitizeThread,
        55 => FnAttr::SanitizeHWAddress,
        64 => FnAttr::SanitizeMemTag,
        58 => FnAttr::ShadowCallStack,
        59 => FnAttr::SpeculativeLoadHardening,
        53 => FnAttr::Speculatable,
        26 => FnAttr::StackProtect,
        27 => FnAttr::StackProtectReq,
        28 => FnAttr::StackProtectStrong,
        54 => FnAttr::StrictFP,
        33 => FnAttr::UWTable,
        86 => FnAttr::Memory {
            argmem: memory_effect(value),
            inaccessible_mem: memory_effect(value >> 2),
            default: memory_effect(value >> 4),
        },
        _ => FnAttr::UnknownAttribute,
    }
}

/// A parameter- or return-position attribute, as `llvm-ir` names it.
fn param_attr(raw: Raw) -> Result<ParamAttr> {
    let (kind, value) = match raw {
        Raw::Enum(k) => (k, 0),
        Raw::Int(k, v) => (k, v),
        Raw::Str(kind, value) => return Ok(ParamAttr::StringAttribute { kind, value }),
        Raw::Range => return Ok(ParamAttr::UnknownAttribute),
        Raw::Type(kind, ty) => {
            let ty = ty.ok_or_else(|| Error::new("type attribute without a type"))?;
            return Ok(match kind {
                3 => ParamAttr::ByVal(ty),
                65 => ParamAttr::Preallocated(ty),
                38 => ParamAttr::InAlloca(ty),
                29 => ParamAttr::SRet(ty),
                _ => ParamAttr::UnknownTypeAttribute(ty),
            });
        }
    };
    Ok(match kind {
        34 => ParamAttr::ZeroExt,
        24 => ParamAttr::SignExt,
        5 => ParamAttr::InReg,
        1 => ParamAttr::Alignment(value),
        9 => ParamAttr::NoAlias,
        11 => ParamAttr::NoCapture,
        62 => ParamAttr::NoFree,
        8 => ParamAttr::Nest,
        22 => ParamAttr::Returned,
        39 => ParamAttr::NonNull,
        41 => ParamAttr::Dereferenceable(value),
        42 => ParamAttr::DereferenceableOrNull(value),
        46 => ParamAttr::SwiftSelf,
        47 => ParamAttr::SwiftError,
        60 => ParamAttr::ImmArg,
        68 => ParamAttr::NoUndef,
        _ => ParamAttr::UnknownAttribute,
    })
}
