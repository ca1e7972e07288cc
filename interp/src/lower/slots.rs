//! Frame slot allocation: SSA values whose live ranges do not overlap share
//! slots, and a PHI takes the slot of an incoming value whenever their
//! ranges allow, so that most PHI moves vanish and frames stay small
//! (cheaper calls, fewer cache lines per frame).
//!
//! Live ranges are computed on the blocks in layout order. Every block gets
//! positions, in order: its start (where its PHIs are defined), one per
//! instruction (operands are read and the result is written at the same
//! position, so a result never shares a slot with an operand and a handler
//! may write its result before it has read all of its operands), the
//! terminator. Each CFG edge is a block of its own after its source block,
//! with a position where its PHI moves read their sources and one where
//! they write their destinations (so the moves of two edges, which never
//! run together, do not look simultaneous).
//! Block-level liveness is found one value at a time, walking back from
//! its uses to its definition (`Blocks::live_in`), so that it costs time
//! and memory in proportion to the live sets rather than blocks × values
//! as a dense dataflow would; a value's range in a block runs from its
//! definition (or the block start, if live in) to its last use (or the
//! block end, if live out).
//!
//! Some IR values are never materialised: an address with a constant
//! offset folded into its loads and stores reads its base at each of its
//! uses, a compare fused into its branch reads its operands at the branch.
//! Their uses count as uses of what they stand for (`aliases`).
//!
//! Functions that call `setjmp` (or anything `returns_twice`) keep one
//! slot per value: a second return from `setjmp` would find slots reused
//! by values defined after the first.

use super::{FnLowerer, LResult};
use crate::bytecode::Slot;
use hashbrown::HashMap;
use llvm_ir::types::Typed;
use llvm_ir::{Instruction, Name, Operand, Terminator, Type};
use smallvec::SmallVec;

/// Where every value lives in the frame.
pub(super) struct Allocation {
    pub values: HashMap<Name, Slot>,
    /// Slots used by values (temporaries of the lowering come after).
    pub value_slots: u32,
    pub param_slots: u32,
    pub va_slot: Option<Slot>,
}

/// Values that stand for others: their uses are uses of these names.
pub(super) type Aliases = HashMap<Name, SmallVec<[Name; 2]>>;

/// The index of every value in the allocator's tables, by name. Unnamed
/// values (what optimised code mostly has) are numbered densely by LLVM,
/// so their number indexes a vector; names go through a map.
#[derive(Default)]
struct ValueIndex<'n> {
    by_number: Vec<u32>,
    by_name: HashMap<&'n Name, u32>,
}

impl<'n> ValueIndex<'n> {
    const NONE: u32 = u32::MAX;

    /// Numbers past this go through the map: a module's numbers are
    /// dense, but the vector must not grow with a number it did not check.
    const DENSE_LIMIT: usize = 1 << 22;

    fn insert(&mut self, name: &'n Name, v: u32) {
        match name {
            Name::Number(n) if *n < Self::DENSE_LIMIT => {
                if self.by_number.len() <= *n {
                    self.by_number.resize(n + 1, Self::NONE);
                }
                self.by_number[*n] = v;
            }
            _ => {
                self.by_name.insert(name, v);
            }
        }
    }

    fn get(&self, name: &Name) -> Option<&u32> {
        match name {
            Name::Number(n) if *n < Self::DENSE_LIMIT => {
                self.by_number.get(*n).filter(|v| **v != Self::NONE)
            }
            _ => self.by_name.get(name),
        }
    }
}

/// One value: its name, size in slots, and whether it is a parameter
/// (parameters arrive in fixed slots).
struct Value {
    name: Name,
    size: u32,
    fixed: Option<u32>,
}

