//! Peephole rewrites of a lowered function, once every branch target is
//! known: fewer instructions executed for the same work. Positions never
//! change (nothing is inserted or removed), so targets stay valid.
//!
//! - Jump threading: a branch to a `Jump` goes straight to where that jump
//!   leads; a `Jump` to a `Ret` becomes that `Ret`.
//! - A `Copy` followed by a `Jump` (a block's last PHI move, then the jump
//!   to its successor) becomes one `CopyJump`; the `Jump` stays in place
//!   for anything that branches to it.
//! - A counter incremented in place and then compared for (in)equality by
//!   the next branch (a loop's latch) becomes one `IncBrNe`/`IncBrEq`,
//!   which skips the original branch when not taken.
//! - Two `GepShl64`, the second indexing the first's result (`a[i][j]`),
//!   run in one dispatch (`GepShl64Pair`).

use crate::bytecode::{Inst, SwitchTable, Target};

/// Jumps followed when threading (chains are short; a cycle of jumps is
/// an infinite loop in the program and must stay one).
const MAX_HOPS: usize = 8;

pub(super) fn run(insts: &mut [Inst], switches: &mut [SwitchTable]) {
    thread_jumps(insts, switches);
    fuse_copy_jump(insts);
    fuse_increment_branch(insts);
    pair_indexing(insts);
}

fn pair_indexing(insts: &mut [Inst]) {
    for i in 0..insts.len().saturating_sub(1) {
        if let (
            Inst::GepShl64 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            Inst::GepShl64 {
                base: next_base, ..
            },
        ) = (insts[i], insts[i + 1])
        {
            if next_base == dst {
                insts[i] = Inst::GepShl64Pair {
                    dst,
                    base,
                    idx,
                    shift,
                    off,
                };
            }
        }
    }
}

fn fuse_increment_branch(insts: &mut [Inst]) {
    for i in 0..insts.len().saturating_sub(1) {
        let Inst::AddImm64 { dst, a, imm } = insts[i] else {
            continue;
        };
        let Ok(imm) = i16::try_from(imm) else {
            continue;
        };
        if dst != a {
            continue;
        }
        // The counter on either side of the compare.
        let other = |x: crate::bytecode::Slot, y: crate::bytecode::Slot| {
            if x == dst {
                Some(y)
            } else if y == dst {
                Some(x)
            } else {
                None
            }
        };
        insts[i] = match insts[i + 1] {
            Inst::BrNe { a, b, target } => match other(a, b) {
                Some(b) => Inst::IncBrNe {
                    x: dst,
                    b,
                    target,
                    imm,
                },
                None => continue,
            },
            Inst::BrEq { a, b, target } => match other(a, b) {
                Some(b) => Inst::IncBrEq {
                    x: dst,
                    b,
                    target,
                    imm,
                },
                None => continue,
            },
            _ => continue,
        };
    }
}

/// Where control ends up when it arrives at `t`, skipping plain jumps.
fn final_target(insts: &[Inst], mut t: Target) -> Target {
    for _ in 0..MAX_HOPS {
        match insts.get(t.0 as usize) {
            Some(Inst::Jump { target }) if *target != t => t = *target,
            _ => break,
        }
    }
    t
}

fn thread_jumps(insts: &mut [Inst], switches: &mut [SwitchTable]) {
    for i in 0..insts.len() {
        let Some(t) = insts[i].branch_target() else {
            continue;
        };
        let to = final_target(insts, t);
        if let (Inst::Jump { .. }, Some(ret @ Inst::Ret { .. })) =
            (insts[i], insts.get(to.0 as usize))
        {
            insts[i] = *ret;
        } else if to != t {
            super::set_target(&mut insts[i], to);
        }
    }
    for table in switches {
        match table {
            SwitchTable::Dense {
                targets, default, ..
            } => {
                for t in targets.iter_mut() {
                    *t = final_target(insts, *t);
                }
                *default = final_target(insts, *default);
            }
            SwitchTable::Sparse { cases, default } => {
                for (_, t) in cases.iter_mut() {
                    *t = final_target(insts, *t);
                }
                *default = final_target(insts, *default);
            }
        }
    }
}

fn fuse_copy_jump(insts: &mut [Inst]) {
    for i in 0..insts.len().saturating_sub(1) {
        if let (Inst::Copy { dst, src }, Inst::Jump { target }) = (insts[i], insts[i + 1]) {
            insts[i] = Inst::CopyJump { dst, src, target };
        }
    }
}
