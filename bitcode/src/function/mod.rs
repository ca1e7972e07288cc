//! Function bodies (FUNCTION_BLOCK): instructions, into `llvm-ir`'s
//! `BasicBlock`s.
//!
//! Two passes over one body. The first stores the records and works out
//! which of them define values, so that every local value has its final
//! name before any instruction refers to it: operands may refer forward
//! (PHIs, and any use in a block laid out before its definition), and the
//! names a body's symbol table gives arrive at its end. The second builds
//! the instructions from the stored records.
//!
//! Names follow `llvm-ir`: unnamed arguments, blocks and instruction
//! results are numbered in order, and an `invoke` takes a number even when
//! it returns nothing.
//!
//! | module | what |
//! |---|---|
//! | this one | the two passes, naming, operands, the verifier's facts |
//! | `instructions` | one instruction or terminator from its record |
//! | `rules` | operand types the verifier requires; opcode and predicate tables |

use crate::attributes::AttrList;
use crate::bitstream::{Cursor, Entry};
use crate::codes::block;
use crate::constants::{self, type_at};
use crate::error::{Error, Result};
use crate::metadata::FunctionMetadata;
use crate::strings::string_of;
use crate::values::Value;
use crate::verify::{Facts, Pos};
use either::Either;
use llvm_ir::types::Types;
use llvm_ir::{BasicBlock, DebugLoc, Instruction, Name, Operand, Terminator, Type, TypeRef};
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};

mod instructions;
mod rules;

use rules::expect_type;

/// Function block record codes (`FUNC_CODE_*`).
mod code {
    pub const DECLAREBLOCKS: u32 = 1;
    pub const BINOP: u32 = 2;
    pub const CAST: u32 = 3;
    pub const SELECT: u32 = 5;
    pub const EXTRACTELT: u32 = 6;
    pub const INSERTELT: u32 = 7;
    pub const SHUFFLEVEC: u32 = 8;
    pub const CMP: u32 = 9;
    pub const RET: u32 = 10;
    pub const BR: u32 = 11;
    pub const SWITCH: u32 = 12;
    pub const INVOKE: u32 = 13;
    pub const UNREACHABLE: u32 = 15;
    pub const PHI: u32 = 16;
    pub const ALLOCA: u32 = 19;
    pub const LOAD: u32 = 20;
    pub const VAARG: u32 = 23;
    pub const EXTRACTVAL: u32 = 26;
    pub const INSERTVAL: u32 = 27;
    pub const CMP2: u32 = 28;
    pub const VSELECT: u32 = 29;
    pub const INDIRECTBR: u32 = 31;
    pub const DEBUG_LOC_AGAIN: u32 = 33;
    pub const CALL: u32 = 34;
    pub const DEBUG_LOC: u32 = 35;
    pub const FENCE: u32 = 36;
    pub const RESUME: u32 = 39;
    pub const LOADATOMIC: u32 = 41;
    pub const GEP: u32 = 43;
    pub const STORE: u32 = 44;
    pub const STOREATOMIC: u32 = 45;
    pub const CMPXCHG: u32 = 46;
    pub const LANDINGPAD: u32 = 47;
    pub const OPERAND_BUNDLE: u32 = 55;
    pub const UNOP: u32 = 56;
    pub const FREEZE: u32 = 58;
    pub const ATOMICRMW: u32 = 59;
    pub const BLOCKADDR_USERS: u32 = 60;
}

/// Value symbol table record codes (`VST_CODE_*`).
const VST_ENTRY: u32 = 1;
const VST_BBENTRY: u32 = 2;

/// Call flags (`CallMarkersFlags`) in a call's calling convention field.
const CALL_TAIL: u64 = 1 << 0;
const CALL_MUSTTAIL: u64 = 1 << 14;
const CALL_EXPLICIT_TYPE: u64 = 1 << 15;
const CALL_FMF: u64 = 1 << 17;
/// An invoke's explicit-type flag.
const INVOKE_EXPLICIT_TYPE: u64 = 1 << 13;

/// What the reader knows about the module when it reads a body.
pub(crate) struct ModuleInfo<'a> {
    /// Types instructions keep asking for, looked up once (a lookup hashes
    /// its key).
    pub i1: TypeRef,
    pub i32: TypeRef,
    pub ptr: TypeRef,
    /// The type of an `alloca` in the data layout's alloca address space.
    pub alloca_ptr: TypeRef,
    pub types: &'a [TypeRef],
    pub attr_lists: &'a [AttrList],
    pub values: &'a [Value],
    pub alloca_addr_space: u32,
}

