//! The type table (TYPE_BLOCK_ID_NEW): every type the module uses, by id.
//!
//! Records are collected first and resolved afterwards, because a record
//! may refer to a type defined after it (a named struct can be used before
//! its body is given). Named structs become `NamedStructType`s with their
//! definitions registered in the `TypesBuilder`, as `llvm-ir` does.

use crate::bitstream::{Cursor, Entry};
use crate::codes::ty as code;
use crate::error::{Error, Result};
use crate::strings::string_of;
use llvm_ir::types::{FPType, NamedStructDef, TypesBuilder};
use llvm_ir::TypeRef;

/// One record of the table, before resolution.
struct Raw {
    code: u32,
    ops: Vec<u64>,
    /// The name a STRUCT_NAME record gave it.
    name: Option<String>,
}

#[derive(Clone)]
enum State {
    Unresolved,
    InProgress,
    Done(TypeRef),
}

/// Reads the type block (the cursor has just entered it).
pub(crate) fn read(cursor: &mut Cursor, builder: &mut TypesBuilder) -> Result<Vec<TypeRef>> {
    let mut ops = Vec::new();
    let mut raw: Vec<Raw> = Vec::new();
    let mut name: Option<String> = None;
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => break,
            Entry::Block(_) => cursor.skip()?,
            Entry::Record { code, .. } => match code {
                code::NUMENTRY => {
                    let n = ops.first().copied().unwrap_or(0) as usize;
                    raw.reserve(n.min(1 << 16));
                }
                code::STRUCT_NAME => name = Some(string_of(&ops, at)?),
                _ => raw.push(Raw {
                    code,
                    ops: std::mem::take(&mut ops),
                    name: if matches!(code, code::STRUCT_NAMED | code::OPAQUE | code::TARGET_TYPE) {
                        name.take()
                    } else {
                        None
                    },
                }),
            },
        }
    }
    let mut resolver = Resolver {
        raw: &raw,
        state: vec![State::Unresolved; raw.len()],
        builder,
        names: hashbrown::HashSet::new(),
    };
    (0..raw.len())
        .map(|id| resolver.resolve(id as u64))
        .collect()
}

struct Resolver<'r> {
    raw: &'r [Raw],
    state: Vec<State>,
    builder: &'r mut TypesBuilder,
    /// Struct names defined so far (the builder panics on a second
    /// definition; a corrupt table may hold one).
    names: hashbrown::HashSet<String>,
}

impl Resolver<'_> {
    fn resolve(&mut self, id: u64) -> Result<TypeRef> {
        let i = usize::try_from(id)
            .ok()
            .filter(|&i| i < self.raw.len())
            .ok_or_else(|| Error::new(format!("type id {id} out of range")))?;
        match &self.state[i] {
            State::Done(t) => return Ok(t.clone()),
            State::InProgress => {
                return Err(Error::new(format!(
                    "type {id} contains itself other than through a named struct"
                )))
            }
            State::Unresolved => {}
        }
        self.state[i] = State::InProgress;
        let t = self.build(i)?;
        self.state[i] = State::Done(t.clone());
        Ok(t)
    }

    fn op(&self, i: usize, n: usize) -> Result<u64> {
        let r = &self.raw[i];
        r.ops
            .get(n)
            .copied()
            .ok_or_else(|| Error::new(format!("type record {} of type {i} is too short", r.code)))
    }

    fn build(&mut self, i: usize) -> Result<TypeRef> {
        let r = &self.raw[i];
        let b = &mut *self.builder;
        Ok(match r.code {
            code::VOID => b.void(),
            code::HALF => b.fp(FPType::Half),
            code::BFLOAT => b.fp(FPType::BFloat),
            code::FLOAT => b.fp(FPType::Single),
            code::DOUBLE => b.fp(FPType::Double),
            code::X86_FP80 => b.fp(FPType::X86_FP80),
            code::FP128 => b.fp(FPType::FP128),
            code::PPC_FP128 => b.fp(FPType::PPC_FP128),
            code::LABEL => b.label_type(),
            code::METADATA => b.metadata_type(),
            code::TOKEN => b.token_type(),
            code::X86_MMX => b.x86_mmx(),
            code::X86_AMX => b.x86_amx(),
            code::INTEGER => {
                let bits = self.op(i, 0)?;
                if !(1..=(1 << 23)).contains(&bits) {
                    return Err(Error::new(format!("bad integer width {bits}")));
                }
                self.builder.int(bits as u32)
            }
            code::OPAQUE_POINTER | code::POINTER => {
                // A typed pointer (old bitcode) is a pointer all the same.
                let space = if r.code == code::POINTER {
                    self.op(i, 1).unwrap_or(0)
                } else {
                    self.op(i, 0).unwrap_or(0)
                };
                let space = u32::try_from(space).map_err(|_| Error::new("bad address space"))?;
                self.builder.pointer_in_addr_space(space)
            }
            code::ARRAY | code::VECTOR => {
                let n =
                    usize::try_from(self.op(i, 0)?).map_err(|_| Error::new("array too long"))?;
                let element = self.resolve(self.op(i, 1)?)?;
                if r.code == code::ARRAY {
                    self.builder.array_of(element, n)
                } else {
                    let scalable = r.ops.get(2).is_some_and(|&s| s != 0);
                    self.builder.vector_of(element, n, scalable)
                }
            }
            code::FUNCTION => {
                let var_arg = self.op(i, 0)? != 0;
                let result = self.resolve(self.op(i, 1)?)?;
                let params = r.ops[2..]
                    .iter()
                    .map(|&p| self.resolve(p))
                    .collect::<Result<Vec<_>>>()?;
                self.builder.func_type(result, params, var_arg)
            }
            code::STRUCT_ANON => self.literal_struct(i)?,
            code::STRUCT_NAMED | code::OPAQUE => match r.name.clone().filter(|n| !n.is_empty()) {
                Some(name) => {
                    if !self.names.insert(name.clone()) {
                        return Err(Error::new(format!("struct %{name} is defined twice")));
                    }
                    let named = self.builder.named_struct(name.clone());
                    // Registered before the body, so that the body may
                    // refer to the struct.
                    self.state[i] = State::Done(named.clone());
                    let def = if r.code == code::OPAQUE {
                        NamedStructDef::Opaque
                    } else {
                        NamedStructDef::Defined(self.literal_struct(i)?)
                    };
                    self.builder.add_named_struct_def(name, def);
                    named
                }
                // `llvm-ir` reads a struct without a name as a literal one.
                None if r.code == code::OPAQUE => self.builder.struct_of(Vec::new(), false),
                None => self.literal_struct(i)?,
            },
            code::TARGET_TYPE => self.builder.target_ext_type(),
            other => return Err(Error::new(format!("unknown type record {other}"))),
        })
    }

    fn literal_struct(&mut self, i: usize) -> Result<TypeRef> {
        let packed = self.op(i, 0)? != 0;
        let elements = self.raw[i].ops[1..]
            .iter()
            .map(|&e| self.resolve(e))
            .collect::<Result<Vec<_>>>()?;
        Ok(self.builder.struct_of(elements, packed))
    }
}
