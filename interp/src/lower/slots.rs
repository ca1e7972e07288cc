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
//! per block or per value; the values are found in one pass over the
//! instructions, and a name is looked up once per operand, in one table
//! saying what reading it reads (`Reads`). The linear scan orders groups
//! by counting sorts on positions rather than comparison sorts and a heap.

use super::names::NameMap;
use super::{FnLowerer, LResult};
use crate::bytecode::Slot;
use llvm_ir::types::FPType;
use llvm_ir::types::Typed;
use llvm_ir::{Instruction, Name, Operand, Terminator, Type};
use smallvec::SmallVec;

/// Where every value lives in the frame.
pub(super) struct Allocation {
    pub values: NameMap<Slot>,
    /// Slots used by values (temporaries of the lowering come after).
    pub value_slots: u32,
    pub param_slots: u32,
    pub va_slot: Option<Slot>,
}

/// Values that stand for others: their uses are uses of these names. Each
/// name once (a folded address or a fused compare), so a list.
pub(super) type Aliases = Vec<(Name, SmallVec<[Name; 2]>)>;

/// One value: its size in slots, and whether it is a parameter
/// (parameters arrive in fixed slots).
struct Value {
    size: u32,
    fixed: Option<u32>,
}

pub(super) fn allocate(l: &FnLowerer, aliases: &Aliases) -> LResult<Allocation> {
    let Collected {
        values,
        names,
        param_slots,
        va_slot,
        returns_twice,
    } = collect_values(l)?;
    let reads = Reads::new(l, names, aliases);
    let blocks = if returns_twice {
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
    // Every name with a value: the values, and the copies (their sources').
    let table = reads
        .names
        .filter_map(|r| Some(Slot(slots[r.value()? as usize])));
    Ok(Allocation {
        values: table,
        value_slots,
        param_slots,
        va_slot,
    })
}

/// The values of a function, with what `collect_values` found on the way.
struct Collected<'n> {
    values: Vec<Value>,
    /// Every value's name with its index, and the plain copies (not yet
    /// resolved to their sources).
    names: NameMap<Read, &'n Name>,
    param_slots: u32,
    va_slot: Option<Slot>,
    /// Whether the function calls something that may return twice.
    returns_twice: bool,
}

/// Parameters, then every instruction and invoke result, in layout order,
/// in one pass over the instructions.
fn collect_values<'n>(l: &'n FnLowerer) -> LResult<Collected<'n>> {
    let mut values = Vec::with_capacity(l.name_count + 8);
    let mut names = NameMap::with_capacity(l.name_count);
    // A copy's result is its source under another name, not a value.
    for copy in l.copies.keys() {
        names.insert(copy, Read::COPY);
    }
    // Called for every value: the call cost more than its body.
    #[inline(always)]
    fn add<'n>(
        (values, names): (&mut Vec<Value>, &mut NameMap<Read, &'n Name>),
        name: &'n Name,
        size: u32,
        fixed: Option<u32>,
    ) {
        // One lookup: a plain copy's entry is found (and put back) in
        // passing.
        match names.insert(name, Read::value_at(values.len())) {
            Some(copy) if copy.copy => {
                names.insert(name, copy);
            }
            _ => values.push(Value { size, fixed }),
        }
    }
    let mut next = 0;
    for p in &l.func.parameters {
        let size = l.slots_for(&p.ty)?;
        add((&mut values, &mut names), &p.name, size.max(1), Some(next));
        next += size;
    }
    // A variadic function's hidden `va_list` slot counts as a parameter.
    let va_slot = l.func.is_var_arg.then_some(Slot(next));
    let param_slots = next + va_slot.is_some() as u32;
    let mut returns_twice = false;
    for bb in &l.func.basic_blocks {
        for inst in &bb.instrs {
            returns_twice = returns_twice || may_return_twice(inst);
            let Some(name) = inst.try_get_result() else {
                continue;
            };
            let size = result_slots(l, inst)?;
            add((&mut values, &mut names), name, size.max(1), None);
        }
        if let Terminator::Invoke(inv) = &bb.term {
            if let Type::FuncType { result_type, .. } = inv.function_ty.as_ref() {
                let size = l.slots_for(result_type)?;
                if size > 0 {
                    add((&mut values, &mut names), &inv.result, size, None);
                }
            }
        }
    }
    Ok(Collected {
        values,
        names,
        param_slots,
        va_slot,
        returns_twice,
    })
}