/// An instruction record kept by the first pass.
struct Stored {
    code: u32,
    /// Range of its operands in `Pass::ops`.
    start: usize,
    end: usize,
    /// The llvm-ir name of its result, if it takes one.
    name: Option<Name>,
}

/// Buffers one body's first pass fills, kept for the next body.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Every record's operands, one after another.
    flat: Vec<u64>,
    records: Vec<Stored>,
    defined: Vec<usize>,
}

/// What a function body reads to.
pub(crate) struct Body {
    /// Where its `!dbg` subprogram says the function is.
    pub debugloc: Option<DebugLoc>,
    pub parameter_names: Vec<Name>,
    pub blocks: Vec<BasicBlock>,
}

/// Reads the body of a function whose type is `fn_type` (the cursor has
/// just entered its block).
pub(crate) fn read<'d>(
    cursor: &mut Cursor<'d>,
    module: &ModuleInfo,
    types: &Types,
    metadata: &mut FunctionMetadata<'_>,
    scratch: &mut Scratch,
    fn_type: &TypeRef,
) -> Result<Body> {
    let Type::FuncType { param_types, .. } = fn_type.as_ref() else {
        return Err(Error::new("function without a function type"));
    };
    // Module values stay in the module's table; `values` holds the
    // function's own, from id `first_local` on.
    let first_local = module.values.len();
    let mut values: Vec<Value> = Vec::new();
    let Scratch {
        flat,
        records,
        defined,
    } = scratch;
    let (mut flat, mut records, mut defined) = (
        std::mem::take(flat),
        std::mem::take(records),
        std::mem::take(defined),
    );
    flat.clear();
    records.clear();
    defined.clear();
    let mut block_count = 0usize;
    let mut constants_seen = false;
    // Value ids of arguments come first; constants and results follow.
    for (i, ty) in param_types.iter().enumerate() {
        values.push(Value::Local(Name::Number(i), ty.clone()));
    }
    // `defined`: which local value ids instructions define, in order, as
    // indexes into `records`.
    let mut value_names: Vec<(u64, String)> = Vec::new();
    let mut subprogram = None;
    let mut block_labels: Vec<(u64, String)> = Vec::new();
    loop {
        let at = cursor.bit_pos();
        // An instruction's operands are read straight into `flat`; whatever
        // else a record is, they are taken off again.
        let start = flat.len();
        match cursor.next_appending(&mut flat)? {
            Entry::End => break,
            Entry::Block(block::CONSTANTS) => {
                if constants_seen || !records.is_empty() {
                    return Err(Error::at_bit(at, "constants block after instructions"));
                }
                constants_seen = true;
                cursor.enter(block::CONSTANTS)?;
                let mut cx = constants::Context {
                    types: module.types,
                    types_view: types,
                    values: module.values,
                    locals: &values,
                };
                let read = constants::read(cursor, &mut cx)?;
                values.extend(read);
            }
            Entry::Block(block::VALUE_SYMTAB) => {
                cursor.enter(block::VALUE_SYMTAB)?;
                read_symbol_table(cursor, &mut value_names, &mut block_labels)?;
            }
            Entry::Block(block::METADATA) => {
                cursor.enter(block::METADATA)?;
                metadata.read_block(cursor)?;
            }
            Entry::Block(block::METADATA_ATTACHMENT) => {
                cursor.enter(block::METADATA_ATTACHMENT)?;
                subprogram = read_attachments(cursor, metadata.dbg_kind())?.or(subprogram);
            }
            Entry::Block(_) => cursor.skip()?,
            Entry::Record { code, .. } => match code {
                code::DECLAREBLOCKS => {
                    block_count = flat.get(start).copied().unwrap_or(0) as usize;
                    flat.truncate(start);
                    if block_count == 0 || block_count > 1 << 24 {
                        return Err(Error::at_bit(at, "bad block count"));
                    }
                }
                code::OPERAND_BUNDLE | code::BLOCKADDR_USERS => flat.truncate(start),
                _ => {
                    if defines_value(code, &flat[start..], module.types)? {
                        defined.push(records.len());
                    }
                    records.push(Stored {
                        code,
                        start,
                        end: flat.len(),
                        name: None,
                    });
                }
            },
        }
    }
    let first_result = first_local + values.len();
    let Type::FuncType { result_type, .. } = fn_type.as_ref() else {
        return Err(Error::new("function without a function type"));
    };
    // Sized up front: results are counted, and every use is a field of a
    // record, so none of these grows while the blocks are built.
    values.reserve_exact(defined.len());
    let facts = Facts {
        defs: Vec::with_capacity(defined.len()),
        succs: Vec::with_capacity(block_count),
        ..Facts::default()
    };
    let mut pass = Pass {
        facts,
        pos: Cell::new((0, 0)),
        use_at: Cell::new(None),
        uses: RefCell::new(Vec::with_capacity(flat.len())),
        targets: RefCell::new(SmallVec::new()),
        ret_type: result_type.clone(),
        metadata,
        loc: None,
        module,
        types,
        values,
        first_local,
        first_result,
        inst_num: first_result as u32,
        flat,
        result_of: vec![None; defined.len()],
        block_names: Vec::with_capacity(block_count),
    };
    pass.name_everything(
        &mut records,
        &defined,
        param_types.len(),
        block_count,
        &value_names,
        &block_labels,
    )?;
    let parameter_names = (0..param_types.len())
        .map(|i| match &pass.values[i] {
            Value::Local(name, _) => name.clone(),
            _ => Name::Number(i),
        })
        .collect();
    let blocks = pass.build(&records, block_count);
    // The buffers serve the next body.
    *scratch = Scratch {
        flat: std::mem::take(&mut pass.flat),
        records,
        defined,
    };
    let blocks = blocks?;
    Ok(Body {
        debugloc: subprogram.and_then(|id| pass.metadata.declaration(id)),
        parameter_names,
        blocks,
    })
}