pub(super) fn allocate(l: &FnLowerer, aliases: &Aliases) -> LResult<Allocation> {
    let (values, param_slots, va_slot) = collect_values(l)?;
    let mut index = ValueIndex::default();
    for (i, v) in values.iter().enumerate() {
        index.insert(&v.name, i as u32);
    }
    // A plain copy is its source under another name.
    for (copy, source) in &l.copies {
        if let Some(&v) = index.get(source) {
            index.insert(copy, v);
        }
    }
    let blocks = if returns_twice(l) {
        None
    } else {
        Some(Blocks::build(l, &index, aliases)?)
    };
    let live = blocks
        .as_ref()
        .and_then(|b| Some((b, b.live_in(values.len())?)));
    let slots = match live {
        Some((blocks, live_in)) => {
            let mut ranges = blocks.ranges(&live_in, values.len());
            let groups = coalesce(l, &index, &values, &mut ranges, aliases);
            assign(&values, &ranges, &groups, param_slots)
        }
        // May return twice (see the module doc), or live sets too large
        // (see `MAX_LIVE_ENTRIES`): one slot per value.
        _ => sequential(&values, param_slots),
    };
    drop(index);
    let value_slots = values
        .iter()
        .zip(&slots)
        .map(|(v, s)| s + v.size)
        .max()
        .unwrap_or(0)
        .max(param_slots);
    let mut by_name: HashMap<Name, Slot> = values
        .into_iter()
        .zip(slots)
        .map(|(v, s)| (v.name, Slot(s)))
        .collect();
    for (copy, source) in &l.copies {
        if let Some(&s) = by_name.get(source) {
            by_name.insert(copy.clone(), s);
        }
    }
    Ok(Allocation {
        values: by_name,
        value_slots,
        param_slots,
        va_slot,
    })
}

/// Parameters, then every instruction and invoke result, in layout order.
fn collect_values(l: &FnLowerer) -> LResult<(Vec<Value>, u32, Option<Slot>)> {
    let mut values = Vec::new();
    let mut next = 0;
    for p in &l.func.parameters {
        let size = l.slots_for(&p.ty)?;
        values.push(Value {
            name: p.name.clone(),
            size: size.max(1),
            fixed: Some(next),
        });
        next += size;
    }
    // A variadic function's hidden `va_list` slot counts as a parameter.
    let va_slot = l.func.is_var_arg.then_some(Slot(next));
    let param_slots = next + va_slot.is_some() as u32;
    for bb in &l.func.basic_blocks {
        for inst in &bb.instrs {
            if let Some(name) = inst.try_get_result().filter(|n| !l.copies.contains_key(*n)) {
                let size = l.slots_for(&inst.get_type(l.types))?;
                values.push(Value {
                    name: name.clone(),
                    size: size.max(1),
                    fixed: None,
                });
            }
        }
        if let Terminator::Invoke(inv) = &bb.term {
            if let Type::FuncType { result_type, .. } = inv.function_ty.as_ref() {
                let size = l.slots_for(result_type)?;
                if size > 0 {
                    values.push(Value {
                        name: inv.result.clone(),
                        size,
                        fixed: None,
                    });
                }
            }
        }
    }
    Ok((values, param_slots, va_slot))
}

/// Whether the function calls something that may return twice.
fn returns_twice(l: &FnLowerer) -> bool {
    l.func.basic_blocks.iter().any(|bb| {
        bb.instrs.iter().any(|i| match i {
            Instruction::Call(c) => match &c.function {
                either::Either::Right(Operand::ConstantOperand(k)) => match k.as_ref() {
                    llvm_ir::Constant::GlobalReference { name, .. } => {
                        let n = crate::module::name_str(name);
                        n.contains("setjmp") || n == "savectx" || n == "vfork" || n == "getcontext"
                    }
                    _ => false,
                },
                _ => true, // an indirect call might reach setjmp
            },
            _ => false,
        })
    })
}

/// One slot range per value, in order.
fn sequential(values: &[Value], first_free: u32) -> Vec<u32> {
    let mut next = first_free;
    values
        .iter()
        .map(|v| match v.fixed {
            Some(s) => s,
            None => {
                let s = next;
                next += v.size;
                s
            }
        })
        .collect()
}

/// Uses and definitions of one block (or of one CFG edge, holding its PHI
/// moves), with positions.
struct BlockInfo {
    start: u32,
    end: u32,
    succs: SmallVec<[usize; 2]>,
    /// Values defined here (PHIs at `start`), with positions.
    defs: Vec<(u32, u32)>,
    uses: Vec<(u32, u32)>,
    /// Destinations of the PHI moves on the out-edges (written at `end`).
    move_defs: Vec<u32>,
}

struct Blocks {
    blocks: Vec<BlockInfo>,
}

