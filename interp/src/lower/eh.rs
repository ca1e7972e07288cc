//! Lowering of C++ exception handling: `invoke`, `landingpad`, `resume`
//! and `llvm.eh.typeid.for`.
//!
//! An `invoke` is lowered as the call it contains, plus an entry in the
//! function's handler table mapping that call instruction to its landing
//! pad and unwind target. The executor plays the personality routine: when
//! a call raises, it evaluates the landing pad's clauses (matching types
//! through the host, i.e. the C++ runtime), writes the `{ptr, i32}` the
//! `landingpad` instruction yields, and jumps to the unwind target. The
//! selector of a catch clause is the 1-based position of its type info in
//! the function's type table, which is also what `llvm.eh.typeid.for`
//! yields for it.

use super::phi::Moves;
use super::{control, FnLowerer, LResult};
use crate::bytecode::Inst;
use crate::code::{Clause, LandingPad};
use llvm_ir::instruction as ins;
use llvm_ir::instruction::LandingPadClause;
use llvm_ir::{BasicBlock, Constant, Instruction, Name, Operand};

/// The selector id of a type info, adding it to the table.
pub(super) fn type_id(l: &mut FnLowerer, type_info: u64) -> i32 {
    match l.type_ids.iter().position(|t| *t == type_info) {
        Some(i) => i as i32 + 1,
        None => {
            l.type_ids.push(type_info);
            l.type_ids.len() as i32
        }
    }
}

/// The address of a type info constant (null: 0).
fn type_info(l: &FnLowerer, c: &Constant) -> LResult<u64> {
    l.const_eval()
        .scalar(c)
        .map_err(|e| format!("type info in a catch clause: {e}"))
}

/// The landing pad that starts block `label`, described once.
fn landing_pad(l: &mut FnLowerer, label: &Name) -> LResult<u32> {
    if let Some(i) = l.pad_of_block.get(label) {
        return Ok(*i);
    }
    let block = l
        .func
        .basic_blocks
        .iter()
        .find(|b| &b.name == label)
        .ok_or_else(|| format!("invoke unwinds to unknown block %{label}"))?;
    let pad = block
        .instrs
        .iter()
        .find_map(|i| match i {
            Instruction::LandingPad(p) => Some(p),
            _ => None,
        })
        .ok_or_else(|| format!("unwind destination %{label} has no landingpad"))?;
    let mut clauses = Vec::with_capacity(pad.clauses.len());
    for c in &pad.clauses {
        clauses.push(match c {
            LandingPadClause::Catch(k) => {
                let ti = type_info(l, k)?;
                type_id(l, ti);
                Clause::Catch(ti)
            }
            LandingPadClause::Filter(k) => {
                let types = match k.as_ref() {
                    Constant::Array { elements, .. } => elements
                        .iter()
                        .map(|e| type_info(l, e))
                        .collect::<LResult<Vec<_>>>()?,
                    _ => Vec::new(), // an empty filter: nothing may pass
                };
                Clause::Filter(types.into_boxed_slice())
            }
        });
    }
    let dst = l.dest(&pad.dest)?;
    l.landing_pads.push(LandingPad {
        dst,
        cleanup: pad.cleanup,
        clauses: clauses.into_boxed_slice(),
    });
    let i = (l.landing_pads.len() - 1) as u32;
    l.pad_of_block.insert(label.clone(), i);
    Ok(i)
}

/// Whether an instruction is the call of an `invoke`.
fn is_call(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::Call { .. }
            | Inst::CallNative { .. }
            | Inst::CallIndirect { .. }
            | Inst::CallHelper { .. }
    )
}

pub(super) fn invoke(
    l: &mut FnLowerer,
    bb: &BasicBlock,
    inv: &llvm_ir::terminator::Invoke,
    next: Option<&Name>,
) -> LResult<()> {
    // The call, as a plain `call` instruction would be lowered.
    let returns_value = !matches!(
        inv.function_ty.as_ref(),
        llvm_ir::Type::FuncType { result_type, .. } if matches!(result_type.as_ref(), llvm_ir::Type::VoidType)
    );
    let call = ins::Call {
        function: inv.function.clone(),
        function_ty: inv.function_ty.clone(),
        arguments: inv.arguments.clone(),
        return_attributes: inv.return_attributes.clone(),
        dest: returns_value.then(|| inv.result.clone()),
        function_attributes: inv.function_attributes.clone(),
        is_tail_call: false,
        calling_convention: inv.calling_convention,
        debugloc: inv.debugloc.clone(),
    };
    let was = l.tail_position;
    l.tail_position = false;
    super::call::call(l, &call)?;
    l.tail_position = was;
    let pad = landing_pad(l, &inv.exception_label)?;
    if let Some(last) = l
        .insts
        .len()
        .checked_sub(1)
        .filter(|i| is_call(&l.insts[*i]))
    {
        // The unwind edge may carry PHI moves: then it gets an edge block.
        let moves: Moves = control::edge_moves(l, &bb.name, &inv.exception_label)?;
        let label = if moves.is_empty() {
            inv.exception_label.clone()
        } else {
            control::edge_block_label(l)
        };
        l.handler_fixups.push((last as u32, label.clone(), pad));
        if !moves.is_empty() {
            control::defer_edge_block(l, label, moves, &inv.exception_label);
        }
        // Normal edge.
        let normal = control::edge_moves(l, &bb.name, &inv.return_label)?;
        control::emit_edge_moves(l, &normal);
        control::jump_unless_next(l, &inv.return_label, next);
        return Ok(());
    }
    // The callee was lowered to something that cannot raise (an
    // intrinsic): only the normal edge remains.
    let normal = control::edge_moves(l, &bb.name, &inv.return_label)?;
    control::emit_edge_moves(l, &normal);
    control::jump_unless_next(l, &inv.return_label, next);
    Ok(())
}

pub(super) fn resume(l: &mut FnLowerer, r: &llvm_ir::terminator::Resume) -> LResult<()> {
    let src = l.operand(&r.operand)?;
    l.emit(Inst::Resume { src });
    Ok(())
}

/// `llvm.eh.typeid.for(ptr @type_info)`: the selector of that type here.
pub(super) fn typeid_for(l: &mut FnLowerer, c: &ins::Call) -> LResult<()> {
    let Some(d) = &c.dest else { return Ok(()) };
    let Some((Operand::ConstantOperand(k), _)) = c.arguments.first() else {
        return Err("llvm.eh.typeid.for of a computed pointer".into());
    };
    let ti = type_info(l, k)?;
    let id = type_id(l, ti);
    let dst = l.dest(d)?;
    l.emit(Inst::ConstI32 { dst, imm: id });
    Ok(())
}
