//! The bitstream container under LLVM bitcode: fixed and variable-width
//! fields, nested blocks, abbreviations (including those BLOCKINFO gives
//! to every block of an id), records and blobs.
//!
//! Everything is read through bounds checks: a truncated or corrupt stream
//! is an error naming the bit where it went wrong, never a panic, and every
//! step consumes input, so no input makes the reader loop.

use crate::error::{Error, Result};
use std::sync::Arc;

/// Reads fields of any width from a little-endian bit stream, 64 bits at
/// a time.
pub(crate) struct Bits<'a> {
    data: &'a [u8],
    /// The first byte not yet loaded into `cur`.
    next: usize,
    /// Loaded bits not yet read, lowest first; bits above `avail` are 0.
    cur: u64,
    avail: u32,
}

impl<'a> Bits<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Bits {
            data,
            next: 0,
            cur: 0,
            avail: 0,
        }
    }

    pub(crate) fn bit_pos(&self) -> usize {
        self.next * 8 - self.avail as usize
    }

    fn bit_len(&self) -> usize {
        self.data.len() * 8
    }

    pub(crate) fn remaining(&self) -> usize {
        (self.data.len() - self.next) * 8 + self.avail as usize
    }

    fn error(&self, what: &str) -> Error {
        Error::at_bit(self.bit_pos(), what)
    }

    /// Takes `n` (at most `avail`) loaded bits.
    #[inline]
    fn take(&mut self, n: u32) -> u64 {
        if n == 64 {
            let v = self.cur;
            self.cur = 0;
            self.avail = 0;
            v
        } else {
            let v = self.cur & ((1u64 << n) - 1);
            self.cur >>= n;
            self.avail -= n;
            v
        }
    }

    /// Loads the next (up to) 8 bytes; `cur` must be used up.
    fn load(&mut self) {
        let rest = &self.data[self.next..];
        // A whole word as one load (a copy of variable length is a call).
        if let Some(word) = rest.first_chunk::<8>() {
            self.cur = u64::from_le_bytes(*word);
            self.avail = 64;
            self.next += 8;
            return;
        }
        let n = rest.len();
        let mut word = [0u8; 8];
        word[..n].copy_from_slice(rest);
        self.cur = u64::from_le_bytes(word);
        self.avail = n as u32 * 8;
        self.next += n;
    }

    /// `n` (at most 64) bits as an unsigned number.
    #[inline(always)]
    pub(crate) fn fixed(&mut self, n: u32) -> Result<u64> {
        debug_assert!(n <= 64);
        if n <= self.avail {
            return Ok(self.take(n));
        }
        self.fixed_across(n)
    }

    /// A field that continues past the loaded bits.
    #[inline(never)]
    fn fixed_across(&mut self, n: u32) -> Result<u64> {
        if self.remaining() < n as usize {
            return Err(self.error("unexpected end of bitcode"));
        }
        let (low, got) = (self.cur, self.avail);
        self.load();
        let high = self.take(n - got);
        Ok(if got == 0 { high } else { low | (high << got) })
    }

    /// A chunk of a variable-width number: `n` (below 64) bits.
    #[inline(always)]
    fn chunk(&mut self, n: u32) -> Result<u64> {
        debug_assert!(n < 64);
        if n <= self.avail {
            let v = self.cur & ((1u64 << n) - 1);
            self.cur >>= n;
            self.avail -= n;
            return Ok(v);
        }
        self.fixed_across(n)
    }

    /// A variable-width number in chunks of `n` bits (the top bit of each
    /// chunk says another follows).
    #[inline(always)]
    pub(crate) fn vbr(&mut self, n: u32) -> Result<u64> {
        let hi = 1u64 << (n - 1);
        // Numbers of one or two chunks (most type and value ids) in line,
        // when both chunks are loaded.
        if n < 32 && 2 * n <= self.avail {
            let mask = (hi << 1) - 1;
            let low = self.cur & mask;
            if low & hi == 0 {
                self.cur >>= n;
                self.avail -= n;
                return Ok(low);
            }
            let high = (self.cur >> n) & mask;
            if high & hi == 0 {
                self.cur >>= 2 * n;
                self.avail -= 2 * n;
                return Ok((low & (hi - 1)) | (high << (n - 1)));
            }
        }
        let chunk = self.chunk(n)?;
        if chunk & hi == 0 {
            return Ok(chunk);
        }
        self.vbr_rest(n, chunk)
    }

    /// The chunks after the first of a variable-width number; values of 32
    /// and more (type and absolute value ids) are common enough that this
    /// is kept tight rather than cold.
    #[inline(never)]
    fn vbr_rest(&mut self, n: u32, first: u64) -> Result<u64> {
        let payload = n - 1;
        let hi = 1u64 << payload;
        let mut value = first & (hi - 1);
        // Most such numbers end with their second chunk: when it is loaded,
        // take it without the loop's checks (it cannot overflow: chunks are
        // at most 32 bits, which abbreviations are held to).
        debug_assert!(n <= 32);
        if n <= self.avail {
            let second = self.cur & ((hi << 1) - 1);
            if second & hi == 0 {
                self.cur >>= n;
                self.avail -= n;
                return Ok(value | (second << payload));
            }
        }
        let mut shift = payload;
        loop {
            let chunk = self.chunk(n)?;
            let bits = chunk & (hi - 1);
            // `shift` is at least 1 here; bits shifted past bit 63 are lost.
            if shift >= 64 || bits >> (64 - shift) != 0 {
                return Err(self.error("variable-width number wider than 64 bits"));
            }
            value |= bits << shift;
            if chunk & hi == 0 {
                return Ok(value);
            }
            shift += payload;
        }
    }

    /// Skips to the next multiple of 32 bits.
    pub(crate) fn align32(&mut self) -> Result<()> {
        let pos = self.bit_pos();
        let skip = (pos.next_multiple_of(32) - pos) as u32;
        if skip <= self.avail {
            self.take(skip);
            Ok(())
        } else {
            self.jump_to(pos + skip as usize)
                .map_err(|_| self.error("unexpected end of bitcode"))
        }
    }

    fn bytes(&mut self, len: usize) -> Result<&'a [u8]> {
        let pos = self.bit_pos();
        debug_assert!(pos.is_multiple_of(8));
        let start = pos / 8;
        let bytes = start
            .checked_add(len)
            .and_then(|end| self.data.get(start..end))
            .ok_or_else(|| self.error("blob runs past the end of bitcode"))?;
        self.jump_to(pos + len * 8)?;
        Ok(bytes)
    }

    fn jump_to(&mut self, bit: usize) -> Result<()> {
        if bit > self.bit_len() {
            return Err(self.error("block runs past the end of bitcode"));
        }
        self.next = bit / 8;
        self.load();
        self.take((bit % 8) as u32);
        Ok(())
    }
}

