//! Lowering of terminators: `ret`, `br` (fusing a preceding compare into
//! the branch), `switch`, `unreachable`, and the PHI moves on each edge.
//!
//! Blocks are laid out in IR order. A conditional branch jumps when its
//! condition holds and falls through otherwise; an edge that carries PHI
//! moves gets a small edge block (moves, then a jump).

use super::phi::{sequentialise, Move, Moves};
use super::{FnLowerer, LResult, ValTy};
use crate::bytecode::{FloatPredicate, Inst, Slot, SwitchTable, Target};
use llvm_ir::instruction as ins;
use llvm_ir::{BasicBlock, Constant, Instruction, IntPredicate, Name, Operand, Terminator};

/// Whether a compare can be fused into the branch that uses it.
pub(super) fn fusable_compare(l: &FnLowerer, c: &ins::ICmp) -> bool {
    let ty = l.type_of_operand(&c.operand0);
    let Ok(t) = l.classify(&ty) else { return false };
    let Some(bits) = t.int_bits() else {
        return false;
    };
    let (p, _) = super::arith::normalise_int_pred(c.predicate);
    match p {
        IntPredicate::SLT | IntPredicate::SLE => bits == 32 || bits == 64,
        _ => true,
    }
}

/// Whether a float compare can be fused into the branch that uses it
/// (`float` and `double`).
pub(super) fn fusable_float_compare(l: &FnLowerer, c: &ins::FCmp) -> bool {
    let ty = l.type_of_operand(&c.operand0);
    matches!(l.classify(&ty), Ok(ValTy::F32 | ValTy::F64))
}

/// The moves PHIs in `succ` need on the edge from `pred`.
pub(super) fn edge_moves(l: &mut FnLowerer, pred: &Name, succ: &Name) -> LResult<Moves> {
    let func = l.func;
    let block = l
        .block_index
        .get(succ)
        .and_then(|&i| func.basic_blocks.get(i));
    let Some(block) = block else {
        return Err(format!("branch to unknown block %{succ}"));
    };
    let mut moves = Moves::new();
    for inst in &block.instrs {
        let Instruction::Phi(phi) = inst else { break };
        let Some((value, _)) = phi.incoming_values.iter().find(|(_, b)| b == pred) else {
            return Err(format!(
                "phi %{} has no value for predecessor %{pred}",
                phi.dest
            ));
        };
        let n = l.slots_for(&phi.to_type)?;
        let dst = l.dest(&phi.dest)?;
        let src = l.operand(value)?;
        // Coalesced PHIs (see `slots.rs`) need no move.
        if dst != src {
            moves.push(Move { dst, src, n });
        }
    }
    Ok(moves)
}

pub(super) fn emit_edge_moves(l: &mut FnLowerer, moves: &[Move]) {
    emit_moves(l, moves)
}

/// A fresh label for an edge block.
pub(super) fn edge_block_label(l: &mut FnLowerer) -> Name {
    edge_label(l)
}

/// Queues the edge block `label`: `moves`, then a jump to `dest`. Edge
/// blocks go after the function's last block, out of the way of the paths
/// that fall through.
pub(super) fn defer_edge_block(l: &mut FnLowerer, label: Name, moves: Moves, dest: &Name) {
    l.deferred_edges.push((label, dest.clone(), moves));
}

/// Emits the queued edge blocks.
pub(super) fn emit_deferred_edge_blocks(l: &mut FnLowerer) {
    for (label, dest, moves) in std::mem::take(&mut l.deferred_edges) {
        let start = l.insts.len() as u32;
        l.block_start.insert(label, start);
        emit_moves(l, &moves);
        l.emit_to_block(Inst::Jump { target: Target(0) }, &dest);
    }
}

