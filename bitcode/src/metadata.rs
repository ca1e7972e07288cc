//! Metadata, as far as debug locations need it: the strings, the files and
//! scopes they name, which metadata kind is `!dbg`, and the `!dbg`
//! attachments of declarations and global variables.
//!
//! Every node record takes the next metadata id whether it is kept or
//! not, so that ids stay right; only the nodes a location can lead to are
//! kept (files, subprograms, lexical blocks, global variables and their
//! expressions). Strings are kept as places in the bitcode, so the
//! module's metadata does not borrow it (a lazily read module owns its
//! bytes) and is shared by every body as it is read: a function's own
//! metadata goes into a [`FunctionMetadata`] on top of it.

use crate::bitstream::{Bits, Cursor, Entry};
use crate::error::{Error, Result};
use crate::strings::string_of;
use llvm_ir::DebugLoc;
use std::sync::Arc;

/// Metadata record codes (`METADATA_*`).
mod code {
    pub const NAME: u32 = 4;
    pub const KIND: u32 = 6;
    pub const NAMED_NODE: u32 = 10;
    pub const ATTACHMENT: u32 = 11;
    pub const FILE: u32 = 16;
    pub const SUBPROGRAM: u32 = 21;
    pub const LEXICAL_BLOCK: u32 = 22;
    pub const LEXICAL_BLOCK_FILE: u32 = 23;
    pub const GLOBAL_VAR: u32 = 27;
    pub const STRINGS: u32 = 35;
    pub const GLOBAL_DECL_ATTACHMENT: u32 = 36;
    pub const GLOBAL_VAR_EXPR: u32 = 37;
    pub const INDEX_OFFSET: u32 = 38;
    pub const INDEX: u32 = 39;
}

/// A metadata node, kept if a debug location can reach it. Operands are
/// metadata ids plus one (0 for none), as the records hold them.
#[derive(Clone, Copy, Debug)]
enum Node {
    /// Bytes `start..start + len` of the bitcode.
    String {
        start: u32,
        len: u32,
    },
    File {
        filename: u64,
        directory: u64,
    },
    /// A subprogram, lexical block or lexical block file.
    Scope {
        file: u64,
        line: u32,
        subprogram: bool,
    },
    GlobalVar {
        file: u64,
        line: u32,
    },
    GlobalVarExpr {
        var: u64,
    },
    Other,
}

/// The module's metadata, as debug locations need it.
#[derive(Default)]
pub(crate) struct Metadata {
    nodes: Vec<Node>,
    /// Bitcode kind id of the `dbg` kind.
    dbg_kind: Option<u64>,
    /// `!dbg` of declarations and global variables: (value id, node id).
    pub decl_attachments: Vec<(u64, u64)>,
}

impl Metadata {
    /// Reads a METADATA_KIND block (just entered).
    pub(crate) fn read_kinds(&mut self, cursor: &mut Cursor) -> Result<()> {
        let mut ops = Vec::new();
        loop {
            let at = cursor.bit_pos();
            match cursor.next(&mut ops)? {
                Entry::End => return Ok(()),
                Entry::Block(_) => cursor.skip()?,
                Entry::Record {
                    code: code::KIND, ..
                } => {
                    if let Some((&id, name)) = ops.split_first() {
                        if string_of(name, at)? == "dbg" {
                            self.dbg_kind = Some(id);
                        }
                    }
                }
                Entry::Record { .. } => {}
            }
        }
    }

    /// The `!dbg` kind id (LLVM numbers it 0 when no kind table says).
    pub(crate) fn dbg_kind(&self) -> u64 {
        self.dbg_kind.unwrap_or(0)
    }

    /// Reads the module's METADATA block (just entered).
    pub(crate) fn read_block(&mut self, cursor: &mut Cursor) -> Result<()> {
        let dbg = self.dbg_kind();
        read_nodes(
            cursor,
            &mut self.nodes,
            Some((&mut self.decl_attachments, dbg)),
        )
    }
}

/// Reads the node records of a METADATA block (just entered) into
/// `nodes`, and `!dbg` attachments of declarations into `decls`.
fn read_nodes(
    cursor: &mut Cursor,
    nodes: &mut Vec<Node>,
    mut decls: Option<(&mut Vec<(u64, u64)>, u64)>,
) -> Result<()> {
    let mut ops = Vec::new();
    let data = cursor.data();
    loop {
        let at = cursor.bit_pos();
        let (code, blob) = match cursor.next(&mut ops)? {
            Entry::End => return Ok(()),
            Entry::Block(_) => {
                cursor.skip()?;
                continue;
            }
            Entry::Record { code, blob } => (code, blob),
        };
        let op = |i: usize| ops.get(i).copied().unwrap_or(0);
        let node = match code {
            code::STRINGS => {
                strings(&ops, blob, data, nodes).map_err(|e| e.at(at))?;
                continue;
            }
            code::NAME
            | code::KIND
            | code::NAMED_NODE
            | code::ATTACHMENT
            | code::INDEX_OFFSET
            | code::INDEX => continue,
            code::GLOBAL_DECL_ATTACHMENT => {
                if let (Some((list, dbg)), Some((&value, pairs))) =
                    (decls.as_mut(), ops.split_first())
                {
                    for pair in pairs.chunks_exact(2) {
                        if pair[0] == *dbg {
                            list.push((value, pair[1]));
                        }
                    }
                }
                continue;
            }
            code::FILE => Node::File {
                filename: op(1),
                directory: op(2),
            },
            code::SUBPROGRAM => Node::Scope {
                file: op(4),
                line: op(5) as u32,
                subprogram: true,
            },
            code::LEXICAL_BLOCK => Node::Scope {
                file: op(2),
                line: op(3) as u32,
                subprogram: false,
            },
            code::LEXICAL_BLOCK_FILE => Node::Scope {
                file: op(2),
                line: 0,
                subprogram: false,
            },
            code::GLOBAL_VAR => Node::GlobalVar {
                file: op(4),
                line: op(5) as u32,
            },
            code::GLOBAL_VAR_EXPR => Node::GlobalVarExpr { var: op(1) },
            _ => Node::Other,
        };
        nodes.push(node);
    }
}