/// Whether an instruction record defines a value (gets a value id).
fn defines_value(code: u32, ops: &[u64], types: &[TypeRef]) -> Result<bool> {
    Ok(match code {
        code::STORE
        | code::STOREATOMIC
        | code::FENCE
        | code::RET
        | code::BR
        | code::SWITCH
        | code::INDIRECTBR
        | code::RESUME
        | code::UNREACHABLE
        | code::DEBUG_LOC
        | code::DEBUG_LOC_AGAIN => false,
        code::CALL | code::INVOKE => !returns_void(code, ops, types)?,
        _ => true,
    })
}

/// Whether a call or invoke record calls a function returning `void`.
fn returns_void(code: u32, ops: &[u64], types: &[TypeRef]) -> Result<bool> {
    let fn_type = explicit_fn_type(code, ops)?;
    match type_at(types, fn_type)?.as_ref() {
        Type::FuncType { result_type, .. } => Ok(matches!(result_type.as_ref(), Type::VoidType)),
        _ => Err(Error::new(
            "call through a type that is not a function type",
        )),
    }
}

/// The function type id of a call or invoke record.
fn explicit_fn_type(code: u32, ops: &[u64]) -> Result<u64> {
    let get = |i: usize| {
        ops.get(i)
            .copied()
            .ok_or_else(|| Error::new("call record too short"))
    };
    if code == code::CALL {
        let cc = get(1)?;
        if cc & CALL_EXPLICIT_TYPE == 0 {
            return Err(Error::new(
                "call without an explicit function type (pre-LLVM 4 bitcode)",
            ));
        }
        get(if cc & CALL_FMF != 0 { 3 } else { 2 })
    } else {
        let cc = get(1)?;
        if cc & INVOKE_EXPLICIT_TYPE == 0 {
            return Err(Error::new(
                "invoke without an explicit function type (pre-LLVM 4 bitcode)",
            ));
        }
        get(4)
    }
}

fn is_terminator(code: u32) -> bool {
    matches!(
        code,
        code::RET
            | code::BR
            | code::SWITCH
            | code::INDIRECTBR
            | code::INVOKE
            | code::RESUME
            | code::UNREACHABLE
    )
}

fn read_symbol_table(
    cursor: &mut Cursor,
    values: &mut Vec<(u64, String)>,
    blocks: &mut Vec<(u64, String)>,
) -> Result<()> {
    let mut ops = Vec::new();
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
            Entry::End => return Ok(()),
            Entry::Block(_) => cursor.skip()?,
            Entry::Record { code, .. } if code == VST_ENTRY || code == VST_BBENTRY => {
                let (&id, name) = ops
                    .split_first()
                    .ok_or_else(|| Error::at_bit(at, "empty symbol table record"))?;
                let name = string_of(name, at)?;
                if code == VST_ENTRY {
                    values.push((id, name));
                } else {
                    blocks.push((id, name));
                }
            }
            Entry::Record { .. } => {}
        }
    }
}