fn emit_moves(l: &mut FnLowerer, moves: &[Move]) {
    // One move is its own sequence (edge_moves leaves out the no-ops).
    if let [m] = moves {
        l.emit_copy(m.dst, m.src, m.n);
        return;
    }
    for m in sequentialise(moves, |n| l.temp(n)) {
        l.emit_copy(m.dst, m.src, m.n);
    }
}

/// A label for an edge block (block names never start with NUL).
fn edge_label(l: &mut FnLowerer) -> Name {
    l.edge_labels += 1;
    Name::from(format!("\u{0}edge{}", l.edge_labels).as_str())
}

/// The condition of a conditional branch, fused or not.
enum Cond {
    Slot(Slot),
    /// A fused compare: `(pred, a, b)` with `pred` one of eq, ne, ult, ule,
    /// slt, sle, and the width for signed ones.
    Compare(IntPredicate, Slot, Slot, u32),
    /// A fused float compare; `double` when the operands are doubles.
    FloatCompare(FloatPredicate, Slot, Slot, bool),
}

fn condition(l: &mut FnLowerer, bb: &BasicBlock, cond: &Operand) -> LResult<Cond> {
    if let Operand::LocalOperand { name, .. } = cond {
        if l.fused_compares.contains_key(name) {
            let fcmp = bb.instrs.iter().find_map(|i| match i {
                Instruction::FCmp(c) if &c.dest == name => Some(c),
                _ => None,
            });
            if let Some(c) = fcmp {
                let double = l.classify_operand(&c.operand0)? == ValTy::F64;
                let a = l.operand(&c.operand0)?;
                let b = l.operand(&c.operand1)?;
                let pred = super::arith::float_pred(c.predicate);
                return Ok(Cond::FloatCompare(pred, a, b, double));
            }
            let c = bb
                .instrs
                .iter()
                .find_map(|i| match i {
                    Instruction::ICmp(c) if &c.dest == name => Some(c),
                    _ => None,
                })
                .ok_or("fused compare not found")?;
            let bits = l
                .classify(&l.type_of_operand(&c.operand0))?
                .int_bits()
                .unwrap_or(64);
            let a = l.operand(&c.operand0)?;
            let b = l.operand(&c.operand1)?;
            let (p, swap) = super::arith::normalise_int_pred(c.predicate);
            let (a, b) = if swap { (b, a) } else { (a, b) };
            return Ok(Cond::Compare(p, a, b, bits));
        }
    }
    Ok(Cond::Slot(l.operand(cond)?))
}

/// Emits "jump to `target` if `cond` (or its negation when `negate`)".
fn emit_cond_jump(l: &mut FnLowerer, cond: &Cond, negate: bool, target: &Name) {
    let t = Target(0); // fixed up later
    let inst = match *cond {
        Cond::FloatCompare(pred, a, b, double) => {
            let pred = if negate { pred.negate() } else { pred };
            if double {
                Inst::BrFCmp64 {
                    a,
                    b,
                    target: t,
                    pred,
                }
            } else {
                Inst::BrFCmp32 {
                    a,
                    b,
                    target: t,
                    pred,
                }
            }
        }
        Cond::Slot(s) => {
            if negate {
                Inst::BrIfNot { cond: s, target: t }
            } else {
                Inst::BrIf { cond: s, target: t }
            }
        }
        Cond::Compare(p, a, b, bits) => {
            // not (a < b) == (b <= a); not (a <= b) == (b < a)
            let (p, a, b) = if negate {
                match p {
                    IntPredicate::EQ => (IntPredicate::NE, a, b),
                    IntPredicate::NE => (IntPredicate::EQ, a, b),
                    IntPredicate::ULT => (IntPredicate::ULE, b, a),
                    IntPredicate::ULE => (IntPredicate::ULT, b, a),
                    IntPredicate::SLT => (IntPredicate::SLE, b, a),
                    _ => (IntPredicate::SLT, b, a),
                }
            } else {
                (p, a, b)
            };
            match (p, bits) {
                (IntPredicate::EQ, _) => Inst::BrEq { a, b, target: t },
                (IntPredicate::NE, _) => Inst::BrNe { a, b, target: t },
                (IntPredicate::ULT, _) => Inst::BrUlt { a, b, target: t },
                (IntPredicate::ULE, _) => Inst::BrUle { a, b, target: t },
                (IntPredicate::SLT, 32) => Inst::BrSlt32 { a, b, target: t },
                (IntPredicate::SLT, _) => Inst::BrSlt64 { a, b, target: t },
                (IntPredicate::SLE, 32) => Inst::BrSle32 { a, b, target: t },
                _ => Inst::BrSle64 { a, b, target: t },
            }
        }
    };
    emit_cond_branch(l, inst, target);
}

