//! Strings as records carry them: one character per operand, or a slice of
//! the module's string table.

use crate::error::{Error, Result};

/// The string held by `ops`, one byte per operand.
pub(crate) fn string_of(ops: &[u64], at: usize) -> Result<String> {
    let bytes = ops
        .iter()
        .map(|&c| {
            u8::try_from(c)
                .map_err(|_| Error::at_bit(at, "character out of range in a string record"))
        })
        .collect::<Result<Vec<u8>>>()?;
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The module's string table: names of globals and comdats are
/// `(offset, size)` slices of it.
#[derive(Default)]
pub(crate) struct StrTab<'a> {
    pub bytes: &'a [u8],
}

impl StrTab<'_> {
    pub(crate) fn get(&self, offset: u64, size: u64) -> Result<String> {
        let slice = usize::try_from(offset)
            .ok()
            .zip(usize::try_from(size).ok())
            .and_then(|(o, s)| self.bytes.get(o..o.checked_add(s)?))
            .ok_or_else(|| {
                Error::new(format!(
                    "name at {offset}+{size} is outside the string table"
                ))
            })?;
        Ok(String::from_utf8_lossy(slice).into_owned())
    }
}