/// `slots_for` the type of `inst`'s result, without building the type
/// where the instruction holds it or it is plain (building a type clones
/// or looks it up, which was most of the cost of collecting the values).
/// Everything else takes `get_type`.
fn result_slots(l: &FnLowerer, inst: &Instruction) -> LResult<u32> {
    use Instruction as I;
    // The type of an operand, where it holds it.
    fn held(op: &Operand) -> Option<&Type> {
        match op {
            Operand::LocalOperand { ty, .. } => Some(ty.as_ref()),
            _ => None,
        }
    }
    // The results of compares and GEPs are vectors when an operand is.
    use super::support::scalar_operand as scalar;
    let ty: Option<&Type> = match inst {
        I::Load(x) => Some(&x.loaded_ty),
        I::Phi(x) => Some(&x.to_type),
        I::Call(x) => match x.function_ty.as_ref() {
            Type::FuncType { result_type, .. } => Some(result_type),
            _ => None,
        },
        I::Add(x) => held(&x.operand0),
        I::Sub(x) => held(&x.operand0),
        I::Mul(x) => held(&x.operand0),
        I::UDiv(x) => held(&x.operand0),
        I::SDiv(x) => held(&x.operand0),
        I::URem(x) => held(&x.operand0),
        I::SRem(x) => held(&x.operand0),
        I::FAdd(x) => held(&x.operand0),
        I::FSub(x) => held(&x.operand0),
        I::FMul(x) => held(&x.operand0),
        I::FDiv(x) => held(&x.operand0),
        I::And(x) => held(&x.operand0),
        I::Or(x) => held(&x.operand0),
        I::Xor(x) => held(&x.operand0),
        I::Shl(x) => held(&x.operand0),
        I::LShr(x) => held(&x.operand0),
        I::AShr(x) => held(&x.operand0),
        I::Select(x) => held(&x.true_value),
        I::Trunc(x) => Some(&x.to_type),
        I::ZExt(x) => Some(&x.to_type),
        I::SExt(x) => Some(&x.to_type),
        I::PtrToInt(x) => Some(&x.to_type),
        I::IntToPtr(x) => Some(&x.to_type),
        I::BitCast(x) => Some(&x.to_type),
        I::FPTrunc(x) => Some(&x.to_type),
        I::FPExt(x) => Some(&x.to_type),
        I::FPToSI(x) => Some(&x.to_type),
        I::FPToUI(x) => Some(&x.to_type),
        I::SIToFP(x) => Some(&x.to_type),
        I::UIToFP(x) => Some(&x.to_type),
        // A pointer, and an `i1`: one slot each.
        I::Alloca(_) => return Ok(1),
        I::GetElementPtr(g) if scalar(&g.address) && g.indices.iter().all(scalar) => return Ok(1),
        I::ICmp(x) if scalar(&x.operand0) => return Ok(1),
        _ => None,
    };
    match ty {
        Some(ty) => l.slots_for(ty),
        None => l.slots_for(&inst.get_type(l.types)),
    }
}

/// What reading a local name reads: the value of that name, and the
/// values it stands for if it is an alias, resolved to value indices once
/// rather than at every use.
#[derive(Clone, Copy)]
struct Read {
    /// The index of its value in `values`, or `NONE`; a plain copy's is
    /// its source's.
    value: u32,
    /// A plain copy: its result is its source under another name.
    copy: bool,
    /// An alias's list in `Reads::targets`, or `NONE`.
    alias: u32,
}

impl Read {
    const NONE: u32 = u32::MAX;
    /// A name that reads nothing (yet).
    const EMPTY: Read = Read {
        value: Read::NONE,
        copy: false,
        alias: Read::NONE,
    };
    const COPY: Read = Read {
        copy: true,
        ..Read::EMPTY
    };

    fn value_at(index: usize) -> Read {
        Read {
            value: index as u32,
            ..Read::EMPTY
        }
    }

    fn value(&self) -> Option<u32> {
        (self.value != Read::NONE).then_some(self.value)
    }
}

/// What reading each local name reads, in one table, so that an operand
/// costs one lookup.
struct Reads<'n> {
    names: NameMap<Read, &'n Name>,
    /// The values each alias stands for, in order, leaving out names
    /// without a value.
    targets: Lists,
}

