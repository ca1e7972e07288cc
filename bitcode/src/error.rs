//! What goes wrong reading bitcode: one line, saying what and where.

use std::fmt;

/// A read error: what is wrong, and where (a bit offset in the stream,
/// and the function being read when there is one).
///
/// Boxed so that `Result<u64>`, which every field read returns, fits in two
/// registers: errors are rare, and a 64-byte error made every `?` on the
/// hot path a copy through memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<Details>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Details {
    message: String,
    /// Bit offset from the start of the bitcode (after any wrapper).
    bit: Option<usize>,
    /// The function whose body was being read.
    function: Option<String>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    #[cold]
    pub(crate) fn at_bit(bit: usize, message: &str) -> Error {
        Error(Box::new(Details {
            message: message.to_string(),
            bit: Some(bit),
            function: None,
        }))
    }

    #[cold]
    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error(Box::new(Details {
            message: message.into(),
            bit: None,
            function: None,
        }))
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// Bit offset from the start of the bitcode (after any wrapper).
    pub fn bit(&self) -> Option<usize> {
        self.0.bit
    }

    /// The function whose body was being read.
    pub fn function(&self) -> Option<&str> {
        self.0.function.as_deref()
    }

    pub(crate) fn in_function(mut self, name: &str) -> Error {
        self.0.function.get_or_insert_with(|| name.to_string());
        self
    }

    /// Places an error found without a position at `bit`.
    pub(crate) fn or_at(mut self, bit: usize) -> Error {
        self.0.bit.get_or_insert(bit);
        self
    }

    /// Places the error at `bit`, whatever position it had.
    pub(crate) fn at(mut self, bit: usize) -> Error {
        self.0.bit = Some(bit);
        self
    }

    /// Adds `context` after the message.
    pub(crate) fn with_suffix(mut self, context: fmt::Arguments) -> Error {
        use fmt::Write;
        let _ = write!(self.0.message, " {context}");
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)?;
        if let Some(func) = &self.0.function {
            write!(f, " in function @{func}")?;
        }
        if let Some(bit) = self.0.bit {
            write!(f, " (at byte {})", bit / 8)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
