//! [`Code`]: one lowered function, ready to execute, with the side tables
//! its instructions index (callees, argument lists, switch tables,
//! indirect call sites, source locations).

use crate::bytecode::{Inst, Slot, SwitchTable, Target};
use crate::host::{Host, NativeCall, NativeSig};
use crate::module::{FuncRef, FunctionDef};
use std::sync::{Arc, OnceLock, Weak};

/// What a direct call to native code calls (direct calls to interpreted
/// functions go through [`Code::interp_callees`]).
pub enum Callee {
    /// A native function, with its call interface prepared once.
    Native {
        name: String,
        addr: usize,
        call: Arc<dyn NativeCall>,
    },
}

/// An indirect call site: the signature seen at the site, used when the
/// pointer turns out to be native code.
pub struct IndirectSite {
    /// Index into `Code::arg_pool` of the argument list.
    pub args: u32,
    pub sig: NativeSig,
    /// Prepared on the first native call through this site.
    pub native: OnceLock<Result<Arc<dyn NativeCall>, String>>,
    /// Slots of the result (0 for void), checked against the callee.
    pub ret_slots: u32,
}

/// Where a C++ exception raised by the call instruction at `call` goes:
/// the landing pad `pad` decides whether it stops there; if so, execution
/// continues at `target` (the landing block, or an edge block of PHI moves
/// leading to it).
#[derive(Clone, Debug)]
pub struct Handler {
    pub call: u32,
    pub target: Target,
    pub pad: u32,
}

/// A `landingpad`: its clauses, and the slots receiving `{ptr, i32}`.
#[derive(Clone, Debug)]
pub struct LandingPad {
    pub dst: Slot,
    pub cleanup: bool,
    pub clauses: Box<[Clause]>,
}

/// A landing pad clause; type infos are addresses of `std::type_info`
/// objects (0 in a catch clause: `catch (...)`).
#[derive(Clone, Debug)]
pub enum Clause {
    Catch(u64),
    Filter(Box<[u64]>),
}

/// A native helper implementing a rare intrinsic: reads its arguments from
/// the listed slots of `frame`, writes its result at `dst`.
pub type Helper = fn(frame: &mut [u64], args: &[u32], dst: u32) -> Result<(), String>;

/// A lowered function.
pub struct Code {
    pub name: String,
    /// The function this is the code of, for trap messages (weak: the
    /// function owns its code). The executor keeps no function pointer of
    /// its own across calls: it is derivable from here when needed.
    pub function: Weak<FunctionDef>,
    pub insts: Box<[Inst]>,
    /// Slots in a frame: parameters, then constants, then values.
    pub frame_slots: u32,
    /// Slots taken by the parameters (they arrive in slots `0..param_slots`).
    pub param_slots: u32,
    /// Copied into the frame right after the parameters on entry.
    pub consts: Box<[u64]>,
    /// Slots of the return value (0 for void).
    pub ret_slots: u32,
    /// Bytes and alignment of the static `alloca` area reserved on entry.
    pub static_frame_size: u64,
    pub static_frame_align: u64,
    /// Argument lists: at each list's start, its length, then its slots.
    pub arg_pool: Box<[u32]>,
    /// Interpreted functions (of this or another loaded module) called
    /// directly: a table of their own, so a call finds its callee with one
    /// load and no test of its kind.
    pub interp_callees: Box<[FuncRef]>,
    pub callees: Box<[Callee]>,
    pub helpers: Box<[Helper]>,
    pub switches: Box<[SwitchTable]>,
    pub indirect_sites: Box<[IndirectSite]>,
    pub shuffle_masks: Box<[Box<[i32]>]>,
    pub trap_messages: Box<[String]>,
    /// For each instruction, the IR instruction it came from, as an
    /// ordinal over the function's instructions and terminators in
    /// layout order (see `lower::support::ir_location_at`): error messages
    /// rebuild the location from the IR, so no strings are kept here.
    pub ir_pos: Box<[u32]>,
    /// Whether the function is variadic (its frame then records where the
    /// variadic arguments are).
    pub is_var_arg: bool,
    /// The embedder, for indirect calls (is this pointer interpreted?).
    pub host: Arc<dyn Host>,
    /// The module's thread-local globals, if it has any.
    pub tls: Option<Arc<crate::exec::tls::TlsTemplate>>,
    /// Names of native thread-local variables the function uses.
    pub external_tls: Box<[String]>,
    /// Exception handlers, sorted by call instruction.
    pub handlers: Box<[Handler]>,
    pub landing_pads: Box<[LandingPad]>,
    /// The type infos this function's landing pads and
    /// `llvm.eh.typeid.for` mention: a catch clause for `type_ids[i]`
    /// reports selector `i + 1`.
    pub type_ids: Box<[u64]>,
}

