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
//!
//! This runs for every function at load, so its tables are vectors indexed
//! by value or block number, in a few allocations per function rather than
//! per block or per value, and names are looked up once per operand.

use super::names::NameMap;
use super::{FnLowerer, LResult};
use crate::bytecode::Slot;
use hashbrown::HashMap;
use llvm_ir::types::Typed;
use llvm_ir::{Instruction, Name, Operand, Terminator, Type};
use smallvec::SmallVec;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Where every value lives in the frame.
pub(super) struct Allocation {
    pub values: NameMap<Slot>,
    /// Slots used by values (temporaries of the lowering come after).
    pub value_slots: u32,
    pub param_slots: u32,
    pub va_slot: Option<Slot>,
}

/// Values that stand for others: their uses are uses of these names.
pub(super) type Aliases = HashMap<Name, SmallVec<[Name; 2]>>;

/// One value: its name, size in slots, and whether it is a parameter
/// (parameters arrive in fixed slots).
struct Value<'n> {
    name: &'n Name,
    size: u32,
    fixed: Option<u32>,
}

pub(super) fn allocate(l: &FnLowerer, aliases: &Aliases) -> LResult<Allocation> {
    let (values, param_slots, va_slot) = collect_values(l)?;
    let reads = Reads::new(l, &values, aliases);
    let blocks = if returns_twice(l) {
        None
    } else {
        Some(Blocks::build(l, &reads, values.len())?)
    };
    let live = blocks
        .as_ref()
        .and_then(|b| Some((b, b.live_in(values.len())?)));
    let slots = match live {
        Some((blocks, live_in)) => {
            let mut ranges = blocks.ranges(&live_in, values.len());
            drop(live_in);
            let groups = coalesce(l, &reads, &values, &mut ranges);
            assign(&values, &ranges, &groups, param_slots)
        }
        // May return twice (see the module doc), or live sets too large
        // (see `MAX_LIVE_ENTRIES`): one slot per value.
        _ => sequential(&values, param_slots),
    };
    drop(blocks);
    let value_slots = values
        .iter()
        .zip(&slots)
        .map(|(v, s)| s + v.size)
        .max()
        .unwrap_or(0)
        .max(param_slots);
    let mut table = NameMap::for_names(values.iter().map(|v| v.name));
    for (v, &s) in values.iter().zip(&slots) {
        table.insert(v.name.clone(), Slot(s));
    }
    for (copy, source) in &l.copies {
        if let Some(&s) = table.get(source) {
            table.insert(copy.clone(), s);
        }
    }
    Ok(Allocation {
        values: table,
        value_slots,
        param_slots,
        va_slot,
    })
}

/// Parameters, then every instruction and invoke result, in layout order.
fn collect_values<'n>(l: &'n FnLowerer) -> LResult<(Vec<Value<'n>>, u32, Option<Slot>)> {
    let mut values = Vec::with_capacity(crate::parallel::instructions(l.func) + 8);
    let mut next = 0;
    for p in &l.func.parameters {
        let size = l.slots_for(&p.ty)?;
        values.push(Value {
            name: &p.name,
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
                    name,
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
                        name: &inv.result,
                        size,
                        fixed: None,
                    });
                }
            }
        }
    }
    Ok((values, param_slots, va_slot))
}

/// What reading a local operand reads, by the operand's name: the value of
/// that name, and the values it stands for if it is an alias, resolved to
/// value indices once rather than at every use.
struct Reads<'n> {
    /// The index of every value in `values`, and of every plain copy (its
    /// source's: a copy is its source under another name).
    index: NameMap<u32, &'n Name>,
    /// Every alias's list in `targets`.
    alias: NameMap<u32, &'n Name>,
    /// The values each alias stands for, in order, leaving out names
    /// without a value.
    targets: Lists,
}

