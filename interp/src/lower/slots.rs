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
//! Block-level liveness comes from the usual backward dataflow; a value's
//! range in a block runs from its definition (or the block start, if live
//! in) to its last use (or the block end, if live out).
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
    let slots = match blocks {
        Some(blocks) if blocks.live_set_words(values.len()) <= MAX_LIVE_SET_WORDS => {
            let live = blocks.liveness(values.len());
            let mut ranges = blocks.ranges(&live, values.len());
            let groups = coalesce(l, &index, &values, &mut ranges, aliases);
            assign(&values, &ranges, &groups, param_slots)
        }
        // May return twice (see the module doc), or too large for dense
        // live sets: one slot per value.
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

/// One set of values per block, one bit per value, all rows in one
/// allocation (row `b` is `words[b * width..(b + 1) * width]`).
struct BitRows {
    width: usize,
    words: Vec<u64>,
}

impl BitRows {
    fn new(rows: usize, values: usize) -> BitRows {
        let width = values.div_ceil(64);
        BitRows {
            width,
            words: vec![0; rows * width],
        }
    }
    fn row(&self, b: usize) -> &[u64] {
        &self.words[b * self.width..(b + 1) * self.width]
    }
    fn row_mut(&mut self, b: usize) -> &mut [u64] {
        &mut self.words[b * self.width..(b + 1) * self.width]
    }
    fn insert(&mut self, b: usize, v: u32) {
        if let Some(w) = self.row_mut(b).get_mut(v as usize / 64) {
            *w |= 1 << (v % 64);
        }
    }
    fn contains(&self, b: usize, v: u32) -> bool {
        self.row(b)
            .get(v as usize / 64)
            .is_some_and(|w| w & (1 << (v % 64)) != 0)
    }
    /// The values in row `b`, in increasing order.
    fn iter(&self, b: usize) -> impl Iterator<Item = u32> + '_ {
        self.row(b).iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some(wi as u32 * 64 + bit)
            })
        })
    }
}

/// The most words one table of live sets (a bit per value per block) may
/// take: 8 MiB. Past it (a function of thousands of blocks and tens of
/// thousands of values) values get a slot each instead, so that a huge
/// function costs frame space rather than a huge allocation at load.
const MAX_LIVE_SET_WORDS: usize = 1 << 20;

/// Live-in and live-out sets of every block.
struct Liveness {
    live_in: BitRows,
    live_out: BitRows,
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

    /// Words of one table of live sets for `n` values.
    fn live_set_words(&self, n: usize) -> usize {
        self.blocks.len().saturating_mul(n.div_ceil(64))
    }

    /// The usual backward dataflow to a fixed point. PHI sources are uses
    /// in the predecessor (at its move position), not live-in at the PHI's
    /// block.
    fn liveness(&self, n: usize) -> Liveness {
        let count = self.blocks.len();
        let mut gen = BitRows::new(count, n);
        let mut kill = BitRows::new(count, n);
        for (b, info) in self.blocks.iter().enumerate() {
            for &(v, _) in &info.defs {
                kill.insert(b, v);
            }
            // In SSA form a block's own definitions come before its uses.
            for &(v, _) in &info.uses {
                if !kill.contains(b, v) {
                    gen.insert(b, v);
                }
            }
        }
        let mut live_in = BitRows::new(count, n);
        let mut out = vec![0u64; live_in.width];
        let mut changed = true;
        while changed {
            changed = false;
            for b in (0..count).rev() {
                union_of_successors(&live_in, &self.blocks[b].succs, &mut out);
                let row = live_in.row_mut(b);
                for (((i, o), k), g) in row.iter_mut().zip(&out).zip(kill.row(b)).zip(gen.row(b)) {
                    let new = (o & !k) | g;
                    changed |= new != *i;
                    *i = new;
                }
            }
        }
        let mut live_out = BitRows::new(count, n);
        for (b, info) in self.blocks.iter().enumerate() {
            union_of_successors(&live_in, &info.succs, &mut out);
            live_out.row_mut(b).copy_from_slice(&out);
        }
        Liveness { live_in, live_out }
    }

    /// Every value's live range, as sorted, disjoint, inclusive intervals.
    fn ranges(&self, live: &Liveness, n: usize) -> Vec<Vec<(u32, u32)>> {
        let mut ranges: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
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
            for v in live.live_in.iter(b) {
                local.set(v, |e| (info.start, e.map_or(info.start, |(_, to)| to)));
            }
            for v in live.live_out.iter(b) {
                local.set(v, |e| (e.map_or(info.start, |(from, _)| from), info.end));
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

/// `out` = the union of the live-in sets of `succs`.
fn union_of_successors(live_in: &BitRows, succs: &[usize], out: &mut [u64]) {
    out.fill(0);
    for &s in succs {
        for (o, i) in out.iter_mut().zip(live_in.row(s)) {
            *o |= i;
        }
    }
}

/// Appends `(from, to)` to intervals that end no later than it starts
/// (blocks are visited in position order), merging touching ones.
fn push_interval(r: &mut Vec<(u32, u32)>, (from, to): (u32, u32)) {
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
fn normalise(r: &mut Vec<(u32, u32)>) {
    r.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(r.len());
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
    ranges: &mut [Vec<(u32, u32)>],
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
fn assign(
    values: &[Value],
    ranges: &[Vec<(u32, u32)>],
    groups: &[u32],
    first_free: u32,
) -> Vec<u32> {
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
