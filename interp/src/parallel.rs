//! Work spread over the machine's cores: the reader's scheduler
//! (`jir_bitcode::parallel`), and the size of a job here.

pub(crate) use jir_bitcode::parallel::{for_each, for_each_around};

/// The number of instructions in `f` (a job's size).
pub(crate) fn instructions(f: &llvm_ir::Function) -> usize {
    f.basic_blocks.iter().map(|b| b.instrs.len() + 1).sum()
}
