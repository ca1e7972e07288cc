use std::cmp::{Ordering, PartialOrd};
use std::fmt;
use std::sync::Arc;

/// Describes a "debug location" (source location)
#[derive(PartialEq, Eq, Clone, Debug, Hash)]
pub struct DebugLoc {
    /// The source line number
    pub line: u32,
    /// The source column number
    ///
    /// `Instruction`s and `Terminator`s have this info (and will have `Some`
    /// here), while `GlobalVariable`s and `Function`s do not have this info (and
    /// will have `None`)
    pub col: Option<u32>,
    /// The source filename
    ///
    /// jir patch: shared by the locations of one file (see `interned`).
    pub filename: Arc<str>,
    /// The source directory, if available
    pub directory: Option<Arc<str>>,
}

impl PartialOrd for DebugLoc {
    #[rustfmt::skip] // self on one line, other on the next
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        // compare in the order (directory, filename, line, col)
        Some(
            (&self.directory, &self.filename, &self.line, &self.col)
                .cmp(&(&other.directory, &other.filename, &other.line, &other.col))
        )
    }
}

impl Ord for DebugLoc {
    #[rustfmt::skip] // self on one line, other on the next
    fn cmp(&self, other: &Self) -> Ordering {
        // compare in the order (directory, filename, line, col)
        (&self.directory, &self.filename, &self.line, &self.col)
            .cmp(&(&other.directory, &other.filename, &other.line, &other.col))
    }
}

impl fmt::Display for DebugLoc {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let pretty_directory = match &self.directory {
            Some(dir) => &**dir,
            None => "",
        };
        let need_slash = match &self.directory {
            Some(dir) => !dir.is_empty() && !dir.ends_with('/') && !self.filename.starts_with('/'),
            None => false,
        };
        let pretty_filename = match &*self.filename {
            "" => "<no filename available>",
            filename if !pretty_directory.is_empty() => {
                filename.trim_start_matches(pretty_directory)
            },
            filename => filename,
        };
        let pretty_column = match self.col {
            Some(col) => format!(", col {}", col),
            None => String::new(),
        };
        write!(
            f,
            "{}{}{}, line {}{}",
            pretty_directory,
            if need_slash { "/" } else { "" },
            pretty_filename,
            self.line,
            pretty_column,
        )
    }
}

pub trait HasDebugLoc {
    /// Returns the `DebugLoc` associated with the given `Instruction`,
    /// `Terminator`, `GlobalVariable`, or `Function`; or `None` if it doesn't
    /// have a `DebugLoc`.
    ///
    /// Reasons something might not have a `DebugLoc` include:
    ///     (1) the file was compiled without debuginfo;
    ///     (2) for an `Instruction`, it might not directly correspond to any source
    ///     line. For instance, it may be just setting up the stack frame for a
    ///     function.
    fn get_debug_loc(&self) -> &Option<DebugLoc>;
}

// ********* //
// from_llvm //
// ********* //

use crate::llvm_sys::*;

impl DebugLoc {
    /// `value`: must represent an Instruction, Terminator, GlobalVariable, or Function
    ///
    /// Returns `None` if the object does not have a `DebugLoc`
    pub(crate) fn from_llvm_no_col(value: LLVMValueRef) -> Option<Self> {
        let mut len = 0;
        let filename = unsafe { interned(LLVMGetDebugLocFilename(value, &mut len), len as usize) };
        match filename {
            None => None, // if no filename, assume no debugloc. To my knowledge, everything with a debugloc has a filename.
            Some(filename) => Some(Self {
                line: unsafe { LLVMGetDebugLocLine(value) },
                col: None,
                filename,
                directory: unsafe { interned(LLVMGetDebugLocDirectory(value, &mut len), len as usize) },
            }),
        }
    }

    /// `value`: must represent an Instruction or Terminator
    ///
    /// Returns `None` if the object does not have a `DebugLoc`
    pub(crate) fn from_llvm_with_col(value: LLVMValueRef) -> Option<Self> {
        match Self::from_llvm_no_col(value) {
            Some(mut debugloc) => {
                debugloc.col = Some(unsafe { LLVMGetDebugLocColumn(value) });
                Some(debugloc)
            },
            None => None,
        }
    }
}

thread_local! {
    /// jir patch: the file and directory names of debug locations, by
    /// where LLVM keeps them (every location of a file shares one string;
    /// converting a module with line tables made two strings per
    /// instruction). Emptied when a conversion starts and ends: the
    /// addresses are only meaningful while their module lives.
    static NAMES: std::cell::RefCell<hashbrown::HashMap<(usize, usize), Arc<str>>> =
        Default::default();
}

/// jir patch: forgets the interned names (see `NAMES`).
pub(crate) fn forget_interned_names() {
    // After the thread's locals are gone (an `atexit` handler converting a
    // lazily read body) there is nothing to forget.
    let _ = NAMES.try_with(|names| names.borrow_mut().clear());
}

/// The string of `len` bytes at `ptr` (none if null), shared with earlier
/// calls for the same string of the same module.
unsafe fn interned(ptr: *const std::os::raw::c_char, len: usize) -> Option<Arc<str>> {
    if ptr.is_null() {
        return None;
    }
    let bytes = std::slice::from_raw_parts(ptr as *const u8, len);
    let make = || Arc::from(String::from_utf8_lossy(bytes).as_ref());
    // Without the thread's locals (see `forget_interned_names`), unshared.
    let name = NAMES
        .try_with(|names| {
            names
                .borrow_mut()
                .entry((ptr as usize, len))
                .or_insert_with(make)
                .clone()
        })
        .unwrap_or_else(|_| make());
    Some(name)
}
