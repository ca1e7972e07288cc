//! The bytecode verifier: establishes, once per function, the invariants
//! the executor relies on for unchecked access.
//!
//! After `verify` succeeds:
//! - every single-slot operand is `< frame_slots`;
//! - both words of every two-slot operand of the fixed-shape 128-bit ops
//!   ([`Inst::pair_slots`]) are `< frame_slots`;
//! - every branch target and switch target is an executable instruction
//!   (not a tail word) inside the function;
//! - every op that takes a tail word is followed by one of the right kind
//!   (a conditional branch by its `BranchTail`), and an `IncBrNe`/`IncBrEq`
//!   by the branch it skips, with an instruction after that branch's tail;
//! - the last instruction cannot fall through off the end;
//! - every side-table index (arguments, callees, switches, call sites,
//!   helpers, shuffle masks, trap messages) is in range, and every argument
//!   slot in the argument pool is `< frame_slots`;
//! - the parameters and the constants fit the frame;
//! - every `Ret` returns `ret_slots` slots (the function's signature),
//!   all inside the frame;
//! - every `Call` and `TailCall` names an interpreted callee and passes it
//!   exactly its `sig.param_slots` argument slots (which the callee's code
//!   takes: see [`crate::module::FunctionDef::code`]); a `Call`'s result
//!   slots (`sig.ret_slots` from `dst`) and a `CallIndirect`'s (the site's
//!   `ret_slots`, which the executor compares with the callee's) are inside
//!   the frame; a `TailCall`'s callee returns as many slots as this
//!   function, so its `Ret` fits the slots our caller reserved.
//!
//! Together these let the executor pass arguments and return results
//! without checks. Other multi-slot extents (`CopyN`, `LoadN`, aggregate
//! ops) are checked by the executor itself with bounds-checked slicing.

use super::{Inst, OperandRef, SwitchTable, Target};
use crate::code::Code;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TailKind {
    Slot,
    Imm,
    Branch,
}

fn tail_of(inst: &Inst) -> Option<TailKind> {
    use Inst::*;
    match inst {
        Select { .. }
        | SelectN { .. }
        | Fshl { .. }
        | Fshr { .. }
        | InsertBytes { .. }
        | VecSelect { .. }
        | InsertElt { .. }
        | Fma32 { .. }
        | Fma64 { .. }
        | CmpXchg { .. }
        | VecTernary { .. }
        | WideFunnel { .. }
        | MaskedLoad { .. }
        | Gather { .. } => Some(TailKind::Slot),
        LoadN { .. }
        | StoreN { .. }
        | GepMul { .. }
        | AllocaDyn { .. }
        | ExtractBytes { .. }
        | VecBin { .. }
        | VecUn { .. }
        | VecCmp { .. }
        | VecConv { .. }
        | ExtractElt { .. }
        | Shuffle { .. }
        | VecReduce { .. }
        | Splat { .. }
        | VaArg { .. }
        | MaskedStore { .. }
        | Scatter { .. } => Some(TailKind::Imm),
        BrIf { .. }
        | BrIfNot { .. }
        | BrEq { .. }
        | BrNe { .. }
        | BrUlt { .. }
        | BrUle { .. }
        | BrSlt32 { .. }
        | BrSle32 { .. }
        | BrSlt64 { .. }
        | BrSle64 { .. }
        | BrFCmp32 { .. }
        | BrFCmp64 { .. } => Some(TailKind::Branch),
        _ => None,
    }
}

fn falls_through(inst: &Inst) -> bool {
    !matches!(
        inst,
        Inst::Jump { .. }
            | Inst::CopyJump { .. }
            | Inst::Switch { .. }
            | Inst::Ret { .. }
            | Inst::Unreachable
            | Inst::Trap { .. }
            | Inst::LongJmp { .. }
            | Inst::ThreadExit { .. }
            | Inst::TailCall { .. }
            | Inst::Resume { .. }
    )
}

