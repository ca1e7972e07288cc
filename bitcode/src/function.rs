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

use crate::attributes::AttrList;
use crate::bitstream::{Cursor, Entry};
use crate::codes::block;
use crate::constants::{self, sign_rotated, type_at};
use crate::error::{Error, Result};
use crate::metadata::FunctionMetadata;
use crate::strings::string_of;
use crate::values::Value;
use crate::verify::{Facts, Pos, END_OF_BLOCK};
use either::Either;
use llvm_ir::function::{CallingConvention, ParameterAttribute};
use llvm_ir::instruction::{
    self as i, Atomicity, InlineAssembly, LandingPadClause, MemoryOrdering, RMWBinOp,
    SynchronizationScope,
};
use llvm_ir::terminator as t;
use llvm_ir::types::{NamedStructDef, Types};
use llvm_ir::{
    BasicBlock, Constant, ConstantRef, DebugLoc, FPPredicate, Instruction, IntPredicate, Name,
    Operand, Terminator, Type, TypeRef,
};
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};

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
    ops: Vec<u64>,
    flat: Vec<u64>,
    records: Vec<Stored>,
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
    let Scratch { ops, flat, records } = scratch;
    let (mut ops, mut flat, mut records) = (
        std::mem::take(ops),
        std::mem::take(flat),
        std::mem::take(records),
    );
    flat.clear();
    records.clear();
    let mut block_count = 0usize;
    let mut constants_seen = false;
    // Value ids of arguments come first; constants and results follow.
    for (i, ty) in param_types.iter().enumerate() {
        values.push(Value::Local(Name::Number(i), ty.clone()));
    }
    // Which local value ids instructions define, in order, as indexes
    // into `records`.
    let mut defined: Vec<usize> = Vec::new();
    let mut value_names: Vec<(u64, String)> = Vec::new();
    let mut subprogram = None;
    let mut block_labels: Vec<(u64, String)> = Vec::new();
    loop {
        let at = cursor.bit_pos();
        match cursor.next(&mut ops)? {
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
                    block_count = ops.first().copied().unwrap_or(0) as usize;
                    if block_count == 0 || block_count > 1 << 24 {
                        return Err(Error::at_bit(at, "bad block count"));
                    }
                }
                code::OPERAND_BUNDLE | code::BLOCKADDR_USERS => {}
                _ => {
                    let start = flat.len();
                    flat.extend_from_slice(&ops);
                    if defines_value(code, &ops, module.types)? {
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
    let mut pass = Pass {
        facts: Facts::default(),
        pos: Cell::new((0, 0)),
        use_at: Cell::new(None),
        uses: RefCell::new(Vec::new()),
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
        block_names: Vec::new(),
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
        ops,
        flat: std::mem::take(&mut pass.flat),
        records,
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

    fn operand(v: Value) -> Result<Operand> {
        Self::operand_typed(v).map(|(op, _)| op)
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
        let (op, ty) = self.op_typed(ops)?;
        match ty.as_ref() {
            Type::PointerType { .. } => Ok(op),
            _ => Err(Error::new(format!("address of type {ty}"))),
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
            match built.map_err(|e| Error {
                message: format!("{} (record {})", e.message, rec.code),
                ..e
            })? {
                Either::Left((inst, ty)) => {
                    let phi = matches!(inst, Instruction::Phi(_));
                    if phi
                        && instrs
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
                        && instrs.iter().all(|i| matches!(i, Instruction::Phi(_)))
                    {
                        self.facts.landing_pads.push(block);
                    }
                    instrs.push(inst);
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

    /// One instruction (and its result type) or terminator.
    #[allow(clippy::type_complexity)]
    fn instruction(
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

    fn attr_list(&self, index: u64) -> Result<AttrList> {
        match index {
            0 => Ok(AttrList::default()),
            n => self
                .module
                .attr_lists
                .get(n as usize - 1)
                .cloned()
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
        let (function, arguments, result_type) = self.callee_and_arguments(ops, &fn_ty, &attrs)?;
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
        let (function, arguments, result_type) = self.callee_and_arguments(ops, &fn_ty, &attrs)?;
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

/// A value read before must have the type its use implies.
fn expect_type(v: &Value, ty: &TypeRef) -> Result<()> {
    same_type(v.ty(), ty, "operand")
}

fn same_type(actual: &TypeRef, expected: &TypeRef, what: &str) -> Result<()> {
    if actual == expected {
        Ok(())
    } else {
        Err(Error::new(format!(
            "{what} of type {actual} where {expected} is expected"
        )))
    }
}

/// The scalar type of `ty` and its vector length (`None` for a scalar).
fn scalar(ty: &TypeRef) -> (&TypeRef, Option<usize>) {
    match ty.as_ref() {
        Type::VectorType {
            element_type,
            num_elements,
            ..
        } => (element_type, Some(*num_elements)),
        _ => (ty, None),
    }
}

fn int_bits(ty: &TypeRef) -> Option<u32> {
    match ty.as_ref() {
        Type::IntegerType { bits } => Some(*bits),
        _ => None,
    }
}

fn fp_bits(ty: &TypeRef) -> Option<u32> {
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
fn check_cast(opcode: u64, from: &TypeRef, to: &TypeRef) -> Result<()> {
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

fn is_fp(ty: &TypeRef) -> bool {
    match ty.as_ref() {
        Type::FPType(_) => true,
        Type::VectorType { element_type, .. } => matches!(element_type.as_ref(), Type::FPType(_)),
        _ => false,
    }
}

fn element_of(ty: &TypeRef) -> Result<TypeRef> {
    match ty.as_ref() {
        Type::VectorType { element_type, .. } => Ok(element_type.clone()),
        _ => Err(Error::new(
            "vector operation on a value that is not a vector",
        )),
    }
}

fn alignment(log2_plus_one: u64) -> Result<u32> {
    match log2_plus_one {
        0 => Ok(0),
        1..=33 => Ok(1u64
            .checked_shl(log2_plus_one as u32 - 1)
            .and_then(|a| u32::try_from(a).ok())
            .unwrap_or(0)),
        _ => Err(Error::new("alignment too large")),
    }
}

fn binop(
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

fn cast(
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

fn int_predicate(p: u64) -> Result<IntPredicate> {
    use IntPredicate::*;
    const TABLE: [IntPredicate; 10] = [EQ, NE, UGT, UGE, ULT, ULE, SGT, SGE, SLT, SLE];
    p.checked_sub(32)
        .and_then(|i| TABLE.get(i as usize).copied())
        .ok_or_else(|| Error::new(format!("integer comparison predicate {p}")))
}

fn fp_predicate(p: u64) -> Result<FPPredicate> {
    use FPPredicate::*;
    const TABLE: [FPPredicate; 16] = [
        False, OEQ, OGT, OGE, OLT, OLE, ONE, ORD, UNO, UEQ, UGT, UGE, ULT, ULE, UNE, True,
    ];
    TABLE
        .get(p as usize)
        .copied()
        .ok_or_else(|| Error::new(format!("floating-point comparison predicate {p}")))
}

fn ordering(code: u64) -> Result<MemoryOrdering> {
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
fn atomicity(order: u64, scope: u64) -> Result<Atomicity> {
    Ok(Atomicity {
        synch_scope: if scope == 0 {
            SynchronizationScope::SingleThread
        } else {
            SynchronizationScope::System
        },
        mem_ordering: ordering(order)?,
    })
}

fn rmw_op(code: u64) -> Result<RMWBinOp> {
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