impl<'n> Reads<'n> {
    /// `names` as `collect_values` left them, with the copies resolved and
    /// the aliases added.
    fn new(
        l: &'n FnLowerer,
        mut names: NameMap<Read, &'n Name>,
        aliases: &'n Aliases,
    ) -> Reads<'n> {
        for (copy, source) in &l.copies {
            let value = names.get(source).map_or(Read::NONE, |r| r.value);
            names.insert(
                copy,
                Read {
                    value,
                    ..Read::COPY
                },
            );
        }
        let mut targets = Lists::appending(aliases.len(), aliases.len());
        for (i, (name, to)) in aliases.iter().enumerate() {
            targets
                .items
                .extend(to.iter().filter_map(|t| names.get(t)?.value()));
            targets.close();
            let read = names.get(name).copied().unwrap_or(Read::EMPTY);
            names.insert(
                name,
                Read {
                    alias: i as u32,
                    ..read
                },
            );
        }
        Reads { names, targets }
    }

    /// The value of this name (a copy's is its source's).
    fn value(&self, name: &Name) -> Option<u32> {
        self.names.get(name)?.value()
    }

    /// The value this name defines: not a copy's.
    fn defined(&self, name: &Name) -> Option<u32> {
        self.names.get(name).filter(|r| !r.copy)?.value()
    }

    fn is_alias(&self, name: &Name) -> bool {
        self.names.get(name).is_some_and(|r| r.alias != Read::NONE)
    }

    /// Every value a read of `op` reads: its own, then those it stands for.
    fn each(&self, op: &Operand, mut f: impl FnMut(u32)) {
        let Operand::LocalOperand { name, .. } = op else {
            return;
        };
        let Some(r) = self.names.get(name) else {
            return;
        };
        if let Some(v) = r.value() {
            f(v);
        }
        if r.alias != Read::NONE {
            for &v in self.targets.of(r.alias as usize) {
                f(v);
            }
        }
    }
}

