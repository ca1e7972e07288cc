//! Errors: at load time ([`LoadError`]), when lowering a function
//! ([`LowerError`]) and at run time ([`Trap`]). Every error renders as one
//! line naming what went wrong and where.

use crate::bytecode::IrLocation;
use std::fmt;

/// Why a module could not be loaded.
#[derive(Clone, Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("{path}: not a valid LLVM module: {reason}")]
    Parse { path: String, reason: String },
    #[error("{0}")]
    Target(String),
    #[error("unsupported: {what}{}", in_function(function, location))]
    Unsupported {
        function: Option<String>,
        location: Option<Box<IrLocation>>,
        what: String,
    },
    #[error("unresolved symbol {symbol} (used by {user})")]
    Unresolved { symbol: String, user: String },
    #[error("internal error: {0}")]
    Internal(String),
}

fn in_function(function: &Option<String>, location: &Option<Box<IrLocation>>) -> String {
    match (function, location) {
        (Some(f), Some(l)) => format!(" in function @{f}, {l}"),
        (Some(f), None) => format!(" in function @{f}"),
        _ => String::new(),
    }
}

/// Why a function could not be lowered to bytecode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LowerError {
    pub function: String,
    pub location: Option<Box<IrLocation>>,
    pub what: String,
}

impl LowerError {
    pub fn new(function: &str, what: impl Into<String>) -> Self {
        LowerError {
            function: function.to_string(),
            location: None,
            what: what.into(),
        }
    }
}

impl fmt::Display for LowerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "unsupported: {} in function @{}",
            self.what, self.function
        )?;
        if let Some(l) = &self.location {
            write!(f, ", {l}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LowerError {}

impl From<LowerError> for LoadError {
    fn from(e: LowerError) -> Self {
        LoadError::Unsupported {
            function: Some(e.function),
            location: e.location,
            what: e.what,
        }
    }
}

/// What stopped execution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrapKind {
    Unreachable,
    IntegerDivideByZero,
    IntegerOverflow,
    StackExhausted,
    /// The fuel counter ran out or the interrupt flag was raised.
    Interrupted,
    /// A function could not be lowered (its error message).
    Lowering(String),
    /// A call through a pointer that is neither interpreted nor known to be
    /// native code, or whose signature does not match.
    BadCall(String),
    /// A C++ exception (its unwind header) leaving the interpreted frames
    /// towards a native caller, after their cleanups ran.
    Exception(u64),
    /// A C++ exception no handler catches: the process must terminate.
    Uncaught(u64),
    /// The program called `pthread_exit(value)`: the interpreted frames of
    /// this thread are unwound and the thread's start routine returns
    /// `value` (the runtime decides whether that is possible).
    ThreadExit(u64),
    /// Any other condition the program cannot continue from.
    Other(String),
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TrapKind::Unreachable => write!(f, "reached `unreachable`"),
            TrapKind::IntegerDivideByZero => write!(f, "integer division by zero"),
            TrapKind::IntegerOverflow => write!(f, "integer overflow in division"),
            TrapKind::StackExhausted => write!(f, "interpreter stack exhausted"),
            TrapKind::Interrupted => write!(f, "interrupted"),
            TrapKind::Lowering(m) => write!(f, "{m}"),
            TrapKind::BadCall(m) => write!(f, "bad call: {m}"),
            TrapKind::ThreadExit(_) => write!(f, "pthread_exit"),
            TrapKind::Exception(_) => write!(f, "C++ exception"),
            TrapKind::Uncaught(_) => write!(f, "uncaught C++ exception"),
            TrapKind::Other(m) => write!(f, "{m}"),
        }
    }
}

/// A run-time trap, with the interpreted location where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    pub kind: TrapKind,
    pub function: Option<String>,
    pub location: Option<Box<IrLocation>>,
}

impl Trap {
    pub fn new(kind: TrapKind) -> Self {
        Trap {
            kind,
            function: None,
            location: None,
        }
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // A function that cannot be lowered is not a trap of the program:
        // say what is wrong with it, then where it was first called from.
        let lowering = matches!(self.kind, TrapKind::Lowering(_));
        if lowering {
            write!(f, "{}", self.kind)?;
        } else {
            write!(f, "trap: {}", self.kind)?;
        }
        match (&self.function, lowering) {
            (Some(func), true) => write!(f, " (called from function @{func}")?,
            (Some(func), false) => write!(f, " in function @{func}")?,
            (None, _) => {}
        }
        if let Some(l) = &self.location {
            write!(f, ", {l}")?;
        }
        if lowering && self.function.is_some() {
            write!(f, ")")?;
        }
        Ok(())
    }
}

impl std::error::Error for Trap {}
