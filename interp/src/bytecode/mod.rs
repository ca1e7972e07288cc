//! The register bytecode: the instruction set, documented op by op, and the
//! per-function container ([`Code`]) the executor runs.
//!
//! Conventions every op follows:
//! - A value lives in one or more consecutive 8-byte frame slots addressed by
//!   [`Slot`]. A slot holds the value's little-endian memory image; integers
//!   narrower than 64 bits are zero-extended, so `zext` is a plain move and
//!   equality compares whole slots. Ops that care about the sign
//!   (`sdiv`, `ashr`, signed compares) sign-extend from the stated width.
//! - Wider values (vectors, first-class aggregates) occupy
//!   `ceil(size / 8)` slots holding their memory image, zero-padded.
//! - Branch targets are [`Target`]s: indices into the function's instruction
//!   array. A conditional branch is followed by a [`Inst::BranchTail`] word,
//!   which it steps over when not taken: a fall-through that changes the
//!   instruction pointer gives the not-taken path a dispatch of its own,
//!   instead of the dispatch loop's shared one (where the compiler
//!   shuffles registers: ~8 instructions more per not-taken branch).
//! - A few ops need more operands than fit into one 16-byte instruction;
//!   they are followed by a [`Inst::TailSlot`] or [`Inst::TailImm`] word that
//!   the op's handler consumes. The verifier checks every such pairing.
//!
//! The instruction list is written once, in [`define_ops!`], which
//! generates the enum, the operand visitor (used by the verifier) and the
//! op names (used by the disassembler).

mod verify;

pub use verify::verify;

use std::fmt;

/// Index of an 8-byte slot in the current frame.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot(pub u32);

/// Index of an instruction in the current function.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target(pub u32);

impl fmt::Debug for Slot {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "s{}", self.0)
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "@{}", self.0)
    }
}

/// What the verifier sees of one operand.
pub enum OperandRef {
    Slot(Slot),
    Target(Target),
    Other,
}

/// Lets the op list's generated visitor classify each field by its type.
pub trait Operand {
    fn operand(&self) -> OperandRef;
    /// Lets a rewriting pass (constant relocation) change slot operands.
    fn visit_slot_mut(&mut self, _f: &mut dyn FnMut(&mut Slot)) {}
}

impl Operand for Slot {
    fn operand(&self) -> OperandRef {
        OperandRef::Slot(*self)
    }
    fn visit_slot_mut(&mut self, f: &mut dyn FnMut(&mut Slot)) {
        f(self)
    }
}

impl Operand for Target {
    fn operand(&self) -> OperandRef {
        OperandRef::Target(*self)
    }
}

macro_rules! plain_operand {
    ($($t:ty),*) => {$(
        impl Operand for $t {
            fn operand(&self) -> OperandRef { OperandRef::Other }
        }
    )*};
}
plain_operand!(
    u8,
    u16,
    u32,
    i16,
    i32,
    FloatPredicate,
    VecOp,
    ElemKind,
    MathOp
);

/// Floating-point comparison predicates (LLVM's `fcmp` predicates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatPredicate {
    False,
    Oeq,
    Ogt,
    Oge,
    Olt,
    Ole,
    One,
    Ord,
    Uno,
    Ueq,
    Ugt,
    Uge,
    Ult,
    Ule,
    Une,
    True,
}

impl FloatPredicate {
    /// The predicate true exactly when `self` is false (NaN operands
    /// included): ordered and unordered swap.
    pub fn negate(self) -> FloatPredicate {
        use FloatPredicate as P;
        match self {
            P::False => P::True,
            P::Oeq => P::Une,
            P::Ogt => P::Ule,
            P::Oge => P::Ult,
            P::Olt => P::Uge,
            P::Ole => P::Ugt,
            P::One => P::Ueq,
            P::Ord => P::Uno,
            P::Uno => P::Ord,
            P::Ueq => P::One,
            P::Ugt => P::Ole,
            P::Uge => P::Olt,
            P::Ult => P::Oge,
            P::Ule => P::Ogt,
            P::Une => P::Oeq,
            P::True => P::False,
        }
    }
}

/// Element kind of a vector value. `I1` vectors are bit-packed, the others
/// are arrays of their element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemKind {
    I1,
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    /// IEEE half precision (computed in f32, see `exec::half`).
    F16,
    /// bfloat16.
    BF16,
    /// An integer of another width (2 to 128 bits), bit-packed as in
    /// memory: lane `i` is bits `[w*i, w*i + w)`. Widths above 64 are
    /// handled by the lane-by-lane lowering only.
    Int(u8),
    /// `x86_fp80`, 10 bytes a lane; only the lane-by-lane lowering
    /// (`lower::lanes`) handles it, never the generic vector ops.
    F80,
}

impl ElemKind {
    /// Size in bytes of one element (0 for bit-packed `I1`).
    pub fn bytes(self) -> usize {
        match self {
            ElemKind::I1 => 0,
            ElemKind::I8 => 1,
            ElemKind::I16 | ElemKind::F16 | ElemKind::BF16 => 2,
            ElemKind::I32 | ElemKind::F32 => 4,
            ElemKind::I64 | ElemKind::F64 => 8,
            ElemKind::F80 => 10,
            ElemKind::Int(w) if w % 8 == 0 => w as usize / 8,
            ElemKind::Int(_) => 0,
        }
    }

    pub fn bits(self) -> u32 {
        match self {
            ElemKind::I1 => 1,
            ElemKind::Int(w) => w as u32,
            k => k.bytes() as u32 * 8,
        }
    }

    /// Whether lanes are addressed by bit offset (not whole bytes).
    pub fn bit_packed(self) -> bool {
        matches!(self, ElemKind::I1 | ElemKind::Int(_))
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            ElemKind::F16 | ElemKind::BF16 | ElemKind::F32 | ElemKind::F64 | ElemKind::F80
        )
    }
}