/// Emits conditional branch `inst` to `target` and the word a not-taken
/// branch steps over (see `Inst::BranchTail`).
pub(super) fn emit_cond_branch(l: &mut FnLowerer, inst: Inst, target: &Name) {
    l.emit_to_block(inst, target);
    l.emit(Inst::BranchTail);
}

pub(super) fn jump_unless_next(l: &mut FnLowerer, target: &Name, next: Option<&Name>) {
    if next != Some(target) {
        l.emit_to_block(Inst::Jump { target: Target(0) }, target);
    }
}

pub(super) fn terminator(l: &mut FnLowerer, bb: &BasicBlock, next: Option<&Name>) -> LResult<()> {
    match &bb.term {
        Terminator::Ret(r) => {
            match &r.return_operand {
                Some(op) => {
                    let ty = l.type_of_operand(op);
                    let n = l.slots_for(&ty)?;
                    let src = l.operand(op)?;
                    l.emit(Inst::Ret { src, n });
                }
                None => {
                    l.emit(Inst::Ret { src: Slot(0), n: 0 });
                }
            }
            Ok(())
        }
        Terminator::Br(br) => {
            let moves = edge_moves(l, &bb.name, &br.dest)?;
            emit_moves(l, &moves);
            jump_unless_next(l, &br.dest, next);
            Ok(())
        }
        Terminator::CondBr(br) => cond_br(l, bb, br, next),
        Terminator::Switch(sw) => switch(l, bb, sw),
        Terminator::IndirectBr(ib) => indirect_br(l, bb, ib),
        Terminator::Invoke(inv) => super::eh::invoke(l, bb, inv, next),
        Terminator::Resume(r) => super::eh::resume(l, r),
        Terminator::Unreachable(_) => {
            l.emit(Inst::Unreachable);
            Ok(())
        }
        other => Err(format!(
            "instruction `{}`",
            super::support::terminator_name(other)
        )),
    }
}

fn cond_br(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    br: &llvm_ir::terminator::CondBr,
    next: Option<&Name>,
) -> LResult<()> {
    let cond = condition(l, bb, &br.condition)?;
    let (t, f) = (&br.true_dest, &br.false_dest);
    if t == f {
        let moves = edge_moves(l, &bb.name, t)?;
        emit_moves(l, &moves);
        jump_unless_next(l, t, next);
        return Ok(());
    }
    let moves_t = edge_moves(l, &bb.name, t)?;
    let moves_f = edge_moves(l, &bb.name, f)?;
    if moves_t.is_empty() && moves_f.is_empty() {
        return cond_br_plain(l, &cond, t, f, next);
    }
    if moves_t.is_empty() {
        // jump straight to t; moves for f on the fall-through path
        emit_cond_jump(l, &cond, false, t);
        emit_moves(l, &moves_f);
        jump_unless_next(l, f, next);
        return Ok(());
    }
    if moves_f.is_empty() {
        emit_cond_jump(l, &cond, true, f);
        emit_moves(l, &moves_t);
        jump_unless_next(l, t, next);
        return Ok(());
    }
    if moves_t == moves_f && !writes_condition(&cond, &moves_t) {
        // The same moves either way: before the branch.
        emit_moves(l, &moves_t);
        return cond_br_plain(l, &cond, t, f, next);
    }
    // Both edges move: the edge not falling through gets an edge block.
    let label = edge_label(l);
    if next == Some(t) {
        emit_cond_jump(l, &cond, true, &label);
        emit_moves(l, &moves_t);
        defer_edge_block(l, label, moves_f, f);
    } else {
        emit_cond_jump(l, &cond, false, &label);
        emit_moves(l, &moves_f);
        jump_unless_next(l, f, next);
        defer_edge_block(l, label, moves_t, t);
    }
    Ok(())
}