/// One list of numbers per value or per block, all in one allocation:
/// list `i` is `items[bounds[i]..bounds[i + 1]]`, so that live sets cost
/// memory and time in proportion to their total size, not to blocks ×
/// values.
struct Lists {
    bounds: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// Lists appended one after the other: push a list's items, then
    /// `close` it.
    fn appending(lists: usize, items: usize) -> Lists {
        let mut bounds = Vec::with_capacity(lists + 1);
        bounds.push(0);
        Lists {
            bounds,
            items: Vec::with_capacity(items),
        }
    }

    fn close(&mut self) {
        self.bounds.push(self.items.len() as u32);
    }

    /// Lists filled in any order, in two passes (a counting sort): `count`
    /// every item's list, then `start_filling` and `put` the same items;
    /// each list keeps its items in the order put.
    fn counting(lists: usize) -> Lists {
        Lists {
            bounds: vec![0; lists + 1],
            items: Vec::new(),
        }
    }

    fn count(&mut self, list: u32) {
        self.bounds[list as usize + 1] += 1;
    }

    /// While filling, `bounds[i + 1]` is where list `i`'s next item goes:
    /// its start at first, its end once all its items are in.
    fn start_filling(&mut self) {
        let mut total = 0;
        for b in &mut self.bounds[1..] {
            let len = *b;
            *b = total;
            total += len;
        }
        self.items = vec![0; total as usize];
    }

    fn put(&mut self, list: u32, item: u32) {
        let next = &mut self.bounds[list as usize + 1];
        self.items[*next as usize] = item;
        *next += 1;
    }

    fn of(&self, i: usize) -> &[u32] {
        &self.items[self.bounds[i] as usize..self.bounds[i + 1] as usize]
    }

    /// The lists turned inside out: list `x` of the result holds every `i`
    /// whose list holds `x`, in increasing order. Every item must be below
    /// `lists`.
    fn transpose(&self, lists: usize) -> Lists {
        let mut t = Lists::counting(lists);
        for &x in &self.items {
            t.count(x);
        }
        t.start_filling();
        for (i, w) in self.bounds.windows(2).enumerate() {
            for &x in &self.items[w[0] as usize..w[1] as usize] {
                t.put(x, i as u32);
            }
        }
        t
    }
}

/// The most live-in entries (a value live into a block) one function may
/// have: 4 Mi. They take 16 MiB by value while walking, 16 MiB by block
/// after, and the live ranges built from them up to 8 bytes per entry
/// beyond an interval per definition and PHI move. Past the bound
/// (thousands of values live across thousands of blocks) values get a
/// slot each instead, so that a huge function costs frame space rather
/// than a long walk and a huge allocation at load. That is about the
/// memory the dense bit tables this replaced were allowed (four of 8 MiB),
/// and hundreds of times what the largest function of stl_mix that gets
/// here needs (7,600 entries).
const MAX_LIVE_ENTRIES: usize = 1 << 22;

/// Whether the value being walked is defined and live in at a block: the
/// last value marked there. Values are walked in increasing order, so the
/// marks never need clearing.
#[derive(Clone, Copy)]
struct Marks {
    defined: u32,
    live_in: u32,
}

/// The blocks of each value: in `info.defs` or `info.uses`. A value
/// outside the table (none should be) is left out rather than indexed.
fn blocks_by_value(blocks: &[BlockInfo], n: usize, of: fn(&BlockInfo) -> &[(u32, u32)]) -> Lists {
    let mut lists = Lists::counting(n);
    for info in blocks {
        for &(v, _) in of(info) {
            if (v as usize) < n {
                lists.count(v);
            }
        }
    }
    lists.start_filling();
    for (b, info) in blocks.iter().enumerate() {
        for &(v, _) in of(info) {
            if (v as usize) < n {
                lists.put(v, b as u32);
            }
        }
    }
    lists
}

