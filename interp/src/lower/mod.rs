//! Lowering: one LLVM function (as `llvm-ir` data) to register bytecode.
//!
//! The driver here assigns frame slots (parameters, then every SSA value,
//! then constants), lays blocks out in IR order, and delegates each
//! instruction family to its own file:
//!
//! | file | instructions |
//! |---|---|
//! | `arith.rs` | integer and float arithmetic, compares, casts, select, freeze |
//! | `memory.rs` | load, store, getelementptr, alloca, atomics |
//! | `control.rs` | br, condbr (with compare fusion), switch, ret, unreachable, phi moves |
//! | `call.rs` | direct, indirect and native calls |
//! | `intrinsics.rs` | the intrinsic table |
//! | `aggregate.rs` | extractvalue/insertvalue and vector instructions |
//! | `support.rs` | what is supported, shared with the load-time validator |
//! | `names.rs` | tables keyed by local names (dense for numbered values) |
//!
//! Constant slots are numbered in their own space while lowering and
//! relocated to the end of the frame once the frame size is known.

mod aggregate;
mod arith;
mod call;
mod control;
mod eh;
mod hoist;
pub(crate) mod intrinsics;
mod lanes;
mod memory;
mod names;
mod peephole;
mod phi;
mod slots;
pub(crate) mod support;

use crate::bytecode::{Inst, Slot, SwitchTable, Target};
use crate::code::{Callee, Code, Helper, IndirectSite};
use crate::consts::ConstEval;
use crate::error::LowerError;
use crate::layout::DataLayout;
use crate::module::{Body, FuncRef, LoadedModule};
use crate::signature::slots_of;
use hashbrown::HashMap;
use llvm_ir::types::{Typed, Types};
use llvm_ir::{Constant, Function, Instruction, Name, Operand, Terminator, Type, TypeRef};
use names::NameMap;
use std::sync::{Arc, Weak};
pub(crate) use support::ValTy;

/// What GEPs folded onto an earlier sibling share: address, source
/// element type, and the indices up to the last variable one.
type SiblingKey<'m> = (&'m Operand, &'m TypeRef, &'m [Operand]);

/// How many recent GEP shapes of a block are searched for a sibling.
const MAX_SIBLING_SHAPES: usize = 16;

/// How lowering came to call a native function: a call in the IR, or an
/// intrinsic implemented by the C library. Each has its own callee entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NativeVia {
    Call,
    Intrinsic,
}

/// What makes two native callees of a function the same entry.
#[derive(PartialEq, Eq, Hash)]
struct NativeKey {
    via: NativeVia,
    name: String,
    sig: crate::host::NativeSig,
}

/// Constant slots carry this bit until relocation.
const CONST_TAG: u32 = 1 << 31;

type LResult<T> = Result<T, String>;

/// Lowers function `index` of `module`.
pub fn lower_function(module: &Arc<LoadedModule>, index: usize) -> Result<Code, LowerError> {
    let body = module.body(index)?;
    crate::load::quietly(|| lower_unguarded(module, &body, index)).unwrap_or_else(|panic| {
        Err(LowerError::new(
            &body.func().name,
            format!("internal error while lowering ({panic})"),
        ))
    })
}

fn lower_unguarded(
    module: &Arc<LoadedModule>,
    body: &Body<'_>,
    index: usize,
) -> Result<Code, LowerError> {
    let func = body.func();
    let mut l = FnLowerer::new(module, func, body.types(), index);
    let result = l.run();
    match result {
        Ok(()) => l.finish().map_err(|what| LowerError::new(&func.name, what)),
        Err(what) => Err(LowerError {
            function: func.name.clone(),
            location: support::ir_location_at(func, l.cur_pos).map(Box::new),
            what,
        }),
    }
}

/// A switch table waiting for block addresses: (table index, cases,
/// default block).
type SwitchFixup = (u32, Vec<(u64, Name)>, Name);