impl Code {
    /// Bytes this function's bytecode and side tables occupy (an estimate
    /// that counts every owned allocation, not the allocator's overhead).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of_val;
        let strings = |v: &[String]| v.iter().map(|s| s.capacity()).sum::<usize>();
        let switches: usize = self
            .switches
            .iter()
            .map(|t| match t {
                SwitchTable::Dense { targets, .. } => size_of_val(&**targets),
                SwitchTable::Sparse { cases, .. } => size_of_val(&**cases),
            })
            .sum();
        let masks: usize = self.shuffle_masks.iter().map(|m| size_of_val(&**m)).sum();
        let pads: usize = self
            .landing_pads
            .iter()
            .map(|p| size_of_val(&*p.clauses))
            .sum();
        std::mem::size_of::<Code>()
            + self.name.capacity()
            + size_of_val(&*self.insts)
            + size_of_val(&*self.consts)
            + size_of_val(&*self.arg_pool)
            + size_of_val(&*self.interp_callees)
            + size_of_val(&*self.callees)
            + size_of_val(&*self.helpers)
            + size_of_val(&*self.switches)
            + switches
            + size_of_val(&*self.indirect_sites)
            + size_of_val(&*self.shuffle_masks)
            + masks
            + size_of_val(&*self.trap_messages)
            + strings(&self.trap_messages)
            + size_of_val(&*self.ir_pos)
            + size_of_val(&*self.external_tls)
            + strings(&self.external_tls)
            + size_of_val(&*self.handlers)
            + size_of_val(&*self.landing_pads)
            + pads
            + size_of_val(&*self.type_ids)
    }

    /// The exception handler of the call instruction at `call`.
    pub fn handler_at(&self, call: u32) -> Option<&Handler> {
        let i = self.handlers.binary_search_by_key(&call, |h| h.call).ok()?;
        self.handlers.get(i)
    }

    /// The selector value of a catch clause for `type_info`.
    pub fn type_id(&self, type_info: u64) -> i32 {
        self.type_ids
            .iter()
            .position(|t| *t == type_info)
            .map_or(0, |i| i as i32 + 1)
    }

    /// Index of the first constant slot.
    pub fn const_base(&self) -> u32 {
        self.frame_slots - self.consts.len() as u32
    }

    /// A readable listing of the bytecode, one instruction per line.
    pub fn disassemble(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "function {} (frame {} slots, params {}, consts {:?}, static frame {} bytes)",
            self.name, self.frame_slots, self.param_slots, self.consts, self.static_frame_size
        );
        for (pc, inst) in self.insts.iter().enumerate() {
            let _ = writeln!(out, "{pc:4}: {inst:?}");
        }
        for (i, s) in self.switches.iter().enumerate() {
            let _ = writeln!(out, "switch table {i}: {s:?}");
        }
        for h in self.handlers.iter() {
            let pad = self.landing_pads.get(h.pad as usize);
            let _ = writeln!(
                out,
                "handler: call @{} unwinds to {:?}: {pad:?}",
                h.call, h.target
            );
        }
        out
    }
}