/// Checks `code` against the invariants above; the error names the first
/// offending instruction.
pub fn verify(code: &Code) -> Result<(), String> {
    let insts = &code.insts;
    let n = insts.len();
    if n == 0 {
        return Err("empty function body".into());
    }
    // Which instructions are tail words (not valid jump targets).
    let mut is_tail = vec![false; n];
    let mut i = 0;
    while i < n {
        let inst = &insts[i];
        if matches!(
            inst,
            Inst::TailSlot { .. } | Inst::TailImm { .. } | Inst::BranchTail
        ) {
            return Err(format!("instruction {i}: tail word without an owner"));
        }
        if let Some(kind) = tail_of(inst) {
            let ok = match insts.get(i + 1) {
                Some(Inst::TailSlot { .. }) => kind == TailKind::Slot,
                Some(Inst::TailImm { .. }) => kind == TailKind::Imm,
                Some(Inst::BranchTail) => kind == TailKind::Branch,
                _ => false,
            };
            if !ok {
                return Err(format!(
                    "instruction {i} ({}): missing its tail word",
                    inst.name()
                ));
            }
            is_tail[i + 1] = true;
            i += 2;
        } else {
            i += 1;
        }
    }
    let last = (0..n).rev().find(|&i| !is_tail[i]).unwrap_or(0);
    if falls_through(&insts[last]) {
        return Err("the last instruction falls through off the end".into());
    }

    // Pairs that hand a result on in a register: the next instruction
    // reads that result's slot (see `Inst::pair_link_holds`).
    for (i, inst) in insts.iter().enumerate() {
        if let Some(next) = insts.get(i + 1) {
            if !inst.pair_link_holds(next, insts.get(i + 2..).unwrap_or(&[])) {
                return Err(format!(
                    "instruction {i} ({}): the {} after it does not read its result",
                    inst.name(),
                    next.name()
                ));
            }
        }
    }

    // An op that skips the branch after it (and its tail) needs one more
    // instruction after those.
    for (i, inst) in insts.iter().enumerate() {
        if matches!(inst, Inst::IncBrNe { .. } | Inst::IncBrEq { .. })
            && !(matches!(
                insts.get(i + 1),
                Some(Inst::BrNe { .. } | Inst::BrEq { .. })
            ) && i + 3 < n
                && !is_tail[i + 3])
        {
            return Err(format!(
                "instruction {i} ({}): nothing to skip to",
                inst.name()
            ));
        }
    }

    let slots = code.frame_slots;
    if code.param_slots > slots || code.consts.len() > slots as usize {
        return Err("the parameters or the constants do not fit the frame".into());
    }
    // Whether `n` slots from `s` are inside the frame.
    let fits = |s: u32, n: u32| s.checked_add(n).is_some_and(|end| end <= slots);
    let check_target = |t: Target, at: usize| -> Result<(), String> {
        let t = t.0 as usize;
        if t >= n || is_tail[t] {
            return Err(format!(
                "instruction {at}: branch target {t} is not an instruction"
            ));
        }
        Ok(())
    };
    // The length of argument list `args`, after checking its slots.
    let check_args = |args: u32, at: usize| -> Result<usize, String> {
        let pool = &code.arg_pool;
        let start = args as usize;
        let len = *pool
            .get(start)
            .ok_or_else(|| format!("instruction {at}: bad argument list"))?
            as usize;
        let list = pool
            .get(start + 1..start + 1 + len)
            .ok_or_else(|| format!("instruction {at}: bad argument list"))?;
        if let Some(bad) = list.iter().find(|s| **s >= slots) {
            return Err(format!(
                "instruction {at}: argument slot {bad} out of range"
            ));
        }
        Ok(len)
    };

    for h in code.handlers.iter() {
        check_target(h.target, h.call as usize)?;
        let pad = code
            .landing_pads
            .get(h.pad as usize)
            .ok_or_else(|| format!("instruction {}: landing pad out of range", h.call))?;
        if pad.dst.0 + 1 >= slots {
            return Err(format!("landing pad {}: result slot out of range", h.pad));
        }
    }
    for (at, inst) in insts.iter().enumerate() {
        let mut err = None;
        inst.for_each_operand(&mut |op| match op {
            OperandRef::Slot(s) if s.0 >= slots => {
                err.get_or_insert_with(|| {
                    format!(
                        "instruction {at} ({}): slot {} out of range",
                        inst.name(),
                        s.0
                    )
                });
            }
            OperandRef::Target(t) => {
                if let Err(e) = check_target(t, at) {
                    err.get_or_insert(e);
                }
            }
            _ => {}
        });
        if let Some(e) = err {
            return Err(e);
        }
        if let Some(s) = inst
            .pair_slots()
            .into_iter()
            .flatten()
            .find(|s| s.0 + 1 >= slots)
        {
            return Err(format!(
                "instruction {at} ({}): 128-bit operand at slot {} runs past the frame",
                inst.name(),
                s.0
            ));
        }
        match *inst {
            Inst::Call { func, args, .. } | Inst::TailCall { func, args } => {
                let Some(def) = code.interp_callees.get(func as usize) else {
                    return Err(format!("instruction {at}: callee {func} out of range"));
                };
                if check_args(args, at)? != def.sig.param_slots as usize {
                    return Err(format!(
                        "instruction {at}: call to @{} does not pass its {} parameter slots",
                        def.name, def.sig.param_slots
                    ));
                }
                let ret = def.sig.ret_slots;
                let ret_ok = match *inst {
                    Inst::Call { dst, .. } => fits(dst.0, ret),
                    _ => ret == code.ret_slots,
                };
                if !ret_ok {
                    return Err(format!(
                        "instruction {at}: the {ret} result slots of @{} do not fit",
                        def.name
                    ));
                }
            }
            Inst::CallNative { func, args, .. } => {
                if func as usize >= code.callees.len() {
                    return Err(format!("instruction {at}: callee {func} out of range"));
                }
                check_args(args, at)?;
            }
            Inst::CallHelper { helper, args, .. } => {
                if helper as usize >= code.helpers.len() {
                    return Err(format!("instruction {at}: helper {helper} out of range"));
                }
                check_args(args, at)?;
            }
            Inst::CallIndirect { site, dst, .. } => {
                let s = code
                    .indirect_sites
                    .get(site as usize)
                    .ok_or_else(|| format!("instruction {at}: call site {site} out of range"))?;
                check_args(s.args, at)?;
                if !fits(dst.0, s.ret_slots) {
                    return Err(format!(
                        "instruction {at}: the {} result slots do not fit",
                        s.ret_slots
                    ));
                }
            }
            Inst::Ret { src, n } if n != code.ret_slots || !fits(src.0, n) => {
                return Err(format!(
                    "instruction {at}: returns {n} slots from slot {}, the function returns {}",
                    src.0, code.ret_slots
                ));
            }
            Inst::Switch { table, .. } => match code.switches.get(table as usize) {
                Some(SwitchTable::Dense {
                    targets, default, ..
                }) => {
                    for t in targets.iter().chain(std::iter::once(default)) {
                        check_target(*t, at)?;
                    }
                }
                Some(SwitchTable::Sparse { cases, default }) => {
                    for (_, t) in cases.iter() {
                        check_target(*t, at)?;
                    }
                    check_target(*default, at)?;
                }
                None => {
                    return Err(format!(
                        "instruction {at}: switch table {table} out of range"
                    ))
                }
            },
            Inst::Shuffle { .. } => {
                if let Some(Inst::TailImm { x, .. }) = insts.get(at + 1) {
                    if *x as usize >= code.shuffle_masks.len() {
                        return Err(format!("instruction {at}: shuffle mask {x} out of range"));
                    }
                }
            }
            Inst::Trap { msg } if msg as usize >= code.trap_messages.len() => {
                return Err(format!("instruction {at}: trap message {msg} out of range"));
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Slot;
    use crate::code::IndirectSite;
    use crate::host::{Host, NativeCall, NativeSig, Resolved};
    use crate::module::FuncRef;
    use std::sync::Arc;

    struct NoHost;
    impl Host for NoHost {
        fn resolve(&self, _: &str) -> Option<Resolved> {
            None
        }
        fn prepare_call(&self, _: &NativeSig) -> Result<Arc<dyn NativeCall>, String> {
            Err("none".into())
        }
        fn native_pointer(&self, _: &FuncRef) -> Result<usize, String> {
            Err("none".into())
        }
        fn thread_local_address(&self, _: &str) -> Option<usize> {
            None
        }
        fn exception_matches(&self, _: u64, _: u64) -> bool {
            false
        }
        fn function_at(&self, _: usize) -> Option<FuncRef> {
            None
        }
    }

    fn code(insts: Vec<Inst>, frame_slots: u32) -> Code {
        Code {
            name: "f".into(),
            function: std::sync::Weak::new(),
            ir_pos: vec![0; insts.len()].into(),
            insts: insts.into(),
            frame_slots,
            param_slots: 0,
            consts: Box::new([]),
            ret_slots: 0,
            static_frame_size: 0,
            static_frame_align: 1,
            arg_pool: Box::new([]),
            interp_callees: Box::new([]),
            callees: Box::new([]),
            helpers: Box::new([]),
            switches: Box::new([]),
            indirect_sites: Box::new([]),
            shuffle_masks: Box::new([]),
            trap_messages: Box::new([]),
            is_var_arg: false,
            host: Arc::new(NoHost),
            tls: None,
            external_tls: Box::new([]),
            handlers: Box::new([]),
            landing_pads: Box::new([]),
            type_ids: Box::new([]),
        }
    }

    fn add(dst: u32, a: u32, b: u32) -> Vec<Inst> {
        vec![
            Inst::F64x2Add {
                dst: Slot(dst),
                a: Slot(a),
                b: Slot(b),
            },
            Inst::Ret { src: Slot(0), n: 0 },
        ]
    }

    #[test]
    fn both_words_of_a_128_bit_operand_must_be_in_the_frame() {
        assert_eq!(verify(&code(add(0, 2, 4), 6)), Ok(()));
        for (dst, a, b) in [(5, 0, 2), (0, 5, 2), (0, 2, 5)] {
            let e = verify(&code(add(dst, a, b), 6)).unwrap_err();
            assert!(e.contains("runs past the frame"), "{e}");
        }
        let store = vec![
            Inst::Store128 {
                ptr: Slot(0),
                val: Slot(3),
                off: 0,
            },
            Inst::Ret { src: Slot(0), n: 0 },
        ];
        assert!(verify(&code(store, 4)).is_err());
    }

    #[test]
    fn a_conditional_branch_has_its_branch_tail_and_nothing_lands_on_it() {
        let br = |target| Inst::BrNe {
            a: Slot(0),
            b: Slot(1),
            target: Target(target),
        };
        let ret = Inst::Ret { src: Slot(0), n: 0 };
        let ok = vec![br(2), Inst::BranchTail, ret];
        assert_eq!(verify(&code(ok, 2)), Ok(()));
        let untailed = vec![br(1), ret];
        let e = verify(&code(untailed, 2)).unwrap_err();
        assert!(e.contains("missing its tail word"), "{e}");
        let onto_tail = vec![br(1), Inst::BranchTail, ret];
        assert!(verify(&code(onto_tail, 2)).is_err());
        let stray = vec![Inst::BranchTail, ret];
        assert!(verify(&code(stray, 2)).is_err());
        // A fused latch skips the branch after it and that branch's tail.
        let inc = |target| Inst::IncBrNe {
            x: Slot(0),
            b: Slot(1),
            target: Target(target),
            imm: 1,
        };
        let latch = vec![inc(0), br(0), Inst::BranchTail, ret];
        assert_eq!(verify(&code(latch, 2)), Ok(()));
        let nothing_after = vec![ret, inc(0), br(0), Inst::BranchTail];
        let e = verify(&code(nothing_after, 2)).unwrap_err();
        assert!(
            e.contains("nothing to skip to") || e.contains("falls through"),
            "{e}"
        );
        let no_branch = vec![inc(0), ret, ret];
        let e = verify(&code(no_branch, 2)).unwrap_err();
        assert!(e.contains("nothing to skip to"), "{e}");
    }

    #[test]
    fn a_pair_that_hands_on_an_address_is_followed_by_its_load() {
        let gep = Inst::GepThenLoad64 {
            dst: Slot(2),
            base: Slot(0),
            idx: Slot(1),
            shift: 3,
            off: 0,
        };
        let load = |ptr| Inst::Load64 {
            dst: Slot(3),
            ptr: Slot(ptr),
            off: 8,
        };
        let ret = Inst::Ret { src: Slot(0), n: 0 };
        assert_eq!(verify(&code(vec![gep, load(2), ret], 4)), Ok(()));
        let e = verify(&code(vec![gep, load(0), ret], 4)).unwrap_err();
        assert!(e.contains("does not read its result"), "{e}");
        // Another op after the pair is not run by it: nothing to check.
        let other = Inst::Copy {
            dst: Slot(3),
            src: Slot(0),
        };
        assert_eq!(verify(&code(vec![gep, other, ret], 4)), Ok(()));
        // A loaded value goes on as the arithmetic's first operand.
        let load_add = Inst::LoadThenFAdd64 {
            dst: Slot(2),
            ptr: Slot(0),
            off: 0,
        };
        let add = |a, b| Inst::FAdd64 {
            dst: Slot(3),
            a: Slot(a),
            b: Slot(b),
        };
        assert_eq!(verify(&code(vec![load_add, add(2, 1), ret], 4)), Ok(()));
        assert!(verify(&code(vec![load_add, add(1, 2), ret], 4)).is_err());
        // A row's two loads go on to the vector pair as its first operands.
        let row = |a0, a1| {
            vec![
                Inst::GepThenLoad128Pair {
                    dst: Slot(0),
                    base: Slot(0),
                    idx: Slot(1),
                    shift: 3,
                    off: 0,
                },
                Inst::Load128Pair {
                    dst: Slot(2),
                    ptr: Slot(0),
                    off: 0,
                },
                Inst::Load128 {
                    dst: Slot(4),
                    ptr: Slot(0),
                    off: 16,
                },
                Inst::F64x2MulThenMul {
                    dst: Slot(6),
                    a: Slot(a0),
                    b: Slot(8),
                },
                Inst::F64x2Mul {
                    dst: Slot(8),
                    a: Slot(a1),
                    b: Slot(8),
                },
                ret,
            ]
        };
        assert_eq!(verify(&code(row(2, 4), 10)), Ok(()));
        assert!(verify(&code(row(8, 4), 10)).is_err());
        assert!(verify(&code(row(2, 8), 10)).is_err());
    }

    /// A function taking `params` one-slot parameters and returning
    /// `ret` slots.
    fn callee(params: u32, ret: u32) -> FuncRef {
        use crate::signature::{FnSig, ParamSig};
        let sig = FnSig {
            params: (0..params)
                .map(|slot| ParamSig {
                    slot,
                    slots: 1,
                    abi: None,
                })
                .collect(),
            param_slots: params,
            ret: None,
            ret_slots: ret,
            is_var_arg: false,
            va_slot: None,
            sret: None,
        };
        Arc::new(crate::module::FunctionDef::detached("g", sig))
    }

    /// `call` (to `g`, taking `params` slots and returning `ret`) with the
    /// argument list `args`, then `ret void`, in a frame of `frame_slots`.
    fn caller(call: Inst, args: &[u32], params: u32, ret: u32, frame_slots: u32) -> Code {
        let mut c = code(vec![call, Inst::Ret { src: Slot(0), n: 0 }], frame_slots);
        c.interp_callees = vec![callee(params, ret)].into();
        let mut pool = vec![args.len() as u32];
        pool.extend_from_slice(args);
        c.arg_pool = pool.into();
        c
    }

    fn call(dst: u32) -> Inst {
        Inst::Call {
            func: 0,
            args: 0,
            dst: Slot(dst),
        }
    }

    #[test]
    fn a_call_passes_exactly_the_callees_parameter_slots() {
        assert_eq!(verify(&caller(call(2), &[0, 1], 2, 1, 4)), Ok(()));
        // One argument too many, one too few: the executor copies the list
        // into the callee's frame unchecked.
        for args in [&[0, 1, 1][..], &[0]] {
            let e = verify(&caller(call(2), args, 2, 1, 4)).unwrap_err();
            assert!(e.contains("parameter slots"), "{e}");
        }
        let bad_callee = Inst::Call {
            func: 1,
            args: 0,
            dst: Slot(2),
        };
        let e = verify(&caller(bad_callee, &[0, 1], 2, 1, 4)).unwrap_err();
        assert!(e.contains("callee 1 out of range"), "{e}");
    }

    #[test]
    fn a_calls_result_slots_must_fit_the_frame() {
        // The callee's `Ret` writes 2 slots from `dst`, unchecked.
        assert_eq!(verify(&caller(call(2), &[0], 1, 2, 4)), Ok(()));
        let e = verify(&caller(call(3), &[0], 1, 2, 4)).unwrap_err();
        assert!(e.contains("result slots"), "{e}");
        // Even when the call site has no result (slot 0 stands in).
        let e = verify(&caller(call(0), &[0], 1, 2, 1)).unwrap_err();
        assert!(e.contains("result slots"), "{e}");
    }

    #[test]
    fn a_tail_call_returns_what_the_function_returns() {
        let tail = Inst::TailCall { func: 0, args: 0 };
        // The caller returns nothing (`code` sets `ret_slots` 0).
        assert_eq!(verify(&caller(tail, &[0], 1, 0, 2)), Ok(()));
        let e = verify(&caller(tail, &[0], 1, 1, 2)).unwrap_err();
        assert!(e.contains("result slots"), "{e}");
    }

    #[test]
    fn an_indirect_calls_result_slots_must_fit_the_frame() {
        let site = |ret_slots| IndirectSite {
            args: 0,
            sig: NativeSig {
                params: vec![],
                ret: crate::host::AbiType::Void,
                fixed_params: None,
            },
            native: std::sync::OnceLock::new(),
            ret_slots,
        };
        let insts = vec![
            Inst::CallIndirect {
                ptr: Slot(0),
                site: 0,
                dst: Slot(2),
            },
            Inst::Ret { src: Slot(0), n: 0 },
        ];
        let mut c = code(insts, 4);
        c.arg_pool = vec![0].into();
        c.indirect_sites = vec![site(2)].into();
        assert_eq!(verify(&c), Ok(()));
        c.indirect_sites = vec![site(3)].into();
        let e = verify(&c).unwrap_err();
        assert!(e.contains("result slots"), "{e}");
    }

    #[test]
    fn ret_returns_the_signatures_slots_from_inside_the_frame() {
        let ret = |src, n| vec![Inst::Ret { src: Slot(src), n }];
        let with_ret = |insts, ret_slots| {
            let mut c = code(insts, 4);
            c.ret_slots = ret_slots;
            c
        };
        assert_eq!(verify(&with_ret(ret(2, 2), 2)), Ok(()));
        // More or fewer slots than the signature: the caller reserved
        // room for exactly `ret_slots`.
        for (insts, ret_slots) in [(ret(0, 2), 1), (ret(0, 1), 2), (ret(0, 1), 0)] {
            let e = verify(&with_ret(insts, ret_slots)).unwrap_err();
            assert!(e.contains("returns"), "{e}");
        }
        // Past the end of the frame.
        let e = verify(&with_ret(ret(3, 2), 2)).unwrap_err();
        assert!(e.contains("returns"), "{e}");
    }

    #[test]
    fn the_parameters_must_fit_the_frame() {
        let mut c = code(vec![Inst::Ret { src: Slot(0), n: 0 }], 2);
        c.param_slots = 3;
        assert!(verify(&c).is_err());
    }

    #[test]
    fn a_branch_into_a_tail_word_is_rejected() {
        let insts = vec![
            Inst::Jump { target: Target(2) },
            Inst::GepMul {
                dst: Slot(0),
                base: Slot(0),
                idx: Slot(0),
            },
            Inst::TailImm { x: 8, y: 0, z: 64 },
            Inst::Ret { src: Slot(0), n: 0 },
        ];
        let e = verify(&code(insts, 1)).unwrap_err();
        assert!(e.contains("branch target 2"), "{e}");
    }
}