/// Per-function lowering state.
pub(crate) struct FnLowerer<'m> {
    pub m: &'m Arc<LoadedModule>,
    pub types: &'m Types,
    pub layout: &'m DataLayout,
    pub func: &'m Function,
    /// Index of `func` among the module's functions.
    pub func_index: usize,
    pub insts: Vec<Inst>,
    /// See `Code::ir_pos`.
    ir_pos: Vec<u32>,
    /// Ordinal of the IR instruction being lowered (see
    /// `support::ir_location_at`).
    cur_pos: u32,
    /// Slot of every SSA value (parameters and instruction results).
    values: NameMap<Slot>,
    next_slot: u32,
    param_slots: u32,
    consts: Vec<u64>,
    const_dedup: HashMap<u64, Slot>,
    /// Where each block starts, and branches waiting for it.
    block_start: NameMap<u32>,
    fixups: Vec<(usize, Name)>,
    /// Switch tables whose targets are block names until `finish`.
    switch_fixups: Vec<SwitchFixup>,
    pub arg_pool: Vec<u32>,
    pub interp_callees: Vec<FuncRef>,
    pub callees: Vec<Callee>,
    native_index: HashMap<NativeKey, u32>,
    /// Interpreted callees by their definition's address (functions of
    /// other modules included).
    interp_index: HashMap<*const crate::module::FunctionDef, u32>,
    pub helpers: Vec<Helper>,
    pub switches: Vec<SwitchTable>,
    pub indirect_sites: Vec<IndirectSite>,
    pub shuffle_masks: Vec<Box<[i32]>>,
    pub trap_messages: Vec<String>,
    pub static_frame_size: u64,
    pub static_frame_align: u64,
    /// How often each SSA name is used.
    use_counts: NameMap<u32>,
    /// `getelementptr`s with constant offsets folded into their users:
    /// name -> (base operand slot, byte offset).
    pub folded_addr: NameMap<(Slot, i64)>,
    /// For a variadic function, the hidden slot holding its `va_list`
    /// template's address.
    pub va_slot: Option<Slot>,
    /// Exception handlers whose targets are block names until `finish`:
    /// (call instruction, label, landing pad).
    pub handler_fixups: Vec<(u32, Name, u32)>,
    pub landing_pads: Vec<crate::code::LandingPad>,
    /// Landing pad of each landing block already described.
    pub pad_of_block: NameMap<u32>,
    /// See `Code::type_ids`.
    pub type_ids: Vec<u64>,
    /// See `Code::external_tls`.
    pub external_tls: Vec<String>,
    /// Whether the instruction being lowered is a call whose result (or
    /// nothing, for void) the block then returns: a tail call candidate.
    pub tail_position: bool,
    /// Compares lowered as part of the block's conditional branch, with
    /// their operands.
    fused_compares: NameMap<[&'m Operand; 2]>,
    /// Edge blocks (label, destination, PHI moves) placed after the last
    /// block (see `control::defer_edge_block`).
    pub deferred_edges: Vec<(Name, Name, phi::Moves)>,
    /// Edge block labels handed out so far.
    pub edge_labels: u32,
    /// Index of the first instruction of the block being lowered.
    block_begin: usize,
    /// Position of each block in the function.
    pub block_index: NameMap<usize, &'m Name>,
    /// How many local names the function numbers (parameters, blocks and
    /// results, numbered from 0): the size of its name tables.
    pub name_count: usize,
    /// Results that are plain copies of another value (see
    /// `arith::plain_copy`), with the value they stand for (never itself a
    /// copy): they share its slots and emit nothing.
    copies: HashMap<Name, Name>,
    /// GEPs whose loop-invariant prefix a preheader computes (`hoist`).
    hoisted: hoist::HoistPlan,
}

impl<'m> FnLowerer<'m> {
    fn new(
        m: &'m Arc<LoadedModule>,
        func: &'m Function,
        types: &'m Types,
        func_index: usize,
    ) -> Self {
        // Sized from the start: growing these was a good part of lowering.
        let instructions = crate::parallel::instructions(func);
        let names = instructions + func.parameters.len();
        FnLowerer {
            m,
            types,
            layout: &m.layout,
            func,
            func_index,
            insts: Vec::with_capacity(instructions * 2),
            ir_pos: Vec::with_capacity(instructions * 2),
            cur_pos: 0,
            values: NameMap::new(),
            next_slot: 0,
            param_slots: 0,
            consts: Vec::new(),
            const_dedup: HashMap::new(),
            block_start: NameMap::with_capacity(instructions),
            fixups: Vec::new(),
            switch_fixups: Vec::new(),
            arg_pool: Vec::new(),
            interp_callees: Vec::new(),
            callees: Vec::new(),
            native_index: HashMap::new(),
            interp_index: HashMap::new(),
            helpers: Vec::new(),
            switches: Vec::new(),
            indirect_sites: Vec::new(),
            shuffle_masks: Vec::new(),
            trap_messages: Vec::new(),
            static_frame_size: 0,
            static_frame_align: 16,
            use_counts: NameMap::new(),
            folded_addr: NameMap::sized_for(names),
            fused_compares: NameMap::sized_for(names),
            deferred_edges: Vec::new(),
            edge_labels: 0,
            block_begin: 0,
            block_index: block_index(func, names),
            name_count: names,
            copies: HashMap::new(),
            hoisted: hoist::HoistPlan::default(),
            va_slot: None,
            tail_position: false,
            handler_fixups: Vec::new(),
            landing_pads: Vec::new(),
            pad_of_block: NameMap::sized_for(names),
            type_ids: Vec::new(),
            external_tls: Vec::new(),
        }
    }