/// A conditional branch without moves on either edge.
fn cond_br_plain(
    l: &mut FnLowerer,
    cond: &Cond,
    t: &Name,
    f: &Name,
    next: Option<&Name>,
) -> LResult<()> {
    if next == Some(t) {
        emit_cond_jump(l, cond, true, f);
    } else {
        emit_cond_jump(l, cond, false, t);
        jump_unless_next(l, f, next);
    }
    Ok(())
}

/// Whether `moves` overwrite a slot the branch condition reads.
fn writes_condition(cond: &Cond, moves: &[Move]) -> bool {
    let reads: &[Slot] = match cond {
        Cond::Slot(s) => std::slice::from_ref(s),
        Cond::Compare(_, a, b, _) | Cond::FloatCompare(_, a, b, _) => &[*a, *b],
    };
    moves
        .iter()
        .any(|m| reads.iter().any(|r| r.0 >= m.dst.0 && r.0 < m.dst.0 + m.n))
}

fn switch(l: &mut FnLowerer, bb: &BasicBlock, sw: &llvm_ir::terminator::Switch) -> LResult<()> {
    let ty = l.type_of_operand(&sw.operand);
    match l.classify(&ty)? {
        ValTy::Int(_) => {}
        ValTy::Wide(bits) => return wide_switch(l, bb, sw, bits),
        _ => return Err(format!("switch on {ty}")),
    }
    let val = l.operand(&sw.operand)?;
    let mut cases = Vec::with_capacity(sw.dests.len());
    for (c, d) in &sw.dests {
        match c.as_ref() {
            Constant::Int { value, .. } => cases.push((*value, d)),
            other => return Err(format!("switch case `{other}`")),
        }
    }
    multiway(l, bb, val, &cases, Some(&sw.default_dest))
}

/// `indirectbr`: a switch over the block addresses of its destinations
/// (see [`crate::consts::block_address`]); any other address traps.
fn indirect_br(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    ib: &llvm_ir::terminator::IndirectBr,
) -> LResult<()> {
    let val = l.operand(&ib.operand)?;
    let mut cases = Vec::with_capacity(ib.possible_dests.len());
    for d in &ib.possible_dests {
        let index = l
            .func
            .basic_blocks
            .iter()
            .position(|b| &b.name == d)
            .ok_or_else(|| format!("indirectbr to unknown block %{d}"))?;
        cases.push((crate::consts::block_address(l.func_index, index), d));
    }
    multiway(l, bb, val, &cases, None)
}

/// A switch on an integer wider than 64 bits: a chain of compares.
fn wide_switch(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    sw: &llvm_ir::terminator::Switch,
    bits: u32,
) -> LResult<()> {
    let val = l.operand(&sw.operand)?;
    let dests: Vec<&Name> = sw
        .dests
        .iter()
        .map(|(_, d)| d)
        .chain(std::iter::once(&sw.default_dest))
        .collect();
    let labels = edge_labels(l, bb, &dests)?;
    let label = |d: &Name| {
        labels
            .iter()
            .find(|(n, _, _)| n == d)
            .map(|(_, lab, _)| lab.clone())
    };
    for (c, d) in &sw.dests {
        let case = l.constant(c)?;
        let hit = l.temp(1);
        l.emit(Inst::WideCmp {
            dst: hit,
            a: val,
            b: case,
            pred: crate::bytecode::VecOp::Eq,
            bits: bits as u8,
        });
        let target = label(d).ok_or("switch destination")?;
        emit_cond_branch(
            l,
            Inst::BrIf {
                cond: hit,
                target: Target(0),
            },
            &target,
        );
    }
    let default = label(&sw.default_dest).ok_or("switch default")?;
    l.emit_to_block(Inst::Jump { target: Target(0) }, &default);
    emit_edge_blocks(l, labels);
    Ok(())
}