/// How one field of an abbreviated record is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Literal(u64),
    Fixed(u32),
    Vbr(u32),
    /// A length (vbr6), then that many fields encoded as the next op.
    Array,
    /// A 6-bit character of `[a-zA-Z0-9._]`.
    Char6,
    /// A length (vbr6), alignment, bytes, alignment.
    Blob,
}

/// A record layout defined by DEFINE_ABBREV.
#[derive(Debug)]
struct Abbrev {
    ops: Vec<Op>,
}

/// The abbreviation ids every stream reserves.
const END_BLOCK: u64 = 0;
const ENTER_SUBBLOCK: u64 = 1;
const DEFINE_ABBREV: u64 = 2;
const UNABBREV_RECORD: u64 = 3;
const FIRST_APPLICATION_ABBREV: u64 = 4;

const BLOCKINFO_BLOCK_ID: u32 = 0;
const BLOCKINFO_CODE_SETBID: u32 = 1;

/// What the stream holds next.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Entry<'a> {
    /// The start of a block with this id: call [`Cursor::enter`] or
    /// [`Cursor::skip`] next.
    Block(u32),
    /// The end of the current block (or of the stream, at the top level).
    End,
    /// A record; its operands are in the vector passed to `next`.
    Record { code: u32, blob: Option<&'a [u8]> },
}