/// Reads METADATA_ATTACHMENT (just entered): the function's own `!dbg`.
/// Records of even length attach to the function, odd ones (led by an
/// instruction index) to instructions.
fn read_attachments(cursor: &mut Cursor, dbg: u64) -> Result<Option<u64>> {
    let mut ops = Vec::new();
    let mut subprogram = None;
    loop {
        match cursor.next(&mut ops)? {
            Entry::End => return Ok(subprogram),
            Entry::Block(_) => cursor.skip()?,
            Entry::Record { .. } if ops.len() % 2 == 0 => {
                for pair in ops.chunks_exact(2) {
                    if pair[0] == dbg {
                        subprogram = Some(pair[1]);
                    }
                }
            }
            Entry::Record { .. } => {}
        }
    }
}

/// Reads operands of one record in order.
struct Ops<'a> {
    ops: &'a [u64],
    i: usize,
}

impl Ops<'_> {
    fn next(&mut self) -> Result<u64> {
        let v = self
            .ops
            .get(self.i)
            .copied()
            .ok_or_else(|| Error::new("instruction record too short"))?;
        self.i += 1;
        Ok(v)
    }
    fn more(&self) -> bool {
        self.i < self.ops.len()
    }
    fn left(&self) -> usize {
        self.ops.len().saturating_sub(self.i)
    }
}

/// The second pass's state.
struct Pass<'a, 'm, 'd> {
    /// What the verifier needs, gathered while building.
    facts: Facts,
    /// The position of the instruction being built.
    pos: Cell<Pos>,
    /// Where the operand being read is used, when not at `pos` (a PHI's).
    use_at: Cell<Option<Pos>>,
    uses: RefCell<Vec<(u32, Pos)>>,
    /// Block ids the instruction being built refers to, in order.
    targets: RefCell<SmallVec<[u32; 2]>>,
    /// The function's return type.
    ret_type: TypeRef,
    metadata: &'a mut FunctionMetadata<'d>,
    /// The debug location of the instruction being built.
    loc: Option<DebugLoc>,
    module: &'a ModuleInfo<'m>,
    types: &'a Types,
    /// The function's values read so far (ids from `first_local` on).
    values: Vec<Value>,
    first_local: usize,
    /// The value id of the first instruction result.
    first_result: usize,
    /// The value id the next result takes.
    inst_num: u32,
    flat: Vec<u64>,
    /// Names of instruction results, by result index.
    result_of: Vec<Option<Name>>,
    block_names: Vec<Name>,
}