/// For each distinct destination: (block, label to jump to, PHI moves);
/// the label is the block itself when the edge carries no moves.
fn edge_labels(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    dests: &[&Name],
) -> LResult<Vec<(Name, Name, Moves)>> {
    let mut label_of: Vec<(Name, Name, Moves)> = Vec::new();
    for d in dests {
        if label_of.iter().any(|(n, _, _)| n == *d) {
            continue;
        }
        let moves = edge_moves(l, &bb.name, d)?;
        let label = if moves.is_empty() {
            (*d).clone()
        } else {
            edge_label(l)
        };
        label_of.push(((*d).clone(), label, moves));
    }
    Ok(label_of)
}

/// The edge blocks of [`edge_labels`]: moves, then a jump to the block.
fn emit_edge_blocks(l: &mut FnLowerer, labels: Vec<(Name, Name, Moves)>) {
    for (d, label, moves) in labels {
        if !moves.is_empty() {
            defer_edge_block(l, label, moves, &d);
        }
    }
}

/// Jumps to the block of the case equal to `val` (or `default`; with no
/// default, a trap). Destinations with PHI moves get edge blocks.
fn multiway(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    val: Slot,
    cases: &[(u64, &Name)],
    default: Option<&Name>,
) -> LResult<()> {
    let mut dests: Vec<&Name> = cases.iter().map(|(_, d)| *d).collect();
    dests.extend(default);
    let label_of = edge_labels(l, bb, &dests)?;
    let find = |d: &Name| {
        label_of
            .iter()
            .find(|(n, _, _)| n == d)
            .map(|(_, lab, _)| lab.clone())
    };
    let mut resolved = Vec::with_capacity(cases.len());
    for (v, d) in cases {
        resolved.push((*v, find(d).ok_or("switch destination")?));
    }
    let default_label = match default {
        Some(d) => find(d).ok_or("switch default")?,
        None => edge_label(l),
    };
    let table = l.switches.len() as u32;
    l.switches.push(SwitchTable::Sparse {
        cases: Box::new([]),
        default: Target(0),
    });
    l.switch_fixups
        .push((table, resolved, default_label.clone()));
    l.emit(Inst::Switch { val, table });
    if default.is_none() {
        let start = l.insts.len() as u32;
        l.block_start.insert(default_label, start);
        let msg = l.add_trap("indirectbr to an address that is not one of its destinations".into());
        l.emit(Inst::Trap { msg });
    }
    emit_edge_blocks(l, label_of);
    Ok(())
}

/// A dense jump table when the cases are compact, else a sorted list.
pub(super) fn build_switch_table(mut cases: Vec<(u64, Target)>, default: Target) -> SwitchTable {
    cases.sort_by_key(|(v, _)| *v);
    cases.dedup_by_key(|(v, _)| *v);
    if let (Some(lo), Some(hi)) = (cases.first(), cases.last()) {
        let (lo, hi) = (lo.0, hi.0);
        let span = hi.wrapping_sub(lo);
        if span < 1024 && span <= 3 * cases.len() as u64 + 8 {
            let mut targets = vec![default; span as usize + 1];
            for (v, t) in &cases {
                targets[(v - lo) as usize] = *t;
            }
            return SwitchTable::Dense {
                low: lo,
                targets: targets.into_boxed_slice(),
                default,
            };
        }
    }
    SwitchTable::Sparse {
        cases: cases.into_boxed_slice(),
        default,
    }
}
