//! Loop-invariant address prefixes. In `a[i][j]` inside a loop over `j`,
//! the address is one `getelementptr` whose prefix `a + i * row` does not
//! change from one iteration to the next. LLVM keeps such a GEP whole
//! (native code generation folds it into addressing modes and strength
//! reduction); an interpreter would compute both scaled steps on every
//! iteration. Here the prefix is computed once, at the end of the loop's
//! preheader, into a slot of its own, and the GEP in the loop starts from
//! it: one scaled add per iteration instead of two.
//!
//! A GEP qualifies when the innermost loop containing it has a preheader
//! (the header's only predecessor from outside the loop, ending in an
//! unconditional branch to it), and the base and every index before its
//! last variable index are constants or values defined outside that loop.
//! The prefix is address arithmetic only (no memory access, no trap), so
//! computing it in the preheader is safe even when the GEP is not reached.
//! Its slot is a temporary that nothing else writes, and its operands are
//! live there: each is defined outside the loop yet used inside it, so its
//! definition dominates the header and therefore the preheader's end.

use super::FnLowerer;
use crate::bytecode::Slot;
use hashbrown::HashMap;
use llvm_ir::instruction::GetElementPtr;
use llvm_ir::{Instruction, Name, Operand, Terminator, TypeRef};

/// A GEP whose prefix is computed in a preheader.
pub(super) struct Hoisted {
    /// Where the prefix address lives.
    pub slot: Slot,
    /// `indices[..split]` belong to the prefix.
    pub split: usize,
    /// The type the remaining indices step through.
    pub elem: TypeRef,
}

/// Which GEPs are hoisted, and which preheader computes each.
#[derive(Default)]
pub(super) struct HoistPlan {
    pub geps: HashMap<Name, Hoisted>,
    /// Per preheader (block index): the GEPs whose prefixes it computes.
    pub at_end_of: HashMap<usize, Vec<GetElementPtr>>,
}

/// Finds the hoistable GEPs and reserves a slot for each prefix.
pub(super) fn plan(l: &mut FnLowerer) -> HoistPlan {
    // Most functions have no GEP with two variable indices: no analysis.
    let candidate = |inst: &Instruction| matches!(inst, Instruction::GetElementPtr(g) if prefix_len(l, g).is_some());
    if !l
        .func
        .basic_blocks
        .iter()
        .any(|bb| bb.instrs.iter().any(candidate))
    {
        return HoistPlan::default();
    }
    let Some(cfg) = Cfg::build(l) else {
        return HoistPlan::default();
    };
    let loops = cfg.loops();
    if loops.is_empty() {
        return HoistPlan::default();
    }
    // The block defining each local value (parameters: none).
    let mut def_block: HashMap<&Name, usize> = HashMap::new();
    for (b, bb) in l.func.basic_blocks.iter().enumerate() {
        for inst in &bb.instrs {
            if let Some(name) = inst.try_get_result() {
                def_block.insert(name, b);
            }
        }
    }
    let mut found: Vec<(usize, GetElementPtr, usize)> = Vec::new();
    for (b, bb) in l.func.basic_blocks.iter().enumerate() {
        // The innermost loop containing `b`: the smallest body.
        let Some(lp) = loops
            .iter()
            .filter(|lp| lp.body[b])
            .min_by_key(|lp| lp.size)
        else {
            continue;
        };
        let Some(pre) = lp.preheader else { continue };
        let invariant = |op: &Operand| match op {
            Operand::LocalOperand { name, .. } => def_block.get(name).is_none_or(|&d| !lp.body[d]),
            Operand::ConstantOperand(_) => true,
            Operand::MetadataOperand => false,
        };
        for inst in &bb.instrs {
            let Instruction::GetElementPtr(g) = inst else {
                continue;
            };
            // A folded GEP has no code of its own: its uses read its base.
            if l.folded_addr.contains_key(&g.dest) {
                continue;
            }
            let Some(split) = prefix_len(l, g) else {
                continue;
            };
            if invariant(&g.address) && g.indices[..split].iter().all(invariant) {
                found.push((pre, g.clone(), split));
            }
        }
    }
    let mut plan = HoistPlan::default();
    for (pre, g, split) in found {
        let Some(elem) = prefix_type(l, &g, split) else {
            continue;
        };
        let slot = l.temp(1);
        plan.geps
            .insert(g.dest.clone(), Hoisted { slot, split, elem });
        plan.at_end_of.entry(pre).or_default().push(g);
    }
    plan
}

