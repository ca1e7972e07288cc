//! Turning the parallel copies of PHI nodes on a CFG edge into a sequence
//! of moves, breaking cycles (e.g. swaps) with a temporary.
//!
//! Values never partially overlap (every SSA value and constant has its own
//! slot range), so two moves conflict exactly when one's destination is the
//! other's source start.

use crate::bytecode::Slot;

/// A copy of `n` slots from `src` to `dst`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub dst: Slot,
    pub src: Slot,
    pub n: u32,
}

/// The moves of one CFG edge: most edges carry a few.
pub type Moves = smallvec::SmallVec<[Move; 4]>;

/// Orders `moves` (semantically simultaneous) into a sequence with the same
/// effect; `temp(n)` provides scratch slots for breaking cycles.
pub fn sequentialise(moves: &[Move], mut temp: impl FnMut(u32) -> Slot) -> Vec<Move> {
    let mut pending: Vec<Move> = moves.iter().copied().filter(|m| m.dst != m.src).collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        // A move whose destination no other pending move still reads.
        let ready = (0..pending.len()).find(|&i| {
            let d = pending[i].dst;
            !pending
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.src == d)
        });
        match ready {
            Some(i) => out.push(pending.remove(i)),
            None => {
                // Every destination is still needed: all moves are in
                // cycles. Save one destination and redirect its readers.
                let d = pending[0].dst;
                let n = pending[0].n;
                let t = temp(n);
                out.push(Move { dst: t, src: d, n });
                for m in pending.iter_mut() {
                    if m.src == d {
                        m.src = t;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs moves on a toy register file.
    fn run(regs: &mut [u64], moves: &[Move]) {
        for m in moves {
            regs[m.dst.0 as usize] = regs[m.src.0 as usize];
        }
    }

    fn check(moves: &[Move]) {
        let mut regs: Vec<u64> = (0..16).map(|i| 100 + i).collect();
        let mut expected = regs.clone();
        for m in moves {
            expected[m.dst.0 as usize] = regs[m.src.0 as usize];
        }
        let mut next = 10;
        let seq = sequentialise(moves, |_| {
            next += 1;
            Slot(next)
        });
        run(&mut regs, &seq);
        for m in moves {
            assert_eq!(
                regs[m.dst.0 as usize], expected[m.dst.0 as usize],
                "{moves:?} -> {seq:?}"
            );
        }
    }

    fn mv(dst: u32, src: u32) -> Move {
        Move {
            dst: Slot(dst),
            src: Slot(src),
            n: 1,
        }
    }

    #[test]
    fn swap() {
        check(&[mv(0, 1), mv(1, 0)]);
    }

    #[test]
    fn rotation_of_three() {
        check(&[mv(0, 1), mv(1, 2), mv(2, 0)]);
    }

    #[test]
    fn chain_needs_order() {
        check(&[mv(1, 0), mv(2, 1), mv(3, 2)]);
    }

    #[test]
    fn fan_out_and_cycle() {
        check(&[mv(0, 1), mv(1, 0), mv(2, 0), mv(3, 1)]);
    }

    #[test]
    fn self_moves_vanish() {
        let seq = sequentialise(&[mv(4, 4)], |_| Slot(9));
        assert!(seq.is_empty());
    }
}
