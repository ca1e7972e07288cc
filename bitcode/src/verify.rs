//! What LLVM's verifier would reject in a body and the reader could not see
//! record by record: a use its definition does not dominate, PHIs whose
//! incoming blocks are not the predecessors, a branch back to the entry
//! block, an unwind destination that does not start with a landingpad.
//! (Types are checked as instructions are read.)
//!
//! Dominance follows Cooper, Harvey and Kennedy's iterative algorithm; a
//! query is two comparisons on the dominator tree's DFS intervals. As in
//! LLVM, anything goes in a block the entry cannot reach.

use crate::error::{Error, Result};
use smallvec::SmallVec;

/// A position in a body: block, then instruction index (the terminator's
/// is the block's instruction count).
pub(crate) type Pos = (u32, u32);

/// Where a PHI reads an incoming value: the end of the incoming block.
pub(crate) const END_OF_BLOCK: u32 = u32::MAX;

/// What the reader records while building a body.
#[derive(Default)]
pub(crate) struct Facts {
    /// Where each instruction result is defined, by result index.
    pub defs: Vec<Pos>,
    /// Every use of an instruction result: (result index, where).
    pub uses: Vec<(u32, Pos)>,
    pub succs: Vec<SmallVec<[u32; 2]>>,
    /// Each PHI's block and incoming blocks.
    pub phis: Vec<(u32, SmallVec<[u32; 2]>)>,
    /// Blocks invokes unwind to.
    pub unwind_dests: Vec<u32>,
    /// Blocks whose first instruction after their PHIs is a landingpad.
    pub landing_pads: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Facts {
    /// Checks the body; `name` names a result or block in messages.
    pub(crate) fn check(
        &self,
        result_name: impl Fn(u32) -> String,
        block_name: impl Fn(u32) -> String,
    ) -> Result<()> {
        let n = self.succs.len();
        let mut preds: Vec<SmallVec<[u32; 2]>> = vec![SmallVec::new(); n];
        for (b, ss) in self.succs.iter().enumerate() {
            for &s in ss {
                let list = preds.get_mut(s as usize).ok_or_else(|| {
                    Error::new(format!("branch to block {s}, which does not exist"))
                })?;
                list.push(b as u32);
            }
        }
        if !preds.first().is_none_or(|p| p.is_empty()) {
            return Err(Error::new("the entry block is the target of a branch"));
        }
        for (block, incoming) in &self.phis {
            let mut incoming = incoming.clone();
            incoming.sort_unstable();
            let mut expected = preds[*block as usize].clone();
            expected.sort_unstable();
            if incoming != expected {
                return Err(Error::new(format!(
                    "a PHI in block {} does not have one entry per predecessor",
                    block_name(*block)
                )));
            }
        }
        // A table by block rather than a search of the list per invoke:
        // a body with many invokes has many landing pads too.
        let mut is_pad = vec![false; n];
        for &pad in &self.landing_pads {
            if let Some(p) = is_pad.get_mut(pad as usize) {
                *p = true;
            }
        }
        for &dest in &self.unwind_dests {
            if !is_pad.get(dest as usize).is_some_and(|&p| p) {
                return Err(Error::new(format!(
                    "block {} is an unwind destination without a landingpad",
                    block_name(dest)
                )));
            }
        }
        let tree = DomTree::new(&self.succs, &preds);
        for &(result, (block, at)) in &self.uses {
            if !tree.reachable(block) {
                continue;
            }
            let Some(&(def_block, def_at)) = self.defs.get(result as usize) else {
                return Err(Error::new(format!(
                    "use of {}, which is never defined",
                    result_name(result)
                )));
            };
            let dominated = if def_block == block {
                at == END_OF_BLOCK || def_at < at
            } else {
                tree.dominates(def_block, block)
            };
            if !dominated {
                return Err(Error::new(format!(
                    "{} does not dominate its use in block {}",
                    result_name(result),
                    block_name(block)
                )));
            }
        }
        Ok(())
    }
}

/// The dominator tree of the blocks the entry reaches.
struct DomTree {
    /// DFS interval of each block in the tree (`NONE`: unreachable).
    enter: Vec<u32>,
    leave: Vec<u32>,
}

impl DomTree {
    fn new(succs: &[SmallVec<[u32; 2]>], preds: &[SmallVec<[u32; 2]>]) -> DomTree {
        let n = succs.len();
        // Postorder of the CFG from the entry, iteratively.
        let mut post = vec![NONE; n];
        let mut order = Vec::with_capacity(n);
        if n > 0 {
            let mut seen = vec![false; n];
            let mut stack = Vec::with_capacity(n);
            stack.push((0u32, 0usize));
            seen[0] = true;
            while let Some((b, next)) = stack.last_mut() {
                match succs[*b as usize].get(*next) {
                    Some(&s) => {
                        *next += 1;
                        if !seen[s as usize] {
                            seen[s as usize] = true;
                            stack.push((s, 0));
                        }
                    }
                    None => {
                        post[*b as usize] = order.len() as u32;
                        order.push(*b);
                        stack.pop();
                    }
                }
            }
        }
        let mut idom = vec![NONE; n];
        if n > 0 {
            idom[0] = 0;
        }
        let intersect = |idom: &[u32], mut a: u32, mut b: u32| {
            while a != b {
                while post[a as usize] < post[b as usize] {
                    a = idom[a as usize];
                }
                while post[b as usize] < post[a as usize] {
                    b = idom[b as usize];
                }
            }
            a
        };
        let mut changed = true;
        while changed {
            changed = false;
            for &b in order.iter().rev().skip(1) {
                let mut new = NONE;
                for &p in &preds[b as usize] {
                    if idom[p as usize] == NONE {
                        continue;
                    }
                    new = if new == NONE {
                        p
                    } else {
                        intersect(&idom, p, new)
                    };
                }
                if new != NONE && idom[b as usize] != new {
                    idom[b as usize] = new;
                    changed = true;
                }
            }
        }
        // DFS intervals on the tree.
        let mut children: Vec<SmallVec<[u32; 2]>> = vec![SmallVec::new(); n];
        for (b, &d) in idom.iter().enumerate().skip(1) {
            if d != NONE {
                children[d as usize].push(b as u32);
            }
        }
        let mut enter = vec![NONE; n];
        let mut leave = vec![NONE; n];
        if n > 0 {
            let mut clock = 0u32;
            let mut stack = Vec::with_capacity(n);
            stack.push((0u32, 0usize));
            enter[0] = 0;
            while let Some((b, next)) = stack.last_mut() {
                match children[*b as usize].get(*next) {
                    Some(&c) => {
                        *next += 1;
                        clock += 1;
                        enter[c as usize] = clock;
                        stack.push((c, 0));
                    }
                    None => {
                        clock += 1;
                        leave[*b as usize] = clock;
                        stack.pop();
                    }
                }
            }
        }
        DomTree { enter, leave }
    }

    fn reachable(&self, b: u32) -> bool {
        self.enter.get(b as usize).is_some_and(|&e| e != NONE)
    }

    fn dominates(&self, a: u32, b: u32) -> bool {
        self.reachable(a)
            && self.enter[a as usize] <= self.enter[b as usize]
            && self.leave[b as usize] <= self.leave[a as usize]
    }
}