/// METADATA_STRINGS: `count` strings whose lengths (vbr6) fill the blob up
/// to `offset`, followed by their characters (a slice of `data`).
fn strings(ops: &[u64], blob: Option<&[u8]>, data: &[u8], nodes: &mut Vec<Node>) -> Result<()> {
    let bad = || Error::new("malformed metadata strings");
    let (&count, &offset) = (ops.first().ok_or_else(bad)?, ops.get(1).ok_or_else(bad)?);
    let blob = blob.ok_or_else(bad)?;
    let offset = usize::try_from(offset).map_err(|_| bad())?;
    let (lengths, chars) = (blob.get(..offset).ok_or_else(bad)?, &blob[offset..]);
    // Every length takes at least six bits.
    if count > lengths.len() as u64 * 8 / 6 {
        return Err(bad());
    }
    // Where the characters are in the bitcode (the blob is a slice of it).
    let base = (chars.as_ptr() as usize).wrapping_sub(data.as_ptr() as usize);
    if base
        .checked_add(chars.len())
        .is_none_or(|end| end > data.len())
        || base > u32::MAX as usize
    {
        return Err(bad());
    }
    let mut bits = Bits::new(lengths);
    let mut start = 0u64;
    for _ in 0..count {
        let len = bits.vbr(6)?;
        let end = start
            .checked_add(len)
            .filter(|&e| e <= chars.len() as u64)
            .ok_or_else(bad)?;
        nodes.push(Node::String {
            start: (base as u64 + start) as u32,
            len: len as u32,
        });
        start = end;
    }
    Ok(())
}

/// The metadata a function body sees: the module's, then the function's
/// own (ids after the module's), with the file names it has made strings.
pub(crate) struct FunctionMetadata<'m> {
    module: &'m Metadata,
    /// The bitcode the strings are in.
    data: &'m [u8],
    local: Vec<Node>,
    /// File names made into strings once each, by node id plus one.
    names: hashbrown::HashMap<u64, Arc<str>>,
}

impl<'m> FunctionMetadata<'m> {
    pub(crate) fn new(module: &'m Metadata, data: &'m [u8]) -> Self {
        FunctionMetadata {
            module,
            data,
            local: Vec::new(),
            names: Default::default(),
        }
    }

    pub(crate) fn dbg_kind(&self) -> u64 {
        self.module.dbg_kind()
    }

    /// Reads a function's METADATA block (just entered).
    pub(crate) fn read_block(&mut self, cursor: &mut Cursor) -> Result<()> {
        read_nodes(cursor, &mut self.local, None)
    }

    fn node(&self, id_plus_one: u64) -> Option<Node> {
        let id = usize::try_from(id_plus_one.checked_sub(1)?).ok()?;
        match id.checked_sub(self.module.nodes.len()) {
            None => self.module.nodes.get(id).copied(),
            Some(local) => self.local.get(local).copied(),
        }
    }

    fn string(&mut self, id_plus_one: u64) -> Option<Arc<str>> {
        if let Some(s) = self.names.get(&id_plus_one) {
            return Some(s.clone());
        }
        let Node::String { start, len } = self.node(id_plus_one)? else {
            return None;
        };
        let chars = self
            .data
            .get(start as usize..start as usize + len as usize)?;
        let s: Arc<str> = Arc::from(String::from_utf8_lossy(chars).as_ref());
        self.names.insert(id_plus_one, s.clone());
        Some(s)
    }

    /// The file name and directory of a file node, as `llvm-ir` gives
    /// them (no location without a file name).
    fn file(&mut self, file: u64) -> Option<(Arc<str>, Option<Arc<str>>)> {
        let Node::File {
            filename,
            directory,
        } = self.node(file)?
        else {
            return None;
        };
        Some((self.string(filename)?, self.string(directory)))
    }

    /// The location of an instruction: `line` and `col` in `scope` (its
    /// metadata id plus one).
    pub(crate) fn location(&mut self, line: u32, col: u32, scope: u64) -> Option<DebugLoc> {
        let Node::Scope { file, .. } = self.node(scope)? else {
            return None;
        };
        let (filename, directory) = self.file(file)?;
        Some(DebugLoc {
            line,
            col: Some(col),
            filename,
            directory,
        })
    }

    /// The location of a function whose subprogram is node `id` (no plus
    /// one), or of a global variable whose expression is.
    pub(crate) fn declaration(&mut self, id: u64) -> Option<DebugLoc> {
        let (file, line) = match self.node(id + 1)? {
            Node::Scope {
                file,
                line,
                subprogram: true,
            } => (file, line),
            Node::GlobalVarExpr { var } => match self.node(var)? {
                Node::GlobalVar { file, line } => (file, line),
                _ => return None,
            },
            _ => return None,
        };
        let (filename, directory) = self.file(file)?;
        Some(DebugLoc {
            line,
            col: None,
            filename,
            directory,
        })
    }
}