/// Element-wise operation of the generic vector ops ([`Inst::VecBin`],
/// [`Inst::VecUn`], [`Inst::VecCmp`], [`Inst::VecReduce`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecOp {
    Add,
    Sub,
    Mul,
    UDiv,
    SDiv,
    URem,
    SRem,
    And,
    Or,
    Xor,
    Shl,
    LShr,
    AShr,
    FAdd,
    FSub,
    FMul,
    FDiv,
    FRem,
    FNeg,
    SMin,
    SMax,
    UMin,
    UMax,
    FMin,
    FMax,
    FMinimum,
    FMaximum,
    Abs,
    Ctpop,
    Ctlz,
    Cttz,
    Bswap,
    FAbs,
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Round,
    RoundEven,
    Rint,
    UAddSat,
    SAddSat,
    USubSat,
    SSubSat,
    UShlSat,
    SShlSat,
    Fshl,
    Fshr,
    Fma,
    Bitreverse,
    // comparisons (result lanes are i1)
    Eq,
    Ne,
    Ult,
    Ule,
    Ugt,
    Uge,
    Slt,
    Sle,
    Sgt,
    Sge,
    FCmp(FloatPredicate),
}

/// Scalar floating-point math functions computed in Rust (which calls the
/// same libm as native code would).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathOp {
    Sqrt,
    Fabs,
    Floor,
    Ceil,
    Trunc,
    Round,
    RoundEven,
    Rint,
    Canonicalize,
}

/// Vector conversion kinds (the `y` of `VecConv`'s tail).
pub mod conv {
    pub const TRUNC: u32 = 0;
    pub const ZEXT: u32 = 1;
    pub const SEXT: u32 = 2;
    pub const FPTRUNC: u32 = 3;
    pub const FPEXT: u32 = 4;
    pub const FPTOUI: u32 = 5;
    pub const FPTOSI: u32 = 6;
    pub const UITOFP: u32 = 7;
    pub const SITOFP: u32 = 8;
}

macro_rules! define_ops {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $({ $($field:ident : $ty:ty),* $(,)? })?
    ),* $(,)?) => {
        /// One bytecode instruction. See the module documentation for the
        /// conventions; each variant documents its own semantics.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Inst {
            $(
                $(#[doc = $doc])*
                $name $({ $($field: $ty),* })?
            ),*
        }

        impl Inst {
            /// Calls `f` on every operand, in declaration order.
            #[allow(unused_variables)]
            pub fn for_each_operand(&self, f: &mut dyn FnMut(OperandRef)) {
                match self {
                    $( Inst::$name $({ $($field),* })? => { $($( f(Operand::operand($field)); )*)? } )*
                }
            }

            /// Calls `f` on every slot operand, mutably.
            #[allow(unused_variables)]
            pub fn for_each_slot_mut(&mut self, f: &mut dyn FnMut(&mut Slot)) {
                match self {
                    $( Inst::$name $({ $($field),* })? => { $($( Operand::visit_slot_mut($field, f); )*)? } )*
                }
            }

            /// The op's name, as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Inst::$name { .. } => stringify!($name), )*
                }
            }
        }
    };
}