    // ------------------------------------------------------------------
    // Types and slots
    // ------------------------------------------------------------------

    /// Constant evaluation with this body's types.
    pub fn const_eval(&self) -> ConstEval<'m> {
        ConstEval::with_types(self.m, self.types)
    }

    pub fn type_of_operand(&self, op: &Operand) -> TypeRef {
        op.get_type(self.types)
    }

    pub fn classify(&self, ty: &Type) -> LResult<ValTy> {
        support::classify(self.types, self.layout, ty)
    }

    /// `classify(type_of_operand(op))`, without a new type reference.
    pub fn classify_operand(&self, op: &Operand) -> LResult<ValTy> {
        support::classify_operand(self.types, self.layout, op)
    }

    pub fn slots_for(&self, ty: &Type) -> LResult<u32> {
        slots_of(self.types, self.layout, ty).ok_or_else(|| format!("values of type {ty}"))
    }

    /// A fresh slot range of `n` slots for a temporary.
    pub fn temp(&mut self, n: u32) -> Slot {
        let s = Slot(self.next_slot);
        self.next_slot += n.max(1);
        s
    }

    /// The slot of an SSA result.
    pub fn dest(&self, name: &Name) -> LResult<Slot> {
        self.values
            .get(name)
            .copied()
            .ok_or_else(|| format!("no slot for %{name}"))
    }

    /// The slot holding operand `op` (a value or a materialised constant).
    pub fn operand(&mut self, op: &Operand) -> LResult<Slot> {
        match op {
            Operand::LocalOperand { name, .. } => {
                if let Some((base, off)) = self.folded_addr.get(name).copied() {
                    // A folded address used as a value after all (e.g. by a
                    // call): materialise it here.
                    let dst = self.temp(1);
                    self.emit_add_offset(dst, base, off);
                    return Ok(dst);
                }
                self.dest(name)
            }
            Operand::ConstantOperand(c) => self.constant(c),
            Operand::MetadataOperand => Err("metadata used as a value".into()),
        }
    }

    /// A constant's slot(s), deduplicating single-slot constants. The
    /// address of a thread-local global is not a constant: it is computed
    /// for the running thread.
    pub fn constant(&mut self, c: &Constant) -> LResult<Slot> {
        if let Some(word) = crate::consts::scalar_word(c) {
            return Ok(self.const_words(&[word]));
        }
        if let Some(s) = self.thread_local_address(c)? {
            return Ok(s);
        }
        let ty = c.get_type(self.types);
        let size = self
            .layout
            .alloc_size(self.types, &ty)
            .or_else(|_| self.layout.store_size(self.types, &ty))
            .map_err(|e| e.to_string())?;
        let mut bytes = vec![0u8; (size.div_ceil(8) * 8).max(8) as usize];
        let store = self
            .layout
            .store_size(self.types, &ty)
            .map_err(|e| e.to_string())? as usize;
        self.const_eval()
            .write(c, &ty, &mut bytes[..store])
            .map_err(|e| e.to_string())?;
        let words: Vec<u64> = bytes
            .chunks_exact(8)
            .map(|w| u64::from_le_bytes(w.try_into().unwrap_or([0; 8])))
            .collect();
        Ok(self.const_words(&words))
    }

    /// A slot holding this thread's address of the thread-local global `c`
    /// refers to (possibly at a constant offset), if it is one.
    pub fn thread_local_address(&mut self, c: &Constant) -> LResult<Option<Slot>> {
        let (name, offset) = match c {
            Constant::GlobalReference { name, .. } => (name, 0i64),
            Constant::GetElementPtr(g) => match g.address.as_ref() {
                Constant::GlobalReference { name, .. }
                    if matches!(
                        self.m.symbol(name),
                        Some(
                            crate::module::Symbol::ThreadLocal(_)
                                | crate::module::Symbol::ExternalThreadLocal
                        )
                    ) =>
                {
                    // The same GEP on address 0 gives the offset.
                    let zero = llvm_ir::ConstantRef::new(Constant::Null(self.types.pointer()));
                    let mut g0 = g.clone();
                    g0.address = zero;
                    let off = self
                        .const_eval()
                        .scalar(&Constant::GetElementPtr(g0))
                        .map_err(|e| e.to_string())?;
                    (name, off as i64)
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let dst = match self.m.symbol(name) {
            Some(crate::module::Symbol::ThreadLocal(off)) => {
                let dst = self.temp(1);
                let off = u32::try_from(off).map_err(|_| "thread-local block too large")?;
                self.emit(Inst::TlsAddress { dst, off });
                dst
            }
            Some(crate::module::Symbol::ExternalThreadLocal) => {
                let dst = self.temp(1);
                let index = self.external_tls.len() as u32;
                self.external_tls.push(crate::module::name_str(name));
                self.emit(Inst::ExternalTls { dst, index });
                dst
            }
            _ => return Ok(None),
        };
        if offset != 0 {
            self.emit_add_offset(dst, dst, offset);
        }
        Ok(Some(dst))
    }

    /// Slot of a constant 64-bit word.
    pub fn const_u64(&mut self, v: u64) -> Slot {
        self.const_words(&[v])
    }

    fn const_words(&mut self, words: &[u64]) -> Slot {
        if let [w] = words {
            if let Some(s) = self.const_dedup.get(w) {
                return *s;
            }
        }
        let s = Slot(CONST_TAG | self.consts.len() as u32);
        self.consts.extend_from_slice(words);
        if let [w] = words {
            self.const_dedup.insert(*w, s);
        }
        s
    }

    /// If `op` is an integer constant, its value.
    pub fn const_int(&self, op: &Operand) -> Option<u64> {
        match op {
            Operand::ConstantOperand(c) => match c.as_ref() {
                Constant::Int { bits, value } if *bits <= 64 => Some(*value),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn uses(&self, name: &Name) -> u32 {
        self.use_counts.get(name).copied().unwrap_or(0)
    }

    // ------------------------------------------------------------------
    // Emission
    // ------------------------------------------------------------------

    pub fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.ir_pos.push(self.cur_pos);
        self.insts.len() - 1
    }

    /// Emits a branch-like instruction whose target is `block`.
    pub fn emit_to_block(&mut self, inst: Inst, block: &Name) -> usize {
        let at = self.emit(inst);
        self.fixups.push((at, block.clone()));
        at
    }

    pub fn emit_add_offset(&mut self, dst: Slot, base: Slot, off: i64) {
        if let Ok(imm) = i32::try_from(off) {
            self.emit(Inst::AddImm64 { dst, a: base, imm });
        } else {
            let c = self.const_u64(off as u64);
            self.emit(Inst::Add64 { dst, a: base, b: c });
        }
    }

    pub fn emit_copy(&mut self, dst: Slot, src: Slot, n: u32) {
        if dst == src || n == 0 {
            return;
        }
        if n == 1 {
            self.emit(Inst::Copy { dst, src });
        } else {
            self.emit(Inst::CopyN { dst, src, n });
        }
    }

    /// Adds an argument list to the pool; returns its index.
    pub fn add_args(&mut self, slots: &[Slot]) -> u32 {
        let at = self.arg_pool.len() as u32;
        self.arg_pool.push(slots.len() as u32);
        self.arg_pool.extend(slots.iter().map(|s| s.0));
        at
    }

    /// Index in `callees` of native function `name` (at `addr`) called
    /// with `sig`; its call interface is prepared on first use only.
    pub fn add_native_callee(
        &mut self,
        via: NativeVia,
        name: &str,
        addr: usize,
        sig: &crate::host::NativeSig,
    ) -> LResult<u32> {
        let key = NativeKey {
            via,
            name: name.to_string(),
            sig: sig.clone(),
        };
        if let Some(i) = self.native_index.get(&key) {
            return Ok(*i);
        }
        let call = self.m.host.prepare_call(sig).map_err(|e| match via {
            NativeVia::Call => format!("call to @{name}: {e}"),
            NativeVia::Intrinsic => format!("{name}: {e}"),
        })?;
        let i = self.callees.len() as u32;
        self.callees.push(Callee::Native {
            name: key.name.clone(),
            addr,
            call,
        });
        self.native_index.insert(key, i);
        Ok(i)
    }

    /// Index of interpreted function `f` in `interp_callees`.
    pub fn add_interp_callee(&mut self, f: &FuncRef) -> u32 {
        let key = Arc::as_ptr(f);
        if let Some(i) = self.interp_index.get(&key) {
            return *i;
        }
        let i = self.interp_callees.len() as u32;
        self.interp_callees.push(f.clone());
        self.interp_index.insert(key, i);
        i
    }

    pub fn add_trap(&mut self, msg: String) -> u32 {
        self.trap_messages.push(msg);
        (self.trap_messages.len() - 1) as u32
    }

    /// Reserves `size` bytes aligned to `align` in the static frame.
    pub fn reserve_static(&mut self, size: u64, align: u64) -> u64 {
        let align = align.max(1);
        let off = crate::layout::align_to(self.static_frame_size, align);
        self.static_frame_size = off + size.max(1);
        self.static_frame_align = self.static_frame_align.max(align);
        off
    }

    // ------------------------------------------------------------------
    // Driver
    // ------------------------------------------------------------------

    fn run(&mut self) -> LResult<()> {
        self.count_uses();
        self.plan_copies();
        let folded = self.plan_folding();
        self.assign_slots(&folded)?;
        self.hoisted = hoist::plan(self);
        let blocks = &self.func.basic_blocks;
        for (bi, bb) in blocks.iter().enumerate() {
            self.block_start
                .insert(bb.name.clone(), self.insts.len() as u32);
            self.block_begin = self.insts.len();
            for (ii, inst) in bb.instrs.iter().enumerate() {
                self.tail_position = ii + 1 == bb.instrs.len() && returns_result_of(&bb.term, inst);
                self.lower_instruction(inst, bi == 0)?;
                self.cur_pos += 1;
            }
            if let Some(geps) = self.hoisted.at_end_of.remove(&bi) {
                for g in &geps {
                    memory::gep_prefix(self, g)?;
                }
            }
            let next = blocks.get(bi + 1).map(|b| &b.name);
            self.lower_terminator(bb, next)?;
            self.cur_pos += 1;
        }
        control::emit_deferred_edge_blocks(self);
        Ok(())
    }

    /// Gives every parameter and every instruction result its slots (see
    /// `slots.rs`), and the folded addresses their base slots.
    fn assign_slots(&mut self, folded: &Folded) -> LResult<()> {
        let mut aliases = slots::Aliases::new();
        for (g, (base, _)) in folded.iter() {
            aliases.push((g, smallvec::smallvec![base.clone()]));
        }
        for (c, operands) in self.fused_compares.iter() {
            let mut to = smallvec::SmallVec::new();
            for op in operands {
                if let Operand::LocalOperand { name, .. } = op {
                    match folded.get(name) {
                        Some((base, _)) => to.push(base.clone()),
                        None => to.push(name.clone()),
                    }
                }
            }
            aliases.push((c, to));
        }
        let a = slots::allocate(self, &aliases)?;
        self.values = a.values;
        self.param_slots = a.param_slots;
        self.va_slot = a.va_slot;
        self.next_slot = a.value_slots;
        for (g, (base, off)) in folded.iter() {
            let slot = self.dest(base)?;
            self.folded_addr.insert(g, (slot, *off));
        }
        Ok(())
    }

    /// Finds the plain copies, each resolved to the value it copies in
    /// the end. A chain that does not end (possible in unreachable code)
    /// is left as real instructions.
    fn plan_copies(&mut self) {
        let narrow = arith::narrow_values(self);
        let mut direct: HashMap<Name, Name> = HashMap::new();
        for bb in &self.func.basic_blocks {
            for inst in &bb.instrs {
                let copy = arith::plain_copy(self, inst)
                    .or_else(|| arith::redundant_trunc(self, inst, &narrow));
                if let Some((dest, source)) = copy {
                    direct.insert(dest.clone(), source.clone());
                }
            }
        }
        let mut copies = HashMap::new();
        for (dest, source) in &direct {
            let mut end = source;
            let mut hops = 0;
            while let Some(next) = direct.get(end) {
                end = next;
                hops += 1;
                if hops > direct.len() {
                    break;
                }
            }
            if !direct.contains_key(end) {
                copies.insert(dest.clone(), end.clone());
            }
        }
        self.copies = copies;
    }

    fn count_uses(&mut self) {
        let mut counts: NameMap<u32> = NameMap::with_capacity(self.name_count);
        let mut bump = |op: &Operand| {
            if let Operand::LocalOperand { name, .. } = op {
                *counts.or_default(name) += 1;
            }
        };
        for bb in &self.func.basic_blocks {
            for inst in &bb.instrs {
                support::for_each_operand(inst, &mut bump);
            }
            support::for_each_terminator_operand(&bb.term, &mut bump);
        }
        self.use_counts = counts;
    }

    /// Decides which compares fuse into branches and which constant-offset
    /// address computations fold into their loads and stores; returns the
    /// folded addresses as (base value, offset).
    fn plan_folding(&mut self) -> Folded {
        let func: &'m Function = self.func;
        let names = self.name_count;
        let mut folded = Folded::sized_for(names);
        for bb in &func.basic_blocks {
            if let Terminator::CondBr(br) = &bb.term {
                if let Operand::LocalOperand { name, .. } = &br.condition {
                    let fused = bb.instrs.iter().find_map(|i| match i {
                        Instruction::ICmp(c)
                            if &c.dest == name && control::fusable_compare(self, c) =>
                        {
                            Some([&c.operand0, &c.operand1])
                        }
                        Instruction::FCmp(c)
                            if &c.dest == name && control::fusable_float_compare(self, c) =>
                        {
                            Some([&c.operand0, &c.operand1])
                        }
                        _ => None,
                    });
                    if let Some(operands) = fused.filter(|_| self.uses(name) == 1) {
                        self.fused_compares.insert(name.clone(), operands);
                    }
                }
            }
        }
        // Address uses: loads and stores whose address is a GEP result.
        let mut address_uses: NameMap<u32> = NameMap::sized_for(names);
        // Each GEP's constant offset, worked out once (it walks the types).
        let mut constant_offsets: NameMap<i64> = NameMap::sized_for(names);
        // Values stored as values (not as addresses): a GEP result stored
        // somewhere must stay materialised.
        let mut stored_as_values: NameMap<(), &Name> = NameMap::sized_for(names);
        for bb in &func.basic_blocks {
            for inst in &bb.instrs {
                if let Instruction::Store(s) = inst {
                    if let Operand::LocalOperand { name, .. } = &s.value {
                        stored_as_values.insert(name, ());
                    }
                }
                let addr = match inst {
                    Instruction::Load(l) => Some(&l.address),
                    Instruction::Store(s) => Some(&s.address),
                    // A constant offset from it folds too (and if it does
                    // not, it materialises its address from the base).
                    Instruction::GetElementPtr(g) => {
                        memory::constant_gep_offset(self, g).map(|off| {
                            constant_offsets.insert(g.dest.clone(), off);
                            &g.address
                        })
                    }
                    _ => None,
                };
                if let Some(Operand::LocalOperand { name, .. }) = addr {
                    *address_uses.or_default(name) += 1;
                }
            }
        }
        let mut siblings: Vec<(SiblingKey<'m>, Name, i64)> = Vec::new();
        for bb in &func.basic_blocks {
            for inst in &bb.instrs {
                if let Instruction::GetElementPtr(g) = inst {
                    let uses = self.uses(&g.dest);
                    if uses == 0 || address_uses.get(&g.dest).copied().unwrap_or(0) != uses {
                        continue;
                    }
                    // Only fold when the stored value is not the address itself.
                    if stored_as_values.contains_key(&g.dest) {
                        continue;
                    }
                    if let Some(&off) = constant_offsets.get(&g.dest) {
                        if let Some((b, o)) = folded_base(&folded, &g.address) {
                            let total = o.wrapping_add(off);
                            if i32::try_from(total).is_ok() {
                                folded.insert(g.dest.clone(), (b, total));
                            }
                        }
                    } else {
                        self.fold_onto_sibling(g, &mut siblings, &mut folded);
                    }
                }
            }
            siblings.clear();
        }
        folded
    }

    /// Folds GEP `g` onto an earlier GEP of the same block that differs
    /// from it only by constants after their last variable index
    /// (`&y[j][0]`, `&y[j][8]`; `&a[i].x`, `&a[i].z`): `g` becomes that
    /// GEP's address plus a constant, read at each of its (memory) uses.
    /// The first GEP of each shape is recorded in `siblings`.
    fn fold_onto_sibling(
        &mut self,
        g: &'m llvm_ir::instruction::GetElementPtr,
        siblings: &mut Vec<(SiblingKey<'m>, Name, i64)>,
        folded: &mut Folded,
    ) {
        let Some(last_var) = g.indices.iter().rposition(|i| self.const_int(i).is_none()) else {
            return;
        };
        let Some(tail) = memory::constant_tail_offset(self, g, last_var + 1) else {
            return;
        };
        let key = (&g.address, &g.source_element_type, &g.indices[..=last_var]);
        // Recent shapes only: a block of thousands of GEPs stays linear.
        let recent = siblings.len().saturating_sub(MAX_SIBLING_SHAPES);
        let found = siblings[recent..]
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, name, tail)| (name.clone(), *tail));
        let Some((first, first_tail)) = found else {
            siblings.push((key, g.dest.clone(), tail));
            return;
        };
        let first_op = Operand::LocalOperand {
            name: first.clone(),
            ty: self.types.pointer(),
        };
        let Some((b, o)) = folded_base(folded, &first_op) else {
            return;
        };
        let total = o.wrapping_add(tail.wrapping_sub(first_tail));
        if i32::try_from(total).is_err() {
            return;
        }
        // `g`'s uses read the first GEP's slot: it must be written (not
        // fused away into an indexed load as its only use).
        let extra = self.uses(&g.dest);
        *self.use_counts.or_default(&first) += extra;
        folded.insert(g.dest.clone(), (b, total));
    }

    fn lower_instruction(&mut self, inst: &Instruction, entry_block: bool) -> LResult<()> {
        use Instruction as I;
        if inst
            .try_get_result()
            .is_some_and(|d| self.copies.contains_key(d))
        {
            return Ok(());
        }
        match inst {
            support::int_binary_op!() => arith::int_binary(self, inst),
            support::float_binary_op!() => arith::float_binary(self, inst),
            I::FNeg(n) => arith::fneg(self, n),
            I::ICmp(c) => {
                if self.fused_compares.contains_key(&c.dest) {
                    Ok(())
                } else {
                    arith::icmp(self, c)
                }
            }
            I::FCmp(c) => {
                if self.fused_compares.contains_key(&c.dest) {
                    Ok(())
                } else {
                    arith::fcmp(self, c)
                }
            }
            I::Trunc(_)
            | I::ZExt(_)
            | I::SExt(_)
            | I::FPTrunc(_)
            | I::FPExt(_)
            | I::FPToUI(_)
            | I::FPToSI(_)
            | I::UIToFP(_)
            | I::SIToFP(_)
            | I::PtrToInt(_)
            | I::IntToPtr(_)
            | I::BitCast(_)
            | I::AddrSpaceCast(_) => arith::cast(self, inst),
            I::Select(s) => arith::select(self, s),
            I::Freeze(f) => {
                let ty = self.type_of_operand(&f.operand);
                let n = self.slots_for(&ty)?;
                let src = self.operand(&f.operand)?;
                let dst = self.dest(&f.dest)?;
                self.emit_copy(dst, src, n);
                Ok(())
            }
            I::Phi(_) => Ok(()), // moves are emitted on the incoming edges
            I::Alloca(a) => memory::alloca(self, a, entry_block),
            I::Load(l) => memory::load(self, l),
            I::Store(s) => memory::store(self, s),
            I::GetElementPtr(g) => {
                if self.folded_addr.contains_key(&g.dest) {
                    Ok(())
                } else {
                    memory::gep(self, g)
                }
            }
            I::Fence(_) => {
                self.emit(Inst::Fence);
                Ok(())
            }
            I::CmpXchg(c) => memory::cmpxchg(self, c),
            I::AtomicRMW(r) => memory::atomicrmw(self, r),
            I::Call(c) => call::call(self, c),
            I::ExtractValue(e) => aggregate::extract_value(self, e),
            I::InsertValue(i) => aggregate::insert_value(self, i),
            I::ExtractElement(e) => aggregate::extract_element(self, e),
            I::InsertElement(i) => aggregate::insert_element(self, i),
            I::ShuffleVector(s) => aggregate::shuffle(self, s),
            I::VAArg(v) => memory::va_arg(self, v),
            // The unwinder writes the landing pad's values (see `eh.rs`).
            I::LandingPad(_) => Ok(()),
            other => Err(format!("instruction `{}`", support::opcode_name(other))),
        }
    }

    fn lower_terminator(&mut self, bb: &llvm_ir::BasicBlock, next: Option<&Name>) -> LResult<()> {
        control::terminator(self, bb, next)
    }

    // ------------------------------------------------------------------
    // Finishing: fix up branch targets, relocate constants, verify.
    // ------------------------------------------------------------------

    fn finish(mut self) -> LResult<Code> {
        let target_of = |starts: &NameMap<u32>, name: &Name| -> LResult<Target> {
            starts
                .get(name)
                .map(|t| Target(*t))
                .ok_or_else(|| format!("branch to unknown block %{name}"))
        };
        for (at, block) in std::mem::take(&mut self.fixups) {
            let t = target_of(&self.block_start, &block)?;
            set_target(&mut self.insts[at], t);
        }
        let mut handlers = Vec::new();
        for (call, label, pad) in std::mem::take(&mut self.handler_fixups) {
            let target = target_of(&self.block_start, &label)?;
            handlers.push(crate::code::Handler { call, target, pad });
        }
        handlers.sort_by_key(|h| h.call);
        for (table, cases, default) in std::mem::take(&mut self.switch_fixups) {
            let default = target_of(&self.block_start, &default)?;
            let mut resolved = Vec::with_capacity(cases.len());
            for (v, name) in cases {
                resolved.push((v, target_of(&self.block_start, &name)?));
            }
            self.switches[table as usize] = control::build_switch_table(resolved, default);
        }
        peephole::run(&mut self.insts, &mut self.switches);
        // Constants go after the values.
        let const_base = self.next_slot;
        let relocate = |s: &mut Slot| {
            if s.0 & CONST_TAG != 0 {
                s.0 = const_base + (s.0 & !CONST_TAG);
            }
        };
        for inst in &mut self.insts {
            inst.for_each_slot_mut(&mut |s| relocate(s));
        }
        let mut args = std::mem::take(&mut self.arg_pool);
        let mut i = 0;
        while i < args.len() {
            let n = args[i] as usize;
            for a in &mut args[i + 1..i + 1 + n] {
                let mut s = Slot(*a);
                relocate(&mut s);
                *a = s.0;
            }
            i += 1 + n;
        }
        let frame_slots = const_base
            .checked_add(self.consts.len() as u32)
            .filter(|n| *n < CONST_TAG)
            .ok_or("function needs too many frame slots")?;
        let ret_slots = self.slots_for(&self.func.return_type)?;
        let code = Code {
            name: self.func.name.clone(),
            function: self
                .m
                .functions
                .get(self.func_index)
                .map_or_else(Weak::new, Arc::downgrade),
            insts: self.insts.into_boxed_slice(),
            frame_slots: frame_slots.max(1),
            param_slots: self.param_slots,
            consts: self.consts.into_boxed_slice(),
            ret_slots,
            static_frame_size: self.static_frame_size,
            static_frame_align: self.static_frame_align,
            arg_pool: args.into_boxed_slice(),
            interp_callees: self.interp_callees.into_boxed_slice(),
            callees: self.callees.into_boxed_slice(),
            helpers: self.helpers.into_boxed_slice(),
            switches: self.switches.into_boxed_slice(),
            indirect_sites: self.indirect_sites.into_boxed_slice(),
            shuffle_masks: self.shuffle_masks.into_boxed_slice(),
            trap_messages: self.trap_messages.into_boxed_slice(),
            ir_pos: self.ir_pos.into_boxed_slice(),
            is_var_arg: self.func.is_var_arg,
            host: self.m.host.clone(),
            tls: self.m.tls_template(),
            handlers: handlers.into_boxed_slice(),
            landing_pads: self.landing_pads.into_boxed_slice(),
            type_ids: self.type_ids.into_boxed_slice(),
            external_tls: self.external_tls.into_boxed_slice(),
        };
        crate::bytecode::verify(&code)
            .map_err(|e| format!("internal: bytecode failed verification: {e}"))?;
        Ok(code)
    }
}

/// The base value and offset of an address operand for folding (constants
/// cannot be materialised before the lowering starts).
/// The addresses folded into their uses: each GEP result with its base
/// value and constant offset.
type Folded = NameMap<(Name, i64)>;

fn folded_base(folded: &Folded, op: &Operand) -> Option<(Name, i64)> {
    match op {
        Operand::LocalOperand { name, .. } => Some(
            folded
                .get(name)
                .cloned()
                .unwrap_or_else(|| (name.clone(), 0)),
        ),
        _ => None,
    }
}

/// Whether `term` returns exactly what `inst` (a call) produced, or returns
/// void after a void call.
fn returns_result_of(term: &Terminator, inst: &Instruction) -> bool {
    let (Terminator::Ret(r), Instruction::Call(c)) = (term, inst) else {
        return false;
    };
    match (&r.return_operand, &c.dest) {
        (None, None) => true,
        (Some(Operand::LocalOperand { name, .. }), Some(d)) => name == d,
        _ => false,
    }
}

fn set_target(inst: &mut Inst, t: Target) {
    if let Some(target) = inst.branch_target_mut() {
        *target = t;
    }
}

/// The position of each block in the function, by name (numbered blocks
/// index a vector, see `names`).
fn block_index(func: &Function, names: usize) -> NameMap<usize, &Name> {
    let mut index = NameMap::with_capacity(names);
    for (i, b) in func.basic_blocks.iter().enumerate() {
        index.insert(&b.name, i);
    }
    index
}