impl Blocks {
    fn build(l: &FnLowerer, index: &ValueIndex, aliases: &Aliases) -> LResult<Blocks> {
        let count = l.func.basic_blocks.len();
        let mut blocks = Vec::with_capacity(count * 2);
        // (from block, to block, edge block), numbered after the blocks.
        let mut edges: Vec<(usize, usize, BlockInfo)> = Vec::new();
        let mut pos = 0u32;
        for bb in &l.func.basic_blocks {
            let start = pos;
            let mut info = BlockInfo {
                start,
                end: 0,
                succs: SmallVec::new(),
                defs: Vec::new(),
                uses: Vec::new(),
                move_defs: Vec::new(),
            };
            let record_use = |op: &Operand, at: u32, uses: &mut Vec<(u32, u32)>| {
                use_of(op, at, index, aliases, uses);
            };
            if start == 0 {
                // Parameters are defined on entry.
                for p in &l.func.parameters {
                    if let Some(&v) = index.get(&p.name) {
                        info.defs.push((v, 0));
                    }
                }
            }
            for inst in &bb.instrs {
                if let Instruction::Phi(phi) = inst {
                    if let Some(&v) = index.get(&phi.dest) {
                        info.defs.push((v, start));
                    }
                    continue;
                }
                pos += 2;
                let read = pos - 1;
                super::support::for_each_operand(inst, &mut |op| {
                    record_use(op, read, &mut info.uses)
                });
                let result = inst.try_get_result().filter(|n| !l.copies.contains_key(*n));
                if let Some(&v) = result.and_then(|n| index.get(n)) {
                    let write = if reads_before_writing(l, inst) {
                        pos
                    } else {
                        read
                    };
                    info.defs.push((v, write));
                }
            }
            pos += 1;
            super::support::for_each_terminator_operand(&bb.term, &mut |op| {
                record_use(op, pos, &mut info.uses)
            });
            if let Terminator::Invoke(inv) = &bb.term {
                if let Some(&v) = index.get(&inv.result) {
                    info.defs.push((v, pos));
                }
            }
            info.end = pos;
            // Each out-edge into a block with PHIs is a block of its own
            // holding the PHI moves: the moves of different edges never
            // run together. An edge without moves would only pass liveness
            // through, so it links the blocks directly.
            let first_edge = edges.len();
            for succ in successors(&bb.term) {
                let s = *l
                    .block_index
                    .get(succ)
                    .ok_or_else(|| format!("branch to unknown block %{succ}"))?;
                if !matches!(
                    l.func.basic_blocks[s].instrs.first(),
                    Some(Instruction::Phi(_))
                ) {
                    if !info.succs.contains(&s) {
                        info.succs.push(s);
                    }
                    continue;
                }
                if edges[first_edge..].iter().any(|(_, to, _)| *to == s) {
                    continue;
                }
                let (start, read, write) = (pos + 1, pos + 2, pos + 3);
                pos = write;
                let mut edge = BlockInfo {
                    start,
                    end: write,
                    succs: smallvec::smallvec![s],
                    defs: Vec::new(),
                    uses: Vec::new(),
                    move_defs: Vec::new(),
                };
                for inst in &l.func.basic_blocks[s].instrs {
                    let Instruction::Phi(phi) = inst else { break };
                    for (v, from) in &phi.incoming_values {
                        if from == &bb.name {
                            record_use(v, read, &mut edge.uses);
                        }
                    }
                    if let Some(&p) = index.get(&phi.dest) {
                        edge.move_defs.push(p);
                    }
                }
                info.succs.push(count + edges.len());
                edges.push((blocks.len(), s, edge));
            }
            pos += 1;
            blocks.push(info);
        }
        blocks.extend(edges.into_iter().map(|(_, _, e)| e));
        Ok(Blocks { blocks })
    }