define_ops! {
    // ------------------------------------------------------------------
    // Trailing operand words
    // ------------------------------------------------------------------
    /// Extra operands of the preceding op (never executed on its own).
    TailSlot { s: Slot, x: u32, y: u32 },
    /// Extra immediates of the preceding op (never executed on its own).
    TailImm { x: u32, y: u32, z: u32 },
    /// The word after a conditional branch, stepped over when it is not
    /// taken (never executed on its own).
    BranchTail,

    // ------------------------------------------------------------------
    // Moves
    // ------------------------------------------------------------------
    /// `dst = src` (one slot).
    Copy { dst: Slot, src: Slot },
    /// Copies `n` consecutive slots from `src` to `dst`.
    CopyN { dst: Slot, src: Slot, n: u32 },
    /// `dst = imm` sign-extended to 64 bits.
    ConstI32 { dst: Slot, imm: i32 },
    /// `dst = src`, then jump to `target`: a block's last PHI move fused
    /// with its jump (formed by `lower::peephole`).
    CopyJump { dst: Slot, src: Slot, target: Target },

    // ------------------------------------------------------------------
    // Integer arithmetic. `*32`/`*64` handle those widths; `*N` any width
    // up to 64 given in `bits` (the result is masked to `bits`).
    // ------------------------------------------------------------------
    /// `dst = a + b` (i32).
    Add32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a + b` (i64).
    Add64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = (a + b) mod 2^bits`.
    AddN { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = a + imm` (i32).
    AddImm32 { dst: Slot, a: Slot, imm: i32 },
    /// `dst = a + imm` (i64; also constant-offset address arithmetic).
    AddImm64 { dst: Slot, a: Slot, imm: i32 },
    /// `dst = a - b` (i32).
    Sub32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a - b` (i64).
    Sub64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = (a - b) mod 2^bits`.
    SubN { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = a * b` (i32).
    Mul32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a * b` (i64).
    Mul64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = (a * b) mod 2^bits`.
    MulN { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = a * imm` (i64).
    MulImm64 { dst: Slot, a: Slot, imm: i32 },
    /// Unsigned division (any width: operands are zero-extended). Traps on
    /// a zero divisor.
    UDiv { dst: Slot, a: Slot, b: Slot },
    /// Unsigned remainder; traps on a zero divisor.
    URem { dst: Slot, a: Slot, b: Slot },
    /// Signed division of `bits`-wide integers; traps on a zero divisor and
    /// on `MIN / -1`.
    SDiv { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// Signed remainder of `bits`-wide integers; traps like [`Inst::SDiv`].
    SRem { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = a & b` (any width).
    And { dst: Slot, a: Slot, b: Slot },
    /// `dst = a | b` (any width).
    Or { dst: Slot, a: Slot, b: Slot },
    /// `dst = a ^ b` (any width).
    Xor { dst: Slot, a: Slot, b: Slot },
    /// `dst = a & sext(imm)` (any width).
    AndImm { dst: Slot, a: Slot, imm: i32 },
    /// `dst = (a << b) mod 2^bits`.
    Shl { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = (a << imm) mod 2^bits`.
    ShlImm { dst: Slot, a: Slot, imm: u8, bits: u8 },
    /// `dst = a >> b`, logical (any width).
    LShr { dst: Slot, a: Slot, b: Slot },
    /// `dst = a >> imm`, logical (any width).
    LShrImm { dst: Slot, a: Slot, imm: u8 },
    /// `dst = a >> b`, arithmetic on `bits`-wide integers.
    AShr { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `dst = a >> imm`, arithmetic on `bits`-wide integers.
    AShrImm { dst: Slot, a: Slot, imm: u8, bits: u8 },

    // ------------------------------------------------------------------
    // Integer comparisons: `dst = (a pred b) as u64`. Unsigned and equality
    // predicates work on any width; signed ones sign-extend from `bits`.
    // `gt`/`ge` are lowered as `lt`/`le` with swapped operands.
    // ------------------------------------------------------------------
    /// `a == b`
    ICmpEq { dst: Slot, a: Slot, b: Slot },
    /// `a != b`
    ICmpNe { dst: Slot, a: Slot, b: Slot },
    /// `a < b`, unsigned
    ICmpUlt { dst: Slot, a: Slot, b: Slot },
    /// `a <= b`, unsigned
    ICmpUle { dst: Slot, a: Slot, b: Slot },
    /// `a < b`, signed
    ICmpSlt { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// `a <= b`, signed
    ICmpSle { dst: Slot, a: Slot, b: Slot, bits: u8 },

    // ------------------------------------------------------------------
    // Floating point. `*32` on `float`, `*64` on `double`.
    // ------------------------------------------------------------------
    /// `dst = a + b` (float)
    FAdd32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a - b` (float)
    FSub32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a * b` (float)
    FMul32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a / b` (float)
    FDiv32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = fmod(a, b)` (float)
    FRem32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a + b` (double)
    FAdd64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a - b` (double)
    FSub64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a * b` (double)
    FMul64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = a / b` (double)
    FDiv64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = fmod(a, b)` (double)
    FRem64 { dst: Slot, a: Slot, b: Slot },
    /// `dst = -a` (float; flips the sign bit only)
    FNeg32 { dst: Slot, a: Slot },
    /// `dst = -a` (double; flips the sign bit only)
    FNeg64 { dst: Slot, a: Slot },
    /// `dst = a pred b` (float)
    FCmp32 { dst: Slot, a: Slot, b: Slot, pred: FloatPredicate },
    /// `dst = a pred b` (double)
    FCmp64 { dst: Slot, a: Slot, b: Slot, pred: FloatPredicate },
    /// Unary math function on a float.
    Math32 { dst: Slot, a: Slot, op: MathOp },
    /// Unary math function on a double.
    Math64 { dst: Slot, a: Slot, op: MathOp },
    /// `dst = fma(a, b, c)` with one rounding (float); `c` in the tail.
    Fma32 { dst: Slot, a: Slot, b: Slot },
    /// `dst = fma(a, b, c)` with one rounding (double); `c` in the tail.
    Fma64 { dst: Slot, a: Slot, b: Slot },
    /// IEEE `minNum`/`maxNum` (float): `max` selects maximum.
    MinMaxNum32 { dst: Slot, a: Slot, b: Slot, max: u8 },
    /// IEEE `minNum`/`maxNum` (double).
    MinMaxNum64 { dst: Slot, a: Slot, b: Slot, max: u8 },

    /// `x86_fp80` arithmetic (`op`: `exec::f80::op`), two-slot operands.
    F80Bin { dst: Slot, a: Slot, b: Slot, op: u8 },
    /// `dst = a pred b` on `x86_fp80` values.
    F80Cmp { dst: Slot, a: Slot, b: Slot, pred: FloatPredicate },
    /// Conversion to or from `x86_fp80` (`op`: `exec::f80::conv`); `bits`
    /// is the width of the integer side, if any.
    F80Conv { dst: Slot, a: Slot, op: u8, bits: u8 },

    // ------------------------------------------------------------------
    // Conversions
    // ------------------------------------------------------------------
    /// `dst = a mod 2^bits` (trunc; also ptrtoint to a narrow integer).
    Trunc { dst: Slot, a: Slot, bits: u8 },
    /// Sign-extend from `from` bits, result masked to `to` bits.
    SExt { dst: Slot, a: Slot, from: u8, to: u8 },
    /// float -> double
    FpExt { dst: Slot, a: Slot },
    /// double -> float
    FpTrunc { dst: Slot, a: Slot },
    /// signed `bits`-wide integer -> float
    SiToF32 { dst: Slot, a: Slot, bits: u8 },
    /// signed `bits`-wide integer -> double
    SiToF64 { dst: Slot, a: Slot, bits: u8 },
    /// unsigned integer -> float
    UiToF32 { dst: Slot, a: Slot },
    /// unsigned integer -> double
    UiToF64 { dst: Slot, a: Slot },
    /// float -> signed `bits`-wide integer (out of range saturates)
    F32ToSi { dst: Slot, a: Slot, bits: u8 },
    /// double -> signed `bits`-wide integer (out of range saturates)
    F64ToSi { dst: Slot, a: Slot, bits: u8 },
    /// float -> unsigned `bits`-wide integer (out of range saturates)
    F32ToUi { dst: Slot, a: Slot, bits: u8 },
    /// double -> unsigned `bits`-wide integer (out of range saturates)
    F64ToUi { dst: Slot, a: Slot, bits: u8 },

    // ------------------------------------------------------------------
    // Select
    // ------------------------------------------------------------------
    /// `dst = cond ? a : b` (one slot); tail: `TailSlot { s: b }`.
    Select { dst: Slot, cond: Slot, a: Slot },
    /// `dst = cond ? a : b` over `n` slots; tail: `TailSlot { s: b, x: n }`.
    SelectN { dst: Slot, cond: Slot, a: Slot },

    // ------------------------------------------------------------------
    // Memory. Addresses are native; `off` is a constant byte offset folded
    // from a `getelementptr`. Accesses may be unaligned.
    // ------------------------------------------------------------------
    /// `dst = zext(*(u8*)(ptr + off))`
    Load8 { dst: Slot, ptr: Slot, off: i32 },
    /// `dst = zext(*(u16*)(ptr + off))`
    Load16 { dst: Slot, ptr: Slot, off: i32 },
    /// `dst = zext(*(u32*)(ptr + off))`
    Load32 { dst: Slot, ptr: Slot, off: i32 },
    /// `dst = *(u64*)(ptr + off)`
    Load64 { dst: Slot, ptr: Slot, off: i32 },
    /// Loads `size` bytes into slots starting at `dst`, zero-padding the
    /// last slot; tail: `TailImm { x: size }`.
    LoadN { dst: Slot, ptr: Slot, off: i32 },
    /// Loads 16 bytes into the two slots at `dst` (a 128-bit vector).
    Load128 { dst: Slot, ptr: Slot, off: i32 },
    /// `Load128`, then the `Load128` right after it in the same dispatch
    /// (a vectorised loop's two loads, made by the peephole pass).
    Load128Pair { dst: Slot, ptr: Slot, off: i32 },
    /// `*(u8*)(ptr + off) = val`
    Store8 { ptr: Slot, val: Slot, off: i32 },
    /// `*(u16*)(ptr + off) = val`
    Store16 { ptr: Slot, val: Slot, off: i32 },
    /// `*(u32*)(ptr + off) = val`
    Store32 { ptr: Slot, val: Slot, off: i32 },
    /// `*(u64*)(ptr + off) = val`
    Store64 { ptr: Slot, val: Slot, off: i32 },
    /// Stores the two slots at `val` (a 128-bit vector) as 16 bytes.
    Store128 { ptr: Slot, val: Slot, off: i32 },
    /// `Store128`, then the `Store128` right after it in the same
    /// dispatch (made by the peephole pass).
    Store128Pair { ptr: Slot, val: Slot, off: i32 },
    /// Stores `size` bytes from slots starting at `val`; tail:
    /// `TailImm { x: size }`.
    StoreN { ptr: Slot, val: Slot, off: i32 },
    /// `dst = base + sext(idx) << shift + off`, `idx` being an i64.
    GepShl64 { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// A `GepShl64` whose result the next instruction, also a `GepShl64`,
    /// indexes further (`a[i][j]`): executes both in one dispatch (when the
    /// next is not a `GepShl64`, as this one alone).
    GepShl64Pair { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `dst = zext(*(u8*)(base + idx << shift))`: a `GepShl64` fused with
    /// the load that is its only use (the address is not kept).
    LoadIdx8 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `LoadIdx8`, 16 bits.
    LoadIdx16 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `LoadIdx8`, 32 bits.
    LoadIdx32 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `LoadIdx8`, 64 bits.
    LoadIdx64 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// `*(u8*)(base + idx << shift) = val`: a `GepShl64` fused with the
    /// store that is its only use.
    StoreIdx8 { val: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `StoreIdx8`, 16 bits.
    StoreIdx16 { val: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `StoreIdx8`, 32 bits.
    StoreIdx32 { val: Slot, base: Slot, idx: Slot, shift: u8 },
    /// As `StoreIdx8`, 64 bits.
    StoreIdx64 { val: Slot, base: Slot, idx: Slot, shift: u8 },
    /// `dst = base + sext(idx as i32) << shift + off`.
    GepShl32 { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `dst = base + sext_bits(idx) * scale + off`; tail: `TailImm { x:
    /// scale, y: off as i32, z: bits of idx }`.
    GepMul { dst: Slot, base: Slot, idx: Slot },
    /// `dst = this thread's copy of the module's thread-local globals +
    /// off` (`llvm.threadlocal.address`).
    TlsAddress { dst: Slot, off: u32 },
    /// `dst = this thread's address of the native thread-local variable
    /// named `Code::external_tls[index]`.
    ExternalTls { dst: Slot, index: u32 },
    /// `dst = frame_memory + off`: the address of a static `alloca`.
    Alloca { dst: Slot, off: u32 },
    /// Dynamic `alloca` of `count * elem_size` bytes aligned to `align`;
    /// tail: `TailImm { x: elem_size, y: align, z: count bits }`. Traps
    /// when the interpreter stack is exhausted.
    AllocaDyn { dst: Slot, count: Slot },
    /// `dst = current interpreter stack pointer` (`llvm.stacksave`).
    StackSave { dst: Slot },
    /// Resets the interpreter stack pointer (`llvm.stackrestore`).
    StackRestore { src: Slot },
    /// Atomic compare-and-exchange of a `size`-byte integer at `ptr`
    /// (sequentially consistent): writes the `{old, success}` aggregate
    /// image at `dst`; tail: `TailSlot { s: replacement, x: size }`.
    CmpXchg { dst: Slot, ptr: Slot, expected: Slot },
    /// Atomic read-modify-write of a `size`-byte value at `ptr`
    /// (sequentially consistent); `dst` gets the old value. `op` is an
    /// `exec::atomic::RmwOp` discriminant.
    AtomicRmw { dst: Slot, ptr: Slot, val: Slot, op: u8, size: u8 },
    /// Atomic (sequentially consistent) load of `size` bytes.
    AtomicLoad { dst: Slot, ptr: Slot, size: u8 },
    /// Atomic (sequentially consistent) store of `size` bytes.
    AtomicStore { ptr: Slot, val: Slot, size: u8 },
    /// A sequentially consistent fence.
    Fence,
    /// `dst = address of the next variadic argument` of the `va_list` at
    /// `list`, advancing it (x86-64 System V algorithm); `class` 0 takes
    /// an integer register, 1 a vector register, 2 memory only; tail:
    /// `TailImm { x: size, y: align }`.
    VaArg { dst: Slot, list: Slot, class: u8 },
    /// `memcpy(dst, src, len)`
    MemCopy { dst: Slot, src: Slot, len: Slot },
    /// `memmove(dst, src, len)`
    MemMove { dst: Slot, src: Slot, len: Slot },
    /// `memset(dst, val, len)`
    MemSet { dst: Slot, val: Slot, len: Slot },

    // ------------------------------------------------------------------
    // Bit manipulation and integer intrinsics
    // ------------------------------------------------------------------
    /// population count
    Ctpop { dst: Slot, a: Slot },
    /// count leading zeros of a `bits`-wide integer
    Ctlz { dst: Slot, a: Slot, bits: u8 },
    /// count trailing zeros of a `bits`-wide integer (`bits` when zero)
    Cttz { dst: Slot, a: Slot, bits: u8 },
    /// byte swap of a `bits`-wide integer
    Bswap { dst: Slot, a: Slot, bits: u8 },
    /// bit reversal of a `bits`-wide integer
    Bitreverse { dst: Slot, a: Slot, bits: u8 },
    /// funnel shift left: `(a:b << (c mod bits)) >> bits`; tail:
    /// `TailSlot { s: c, x: bits }`.
    Fshl { dst: Slot, a: Slot, b: Slot },
    /// funnel shift right: `(a:b >> (c mod bits)) mod 2^bits`; tail:
    /// `TailSlot { s: c, x: bits }`.
    Fshr { dst: Slot, a: Slot, b: Slot },
    /// funnel shift left by a constant `shift` in `1..bits`: `(a << shift
    /// | b >> (bits - shift)) mod 2^bits` (rotates when `a` is `b`; `fshr`
    /// by `s` is this with `shift = bits - s`).
    FshlImm { dst: Slot, a: Slot, b: Slot, shift: u8, bits: u8 },
    /// `FshlImm` of `a` with itself on 64 bits: rotate left by `shift`.
    Rotl64Imm { dst: Slot, a: Slot, shift: u8 },
    /// `FshlImm` of `a` with itself on 32 bits: rotate left by `shift`.
    Rotl32Imm { dst: Slot, a: Slot, shift: u8 },
    /// signed minimum of `bits`-wide integers
    SMin { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// signed maximum of `bits`-wide integers
    SMax { dst: Slot, a: Slot, b: Slot, bits: u8 },
    /// unsigned minimum
    UMin { dst: Slot, a: Slot, b: Slot },
    /// unsigned maximum
    UMax { dst: Slot, a: Slot, b: Slot },
    /// absolute value of a `bits`-wide integer (wrapping at MIN)
    Abs { dst: Slot, a: Slot, bits: u8 },
    /// `{result, overflow}` of an arithmetic op on `bits`-wide integers,
    /// written as the `{iN, i1}` aggregate image at `dst`, the flag at
    /// byte offset `flag`; `op`: 0 sadd, 1 uadd, 2 ssub, 3 usub, 4 smul,
    /// 5 umul.
    Overflow { dst: Slot, a: Slot, b: Slot, op: u8, bits: u8, flag: u8 },
    /// saturating arithmetic on `bits`-wide integers: op 0 uadd, 1 sadd,
    /// 2 usub, 3 ssub, 4 ushl, 5 sshl.
    Saturate { dst: Slot, a: Slot, b: Slot, op: u8, bits: u8 },

    // ------------------------------------------------------------------
    // Integers of 65 to 128 bits: two slots, low word first, zero-extended.
    // `bits` of 64 or less on an operand means a one-slot integer.
    // ------------------------------------------------------------------
    /// `dst = a op b` (`op`: `exec::wide::op`); traps like the scalar ops.
    WideBin { dst: Slot, a: Slot, b: Slot, op: u8, bits: u8 },
    /// `dst = (a pred b) as u64`, `pred` one of the comparison `VecOp`s.
    WideCmp { dst: Slot, a: Slot, b: Slot, pred: VecOp, bits: u8 },
    /// Integer conversion from `from` to `to` bits (either may be wide);
    /// `signed` selects sign extension when widening.
    WideConv { dst: Slot, a: Slot, from: u8, to: u8, signed: u8 },
    /// Conversion between a wide integer and a float (`op`:
    /// `exec::wide::fconv`); `bits` is the integer's width.
    WideFloat { dst: Slot, a: Slot, op: u8, bits: u8 },
    /// Unary bit op (`Ctpop`, `Ctlz`, `Cttz`, `Bswap`, `Abs`; anything
    /// else: bit reversal).
    WideUn { dst: Slot, a: Slot, op: VecOp, bits: u8 },
    /// `{result, overflow}` of a wide op (codes as `Overflow`), written as
    /// the `{iN, i1}` image: two slots of result, the flag in the third.
    WideOverflow { dst: Slot, a: Slot, b: Slot, op: u8, bits: u8 },
    /// Funnel shift of `bits`-wide (wide) integers, `right` = 1 for fshr;
    /// tail: `TailSlot { s: amount }`.
    WideFunnel { dst: Slot, a: Slot, b: Slot, bits: u8, right: u8 },
    /// Element-wise three-operand op (`Fshl`, `Fshr`, `Fma`); tail:
    /// `TailSlot { s: third operand, x: lanes }`.
    VecTernary { dst: Slot, a: Slot, b: Slot, op: VecOp, kind: ElemKind },
    /// Loads the lanes of `mask` that are set from `ptr + i * size` (from
    /// consecutive elements when `expand` is 1: `masked.expandload`), the
    /// others from `passthru`; tail: `TailSlot { s: passthru, x: lanes }`.
    MaskedLoad { dst: Slot, ptr: Slot, mask: Slot, kind: ElemKind, expand: u8 },
    /// Stores the lanes of `val` whose `mask` bit is set to
    /// `ptr + i * size` (to consecutive elements when `compress` is 1:
    /// `masked.compressstore`); tail: `TailImm { x: lanes }`.
    MaskedStore { val: Slot, ptr: Slot, mask: Slot, kind: ElemKind, compress: u8 },
    /// Gathers lane `i` from address `ptrs[i]` where `mask` is set, else
    /// from `passthru`; tail: `TailSlot { s: passthru, x: lanes }`.
    Gather { dst: Slot, ptrs: Slot, mask: Slot, kind: ElemKind },
    /// Scatters lane `i` of `val` to address `ptrs[i]` where `mask` is set
    /// (in lane order); tail: `TailImm { x: lanes }`.
    Scatter { val: Slot, ptrs: Slot, mask: Slot, kind: ElemKind },

    // ------------------------------------------------------------------
    // Aggregates and vectors (memory images in slots)
    // ------------------------------------------------------------------
    /// `dst = zext(bytes [off, off+size) of the value at src)`; tail:
    /// `TailImm { x: off, y: size }`. Used by `extractvalue` and by
    /// `extractelement` with a constant index.
    ExtractBytes { dst: Slot, src: Slot, n: u32 },
    /// Copies the `n`-slot value at `src` to `dst`, then overwrites bytes
    /// `[off, off+size)` with `val`; tail: `TailSlot { s: val, x: off,
    /// y: size }`.
    InsertBytes { dst: Slot, src: Slot, n: u32 },
    /// Element-wise binary op over `lanes` elements; tail:
    /// `TailImm { x: lanes }`.
    VecBin { dst: Slot, a: Slot, b: Slot, op: VecOp, kind: ElemKind },
    /// `VecBin` of a 128-bit vector (two slots) of 8- to 64-bit lanes:
    /// no tail, one handler for the shapes compilers vectorise with.
    V128Bin { dst: Slot, a: Slot, b: Slot, op: VecOp, kind: ElemKind },
    // The commonest 128-bit ops, one handler each (no op or kind to
    // decode): two slots per operand.
    /// 128-bit, `double` lanes: `a + b`.
    F64x2Add { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a - b`.
    F64x2Sub { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a * b`.
    F64x2Mul { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a / b`.
    F64x2Div { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `float` lanes: `a + b`.
    F32x4Add { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a - b`.
    F32x4Sub { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a * b`.
    F32x4Mul { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a / b`.
    F32x4Div { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `i32` lanes: `a + b`, wrapping.
    I32x4Add { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a - b`, wrapping.
    I32x4Sub { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a * b`, wrapping.
    I32x4Mul { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `i64` lanes: `a + b`, wrapping.
    I64x2Add { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a - b`, wrapping.
    I64x2Sub { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a & b`.
    V128And { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a | b`.
    V128Or { dst: Slot, a: Slot, b: Slot },
    /// 128-bit, `a ^ b`.
    V128Xor { dst: Slot, a: Slot, b: Slot },
    /// Element-wise unary op; tail: `TailImm { x: lanes }`.
    VecUn { dst: Slot, a: Slot, op: VecOp, kind: ElemKind },
    /// Element-wise comparison producing a bit-packed `<lanes x i1>`;
    /// tail: `TailImm { x: lanes }`.
    VecCmp { dst: Slot, a: Slot, b: Slot, op: VecOp, kind: ElemKind },
    /// Per-lane select by a bit-packed `<lanes x i1>` mask; tail:
    /// `TailSlot { s: b, x: lanes }`.
    VecSelect { dst: Slot, mask: Slot, a: Slot, kind: ElemKind },
    /// Element-wise conversion from `from` to `to` kind; tail:
    /// `TailImm { x: lanes, y: conversion (see exec::vector) }`.
    VecConv { dst: Slot, a: Slot, from: ElemKind, to: ElemKind },
    /// `dst = a[idx]`, dynamic index; tail: `TailImm { x: lanes }`.
    ExtractElt { dst: Slot, a: Slot, idx: Slot, kind: ElemKind },
    /// `dst = a with a[idx] = val`, dynamic index; tail:
    /// `TailSlot { s: val, x: lanes }`.
    InsertElt { dst: Slot, a: Slot, idx: Slot, kind: ElemKind },
    /// `dst[i] = concat(a, b)[mask[i]]`; tail: `TailImm { x: index into
    /// Code::shuffle_masks, y: lanes of a }`.
    Shuffle { dst: Slot, a: Slot, b: Slot, kind: ElemKind },
    /// `Shuffle` of two 2-lane vectors of 64-bit lanes into one: lane `i`
    /// of `dst` is lane `m_i` of `concat(a, b)` (4 and above: zero).
    Shuffle2x64 { dst: Slot, a: Slot, b: Slot, m0: u8, m1: u8 },
    /// Horizontal reduction of `a` with `op`; tail: `TailImm { x: lanes }`.
    VecReduce { dst: Slot, a: Slot, op: VecOp, kind: ElemKind },
    /// Broadcast the scalar `a` into all lanes; tail: `TailImm { x: lanes }`.
    Splat { dst: Slot, a: Slot, kind: ElemKind },

    // ------------------------------------------------------------------
    // Control flow
    // ------------------------------------------------------------------
    /// Unconditional jump.
    Jump { target: Target },
    /// Jump if `cond != 0`.
    BrIf { cond: Slot, target: Target },
    /// Jump if `cond == 0`.
    BrIfNot { cond: Slot, target: Target },
    /// Fused compare and branch: jump if `a == b`.
    BrEq { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a != b`.
    BrNe { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a < b` unsigned.
    BrUlt { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a <= b` unsigned.
    BrUle { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a < b` signed (i32).
    BrSlt32 { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a <= b` signed (i32).
    BrSle32 { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a < b` signed (i64).
    BrSlt64 { a: Slot, b: Slot, target: Target },
    /// Fused compare and branch: jump if `a <= b` signed (i64).
    BrSle64 { a: Slot, b: Slot, target: Target },
    /// A loop's counter step fused with its branch: `x = x + imm`, then
    /// jump if `x != b`; when not taken, the next instruction (the
    /// original branch, kept for anything that jumps to it) is skipped.
    IncBrNe { x: Slot, b: Slot, target: Target, imm: i16 },
    /// As `IncBrNe`, jumping if `x == b`.
    IncBrEq { x: Slot, b: Slot, target: Target, imm: i16 },
    /// Fused float compare and branch: jump if `fcmp pred a, b` (float).
    BrFCmp32 { a: Slot, b: Slot, target: Target, pred: FloatPredicate },
    /// Fused float compare and branch: jump if `fcmp pred a, b` (double).
    BrFCmp64 { a: Slot, b: Slot, target: Target, pred: FloatPredicate },
    /// Multi-way branch on `val`; `table` indexes `Code::switches`.
    Switch { val: Slot, table: u32 },
    /// Returns the `n` slots starting at `src` to the caller.
    Ret { src: Slot, n: u32 },
    /// Traps: the program reached `unreachable`.
    Unreachable,
    /// Traps with `Code::trap_messages[msg]` (e.g. a call to a symbol that
    /// could not be resolved when the function was lowered).
    Trap { msg: u32 },

    // ------------------------------------------------------------------
    // Fused pairs, made by the peephole pass from two adjacent
    // instructions: each is the first instruction with the same fields,
    // and runs the second (left in place, as it may be a branch target) in
    // the same dispatch. When the next instruction is not of the expected
    // op, the pair runs as the first alone.
    // ------------------------------------------------------------------
    /// `Load64`, then an `FAdd64`.
    LoadThenFAdd64 { dst: Slot, ptr: Slot, off: i32 },
    /// `Load64`, then an `FSub64`.
    LoadThenFSub64 { dst: Slot, ptr: Slot, off: i32 },
    /// `Load64`, then an `FMul64`.
    LoadThenFMul64 { dst: Slot, ptr: Slot, off: i32 },
    /// `Load64`, then a `Mul64`.
    LoadThenMul64 { dst: Slot, ptr: Slot, off: i32 },
    /// `FAdd64`, then a `Store64` (`p[i] += x`).
    FAddThenStore64 { dst: Slot, a: Slot, b: Slot },
    /// `FSub64`, then a `Store64`.
    FSubThenStore64 { dst: Slot, a: Slot, b: Slot },
    /// `Mul64`, then an `Add64`.
    MulThenAdd64 { dst: Slot, a: Slot, b: Slot },
    /// `Rotl64Imm`, then a `Mul64` (a hash round).
    RotlThenMul64 { dst: Slot, a: Slot, shift: u8 },
    /// `Xor`, then a `Mul32` (`(h ^ c) * prime`: FNV-1a).
    XorThenMul32 { dst: Slot, a: Slot, b: Slot },
    /// `LoadIdx8`, then an `Xor` (or an `XorThenMul32`: a byte hashed in).
    LoadIdx8ThenXor { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// `GepShl64`, then a `Load8`.
    GepThenLoad8 { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `GepShl64`, then a `Load32`.
    GepThenLoad32 { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `GepShl64`, then a `Load64`.
    GepThenLoad64 { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `FMul64`, then another.
    FMulThenFMul64 { dst: Slot, a: Slot, b: Slot },
    /// `FMul64`, then an `FAdd64`.
    FMulThenFAdd64 { dst: Slot, a: Slot, b: Slot },
    /// `FMul64`, then a `LoadThenFAdd64` (a product, then `p[i] += it`).
    FMulThenLoad64 { dst: Slot, a: Slot, b: Slot },
    /// `FMul64`, then a `GepThenLoad64` that runs a `LoadThenFSub64` (a
    /// product, then `a[i] -= it`).
    FMulThenGep64 { dst: Slot, a: Slot, b: Slot },
    /// `LoadIdx32`, then another (`a[i]` and `a[j]`).
    LoadIdx32ThenLoadIdx32 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// `AddImm64`, then a `Load8` (`*++p`).
    AddImmThenLoad8 { dst: Slot, a: Slot, imm: i32 },
    /// `GepShl64`, then a `Load128Pair` (its two `Load128`s): a row of four
    /// doubles or eight ints, vectorised and interleaved by two. An
    /// `F64x2MulThenMul` or `F64x2AddThenAdd` right after runs too.
    GepThenLoad128Pair { dst: Slot, base: Slot, idx: Slot, shift: u8, off: i16 },
    /// `LoadIdx8`, then another (`a[i] != b[i]`: comparing byte strings).
    LoadIdx8ThenLoadIdx8 { dst: Slot, base: Slot, idx: Slot, shift: u8 },
    /// `Load8`, then a `LoadIdx32` (`table[*p]`: table-driven scanners).
    Load8ThenLoadIdx32 { dst: Slot, ptr: Slot, off: i32 },
    /// `AddImm64`, then a `StoreIdx8` (`out[n++] = c`).
    AddImmThenStoreIdx8 { dst: Slot, a: Slot, imm: i32 },
    /// `F64x2Mul`, then another (a loop vectorised and interleaved by two).
    F64x2MulThenMul { dst: Slot, a: Slot, b: Slot },
    /// `F64x2Add`, then another, then a `Store128Pair` right after.
    F64x2AddThenAdd { dst: Slot, a: Slot, b: Slot },

    // ------------------------------------------------------------------
    // Calls. `args` indexes `Code::arg_pool`, where the argument list is
    // stored as its length followed by the argument slots; results go to
    // the slots starting at `dst`.
    // ------------------------------------------------------------------
    /// Calls interpreted function `Code::interp_callees[func]`.
    Call { func: u32, args: u32, dst: Slot },
    /// Calls interpreted function `Code::interp_callees[func]` in place of the
    /// current one (a `tail`/`musttail` call whose result is returned
    /// directly): the frame and the interpreter stack are reused, so deep
    /// tail recursion runs in constant space.
    TailCall { func: u32, args: u32 },
    /// Calls native function `Code::callees[func]`.
    CallNative { func: u32, args: u32, dst: Slot },
    /// Calls the function whose address is in `ptr`, through call site
    /// `Code::indirect_sites[site]`.
    CallIndirect { ptr: Slot, site: u32, dst: Slot },
    /// Calls the intrinsic helper `Code::helpers[helper]`.
    CallHelper { helper: u32, args: u32, dst: Slot },
    /// `setjmp(buf)` / `sigsetjmp(buf, mask)`: records where to resume in
    /// the `jmp_buf` (saving the signal mask when `mask != 0`); `dst = 0`.
    SetJmp { dst: Slot, buf: Slot, mask: Slot },
    /// `resume`: continues unwinding the C++ exception whose `{ptr, i32}`
    /// is at `src`, from this function's caller.
    Resume { src: Slot },
    /// `pthread_exit(val)`: unwinds this thread's interpreted frames (see
    /// `TrapKind::ThreadExit`).
    ThreadExit { val: Slot },
    /// `longjmp(buf, val)`: resumes after the `setjmp` that filled `buf`,
    /// which then returns `val` (1 if `val` is 0). Traps when that frame
    /// is gone or behind native frames.
    LongJmp { buf: Slot, val: Slot },
}

impl Inst {
    /// The target of a jump or conditional branch (a `Switch` keeps its
    /// targets in a table).
    pub fn branch_target_mut(&mut self) -> Option<&mut Target> {
        use Inst::*;
        match self {
            Jump { target }
            | CopyJump { target, .. }
            | BrIf { target, .. }
            | BrIfNot { target, .. }
            | BrEq { target, .. }
            | BrNe { target, .. }
            | BrUlt { target, .. }
            | BrUle { target, .. }
            | BrSlt32 { target, .. }
            | BrSle32 { target, .. }
            | BrSlt64 { target, .. }
            | BrSle64 { target, .. }
            | BrFCmp32 { target, .. }
            | BrFCmp64 { target, .. }
            | IncBrNe { target, .. }
            | IncBrEq { target, .. } => Some(target),
            _ => None,
        }
    }

    /// See [`Inst::branch_target_mut`].
    pub fn branch_target(&self) -> Option<Target> {
        let mut inst = *self;
        inst.branch_target_mut().map(|t| *t)
    }

    /// Whether the fused pair `self` may hand its first half's result to
    /// the instruction after it (`next`, and `after` that for a row's two
    /// loads) in a register: the address a GEP computed to the load from
    /// it, the byte a `Load8` read to the `LoadIdx32` it indexes, a loaded
    /// value to the arithmetic on it (as its first operand), loaded bytes
    /// to the branch testing them (as its `a`, and its `b` for the second
    /// of two). Holds
    /// when `next` reads exactly that slot, or is not an op the pair's
    /// handler runs. The peephole pass only pairs where it holds and the
    /// verifier checks it, as the executor skips the slot.
    pub fn pair_link_holds(&self, next: &Inst, rest: &[Inst]) -> bool {
        use Inst::*;
        let after = rest.first();
        match (self, next) {
            (GepThenLoad8 { dst, .. }, Load8 { ptr, dst: byte, .. }) => {
                ptr == dst
                    && match after {
                        Some(BrNe { a, .. } | BrEq { a, .. }) => a == byte,
                        _ => true,
                    }
            }
            (LoadIdx8ThenLoadIdx8 { dst, .. }, LoadIdx8 { dst: second, .. }) => match after {
                Some(BrNe { a, b, .. } | BrEq { a, b, .. }) => a == dst && b == second,
                _ => true,
            },
            (GepThenLoad32 { dst, .. }, Load32 { ptr, .. })
            | (AddImmThenLoad8 { dst, .. }, Load8 { ptr, .. })
            | (
                GepThenLoad64 { dst, .. },
                Load64 { ptr, .. }
                | LoadThenFAdd64 { ptr, .. }
                | LoadThenFSub64 { ptr, .. }
                | LoadThenFMul64 { ptr, .. }
                | LoadThenMul64 { ptr, .. },
            ) => ptr == dst,
            (Load8ThenLoadIdx32 { dst, .. }, LoadIdx32 { idx, .. }) => idx == dst,
            (LoadThenFAdd64 { dst, .. }, FAdd64 { a, .. } | FAddThenStore64 { a, .. })
            | (LoadThenFSub64 { dst, .. }, FSub64 { a, .. } | FSubThenStore64 { a, .. })
            | (LoadThenFMul64 { dst, .. }, FMul64 { a, .. })
            | (LoadThenMul64 { dst, .. }, Mul64 { a, .. } | MulThenAdd64 { a, .. })
            | (MulThenAdd64 { dst, .. }, Add64 { a, .. }) => a == dst,
            (
                GepThenLoad128Pair { dst, .. },
                Load128Pair {
                    ptr, dst: first, ..
                },
            ) => {
                // The two rows go on to the vector arithmetic after them
                // as its first operands (to either form of it: the pair
                // is made later).
                let row_op = |i: &Inst, row: &Slot| match i {
                    F64x2Mul { a, .. }
                    | F64x2Add { a, .. }
                    | F64x2MulThenMul { a, .. }
                    | F64x2AddThenAdd { a, .. } => a == row,
                    _ => true,
                };
                ptr == dst
                    && match after {
                        Some(Load128 {
                            ptr, dst: second, ..
                        }) => {
                            ptr == dst
                                && rest.get(1).is_none_or(|i| row_op(i, first))
                                && rest.get(2).is_none_or(|i| row_op(i, second))
                        }
                        _ => true,
                    }
            }
            _ => true,
        }
    }

    /// The operands of the fixed-shape 128-bit ops that span two slots.
    /// The verifier checks both words of each, so the executor reads and
    /// writes them without bounds checks.
    pub fn pair_slots(&self) -> [Option<Slot>; 3] {
        use Inst::*;
        match *self {
            F64x2Add { dst, a, b }
            | F64x2Sub { dst, a, b }
            | F64x2Mul { dst, a, b }
            | F64x2Div { dst, a, b }
            | F32x4Add { dst, a, b }
            | F32x4Sub { dst, a, b }
            | F32x4Mul { dst, a, b }
            | F32x4Div { dst, a, b }
            | I32x4Add { dst, a, b }
            | I32x4Sub { dst, a, b }
            | I32x4Mul { dst, a, b }
            | I64x2Add { dst, a, b }
            | I64x2Sub { dst, a, b }
            | V128And { dst, a, b }
            | V128Or { dst, a, b }
            | V128Xor { dst, a, b }
            | Shuffle2x64 { dst, a, b, .. }
            | F64x2MulThenMul { dst, a, b }
            | F64x2AddThenAdd { dst, a, b } => [Some(dst), Some(a), Some(b)],
            Load128 { dst, .. } | Load128Pair { dst, .. } => [Some(dst), None, None],
            Store128 { val, .. } | Store128Pair { val, .. } => [Some(val), None, None],
            _ => [None; 3],
        }
    }
}

/// One arm of a lowered `switch`.
#[derive(Clone, Debug)]
pub enum SwitchTable {
    /// `targets[val - low]` when in range, else `default`.
    Dense {
        low: u64,
        targets: Box<[Target]>,
        default: Target,
    },
    /// Sorted `(value, target)` pairs searched by bisection.
    Sparse {
        cases: Box<[(u64, Target)]>,
        default: Target,
    },
}

/// Source of an instruction, for error messages: the IR block and
/// instruction index, and the debug location when the module has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IrLocation {
    pub block: String,
    /// Index of the instruction within its block (the terminator is last).
    pub index: u32,
    /// The IR opcode, e.g. `call` or `sdiv`.
    pub opcode: &'static str,
    pub source: Option<SourceLocation>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLocation {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for SourceLocation {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if self.col != 0 {
            write!(f, ":{}", self.col)?;
        }
        Ok(())
    }
}

impl fmt::Display for IrLocation {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "block %{}, instruction {} ({})",
            self.block, self.index, self.opcode
        )?;
        if let Some(src) = &self.source {
            write!(f, ", at {src}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_compact() {
        // The executor's cache footprint depends on this; grow it only
        // with a measurement that says it pays.
        assert_eq!(std::mem::size_of::<Inst>(), 16);
    }
}
