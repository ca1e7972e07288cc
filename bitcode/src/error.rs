//! What goes wrong reading bitcode: one line, saying what and where.

use std::fmt;

/// A read error: what is wrong, and where (a bit offset in the stream,
/// and the function being read when there is one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: String,
    /// Bit offset from the start of the bitcode (after any wrapper).
    pub bit: Option<usize>,
    /// The function whose body was being read.
    pub function: Option<String>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub(crate) fn at_bit(bit: usize, message: &str) -> Error {
        Error {
            message: message.to_string(),
            bit: Some(bit),
            function: None,
        }
    }

    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            bit: None,
            function: None,
        }
    }

    pub(crate) fn in_function(mut self, name: &str) -> Error {
        self.function.get_or_insert_with(|| name.to_string());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(func) = &self.function {
            write!(f, " in function @{func}")?;
        }
        if let Some(bit) = self.bit {
            write!(f, " (at byte {})", bit / 8)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