/// Where a GEP's prefix ends: before its last variable index, when an
/// earlier index is variable too (else there is nothing worth hoisting).
/// Vector GEPs are left alone.
fn prefix_len(l: &FnLowerer, g: &GetElementPtr) -> Option<usize> {
    let vector = |op: &Operand| {
        matches!(
            l.type_of_operand(op).as_ref(),
            llvm_ir::Type::VectorType { .. }
        )
    };
    if vector(&g.address) || g.indices.iter().any(vector) {
        return None;
    }
    let variable: Vec<usize> = (0..g.indices.len())
        .filter(|&i| l.const_int(&g.indices[i]).is_none())
        .collect();
    match variable.as_slice() {
        [.., before, last] if *before < *last => Some(*last),
        _ => None,
    }
}

/// The type the indices after the prefix (`indices[..split]`) step
/// through.
fn prefix_type(l: &FnLowerer, g: &GetElementPtr, split: usize) -> Option<TypeRef> {
    let mut ty = g.source_element_type.clone();
    for (i, idx) in g.indices[..split].iter().enumerate() {
        ty = super::memory::step_type(l, &ty, idx, i == 0).ok()?;
    }
    Some(ty)
}

/// A natural loop: its header's body (as a block set) and preheader.
struct Loop {
    body: Vec<bool>,
    size: usize,
    preheader: Option<usize>,
}

/// Successors and predecessors by block index, and immediate dominators.
struct Cfg {
    succs: Vec<Vec<usize>>,
    preds: Vec<Vec<usize>>,
    idom: Vec<Option<usize>>,
    branches_to: Vec<Option<usize>>,
}

impl Cfg {
    fn build(l: &FnLowerer) -> Option<Cfg> {
        let blocks = &l.func.basic_blocks;
        let n = blocks.len();
        let mut succs = vec![Vec::new(); n];
        let mut preds = vec![Vec::new(); n];
        let mut branches_to = vec![None; n];
        for (b, bb) in blocks.iter().enumerate() {
            for s in super::slots::successors(&bb.term) {
                let s = *l.block_index.get(s)?;
                if !succs[b].contains(&s) {
                    succs[b].push(s);
                    preds[s].push(b);
                }
            }
            if let Terminator::Br(br) = &bb.term {
                branches_to[b] = l.block_index.get(&br.dest).copied();
            }
        }
        let idom = dominators(&succs, &preds);
        Some(Cfg {
            succs,
            preds,
            idom,
            branches_to,
        })
    }

    fn dominates(&self, a: usize, mut b: usize) -> bool {
        loop {
            if a == b {
                return true;
            }
            match self.idom[b] {
                Some(d) if d != b => b = d,
                _ => return false,
            }
        }
    }

    /// The natural loop of every header (back edges to it merged).
    fn loops(&self) -> Vec<Loop> {
        let n = self.succs.len();
        let mut loops = Vec::new();
        for h in 0..n {
            if self.idom[h].is_none() {
                continue; // unreachable
            }
            let latches: Vec<usize> = self.preds[h]
                .iter()
                .copied()
                .filter(|&p| self.idom[p].is_some() && self.dominates(h, p))
                .collect();
            if latches.is_empty() {
                continue;
            }
            let mut body = vec![false; n];
            body[h] = true;
            let mut work = latches;
            while let Some(b) = work.pop() {
                if !body[b] {
                    body[b] = true;
                    work.extend(self.preds[b].iter().copied());
                }
            }
            let outside: Vec<usize> = self.preds[h]
                .iter()
                .copied()
                .filter(|&p| !body[p])
                .collect();
            let preheader = match outside.as_slice() {
                [p] if self.branches_to[*p] == Some(h) => Some(*p),
                _ => None,
            };
            let size = body.iter().filter(|&&x| x).count();
            loops.push(Loop {
                body,
                size,
                preheader,
            });
        }
        loops
    }
}

/// Immediate dominators (Cooper, Harvey and Kennedy's iteration over
/// reverse postorder); `None` for blocks unreachable from the entry, the
/// entry's own is itself.
fn dominators(succs: &[Vec<usize>], preds: &[Vec<usize>]) -> Vec<Option<usize>> {
    let n = succs.len();
    let mut idom = vec![None; n];
    if n == 0 {
        return idom;
    }
    // Postorder by an explicit stack.
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut stack = vec![(0usize, 0usize)];
    seen[0] = true;
    while let Some((b, i)) = stack.pop() {
        if let Some(&s) = succs[b].get(i) {
            stack.push((b, i + 1));
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            order.push(b);
        }
    }
    let mut po_num = vec![usize::MAX; n];
    for (i, &b) in order.iter().enumerate() {
        po_num[b] = i;
    }
    idom[0] = Some(0);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in order.iter().rev().skip(1) {
            let mut new: Option<usize> = None;
            for &p in &preds[b] {
                if idom[p].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(mut x) => {
                        let mut y = p;
                        while x != y {
                            while po_num[x] < po_num[y] {
                                x = idom[x].unwrap_or(0);
                            }
                            while po_num[y] < po_num[x] {
                                y = idom[y].unwrap_or(0);
                            }
                        }
                        x
                    }
                });
            }
            if new.is_some() && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}
