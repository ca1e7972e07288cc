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
//! - Adjacent pairs that often run together (two `GepShl64` for
//!   `a[i][j]`, a GEP and the load from it, a load and the arithmetic on
//!   it, `p[i] += x`, the two halves of a loop vectorised and interleaved
//!   by two, ...) run in one dispatch: [`fused_pair`] is the table. A GEP
//!   followed by two 16-byte loads runs all three. Where a pair's second
//!   half starts a pair of its own that the first pair's handler also
//!   runs ([`continues`]), the pairs chain: `a[i] -= x` (GEP, load,
//!   subtract, store) is one dispatch.

use crate::bytecode::{Inst, SwitchTable, Target};

/// Jumps followed when threading (chains are short; a cycle of jumps is
/// an infinite loop in the program and must stay one).
const MAX_HOPS: usize = 8;

pub(super) fn run(insts: &mut [Inst], switches: &mut [SwitchTable]) {
    thread_jumps(insts, switches);
    fuse_copy_jump(insts);
    fuse_increment_branch(insts);
    fuse_pairs(insts);
}

/// The fused pair that runs `first` and then `second` in one dispatch,
/// if there is one (see "Fused pairs" in `bytecode`). The pair only needs
/// the first's fields: it reads the second from where it stays.
fn fused_pair(first: Inst, second: Inst) -> Option<Inst> {
    use Inst::*;
    Some(match (first, second) {
        (
            GepShl64 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            next,
        ) => match next {
            GepShl64 { .. } => GepShl64Pair {
                dst,
                base,
                idx,
                shift,
                off,
            },
            Load8 { .. } => GepThenLoad8 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            Load32 { .. } => GepThenLoad32 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            Load64 { .. } => GepThenLoad64 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            _ => return None,
        },
        (Load64 { dst, ptr, off }, next) => match next {
            FAdd64 { .. } => LoadThenFAdd64 { dst, ptr, off },
            FSub64 { .. } => LoadThenFSub64 { dst, ptr, off },
            FMul64 { .. } => LoadThenFMul64 { dst, ptr, off },
            Mul64 { .. } => LoadThenMul64 { dst, ptr, off },
            _ => return None,
        },
        (Load128 { dst, ptr, off }, Load128 { .. }) => Load128Pair { dst, ptr, off },
        (Store128 { ptr, val, off }, Store128 { .. }) => Store128Pair { ptr, val, off },
        (FAdd64 { dst, a, b }, Store64 { .. }) => FAddThenStore64 { dst, a, b },
        (FSub64 { dst, a, b }, Store64 { .. }) => FSubThenStore64 { dst, a, b },
        (Mul64 { dst, a, b }, Add64 { .. }) => MulThenAdd64 { dst, a, b },
        (Rotl64Imm { dst, a, shift }, Mul64 { .. }) => RotlThenMul64 { dst, a, shift },
        (FMul64 { dst, a, b }, FMul64 { .. }) => FMulThenFMul64 { dst, a, b },
        (FMul64 { dst, a, b }, FAdd64 { .. }) => FMulThenFAdd64 { dst, a, b },
        (FMul64 { dst, a, b }, Load64 { .. }) => FMulThenLoad64 { dst, a, b },
        (FMul64 { dst, a, b }, GepShl64 { .. }) => FMulThenGep64 { dst, a, b },
        (
            LoadIdx32 {
                dst,
                base,
                idx,
                shift,
            },
            LoadIdx32 { .. },
        ) => LoadIdx32ThenLoadIdx32 {
            dst,
            base,
            idx,
            shift,
        },
        (AddImm64 { dst, a, imm }, Load8 { .. }) => AddImmThenLoad8 { dst, a, imm },
        (AddImm64 { dst, a, imm }, StoreIdx8 { .. }) => AddImmThenStoreIdx8 { dst, a, imm },
        (
            LoadIdx8 {
                dst,
                base,
                idx,
                shift,
            },
            LoadIdx8 { .. },
        ) => LoadIdx8ThenLoadIdx8 {
            dst,
            base,
            idx,
            shift,
        },
        (Load8 { dst, ptr, off }, LoadIdx32 { .. }) => Load8ThenLoadIdx32 { dst, ptr, off },
        (
            LoadIdx8 {
                dst,
                base,
                idx,
                shift,
            },
            Xor { .. },
        ) => LoadIdx8ThenXor {
            dst,
            base,
            idx,
            shift,
        },
        (Xor { dst, a, b }, Mul32 { .. }) => XorThenMul32 { dst, a, b },
        (F64x2Mul { dst, a, b }, F64x2Mul { .. }) => F64x2MulThenMul { dst, a, b },
        (F64x2Add { dst, a, b }, F64x2Add { .. }) => F64x2AddThenAdd { dst, a, b },
        _ => return None,
    })
}

