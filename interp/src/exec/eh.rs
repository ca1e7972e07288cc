//! The personality routine for C++ exceptions in interpreted code: which
//! landing pad an exception stops at, and with which selector.

use super::stack::ThreadStacks;
use crate::bytecode::{Slot, Target};
use crate::code::{Clause, Code, LandingPad};

/// The selector a landing pad reports for exception `ue`, if it stops it
/// there: a catch clause's type id, a negative value for a filter the
/// exception violates, or 0 for a cleanup.
fn select(code: &Code, pad: &LandingPad, ue: u64) -> Option<i32> {
    for (i, clause) in pad.clauses.iter().enumerate() {
        match clause {
            Clause::Catch(ti) => {
                if code.host.exception_matches(ue, *ti) {
                    return Some(code.type_id(*ti));
                }
            }
            Clause::Filter(types) => {
                if !types.iter().any(|t| code.host.exception_matches(ue, *t)) {
                    return Some(-(i as i32) - 1);
                }
            }
        }
    }
    pad.cleanup.then_some(0)
}

/// Where an exception raised by the call at `call` goes in this function:
/// (target, landing pad result slot, selector).
pub(super) fn landing(code: &Code, call: u32, ue: u64) -> Option<(Target, Slot, i32)> {
    let h = code.handler_at(call)?;
    let pad = code.landing_pads.get(h.pad as usize)?;
    let selector = select(code, pad, ue)?;
    Some((h.target, pad.dst, selector))
}

/// Whether a catching (not merely cleaning-up) landing pad waits for `ue`
/// in this run: at the call `call` of `code`, or at a call site of one of
/// the callers above, down to the run's first activation.
pub(super) fn handler_exists(
    st: &ThreadStacks,
    code: &Code,
    call: u32,
    entry_depth: usize,
    ue: u64,
) -> bool {
    let catches = |code: &Code, call: u32| {
        landing(code, call, ue).is_some_and(|(_, _, selector)| selector != 0)
    };
    if catches(code, call) {
        return true;
    }
    st.activations[entry_depth.min(st.activations.len())..]
        .iter()
        .rev()
        .any(|a| {
            // SAFETY: activation records point at code owned by live
            // modules, and `resume` into that code's instructions.
            let (code, resume) =
                unsafe { (&*a.code, a.resume.offset_from((*a.code).insts.as_ptr())) };
            catches(code, (resume as usize).saturating_sub(1) as u32)
        })
}