    /// The values live into each block (in increasing order), by path
    /// exploration, one value at a time (Appel; Brandner, Boissinot et
    /// al., "Computing liveness sets for SSA-form programs"): from each
    /// block that uses a value without defining it, walk the predecessors
    /// backwards, the value live into each that does not define it, until
    /// its definition or a block where it is already live in. The blocks
    /// reached are exactly the least fixed point of the usual backward
    /// dataflow (live in where used and not defined, or live out and not
    /// defined), in time proportional to the sets. A block's live-out set
    /// is the union of its successors' live-in sets, so it is not stored.
    /// PHI sources are uses in the edge block or predecessor (at its move
    /// position), not live in at the PHI's block. `None` when the sets
    /// would total more than `MAX_LIVE_ENTRIES`.
    fn live_in(&self, n: usize) -> Option<Lists> {
        let count = self.blocks.len();
        let mut preds = Lists::counting(count);
        for info in &self.blocks {
            for &s in &info.succs {
                preds.count(s as u32);
            }
        }
        preds.start_filling();
        for (b, info) in self.blocks.iter().enumerate() {
            for &s in &info.succs {
                preds.put(s as u32, b as u32);
            }
        }
        let defined_in = blocks_by_value(&self.blocks, n, |info| &info.defs);
        let used_in = blocks_by_value(&self.blocks, n, |info| &info.uses);
        let none = Marks {
            defined: u32::MAX,
            live_in: u32::MAX,
        };
        let mut marks = vec![none; count];
        // By value first, each value's list being its walk's work list;
        // turned into lists by block at the end.
        let mut ins = Lists::appending(n, n + count);
        for v in 0..n as u32 {
            for &b in defined_in.of(v as usize) {
                marks[b as usize].defined = v;
            }
            let first = ins.items.len();
            // A block's own definition comes before its uses in SSA form,
            // so a use there does not make the value live in.
            for &b in used_in.of(v as usize) {
                let m = &mut marks[b as usize];
                if m.defined != v && m.live_in != v {
                    m.live_in = v;
                    ins.items.push(b);
                }
            }
            // A block joins the work list once, when first found live in,
            // so the walk ends even where no definition dominates a use.
            let mut next = first;
            while let Some(&b) = ins.items.get(next) {
                next += 1;
                for &p in preds.of(b as usize) {
                    let m = &mut marks[p as usize];
                    if m.defined != v && m.live_in != v {
                        m.live_in = v;
                        ins.items.push(p);
                    }
                }
            }
            ins.close();
            // Checked per value: one value adds at most an entry per
            // block, which the blocks themselves already cost.
            if ins.items.len() > MAX_LIVE_ENTRIES {
                return None;
            }
        }
        Some(ins.transpose(count))
    }

    /// Every value's live range, as sorted, disjoint, inclusive intervals.
    fn ranges(&self, live_in: &Lists, n: usize) -> Vec<Intervals> {
        let mut ranges: Vec<Intervals> = vec![Intervals::new(); n];
        // Blocks in position order (an edge block comes right after its
        // source), so that each value's intervals arrive sorted.
        let mut order: Vec<usize> = (0..self.blocks.len()).collect();
        order.sort_unstable_by_key(|&b| self.blocks[b].start);
        let mut local = BlockRanges {
            of: vec![None; n],
            touched: Vec::new(),
        };
        for b in order {
            let info = &self.blocks[b];
            for &(v, p) in &info.defs {
                local.set(v, |_| (p, p));
            }
            for &(v, p) in &info.uses {
                local.set(v, |e| {
                    e.map_or((info.start, p), |(from, to)| (from, to.max(p)))
                });
            }
            for &v in live_in.of(b) {
                local.set(v, |e| (info.start, e.map_or(info.start, |(_, to)| to)));
            }
            // Live out: live in at a successor (a value live into two
            // successors is set twice, to the same range).
            for &s in &info.succs {
                for &v in live_in.of(s) {
                    local.set(v, |e| (e.map_or(info.start, |(from, _)| from), info.end));
                }
            }
            for v in local.touched.drain(..) {
                let range = local.of.get_mut(v as usize).and_then(Option::take);
                if let (Some(r), Some(range)) = (ranges.get_mut(v as usize), range) {
                    push_interval(r, range);
                }
            }
            // A PHI's slot is written by the moves on its in-edges.
            for &v in &info.move_defs {
                if let Some(r) = ranges.get_mut(v as usize) {
                    push_interval(r, (info.end, info.end));
                }
            }
        }
        ranges
    }
}

/// A value's live range: sorted, disjoint, inclusive intervals. Most
/// values live within one block, in one interval, kept inline.
type Intervals = SmallVec<[(u32, u32); 2]>;

/// The range of each value within the block being visited.
struct BlockRanges {
    of: Vec<Option<(u32, u32)>>,
    /// The values with a range in this block.
    touched: Vec<u32>,
}

impl BlockRanges {
    fn set(&mut self, v: u32, f: impl FnOnce(Option<(u32, u32)>) -> (u32, u32)) {
        if let Some(e) = self.of.get_mut(v as usize) {
            if e.is_none() {
                self.touched.push(v);
            }
            *e = Some(f(*e));
        }
    }
}

/// Appends `(from, to)` to intervals that end no later than it starts
/// (blocks are visited in position order), merging touching ones.
fn push_interval(r: &mut Intervals, (from, to): (u32, u32)) {
    match r.last_mut() {
        Some(last) if from <= last.1.saturating_add(1) => last.1 = last.1.max(to),
        _ => r.push((from, to)),
    }
}