/// Puts the result of `first` in the first operand of `second` when
/// `second` is commutative and reads it as its second: pairs hand that
/// result on as the first operand (see `Inst::pair_link_holds`).
fn commute_towards(first: &Inst, second: &mut Inst) {
    use Inst::*;
    let result = match *first {
        Load64 { dst, .. } | Mul64 { dst, .. } | Load128 { dst, .. } => dst,
        _ => return,
    };
    if let FAdd64 { a, b, .. }
    | FMul64 { a, b, .. }
    | Mul64 { a, b, .. }
    | Add64 { a, b, .. }
    | F64x2Add { a, b, .. }
    | F64x2Mul { a, b, .. } = second
    {
        if *b == result && *a != result {
            std::mem::swap(a, b);
        }
    }
}

/// Puts the bytes loaded by `first` and `second` (or by `second` alone,
/// after its address) in the operands of the (in)equality branch after
/// them that pairs test them in: `a` for the first byte, `b` for the
/// second (see `Inst::pair_link_holds`).
fn commute_byte_branch(first: &Inst, second: &Inst, branch: &mut Inst) {
    use Inst::*;
    let (x, y) = match (first, second) {
        (LoadIdx8 { dst, .. }, LoadIdx8 { dst: d2, .. }) => (*dst, Some(*d2)),
        (GepShl64 { .. }, Load8 { dst, .. }) => (*dst, None),
        _ => return,
    };
    if let BrNe { a, b, .. } | BrEq { a, b, .. } = branch {
        let swap = match y {
            Some(y) => *a == y && *b == x,
            None => *b == x && *a != x,
        };
        if swap {
            std::mem::swap(a, b);
        }
    }
}

fn fuse_pairs(insts: &mut [Inst]) {
    let mut i = 0;
    while i + 1 < insts.len() {
        // A GEP and the two 16-byte loads from it (a row of four doubles,
        // vectorised and interleaved by two): the loads pair up, and the
        // GEP's handler runs the pair.
        if let (
            Inst::GepShl64 {
                dst,
                base,
                idx,
                shift,
                off,
            },
            Some(&Inst::Load128 { .. }),
            Some(&Inst::Load128 { .. }),
        ) = (insts[i], insts.get(i + 1), insts.get(i + 2))
        {
            let triple = Inst::GepThenLoad128Pair {
                dst,
                base,
                idx,
                shift,
                off,
            };
            if let Some(pair) = fused_pair(insts[i + 1], insts[i + 2]) {
                for (k, row) in [(i + 3, i + 1), (i + 4, i + 2)] {
                    if k < insts.len() {
                        let load = insts[row];
                        commute_towards(&load, &mut insts[k]);
                    }
                }
                if triple.pair_link_holds(&pair, &insts[i + 2..]) {
                    insts[i] = triple;
                    insts[i + 1] = pair;
                    i += 3;
                    continue;
                }
            }
        }
        let first = insts[i];
        commute_towards(&first, &mut insts[i + 1]);
        if i + 2 < insts.len() {
            let second = insts[i + 1];
            commute_byte_branch(&first, &second, &mut insts[i + 2]);
        }
        let Some(pair) = fused_pair(insts[i], insts[i + 1])
            .filter(|p| p.pair_link_holds(&insts[i + 1], insts.get(i + 2..).unwrap_or(&[])))
        else {
            i += 1;
            continue;
        };
        insts[i] = pair;
        // The second keeps its op: it may be a branch target, and the
        // pair's handler runs it by its op. It becomes a pair itself only
        // where the handler before it runs that pair too (a chain).
        let mut j = i + 1;
        while j + 1 < insts.len() {
            let first = insts[j];
            commute_towards(&first, &mut insts[j + 1]);
            match fused_pair(insts[j], insts[j + 1]) {
                Some(next)
                    if continues(&insts[j - 1], &next)
                        && insts[j - 1]
                            .pair_link_holds(&next, insts.get(j + 1..).unwrap_or(&[]))
                        && next
                            .pair_link_holds(&insts[j + 1], insts.get(j + 2..).unwrap_or(&[])) =>
                {
                    insts[j] = next;
                    j += 1;
                }
                _ => break,
            }
        }
        i = j + 1;
    }
}

/// Whether the handler of `pair` runs `next` (a pair standing where the
/// second half of `pair` is) as its second half, continuing the chain.
fn continues(pair: &Inst, next: &Inst) -> bool {
    use Inst::*;
    matches!(
        (pair, next),
        (LoadThenMul64 { .. }, MulThenAdd64 { .. })
            | (LoadThenFAdd64 { .. }, FAddThenStore64 { .. })
            | (LoadThenFSub64 { .. }, FSubThenStore64 { .. })
            | (
                GepThenLoad64 { .. },
                LoadThenFAdd64 { .. }
                    | LoadThenFSub64 { .. }
                    | LoadThenFMul64 { .. }
                    | LoadThenMul64 { .. }
            )
            | (FMulThenLoad64 { .. }, LoadThenFAdd64 { .. })
            | (LoadIdx8ThenXor { .. }, XorThenMul32 { .. })
            | (FMulThenGep64 { .. }, GepThenLoad64 { .. })
    )
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