/// BLOCKINFO abbreviations, kept to read blocks of a stream later.
#[derive(Clone, Default)]
pub(crate) struct BlockAbbrevs(Vec<(u32, Vec<Arc<Abbrev>>)>);

/// The state of an enclosing block, restored at its end.
struct Scope {
    width: u32,
    abbrevs: Vec<Arc<Abbrev>>,
}

/// Walks the blocks and records of a bitstream.
pub(crate) struct Cursor<'a> {
    bits: Bits<'a>,
    /// Width of the abbreviation ids in the current block.
    width: u32,
    abbrevs: Vec<Arc<Abbrev>>,
    scopes: Vec<Scope>,
    /// Abbreviations BLOCKINFO gives to every block of an id.
    block_abbrevs: Vec<(u32, Vec<Arc<Abbrev>>)>,
}

/// Records are rejected past this many operands: the format has no limit,
/// but no module comes close, and the operand vector must not grow with a
/// length that a corrupt stream made up.
const MAX_OPERANDS: usize = 1 << 26;

impl<'a> Cursor<'a> {
    /// A cursor at the start of `data`, which starts past the magic number.
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Cursor {
            bits: Bits::new(data),
            width: 2,
            abbrevs: Vec::new(),
            scopes: Vec::new(),
            block_abbrevs: Vec::new(),
        }
    }

    pub(crate) fn bit_pos(&self) -> usize {
        self.bits.bit_pos()
    }

    /// The whole stream (blobs are slices of it).
    pub(crate) fn data(&self) -> &'a [u8] {
        self.bits.data
    }

    /// The next block start, block end or record (its operands replace
    /// those in `ops`). BLOCKINFO blocks and abbreviation definitions are
    /// taken in on the way.
    pub(crate) fn next(&mut self, ops: &mut Vec<u64>) -> Result<Entry<'a>> {
        ops.clear();
        self.next_appending(ops)
    }

    /// `next`, with a record's operands appended to `ops` (a reader that
    /// keeps every record's operands in one vector reads them in place).
    pub(crate) fn next_appending(&mut self, ops: &mut Vec<u64>) -> Result<Entry<'a>> {
        loop {
            if self.scopes.is_empty() && self.bits.remaining() < 32 {
                // The top level holds blocks only; what is left is padding.
                return Ok(Entry::End);
            }
            let id = self.bits.fixed(self.width)?;
            match id {
                END_BLOCK => {
                    if self.scopes.is_empty() {
                        return Err(self.error("block end outside any block"));
                    }
                    self.bits.align32()?;
                    let scope = self.scopes.pop().expect("checked above");
                    self.width = scope.width;
                    self.abbrevs = scope.abbrevs;
                    return Ok(Entry::End);
                }
                ENTER_SUBBLOCK => {
                    let block = self.bits.vbr(8)?;
                    let block =
                        u32::try_from(block).map_err(|_| self.error("block id too large"))?;
                    if block == BLOCKINFO_BLOCK_ID {
                        // Its records are not the caller's.
                        self.read_blockinfo(&mut Vec::new())?;
                        continue;
                    }
                    return Ok(Entry::Block(block));
                }
                DEFINE_ABBREV => {
                    let abbrev = self.read_abbrev()?;
                    self.abbrevs.push(Arc::new(abbrev));
                }
                _ if self.scopes.is_empty() => {
                    return Err(self.error("record outside any block"));
                }
                UNABBREV_RECORD => {
                    let code = self.bits.vbr(6)?;
                    let count = self.bits.vbr(6)? as usize;
                    // Each operand takes at least 6 bits.
                    if count > self.bits.remaining() / 6 || count > MAX_OPERANDS {
                        return Err(self.error("record longer than the bitcode"));
                    }
                    ops.reserve(count);
                    for _ in 0..count {
                        ops.push(self.bits.vbr(6)?);
                    }
                    return Ok(Entry::Record {
                        code: self.code(code)?,
                        blob: None,
                    });
                }
                _ => {
                    let Some(abbrev) = self.abbrevs.get((id - FIRST_APPLICATION_ABBREV) as usize)
                    else {
                        return Err(self.error("undefined abbreviation"));
                    };
                    return read_abbreviated(&mut self.bits, abbrev, ops);
                }
            }
        }
    }

    fn code(&self, code: u64) -> Result<u32> {
        u32::try_from(code).map_err(|_| self.error("record code too large"))
    }

    fn error(&self, what: &str) -> Error {
        Error::at_bit(self.bits.bit_pos(), what)
    }

    /// The BLOCKINFO abbreviations read so far.
    pub(crate) fn block_abbrevs(&self) -> BlockAbbrevs {
        BlockAbbrevs(self.block_abbrevs.clone())
    }

    /// A cursor over `data` at `bit` (outside any block) that knows
    /// `abbrevs`, as `fork_at` makes one.
    pub(crate) fn resume(data: &'a [u8], abbrevs: &BlockAbbrevs, bit: usize) -> Result<Cursor<'a>> {
        let mut cursor = Cursor::new(data);
        cursor.block_abbrevs = abbrevs.0.clone();
        cursor.seek(bit)?;
        Ok(cursor)
    }

    /// Moves to `bit` at the top level (a position `bit_pos` returned there).
    pub(crate) fn seek(&mut self, bit: usize) -> Result<()> {
        if !self.scopes.is_empty() {
            return Err(self.error("seek inside a block"));
        }
        self.bits.jump_to(bit)
    }

    /// Enters the block whose id `next` just returned.
    pub(crate) fn enter(&mut self, block: u32) -> Result<()> {
        let (width, _) = self.block_header()?;
        let abbrevs = self
            .block_abbrevs
            .iter()
            .find(|(id, _)| *id == block)
            .map(|(_, a)| a.clone())
            .unwrap_or_default();
        let outer = Scope {
            width: std::mem::replace(&mut self.width, width),
            abbrevs: std::mem::replace(&mut self.abbrevs, abbrevs),
        };
        self.scopes.push(outer);
        Ok(())
    }

    /// Skips the block whose id `next` just returned.
    pub(crate) fn skip(&mut self) -> Result<()> {
        let (_, end) = self.block_header()?;
        self.bits.jump_to(end)
    }

    /// The abbreviation id width and the end (in bits) of a block.
    fn block_header(&mut self) -> Result<(u32, usize)> {
        let width = self.bits.vbr(4)?;
        if !(1..=32).contains(&width) {
            return Err(self.error("bad abbreviation width"));
        }
        self.bits.align32()?;
        let words = self.bits.fixed(32)? as usize;
        let end = self.bits.bit_pos() + words * 32;
        if end > self.bits.bit_pos() + self.bits.remaining() {
            return Err(self.error("block runs past the end of bitcode"));
        }
        Ok((width as u32, end))
    }

    fn read_abbrev(&mut self) -> Result<Abbrev> {
        let count = self.bits.vbr(5)? as usize;
        if count > self.bits.remaining() {
            return Err(self.error("abbreviation longer than the bitcode"));
        }
        let mut ops = Vec::with_capacity(count);
        for _ in 0..count {
            let literal = self.bits.fixed(1)? == 1;
            if literal {
                ops.push(Op::Literal(self.bits.vbr(8)?));
                continue;
            }
            let encoding = self.bits.fixed(3)?;
            let op = match encoding {
                1 | 2 => {
                    let width = self.bits.vbr(5)?;
                    let limit = if encoding == 1 { 64 } else { 32 };
                    if width > limit {
                        return Err(self.error("abbreviation field too wide"));
                    }
                    match (encoding, width as u32) {
                        // A zero-width field always reads as zero.
                        (_, 0) => Op::Literal(0),
                        (1, w) => Op::Fixed(w),
                        (_, 1) => return Err(self.error("abbreviation field too narrow")),
                        (_, w) => Op::Vbr(w),
                    }
                }
                3 => Op::Array,
                4 => Op::Char6,
                5 => Op::Blob,
                _ => return Err(self.error("unknown abbreviation encoding")),
            };
            ops.push(op);
        }
        self.check_abbrev(&ops)?;
        Ok(Abbrev { ops })
    }

    /// An array must be followed by exactly one scalar element encoding and
    /// end the abbreviation, as must a blob; the code must be a scalar.
    fn check_abbrev(&self, ops: &[Op]) -> Result<()> {
        for (i, op) in ops.iter().enumerate() {
            let last = i + 1 == ops.len();
            let ok = match op {
                Op::Array => {
                    i + 2 == ops.len()
                        && matches!(ops[i + 1], Op::Fixed(_) | Op::Vbr(_) | Op::Char6)
                }
                Op::Blob => last,
                _ => true,
            };
            if !ok || (i == 0 && matches!(op, Op::Array | Op::Blob)) {
                return Err(self.error("malformed abbreviation"));
            }
            if matches!(op, Op::Array) {
                break;
            }
        }
        if ops.is_empty() {
            return Err(self.error("empty abbreviation"));
        }
        Ok(())
    }

    /// Reads a BLOCKINFO block: abbreviations for the blocks it names.
    fn read_blockinfo(&mut self, ops: &mut Vec<u64>) -> Result<()> {
        let (width, _) = self.block_header()?;
        let mut target: Option<u32> = None;
        loop {
            let id = self.bits.fixed(width)?;
            match id {
                END_BLOCK => return self.bits.align32(),
                ENTER_SUBBLOCK => {
                    self.bits.vbr(8)?;
                    let (_, end) = self.block_header()?;
                    self.bits.jump_to(end)?;
                }
                DEFINE_ABBREV => {
                    let abbrev = Arc::new(self.read_abbrev()?);
                    let block =
                        target.ok_or_else(|| self.error("BLOCKINFO abbreviation before SETBID"))?;
                    match self.block_abbrevs.iter_mut().find(|(b, _)| *b == block) {
                        Some((_, list)) => list.push(abbrev),
                        None => self.block_abbrevs.push((block, vec![abbrev])),
                    }
                }
                UNABBREV_RECORD => {
                    let code = self.bits.vbr(6)?;
                    let count = self.bits.vbr(6)? as usize;
                    if count > self.bits.remaining() / 6 {
                        return Err(self.error("record longer than the bitcode"));
                    }
                    ops.clear();
                    for _ in 0..count {
                        ops.push(self.bits.vbr(6)?);
                    }
                    if code == u64::from(BLOCKINFO_CODE_SETBID) {
                        let block = ops
                            .first()
                            .copied()
                            .ok_or_else(|| self.error("SETBID without a block id"))?;
                        target = Some(
                            u32::try_from(block).map_err(|_| self.error("block id too large"))?,
                        );
                    }
                }
                _ => return Err(self.error("abbreviated record in BLOCKINFO")),
            }
        }
    }
}