/// Whether the lowering of `inst` reads all its operands before it writes
/// its (single-slot) result, so the result may take the slot of an operand
/// that dies there: one bytecode instruction on scalars.
fn reads_before_writing(l: &FnLowerer, inst: &Instruction) -> bool {
    use super::ValTy;
    use Instruction as I;
    let scalar = |op: &Operand| {
        l.classify(&l.type_of_operand(op))
            .is_ok_and(|t| matches!(t, ValTy::Int(_) | ValTy::Ptr | ValTy::F32 | ValTy::F64))
    };
    let scalar_ty = |ty: &Type| {
        l.classify(ty)
            .is_ok_and(|t| matches!(t, ValTy::Int(_) | ValTy::Ptr | ValTy::F32 | ValTy::F64))
    };
    match inst {
        I::Add(x) => scalar(&x.operand0),
        I::Sub(x) => scalar(&x.operand0),
        I::Mul(x) => scalar(&x.operand0),
        I::UDiv(x) => scalar(&x.operand0),
        I::SDiv(x) => scalar(&x.operand0),
        I::URem(x) => scalar(&x.operand0),
        I::SRem(x) => scalar(&x.operand0),
        I::And(x) => scalar(&x.operand0),
        I::Or(x) => scalar(&x.operand0),
        I::Xor(x) => scalar(&x.operand0),
        I::Shl(x) => scalar(&x.operand0),
        I::LShr(x) => scalar(&x.operand0),
        I::AShr(x) => scalar(&x.operand0),
        I::FAdd(x) => scalar(&x.operand0),
        I::FSub(x) => scalar(&x.operand0),
        I::FMul(x) => scalar(&x.operand0),
        I::FDiv(x) => scalar(&x.operand0),
        I::ICmp(x) => scalar(&x.operand0),
        I::FCmp(x) => scalar(&x.operand0),
        I::Trunc(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::ZExt(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::SExt(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::FPTrunc(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::FPExt(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::FPToSI(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::FPToUI(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::SIToFP(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::UIToFP(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::PtrToInt(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::IntToPtr(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::BitCast(x) => scalar(&x.operand) && scalar_ty(&x.to_type),
        I::Freeze(x) => scalar(&x.operand),
        I::Select(x) => scalar(&x.condition) && scalar(&x.true_value),
        // One variable index: its step reads the base and the index, then
        // writes; a second would read an index after the first step wrote
        // the result.
        I::GetElementPtr(g) => {
            scalar(&g.address)
                && g.indices.iter().all(&scalar)
                && g.indices
                    .iter()
                    .filter(|i| l.const_int(i).is_none())
                    .count()
                    <= 1
        }
        _ => false,
    }
}

/// Records a use of `op` at `at` (through aliases).
fn use_of(
    op: &Operand,
    at: u32,
    index: &ValueIndex,
    aliases: &Aliases,
    uses: &mut Vec<(u32, u32)>,
) {
    let Operand::LocalOperand { name, .. } = op else {
        return;
    };
    if let Some(&v) = index.get(name) {
        uses.push((v, at));
    }
    if let Some(targets) = aliases.get(name) {
        for t in targets {
            if let Some(&v) = index.get(t) {
                uses.push((v, at));
            }
        }
    }
}

pub(super) fn successors(term: &Terminator) -> SmallVec<[&Name; 2]> {
    match term {
        Terminator::Br(b) => smallvec::smallvec![&b.dest],
        Terminator::CondBr(b) => smallvec::smallvec![&b.true_dest, &b.false_dest],
        Terminator::Switch(s) => s
            .dests
            .iter()
            .map(|(_, d)| d)
            .chain(std::iter::once(&s.default_dest))
            .collect(),
        Terminator::IndirectBr(b) => b.possible_dests.iter().collect(),
        Terminator::Invoke(i) => smallvec::smallvec![&i.return_label, &i.exception_label],
        _ => SmallVec::new(),
    }
}

/// Sorts and merges overlapping or touching intervals.
fn normalise(r: &mut Intervals) {
    r.sort_unstable();
    let mut out = Intervals::with_capacity(r.len());
    for &(a, b) in r.iter() {
        match out.last_mut() {
            Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    *r = out;
}

fn overlap(a: &[(u32, u32)], b: &[(u32, u32)]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.1 < y.0 {
            i += 1;
        } else if y.1 < x.0 {
            j += 1;
        } else {
            return true;
        }
    }
    false
}

/// Merges each PHI with its incoming values where their ranges do not
/// overlap; returns the group (representative value) of every value.
fn coalesce(
    l: &FnLowerer,
    index: &ValueIndex,
    values: &[Value],
    ranges: &mut [Intervals],
    aliases: &Aliases,
) -> Vec<u32> {
    let mut group: Vec<u32> = (0..values.len() as u32).collect();
    // Whether a group (by representative) holds a parameter.
    let mut has_fixed: Vec<bool> = values.iter().map(|v| v.fixed.is_some()).collect();
    fn find(group: &mut [u32], mut v: u32) -> u32 {
        while group[v as usize] != v {
            let up = group[group[v as usize] as usize];
            group[v as usize] = up;
            v = up;
        }
        v
    }
    for bb in &l.func.basic_blocks {
        for inst in &bb.instrs {
            let Instruction::Phi(phi) = inst else { break };
            let Some(&p) = index.get(&phi.dest) else {
                continue;
            };
            for (op, _) in &phi.incoming_values {
                let Operand::LocalOperand { name, .. } = op else {
                    continue;
                };
                if aliases.contains_key(name) {
                    continue;
                }
                let Some(&v) = index.get(name) else { continue };
                let (gp, gv) = (find(&mut group, p), find(&mut group, v));
                if gp == gv || values[p as usize].size != values[v as usize].size {
                    continue;
                }
                if has_fixed[gp as usize] && has_fixed[gv as usize] {
                    continue;
                }
                if overlap(&ranges[gp as usize], &ranges[gv as usize]) {
                    continue;
                }
                let mut merged = std::mem::take(&mut ranges[gv as usize]);
                merged.extend_from_slice(&ranges[gp as usize]);
                normalise(&mut merged);
                ranges[gp as usize] = merged;
                group[gv as usize] = gp;
                has_fixed[gp as usize] |= has_fixed[gv as usize];
            }
        }
    }
    (0..values.len() as u32)
        .map(|v| find(&mut group, v))
        .collect()
}

/// Linear scan over groups by the start of their ranges; a slot range is
/// free again after the last position of its group.
fn assign(values: &[Value], ranges: &[Intervals], groups: &[u32], first_free: u32) -> Vec<u32> {
    // Per group: size, fixed slot, hull.
    let mut reps: Vec<u32> = groups.to_vec();
    reps.sort_unstable();
    reps.dedup();
    struct Group {
        rep: u32,
        size: u32,
        fixed: Option<u32>,
        start: u32,
        end: u32,
    }
    // The parameter slot of each group that holds a parameter.
    let mut fixed_of: HashMap<u32, u32> = HashMap::new();
    for (m, &g) in groups.iter().enumerate() {
        if let Some(f) = values[m].fixed {
            fixed_of.entry(g).or_insert(f);
        }
    }
    let mut list: Vec<Group> = reps
        .iter()
        .map(|&rep| {
            let r = &ranges[rep as usize];
            let fixed = fixed_of.get(&rep).copied();
            Group {
                rep,
                size: values[rep as usize].size,
                fixed,
                start: if fixed.is_some() {
                    0
                } else {
                    r.first().map_or(0, |x| x.0)
                },
                end: r.last().map_or(0, |x| x.1),
            }
        })
        .collect();
    list.sort_by_key(|g| (g.start, g.fixed.is_none()));
    let mut slot_of_group: HashMap<u32, u32> = HashMap::new();
    let mut free: HashMap<u32, Vec<u32>> = HashMap::new();
    // (end, slot, size), kept sorted by end, latest first.
    let mut active: Vec<(u32, u32, u32)> = Vec::new();
    let mut next = first_free;
    for g in &list {
        while let Some(&(end, slot, size)) = active.last() {
            if end >= g.start {
                break;
            }
            active.pop();
            free.entry(size).or_default().push(slot);
        }
        let slot = match g.fixed {
            Some(s) => s,
            None => match free.get_mut(&g.size).and_then(|f| f.pop()) {
                Some(s) => s,
                None => {
                    let s = next;
                    next += g.size;
                    s
                }
            },
        };
        slot_of_group.insert(g.rep, slot);
        let at = active.partition_point(|&(e, _, _)| e > g.end);
        active.insert(at, (g.end, slot, g.size));
    }
    groups
        .iter()
        .map(|g| slot_of_group.get(g).copied().unwrap_or(0))
        .collect()
}