/// Whether `inst` calls something that may return twice.
fn may_return_twice(inst: &Instruction) -> bool {
    match inst {
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
    }
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

impl Blocks {
    fn build(l: &FnLowerer, reads: &Reads, values: usize) -> LResult<Blocks> {
        let count = l.func.basic_blocks.len();
        let mut blocks = Vec::with_capacity(count * 2);
        let mut succs: Vec<u32> = Vec::with_capacity(count * 2);
        let mut defs: Vec<(u32, u32)> = Vec::with_capacity(values);
        let mut uses: Vec<(u32, u32)> = Vec::with_capacity(values * 2);
        let mut move_defs: Vec<u32> = Vec::with_capacity(count);
        // Edge blocks, numbered after the blocks, and the block each leads
        // to (its only successor, stored after the blocks' successors).
        let mut edges: Vec<BlockInfo> = Vec::with_capacity(count);
        let mut edge_to: Vec<u32> = Vec::with_capacity(count);
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
                if let Some(v) = inst.try_get_result().and_then(|n| reads.defined(n)) {
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

    /// `by_value` of the defs, built directly where they list every value
    /// once and in order, as they do: values are numbered in the order of
    /// their definitions.
    fn defined_in(&self, n: usize) -> Lists {
        let in_order = self.defs.len() == n
            && (self.defs.iter().enumerate()).all(|(i, &(v, _))| v as usize == i);
        if !in_order {
            return self.by_value(n, &self.defs, |info| info.defs);
        }
        let mut blocks = vec![0; n];
        for (b, info) in self.blocks.iter().enumerate() {
            blocks[info.defs.from as usize..info.defs.to as usize].fill(b as u32);
        }
        Lists {
            bounds: (0..=n as u32).collect(),
            items: blocks,
        }
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
        let defined_in = self.defined_in(n);
        let used_in = self.by_value(n, &self.uses, |info| info.uses);
        // By block: the last value defined or found live in there. Values
        // are walked in increasing order, so the marks never need
        // clearing.
        let mut marks = vec![u32::MAX; count];
        // By value first, each value's list being its walk's work list;
        // turned into lists by block at the end.
        let mut ins = Lists::appending(n, n + count);
        for v in 0..n as u32 {
            for &b in defined_in.of(v as usize) {
                marks[b as usize] = v;
            }
            let first = ins.items.len();
            // A block's own definition comes before its uses in SSA form,
            // so a use there does not make the value live in.
            for &b in used_in.of(v as usize) {
                let m = &mut marks[b as usize];
                if *m != v {
                    *m = v;
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
                    if *m != v {
                        *m = v;
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
        let mut seen = vec![Seen::NONE; n];
        // Blocks in position order, so that each value's intervals arrive
        // sorted.
        for b in self.in_position_order() {
            let info = &self.blocks[b];
            let b = b as u32;
            for &(v, p) in info.uses.of(&self.uses) {
                let e = &mut seen[v as usize];
                e.last_use = if e.used == b { e.last_use.max(p) } else { p };
                e.used = b;
            }
            for &(v, p) in info.defs.of(&self.defs) {
                let e = &mut seen[v as usize];
                e.defined = b;
                e.def = p;
            }
            // Live out: live in at a successor.
            for &s in info.succs.of(&self.succs) {
                for &v in live_in.of(s as usize) {
                    seen[v as usize].live_out = b;
                }
            }
            // A value has a range here where it is live in or defined:
            // every block reading it or where it is live out is one of
            // those (see `live_in`).
            for &v in live_in.of(b as usize) {
                let e = &mut seen[v as usize];
                e.done = b;
                push_interval(&mut ranges[v as usize], e.range_in(b, info, true));
            }
            for &(v, _) in info.defs.of(&self.defs) {
                let e = &mut seen[v as usize];
                if e.done != b {
                    e.done = b;
                    push_interval(&mut ranges[v as usize], e.range_in(b, info, false));
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

/// What the block being swept by `Blocks::ranges` holds of a value, each
/// field valid where the block number beside it is that block's (so
/// nothing needs clearing between blocks).
#[derive(Clone, Copy)]
struct Seen {
    /// Read in `used`, last at `last_use`.
    used: u32,
    last_use: u32,
    /// Defined in `defined`, at `def` (the last definition, if several).
    defined: u32,
    def: u32,
    /// Live out of `live_out`.
    live_out: u32,
    /// Its range in `done` is taken.
    done: u32,
}

impl Seen {
    const NONE: Seen = Seen {
        used: u32::MAX,
        last_use: 0,
        defined: u32::MAX,
        def: 0,
        live_out: u32::MAX,
        done: u32::MAX,
    };

    /// The value's range in block `b`: from its definition, or the start
    /// if it is live in (or only read); to its last read (or its
    /// definition, if later), or the end if it is live out.
    fn range_in(&self, b: u32, info: &BlockInfo, live_in: bool) -> (u32, u32) {
        let mut r = (self.defined == b).then_some((self.def, self.def));
        if self.used == b {
            let u = self.last_use;
            r = Some(r.map_or((info.start, u), |(from, to)| (from, to.max(u))));
        }
        if live_in {
            r = Some((info.start, r.map_or(info.start, |(_, to)| to)));
        }
        if self.live_out == b {
            r = Some((r.map_or(info.start, |(from, _)| from), info.end));
        }
        r.unwrap_or((info.start, info.start))
    }
}

/// A value's live range: sorted, disjoint, inclusive intervals. Most
/// values live within one block, in one interval, kept inline.
type Intervals = SmallVec<[(u32, u32); 2]>;

/// Appends `(from, to)` to intervals that end no later than it starts
/// (blocks are visited in position order, and `disjoint_union` takes
/// intervals in order), merging touching ones.
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
    // The types `classify` takes for those scalars, answered without it
    // (most operands have one of them).
    let plain = |ty: &Type| match ty {
        Type::IntegerType { bits } => *bits <= 64,
        Type::PointerType { .. } | Type::FPType(FPType::Single | FPType::Double) => true,
        _ => false,
    };
    let scalar = |op: &Operand| {
        matches!(op, Operand::LocalOperand { ty, .. } if plain(ty))
            || l.classify_operand(op)
                .is_ok_and(|t| matches!(t, ValTy::Int(_) | ValTy::Ptr | ValTy::F32 | ValTy::F64))
    };
    let scalar_ty = |ty: &Type| {
        plain(ty)
            || l.classify(ty)
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

/// The union of two ranges, merging touching intervals, where they do not
/// overlap (`None` where they do): both questions in one merge of the two
/// sorted lists.
fn disjoint_union(a: &[(u32, u32)], b: &[(u32, u32)]) -> Option<Intervals> {
    let mut out = Intervals::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    // The end of the last interval taken from each list: an interval of
    // the other starting no later overlaps it.
    let (mut end_a, mut end_b) = (None, None);
    loop {
        let (next, end, other_end) = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if y < x => {
                j += 1;
                (y, &mut end_b, end_a)
            }
            (Some(&x), _) => {
                i += 1;
                (x, &mut end_a, end_b)
            }
            (None, Some(&y)) => {
                j += 1;
                (y, &mut end_b, end_a)
            }
            (None, None) => return Some(out),
        };
        if other_end.is_some_and(|e| next.0 <= e) {
            return None;
        }
        *end = Some(next.1);
        push_interval(&mut out, next);
    }
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
                let Some(merged) = disjoint_union(&ranges[gv as usize], &ranges[gp as usize])
                else {
                    continue;
                };
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
    // The parameter slot of each group that holds a parameter, by
    // representative: that of its first parameter.
    let mut fixed_of: Vec<Option<u32>> = vec![None; values.len()];
    for (v, &g) in values.iter().zip(groups) {
        if let (Some(f), Some(slot @ None)) = (v.fixed, fixed_of.get_mut(g as usize)) {
            *slot = Some(f);
        }
    }
    // Each group once, by its representative (which is its own group),
    // with the first and last positions of its range.
    let mut reps: Vec<u32> = Vec::with_capacity(groups.len());
    let mut spans: Vec<(u32, u32)> = vec![(0, 0); groups.len()];
    let mut positions = 0;
    for (rep, r) in ranges.iter().enumerate() {
        if groups[rep] == rep as u32 {
            let (from, to) = match (r.first(), r.last()) {
                (Some(first), Some(last)) => (first.0, last.1),
                _ => (0, 0),
            };
            let from = if fixed_of[rep].is_some() { 0 } else { from };
            reps.push(rep as u32);
            spans[rep] = (from, to);
            positions = positions.max(to as usize + 1);
        }
    }
    // In the order of their starts, parameters first among groups starting
    // together, then by representative: the order a stable sort of the
    // representatives gave. (A parameter starts at 0, the others one
    // later than their start here.)
    let order = sort_by_position(&reps, positions + 1, |rep| {
        spans[rep as usize].0 + u32::from(fixed_of[rep as usize].is_none())
    });
    // The groups by their ends: the order in which they expire (among
    // those ending together, the first placed first). A group ending
    // before a start also starts before it, so it holds its slots when it
    // expires there.
    let expiry = sort_by_position(&order, positions, |rep| spans[rep as usize].1);
    let mut expired = expiry.iter().peekable();
    let mut slot_of_group: Vec<u32> = vec![0; groups.len()];
    // Free slot ranges by size, each a stack (the last freed is reused
    // first). Values come in few sizes, so a short list.
    let mut free: Vec<(u32, Vec<u32>)> = Vec::new();
    let mut next = first_free;
    for &rep in &order {
        let start = spans[rep as usize].0;
        while let Some(&g) = expired.next_if(|&&g| spans[g as usize].1 < start) {
            let (slot, size) = (slot_of_group[g as usize], values[g as usize].size);
            match free.iter_mut().find(|(s, _)| *s == size) {
                Some((_, slots)) => slots.push(slot),
                None => free.push((size, vec![slot])),
            }
        }
        let size = values[rep as usize].size;
        let slot = match fixed_of[rep as usize] {
            Some(s) => s,
            None => match free
                .iter_mut()
                .find(|(s, _)| *s == size)
                .and_then(|(_, slots)| slots.pop())
            {
                Some(s) => s,
                None => {
                    let s = next;
                    next += size;
                    s
                }
            },
        };
        slot_of_group[rep as usize] = slot;
    }
    groups.iter().map(|&g| slot_of_group[g as usize]).collect()
}

/// `items` in increasing order of `key` (below `keys`), those with equal
/// keys in their order in `items`: a counting sort, in time linear in the
/// items and keys (positions and values), where sorting took most of the
/// time of `assign`.
fn sort_by_position(items: &[u32], keys: usize, key: impl Fn(u32) -> u32) -> Vec<u32> {
    let mut by_key = Lists::counting(keys);
    for &item in items {
        by_key.count(key(item));
    }
    by_key.start_filling();
    for &item in items {
        by_key.put(key(item), item);
    }
    by_key.items
}