impl<'n> Reads<'n> {
    fn new(l: &'n FnLowerer, values: &[Value<'n>], aliases: &'n Aliases) -> Reads<'n> {
        let mut index = NameMap::for_names(values.iter().map(|v| v.name));
        for (i, v) in values.iter().enumerate() {
            index.insert(v.name, i as u32);
        }
        for (copy, source) in &l.copies {
            if let Some(&v) = index.get(source) {
                index.insert(copy, v);
            }
        }
        let mut alias = NameMap::new();
        let mut targets = Lists::appending(aliases.len(), aliases.len());
        for (i, (name, to)) in aliases.iter().enumerate() {
            targets
                .items
                .extend(to.iter().filter_map(|t| index.get(t).copied()));
            targets.close();
            alias.insert(name, i as u32);
        }
        Reads {
            index,
            alias,
            targets,
        }
    }

    /// The value of this name (a copy's is its source's).
    fn value(&self, name: &Name) -> Option<u32> {
        self.index.get(name).copied()
    }

    fn is_alias(&self, name: &Name) -> bool {
        self.alias.contains_key(name)
    }

    /// Every value a read of `op` reads: its own, then those it stands for.
    fn each(&self, op: &Operand, mut f: impl FnMut(u32)) {
        let Operand::LocalOperand { name, .. } = op else {
            return;
        };
        if let Some(&v) = self.index.get(name) {
            f(v);
        }
        if let Some(&a) = self.alias.get(name) {
            for &v in self.targets.of(a as usize) {
                f(v);
            }
        }
    }
}