#[inline(always)]
fn scalar(bits: &mut Bits, op: Op) -> Result<u64> {
    match op {
        Op::Literal(v) => Ok(v),
        Op::Fixed(w) => bits.fixed(w),
        Op::Vbr(w) => bits.vbr(w),
        Op::Char6 => Ok(u64::from(char6(bits.fixed(6)? as u8))),
        Op::Array | Op::Blob => Err(bits.error("malformed abbreviation")),
    }
}

/// A record laid out by `abbrev` (its code first).
fn read_abbreviated<'a>(
    bits: &mut Bits<'a>,
    abbrev: &Abbrev,
    ops: &mut Vec<u64>,
) -> Result<Entry<'a>> {
    let start = ops.len();
    let code = scalar(bits, abbrev.ops[0])?;
    let code = u32::try_from(code).map_err(|_| bits.error("record code too large"))?;
    let mut blob = None;
    let mut i = 1;
    while i < abbrev.ops.len() {
        match abbrev.ops[i] {
            Op::Array => {
                let len = bits.vbr(6)? as usize;
                let element = abbrev.ops[i + 1];
                // Every element takes at least one bit.
                if len > bits.remaining() || ops.len() - start + len > MAX_OPERANDS {
                    return Err(bits.error("array longer than the bitcode"));
                }
                ops.reserve(len);
                for _ in 0..len {
                    let v = scalar(bits, element)?;
                    ops.push(v);
                }
                break;
            }
            Op::Blob => {
                let len = bits.vbr(6)? as usize;
                bits.align32()?;
                blob = Some(bits.bytes(len)?);
                bits.align32()?;
            }
            op => {
                let v = scalar(bits, op)?;
                ops.push(v);
            }
        }
        i += 1;
    }
    Ok(Entry::Record { code, blob })
}