impl Pass<'_, '_, '_> {
    /// Numbers what the symbol table does not name, as `llvm-ir` does:
    /// arguments, then per block its label and its results in order.
    fn name_everything(
        &mut self,
        records: &mut [Stored],
        defined: &[usize],
        params: usize,
        block_count: usize,
        value_names: &[(u64, String)],
        block_labels: &[(u64, String)],
    ) -> Result<()> {
        let mut named: hashbrown::HashMap<u64, &str> = value_names
            .iter()
            .map(|(id, n)| (*id, n.as_str()))
            .collect();
        let labels: hashbrown::HashMap<u64, &str> = block_labels
            .iter()
            .map(|(id, n)| (*id, n.as_str()))
            .collect();
        let mut ctr = 0usize;
        let next_name = |given: Option<&str>, ctr: &mut usize| match given {
            Some(s) if !s.is_empty() => Name::from(s),
            _ => {
                *ctr += 1;
                Name::Number(*ctr - 1)
            }
        };
        for p in 0..params {
            let id = (self.first_local + p) as u64;
            let name = next_name(named.remove(&id), &mut ctr);
            if let Value::Local(n, _) = &mut self.values[p] {
                *n = name;
            }
        }
        let mut result_index = 0usize;
        let mut defined = defined.iter().peekable();
        let mut block = 0u64;
        let mut at_block_start = true;
        for (k, rec) in records.iter_mut().enumerate() {
            if matches!(rec.code, code::DEBUG_LOC | code::DEBUG_LOC_AGAIN) {
                continue;
            }
            if at_block_start {
                if block as usize >= block_count {
                    return Err(Error::new("more blocks than declared"));
                }
                let label = next_name(labels.get(&block).copied(), &mut ctr);
                self.block_names.push(label);
                at_block_start = false;
            }
            let defines = defined.peek().is_some_and(|&&d| d == k);
            if defines {
                defined.next();
                let id = (self.first_result + result_index) as u64;
                let name = next_name(named.remove(&id), &mut ctr);
                self.result_of[result_index] = Some(name.clone());
                rec.name = Some(name);
                result_index += 1;
            } else if rec.code == code::INVOKE {
                // `llvm-ir` names every invoke.
                rec.name = Some(next_name(None, &mut ctr));
            }
            if is_terminator(rec.code) {
                block += 1;
                at_block_start = true;
            }
        }
        if block as usize != block_count || !at_block_start {
            return Err(Error::new(format!(
                "function declares {block_count} blocks and has {block}{}",
                if at_block_start {
                    ""
                } else {
                    " and an unterminated one"
                }
            )));
        }
        Ok(())
    }

    fn ty(&self, id: u64) -> Result<TypeRef> {
        type_at(self.module.types, id)
    }

    fn block(&self, id: u64) -> Result<Name> {
        self.targets.borrow_mut().push(id as u32);
        self.block_names
            .get(id as usize)
            .cloned()
            .ok_or_else(|| Error::new(format!("branch to block {id}, which does not exist")))
    }

    /// The value with absolute id `id`; a forward reference has type `ty`.
    fn value_at(&self, id: u64, ty: Option<&TypeRef>) -> Result<Value> {
        let id = usize::try_from(id).map_err(|_| Error::new("value id out of range"))?;
        if let Some(result) = id.checked_sub(self.first_result) {
            let at = self.use_at.get().unwrap_or(self.pos.get());
            self.uses.borrow_mut().push((result as u32, at));
        }
        if id < self.inst_num as usize {
            let v = match id.checked_sub(self.first_local) {
                None => self.module.values.get(id),
                Some(local) => self.values.get(local),
            };
            return v
                .cloned()
                .ok_or_else(|| Error::new(format!("value {id} does not exist")));
        }
        let name = id
            .checked_sub(self.first_result)
            .and_then(|r| self.result_of.get(r))
            .and_then(|n| n.clone())
            .ok_or_else(|| {
                Error::new(format!(
                    "reference to value {id}, which no instruction defines"
                ))
            })?;
        let ty = ty
            .ok_or_else(|| Error::new(format!("forward reference to value {id} without a type")))?;
        Ok(Value::Local(name, ty.clone()))
    }

    /// A relative operand whose type the instruction implies.
    /// (A value read before has its own type, which must be `ty`.)
    fn value(&self, ops: &mut Ops, ty: &TypeRef) -> Result<Value> {
        let rel = ops.next()? as u32;
        let v = self.value_at(u64::from(self.inst_num.wrapping_sub(rel)), Some(ty))?;
        expect_type(&v, ty)?;
        Ok(v)
    }

    /// A relative operand, followed by its type if it is a forward
    /// reference.
    fn value_and_type(&self, ops: &mut Ops) -> Result<Value> {
        let rel = ops.next()? as u32;
        let id = self.inst_num.wrapping_sub(rel);
        if id < self.inst_num {
            self.value_at(u64::from(id), None)
        } else {
            let ty = self.ty(ops.next()?)?;
            self.value_at(u64::from(id), Some(&ty))
        }
    }

    /// The value as an operand, moving its name and type into it (an
    /// operand's type is a reference count: not cloned and dropped again).
    fn operand(v: Value) -> Result<Operand> {
        match v {
            Value::Const(c, _) => Ok(Operand::ConstantOperand(c)),
            Value::Local(name, ty) => Ok(Operand::LocalOperand { name, ty }),
            Value::InlineAsm(_) => Err(Error::new("inline assembly used as a value")),
        }
    }

    fn operand_typed(v: Value) -> Result<(Operand, TypeRef)> {
        v.into_operand()
            .ok_or_else(|| Error::new("inline assembly used as a value"))
    }

    fn op(&self, ops: &mut Ops, ty: &TypeRef) -> Result<Operand> {
        Self::operand(self.value(ops, ty)?)
    }

    fn op_typed(&self, ops: &mut Ops) -> Result<(Operand, TypeRef)> {
        Self::operand_typed(self.value_and_type(ops)?)
    }

    /// An operand that must be a pointer (what memory instructions use).
    fn address(&self, ops: &mut Ops) -> Result<Operand> {
        let v = self.value_and_type(ops)?;
        match (&v, v.ty().as_ref()) {
            (Value::InlineAsm(_), _) | (_, Type::PointerType { .. }) => Self::operand(v),
            (_, ty) => Err(Error::new(format!("address of type {ty}"))),
        }
    }

    fn build(&mut self, records: &[Stored], block_count: usize) -> Result<Vec<BasicBlock>> {
        let mut blocks = Vec::with_capacity(block_count.min(records.len()));
        let mut instrs = Vec::new();
        let mut last_loc = None;
        for (k, rec) in records.iter().enumerate() {
            if matches!(rec.code, code::DEBUG_LOC | code::DEBUG_LOC_AGAIN) {
                continue;
            }
            // A location record follows the instruction it belongs to.
            self.loc = match records.get(k + 1) {
                Some(r) if r.code == code::DEBUG_LOC => {
                    let flat = std::mem::take(&mut self.flat);
                    last_loc = self.location(&flat[r.start..r.end]);
                    self.flat = flat;
                    last_loc.clone()
                }
                Some(r) if r.code == code::DEBUG_LOC_AGAIN => last_loc.clone(),
                _ => None,
            };
            if instrs.capacity() == 0 {
                // A block's first instruction: its length is known from
                // the records, so its vector is allocated once.
                let len = records[k..]
                    .iter()
                    .take_while(|r| !is_terminator(r.code))
                    .filter(|r| !matches!(r.code, code::DEBUG_LOC | code::DEBUG_LOC_AGAIN))
                    .count();
                instrs.reserve_exact(len);
            }
            let block = blocks.len() as u32;
            self.pos.set((block, instrs.len() as u32));
            self.targets.borrow_mut().clear();
            let flat = std::mem::take(&mut self.flat);
            let mut ops = Ops {
                ops: &flat[rec.start..rec.end],
                i: 0,
            };
            let built = self.instruction(rec, &mut ops);
            self.flat = flat;
            match built.map_err(|e| e.with_suffix(format_args!("(record {})", rec.code)))? {
                Either::Left((inst, ty)) => {
                    // Pushed first and checked in place: moved once.
                    instrs.push(inst);
                    let (inst, before) = instrs.split_last().expect("just pushed");
                    let phi = matches!(inst, Instruction::Phi(_));
                    if phi
                        && before
                            .last()
                            .is_some_and(|i| !matches!(i, Instruction::Phi(_)))
                    {
                        return Err(Error::new(format!(
                            "PHI after other instructions in block {}",
                            self.block_names[blocks.len()]
                        )));
                    }
                    if phi {
                        let incoming = self.targets.borrow().clone();
                        self.facts.phis.push((block, incoming));
                    }
                    if matches!(inst, Instruction::LandingPad(_))
                        && before.iter().all(|i| matches!(i, Instruction::Phi(_)))
                    {
                        self.facts.landing_pads.push(block);
                    }
                    self.push_result(rec, ty);
                }
                Either::Right((term, ty)) => {
                    if let Some(ty) = ty {
                        self.push_result(rec, ty);
                    }
                    let targets = self.targets.borrow().clone();
                    if let (Terminator::Invoke(_), Some(&unwind)) = (&term, targets.last()) {
                        self.facts.unwind_dests.push(unwind);
                    }
                    self.facts.succs.push(targets);
                    let name = self.block_names[blocks.len()].clone();
                    blocks.push(BasicBlock {
                        name,
                        instrs: std::mem::take(&mut instrs),
                        term,
                    });
                }
            }
        }
        self.facts.uses = self.uses.take();
        let names = &self.result_of;
        let labels = &self.block_names;
        self.facts.check(
            |r| {
                names
                    .get(r as usize)
                    .and_then(|n| n.as_ref())
                    .map_or_else(|| format!("value {r}"), |n| format!("{n}"))
            },
            |b| {
                labels
                    .get(b as usize)
                    .map_or_else(|| format!("{b}"), |n| format!("{n}"))
            },
        )?;
        Ok(blocks)
    }

    /// DEBUG_LOC: [line, col, scope + 1, inlined-at + 1, implicit].
    fn location(&mut self, ops: &[u64]) -> Option<DebugLoc> {
        let (&line, &col, &scope) = (ops.first()?, ops.get(1)?, ops.get(2)?);
        self.metadata.location(line as u32, col as u32, scope)
    }

    fn push_result(&mut self, rec: &Stored, ty: Option<TypeRef>) {
        if let (Some(ty), Some(name)) = (ty, &rec.name) {
            self.facts.defs.push(self.pos.get());
            self.values.push(Value::Local(name.clone(), ty));
            self.inst_num += 1;
        }
    }

    fn dest(rec: &Stored) -> Result<Name> {
        rec.name
            .clone()
            .ok_or_else(|| Error::new("instruction result without a name"))
    }
}