/// Whether the function calls something that may return twice.
fn returns_twice(l: &FnLowerer) -> bool {
    l.func.basic_blocks.iter().any(|bb| {
        bb.instrs.iter().any(|i| match i {
            Instruction::Call(c) => match &c.function {
                either::Either::Right(Operand::ConstantOperand(k)) => match k.as_ref() {
                    llvm_ir::Constant::GlobalReference { name, .. } => match name {
                        Name::Name(n) => {
                            n.contains("setjmp")
                                || *n.as_ref() == "savectx"
                                || *n.as_ref() == "vfork"
                                || *n.as_ref() == "getcontext"
                        }
                        // A number contains none of those names.
                        Name::Number(_) => false,
                    },
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

/// Where a block's list is in one of the flat vectors of `Blocks`:
/// `items[from..to]`.
#[derive(Clone, Copy, Default)]
struct Span {
    from: u32,
    to: u32,
}

impl Span {
    /// The items pushed to `items` since it had `from` of them.
    fn since<T>(from: usize, items: &[T]) -> Span {
        Span {
            from: from as u32,
            to: items.len() as u32,
        }
    }

    fn of<T>(self, items: &[T]) -> &[T] {
        &items[self.from as usize..self.to as usize]
    }
}

/// One block (or one CFG edge, holding its PHI moves): its positions, and
/// its lists in the flat vectors of `Blocks`.
#[derive(Clone, Copy)]
struct BlockInfo {
    start: u32,
    end: u32,
    /// In `Blocks::succs`.
    succs: Span,
    /// In `Blocks::defs`: values defined here (PHIs at `start`), with
    /// positions.
    defs: Span,
    /// In `Blocks::uses`: values read here, with positions.
    uses: Span,
    /// In `Blocks::move_defs`: destinations of the PHI moves of an edge
    /// (written at `end`).
    move_defs: Span,
}

/// The blocks, then the edge blocks, and the lists of all of them, each
/// list kind in one vector: a function's blocks cost a few allocations,
/// not a few each.
struct Blocks {
    blocks: Vec<BlockInfo>,
    /// Blocks `0..edges_from` are the function's, in layout order; the
    /// edge blocks come after, in the order of their positions.
    edges_from: usize,
    succs: Vec<u32>,
    defs: Vec<(u32, u32)>,
    uses: Vec<(u32, u32)>,
    move_defs: Vec<u32>,
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

impl Blocks {
    fn build(l: &FnLowerer, reads: &Reads, values: usize) -> LResult<Blocks> {
        let count = l.func.basic_blocks.len();
        let mut blocks = Vec::with_capacity(count * 2);
        let mut succs: Vec<u32> = Vec::with_capacity(count * 2);
        let mut defs: Vec<(u32, u32)> = Vec::with_capacity(values);
        let mut uses: Vec<(u32, u32)> = Vec::with_capacity(values * 2);
        let mut move_defs: Vec<u32> = Vec::new();
        // Edge blocks, numbered after the blocks, and the block each leads
        // to (its only successor, stored after the blocks' successors).
        let mut edges: Vec<BlockInfo> = Vec::new();
        let mut edge_to: Vec<u32> = Vec::new();
        let mut pos = 0u32;
        for bb in &l.func.basic_blocks {
            let start = pos;
            let (defs_from, uses_from) = (defs.len(), uses.len());
            if start == 0 {
                // Parameters are defined on entry.
                for p in &l.func.parameters {
                    if let Some(v) = reads.value(&p.name) {
                        defs.push((v, 0));
                    }
                }
            }
            for inst in &bb.instrs {
                if let Instruction::Phi(phi) = inst {
                    if let Some(v) = reads.value(&phi.dest) {
                        defs.push((v, start));
                    }
                    continue;
                }
                pos += 2;
                let read = pos - 1;
                super::support::for_each_operand(inst, &mut |op| {
                    reads.each(op, |v| uses.push((v, read)))
                });
                let result = inst.try_get_result().filter(|n| !l.copies.contains_key(*n));
                if let Some(v) = result.and_then(|n| reads.value(n)) {
                    let write = if reads_before_writing(l, inst) {
                        pos
                    } else {
                        read
                    };
                    defs.push((v, write));
                }
            }
            pos += 1;
            super::support::for_each_terminator_operand(&bb.term, &mut |op| {
                reads.each(op, |v| uses.push((v, pos)))
            });
            if let Terminator::Invoke(inv) = &bb.term {
                if let Some(v) = reads.value(&inv.result) {
                    defs.push((v, pos));
                }
            }
            let end = pos;
            let (block_defs, block_uses) =
                (Span::since(defs_from, &defs), Span::since(uses_from, &uses));
            // Each out-edge into a block with PHIs is a block of its own
            // holding the PHI moves: the moves of different edges never
            // run together. An edge without moves would only pass liveness
            // through, so it links the blocks directly.
            let (succs_from, first_edge) = (succs.len(), edges.len());
            for succ in successors(&bb.term) {
                let s = *l
                    .block_index
                    .get(succ)
                    .ok_or_else(|| format!("branch to unknown block %{succ}"))?;
                if !matches!(
                    l.func.basic_blocks[s].instrs.first(),
                    Some(Instruction::Phi(_))
                ) {
                    if !succs[succs_from..].contains(&(s as u32)) {
                        succs.push(s as u32);
                    }
                    continue;
                }
                if edge_to[first_edge..].contains(&(s as u32)) {
                    continue;
                }
                let (start, read, write) = (pos + 1, pos + 2, pos + 3);
                pos = write;
                let (uses_from, moves_from) = (uses.len(), move_defs.len());
                for inst in &l.func.basic_blocks[s].instrs {
                    let Instruction::Phi(phi) = inst else { break };
                    for (v, from) in &phi.incoming_values {
                        if from == &bb.name {
                            reads.each(v, |v| uses.push((v, read)));
                        }
                    }
                    if let Some(p) = reads.value(&phi.dest) {
                        move_defs.push(p);
                    }
                }
                succs.push((count + edges.len()) as u32);
                edges.push(BlockInfo {
                    start,
                    end: write,
                    succs: Span::default(),
                    defs: Span::default(),
                    uses: Span::since(uses_from, &uses),
                    move_defs: Span::since(moves_from, &move_defs),
                });
                edge_to.push(s as u32);
            }
            pos += 1;
            blocks.push(BlockInfo {
                start,
                end,
                succs: Span::since(succs_from, &succs),
                defs: block_defs,
                uses: block_uses,
                move_defs: Span::default(),
            });
        }
        for (edge, &to) in edges.iter_mut().zip(&edge_to) {
            let from = succs.len();
            succs.push(to);
            edge.succs = Span::since(from, &succs);
        }
        blocks.extend(edges);
        Ok(Blocks {
            blocks,
            edges_from: count,
            succs,
            defs,
            uses,
            move_defs,
        })
    }

    fn succs(&self, b: usize) -> &[u32] {
        self.blocks[b].succs.of(&self.succs)
    }

    /// The blocks of each value: those whose `span` of `items` (the defs
    /// or the uses) holds it. A value outside the table (none should be)
    /// is left out rather than indexed.
    fn by_value(&self, n: usize, items: &[(u32, u32)], span: fn(&BlockInfo) -> Span) -> Lists {
        let mut lists = Lists::counting(n);
        for info in &self.blocks {
            for &(v, _) in span(info).of(items) {
                if (v as usize) < n {
                    lists.count(v);
                }
            }
        }
        lists.start_filling();
        for (b, info) in self.blocks.iter().enumerate() {
            for &(v, _) in span(info).of(items) {
                if (v as usize) < n {
                    lists.put(v, b as u32);
                }
            }
        }
        lists
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
        for &s in &self.succs {
            preds.count(s);
        }
        preds.start_filling();
        for b in 0..count {
            for &s in self.succs(b) {
                preds.put(s, b as u32);
            }
        }
        let defined_in = self.by_value(n, &self.defs, |info| info.defs);
        let used_in = self.by_value(n, &self.uses, |info| info.uses);
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

    /// The blocks in position order: each block, then its edge blocks.
    fn in_position_order(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.edges_from).flat_map(move |b| {
            let edges = self
                .succs(b)
                .iter()
                .filter(|&&s| s as usize >= self.edges_from);
            std::iter::once(b).chain(edges.map(|&e| e as usize))
        })
    }

    /// Every value's live range, as sorted, disjoint, inclusive intervals.
    fn ranges(&self, live_in: &Lists, n: usize) -> Vec<Intervals> {
        let mut ranges: Vec<Intervals> = Vec::with_capacity(n);
        ranges.resize_with(n, Intervals::new);
        let mut local = BlockRanges {
            of: vec![BlockRanges::UNSET; n],
            touched: Vec::new(),
        };
        // Blocks in position order, so that each value's intervals arrive
        // sorted.
        for b in self.in_position_order() {
            let info = &self.blocks[b];
            for &(v, p) in info.defs.of(&self.defs) {
                local.set(v, |_| (p, p));
            }
            for &(v, p) in info.uses.of(&self.uses) {
                local.set(v, |e| {
                    e.map_or((info.start, p), |(from, to)| (from, to.max(p)))
                });
            }
            for &v in live_in.of(b) {
                local.set(v, |e| (info.start, e.map_or(info.start, |(_, to)| to)));
            }
            // Live out: live in at a successor (a value live into two
            // successors is set twice, to the same range).
            for &s in info.succs.of(&self.succs) {
                for &v in live_in.of(s as usize) {
                    local.set(v, |e| (e.map_or(info.start, |(from, _)| from), info.end));
                }
            }
            // (Each value once: the order does not matter.)
            while let Some(v) = local.touched.pop() {
                let range = local.take(v);
                if let (Some(r), Some(range)) = (ranges.get_mut(v as usize), range) {
                    push_interval(r, range);
                }
            }
            // A PHI's slot is written by the moves on its in-edges.
            for &v in info.move_defs.of(&self.move_defs) {
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
    /// By value: `UNSET` where it has no range in the block.
    of: Vec<(u32, u32)>,
    /// The values with a range in this block.
    touched: Vec<u32>,
}

impl BlockRanges {
    /// No range (a real one would need position `u32::MAX`, which would
    /// take a function of billions of instructions).
    const UNSET: (u32, u32) = (u32::MAX, u32::MAX);

    fn set(&mut self, v: u32, f: impl FnOnce(Option<(u32, u32)>) -> (u32, u32)) {
        if let Some(e) = self.of.get_mut(v as usize) {
            let old = if *e == Self::UNSET {
                self.touched.push(v);
                None
            } else {
                Some(*e)
            };
            *e = f(old);
        }
    }

    /// The range of `v` in the block, cleared for the next block.
    fn take(&mut self, v: u32) -> Option<(u32, u32)> {
        let e = self.of.get_mut(v as usize)?;
        Some(std::mem::replace(e, Self::UNSET)).filter(|&r| r != Self::UNSET)
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

/// The union of two ranges that do not overlap, merging touching
/// intervals: what sorting their intervals together and merging would
/// give, by merging the two sorted lists.
fn union(a: &[(u32, u32)], b: &[(u32, u32)]) -> Intervals {
    let mut out = Intervals::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if y < x => {
                j += 1;
                y
            }
            (Some(&x), _) => {
                i += 1;
                x
            }
            (None, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        push_interval(&mut out, next);
    }
    out
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
fn coalesce(l: &FnLowerer, reads: &Reads, values: &[Value], ranges: &mut [Intervals]) -> Vec<u32> {
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
            let Some(p) = reads.value(&phi.dest) else {
                continue;
            };
            for (op, _) in &phi.incoming_values {
                let Operand::LocalOperand { name, .. } = op else {
                    continue;
                };
                if reads.is_alias(name) {
                    continue;
                }
                let Some(v) = reads.value(name) else { continue };
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
                let merged = union(&ranges[gv as usize], &ranges[gp as usize]);
                ranges[gv as usize] = Intervals::new();
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
    struct Group {
        rep: u32,
        size: u32,
        fixed: Option<u32>,
        start: u32,
        end: u32,
    }
    // The parameter slot of each group that holds a parameter, by
    // representative: that of its first parameter.
    let mut fixed_of: Vec<Option<u32>> = vec![None; values.len()];
    for (v, &g) in values.iter().zip(groups) {
        if let (Some(f), Some(slot @ None)) = (v.fixed, fixed_of.get_mut(g as usize)) {
            *slot = Some(f);
        }
    }
    // Each group once, by its representative (which is its own group).
    let mut list: Vec<Group> = (0..groups.len() as u32)
        .filter(|&v| groups[v as usize] == v)
        .map(|rep| {
            let r = &ranges[rep as usize];
            let fixed = fixed_of[rep as usize];
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
    // Parameters first among groups starting together, then by
    // representative: the order a stable sort of the representatives gave.
    list.sort_unstable_by_key(|g| (g.start, g.fixed.is_none(), g.rep));
    let mut slot_of_group: Vec<u32> = vec![0; groups.len()];
    // Free slot ranges by size, each a stack (the last freed is reused
    // first). Values come in few sizes, so a short list.
    let mut free: Vec<(u32, Vec<u32>)> = Vec::new();
    // Groups holding slots: (end, order of the group in `list`, slot,
    // size); the first to expire is the one ending first, and among those
    // ending together the first to start.
    let mut active: BinaryHeap<Reverse<(u32, u32, u32, u32)>> = BinaryHeap::new();
    let mut next = first_free;
    for (order, g) in list.iter().enumerate() {
        while let Some(&Reverse((end, _, slot, size))) = active.peek() {
            if end >= g.start {
                break;
            }
            active.pop();
            match free.iter_mut().find(|(s, _)| *s == size) {
                Some((_, slots)) => slots.push(slot),
                None => free.push((size, vec![slot])),
            }
        }
        let slot = match g.fixed {
            Some(s) => s,
            None => match free
                .iter_mut()
                .find(|(s, _)| *s == g.size)
                .and_then(|(_, slots)| slots.pop())
            {
                Some(s) => s,
                None => {
                    let s = next;
                    next += g.size;
                    s
                }
            },
        };
        slot_of_group[g.rep as usize] = slot;
        active.push(Reverse((g.end, order as u32, slot, g.size)));
    }
    groups.iter().map(|&g| slot_of_group[g as usize]).collect()
}