fn char6(v: u8) -> u8 {
    match v {
        0..=25 => b'a' + v,
        26..=51 => b'A' + (v - 26),
        52..=61 => b'0' + (v - 52),
        62 => b'.',
        _ => b'_',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes fields LSB first, as the bitstream does.
    #[derive(Default)]
    struct Writer {
        bytes: Vec<u8>,
        bit: usize,
    }

    impl Writer {
        fn fixed(&mut self, v: u64, n: u32) {
            for i in 0..n {
                if self.bit.is_multiple_of(8) {
                    self.bytes.push(0);
                }
                if v >> i & 1 == 1 {
                    *self.bytes.last_mut().unwrap() |= 1 << (self.bit % 8);
                }
                self.bit += 1;
            }
        }
        fn vbr(&mut self, mut v: u64, n: u32) {
            let hi = 1u64 << (n - 1);
            while v >= hi {
                self.fixed((v & (hi - 1)) | hi, n);
                v >>= n - 1;
            }
            self.fixed(v, n);
        }
        fn align32(&mut self) {
            while !self.bit.is_multiple_of(32) {
                self.fixed(0, 1);
            }
        }
    }

    #[test]
    fn fixed_and_variable_fields_read_back() {
        let mut w = Writer::default();
        let values = [0u64, 1, 5, 31, 32, 1000, 1 << 40, u64::MAX];
        for &v in &values {
            w.vbr(v, 6);
            w.fixed(v & 0x7f, 7);
        }
        w.fixed(u64::MAX, 64);
        w.fixed(0x1234_5678_9abc, 61);
        let mut b = Bits::new(&w.bytes);
        for &v in &values {
            assert_eq!(b.vbr(6).unwrap(), v);
            assert_eq!(b.fixed(7).unwrap(), v & 0x7f);
        }
        assert_eq!(b.fixed(64).unwrap(), u64::MAX);
        assert_eq!(b.fixed(61).unwrap(), 0x1234_5678_9abc);
        assert!(b.fixed(64).is_err(), "reading past the end must fail");
    }

    #[test]
    fn variable_width_numbers_of_every_width_read_back_at_every_alignment() {
        for n in 2..=32u32 {
            let payload = n - 1;
            let two = (2 * payload).min(63);
            let values = [
                0,
                1,
                (1 << payload) - 1,
                1 << payload,
                (1 << two) - 1,
                1 << two,
                u64::MAX >> 1,
                u64::MAX,
            ];
            for skew in 0..n + 8 {
                let mut w = Writer::default();
                w.fixed(0, skew);
                for &v in &values {
                    w.vbr(v, n);
                    w.fixed(1, 1);
                }
                let mut b = Bits::new(&w.bytes);
                assert_eq!(b.fixed(skew).unwrap(), 0);
                for &v in &values {
                    assert_eq!(b.vbr(n).unwrap(), v, "width {n}, skew {skew}");
                    assert_eq!(b.fixed(1).unwrap(), 1, "width {n}, skew {skew}");
                }
            }
        }
    }

    #[test]
    fn a_vbr_wider_than_64_bits_is_an_error() {
        let mut w = Writer::default();
        for _ in 0..14 {
            w.fixed(0x3f, 6);
        }
        w.fixed(1, 6);
        assert!(Bits::new(&w.bytes).vbr(6).is_err());
    }

    /// A block with one abbreviation (literal code 7, an array of char6)
    /// holding one abbreviated record, then an unabbreviated record.
    fn sample_block() -> Vec<u8> {
        let mut w = Writer::default();
        w.fixed(ENTER_SUBBLOCK, 2);
        w.vbr(8, 8);
        w.vbr(3, 4);
        w.align32();
        let len_at = w.bytes.len();
        w.fixed(0, 32);
        let body = w.bit;
        w.fixed(DEFINE_ABBREV, 3);
        w.vbr(3, 5);
        w.fixed(1, 1);
        w.vbr(7, 8);
        w.fixed(0, 1);
        w.fixed(3, 3);
        w.fixed(0, 1);
        w.fixed(4, 3);
        w.fixed(4, 3);
        w.vbr(2, 6);
        w.fixed(7, 6); // 'h'
        w.fixed(8, 6); // 'i'
        w.fixed(UNABBREV_RECORD, 3);
        w.vbr(9, 6);
        w.vbr(2, 6);
        w.vbr(300, 6);
        w.vbr(1, 6);
        w.fixed(END_BLOCK, 3);
        w.align32();
        let words = ((w.bit - body) / 32) as u32;
        w.bytes[len_at..len_at + 4].copy_from_slice(&words.to_le_bytes());
        w.bytes
    }

    #[test]
    fn blocks_abbreviations_and_records_read_back() {
        let bytes = sample_block();
        let mut c = Cursor::new(&bytes);
        let mut ops = Vec::new();
        assert_eq!(c.next(&mut ops).unwrap(), Entry::Block(8));
        c.enter(8).unwrap();
        assert_eq!(
            c.next(&mut ops).unwrap(),
            Entry::Record {
                code: 7,
                blob: None
            }
        );
        assert_eq!(ops, [u64::from(b'h'), u64::from(b'i')]);
        assert_eq!(
            c.next(&mut ops).unwrap(),
            Entry::Record {
                code: 9,
                blob: None
            }
        );
        assert_eq!(ops, [300, 1]);
        assert_eq!(c.next(&mut ops).unwrap(), Entry::End);
        assert_eq!(c.next(&mut ops).unwrap(), Entry::End);

        let mut c = Cursor::new(&bytes);
        assert_eq!(c.next(&mut ops).unwrap(), Entry::Block(8));
        c.skip().unwrap();
        assert_eq!(c.next(&mut ops).unwrap(), Entry::End);
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let bytes = sample_block();
        for len in 0..bytes.len() {
            let mut c = Cursor::new(&bytes[..len]);
            let mut ops = Vec::new();
            let mut ended = 0;
            let mut result = Ok(());
            for _ in 0..100 {
                match c.next(&mut ops) {
                    Ok(Entry::Block(b)) => {
                        if let Err(e) = c.enter(b) {
                            result = Err(e);
                            break;
                        }
                    }
                    Ok(Entry::End) => {
                        ended += 1;
                        if c.scopes.is_empty() {
                            break;
                        }
                    }
                    Ok(Entry::Record { .. }) => {}
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            // A prefix either holds nothing at all (less than a word) or
            // fails; it never reads as the whole block.
            assert!(
                len < 4 && ended == 1 || result.is_err(),
                "prefix of {len} bytes"
            );
        }
    }
}
