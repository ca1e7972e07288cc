//! Lowering of memory instructions: `load`, `store`, `getelementptr`,
//! `alloca`, and the atomics.
//!
//! Constant-offset `getelementptr`s whose only uses are load/store
//! addresses are not emitted at all: the driver records them in
//! `folded_addr` and the loads and stores here take the offset inline.

use super::{FnLowerer, LResult, ValTy};
use crate::bytecode::{ElemKind, Inst, Slot, VecOp};
use crate::layout::resolve_named;
use llvm_ir::instruction as ins;
use llvm_ir::{Operand, Type, TypeRef};

/// The address operand of a load or store as (base slot, offset).
fn address(l: &mut FnLowerer, op: &Operand) -> LResult<(Slot, i32)> {
    if let Operand::LocalOperand { name, .. } = op {
        if let Some((base, off)) = l.folded_addr.get(name).copied() {
            if let Ok(off) = i32::try_from(off) {
                return Ok((base, off));
            }
        }
    }
    Ok((l.operand(op)?, 0))
}

/// Bytes a load or store of `ty` moves.
fn access_size(l: &FnLowerer, ty: &Type) -> LResult<u64> {
    l.layout.store_size(l.types, ty).map_err(|e| e.to_string())
}

pub(super) fn load(l: &mut FnLowerer, ld: &ins::Load) -> LResult<()> {
    let ty = &ld.loaded_ty;
    l.classify(ty)?;
    let size = access_size(l, ty)?;
    let dst = l.dest(&ld.dest)?;
    let (ptr, off) = address(l, &ld.address)?;
    if ld.atomicity.is_some() {
        if !matches!(size, 1 | 2 | 4 | 8) {
            return Err(format!("atomic load of {size} bytes"));
        }
        let ptr = materialise(l, ptr, off);
        l.emit(Inst::AtomicLoad {
            dst,
            ptr,
            size: size as u8,
        });
        return Ok(());
    }
    if matches!(size, 1 | 2 | 4 | 8) {
        if let Some((base, idx, shift)) = take_indexed_address(l, &ld.address, off) {
            l.emit(match size {
                1 => Inst::LoadIdx8 {
                    dst,
                    base,
                    idx,
                    shift,
                },
                2 => Inst::LoadIdx16 {
                    dst,
                    base,
                    idx,
                    shift,
                },
                4 => Inst::LoadIdx32 {
                    dst,
                    base,
                    idx,
                    shift,
                },
                _ => Inst::LoadIdx64 {
                    dst,
                    base,
                    idx,
                    shift,
                },
            });
            return Ok(());
        }
    }
    emit_load(l, dst, ptr, off, size)
}

/// When the address `op` was computed by the `GepShl64` just emitted in
/// this block and this access is its only use, takes that instruction back
/// and returns its base, index and shift: the access becomes one indexed
/// op (`LoadIdx*`, `StoreIdx*`).
fn take_indexed_address(l: &mut FnLowerer, op: &Operand, off: i32) -> Option<(Slot, Slot, u8)> {
    let Operand::LocalOperand { name, .. } = op else {
        return None;
    };
    // A folded address has a slot it never writes: another value may
    // share it.
    // A copy's uses are its source's too: they are not counted here.
    if off != 0
        || l.uses(name) != 1
        || l.folded_addr.contains_key(name)
        || l.copies.contains_key(name)
    {
        return None;
    }
    let addr = l.dest(name).ok()?;
    let last = l
        .insts
        .len()
        .checked_sub(1)
        .filter(|&i| i >= l.block_begin)?;
    match l.insts[last] {
        Inst::GepShl64 {
            dst,
            base,
            idx,
            shift,
            off: 0,
        } if dst == addr => {
            l.insts.pop();
            l.ir_pos.pop();
            Some((base, idx, shift))
        }
        _ => None,
    }
}

/// A plain load of `size` bytes from `ptr + off` into `dst`.
fn emit_load(l: &mut FnLowerer, dst: Slot, ptr: Slot, off: i32, size: u64) -> LResult<()> {
    let inst = match size {
        1 => Inst::Load8 { dst, ptr, off },
        2 => Inst::Load16 { dst, ptr, off },
        4 => Inst::Load32 { dst, ptr, off },
        8 => Inst::Load64 { dst, ptr, off },
        16 => Inst::Load128 { dst, ptr, off },
        _ => {
            l.emit(Inst::LoadN { dst, ptr, off });
            l.emit(Inst::TailImm {
                x: u32::try_from(size).map_err(|_| "load too large")?,
                y: 0,
                z: 0,
            });
            return Ok(());
        }
    };
    l.emit(inst);
    Ok(())
}

/// The `va_arg` instruction: find the argument's address, then load it.
pub(super) fn va_arg(l: &mut FnLowerer, v: &ins::VAArg) -> LResult<()> {
    let ty = &v.cur_type;
    let sa = l
        .layout
        .size_align(l.types, ty)
        .map_err(|e| e.to_string())?;
    let class = match l.classify(ty)? {
        ValTy::Int(_) | ValTy::Ptr => 0,
        ValTy::F32 | ValTy::F64 => 1,
        _ => 2,
    };
    let list = l.operand(&v.arg_list)?;
    let addr = l.temp(1);
    l.emit(Inst::VaArg {
        dst: addr,
        list,
        class,
    });
    l.emit(Inst::TailImm {
        x: sa.store as u32,
        y: sa.align as u32,
        z: 0,
    });
    let dst = l.dest(&v.dest)?;
    emit_load(l, dst, addr, 0, sa.store)
}

pub(super) fn store(l: &mut FnLowerer, st: &ins::Store) -> LResult<()> {
    let ty = l.type_of_operand(&st.value);
    l.classify(&ty)?;
    let size = access_size(l, &ty)?;
    let val = l.operand(&st.value)?;
    let (ptr, off) = address(l, &st.address)?;
    if st.atomicity.is_some() {
        if !matches!(size, 1 | 2 | 4 | 8) {
            return Err(format!("atomic store of {size} bytes"));
        }
        let ptr = materialise(l, ptr, off);
        l.emit(Inst::AtomicStore {
            ptr,
            val,
            size: size as u8,
        });
        return Ok(());
    }
    if matches!(size, 1 | 2 | 4 | 8) {
        if let Some((base, idx, shift)) = take_indexed_address(l, &st.address, off) {
            l.emit(match size {
                1 => Inst::StoreIdx8 {
                    val,
                    base,
                    idx,
                    shift,
                },
                2 => Inst::StoreIdx16 {
                    val,
                    base,
                    idx,
                    shift,
                },
                4 => Inst::StoreIdx32 {
                    val,
                    base,
                    idx,
                    shift,
                },
                _ => Inst::StoreIdx64 {
                    val,
                    base,
                    idx,
                    shift,
                },
            });
            return Ok(());
        }
    }
    let inst = match size {
        1 => Inst::Store8 { ptr, val, off },
        2 => Inst::Store16 { ptr, val, off },
        4 => Inst::Store32 { ptr, val, off },
        8 => Inst::Store64 { ptr, val, off },
        16 => Inst::Store128 { ptr, val, off },
        _ => {
            l.emit(Inst::StoreN { ptr, val, off });
            l.emit(Inst::TailImm {
                x: u32::try_from(size).map_err(|_| "store too large")?,
                y: 0,
                z: 0,
            });
            return Ok(());
        }
    };
    l.emit(inst);
    Ok(())
}

/// Bytes from `ptr` to the end of the object it points into, when the
/// object and the offset are known at lowering time.
pub(super) fn object_size(l: &FnLowerer, ptr: &Operand, depth: u32) -> Option<u64> {
    if depth > 8 {
        return None;
    }
    match ptr {
        Operand::ConstantOperand(k) => {
            let (name, offset) = match k.as_ref() {
                llvm_ir::Constant::GlobalReference { name, .. } => (name.clone(), 0i64),
                llvm_ir::Constant::GetElementPtr(g) => {
                    let llvm_ir::Constant::GlobalReference { name, .. } = g.address.as_ref() else {
                        return None;
                    };
                    let eval = l.const_eval();
                    let base = eval.address_of(name).ok()?;
                    let addr = eval.scalar(k).ok()?;
                    (name.clone(), addr.wrapping_sub(base as u64) as i64)
                }
                _ => return None,
            };
            let g = l.m.ir.global_vars.iter().find(|g| g.name == name)?;
            use llvm_ir::module::Linkage;
            if g.initializer.is_none()
                || matches!(
                    g.linkage,
                    Linkage::WeakAny | Linkage::LinkOnceAny | Linkage::ExternalWeak
                )
            {
                return None;
            }
            let size = l.layout.alloc_size(l.types, &g.value_type).ok()?;
            Some((size as i64).saturating_sub(offset).max(0) as u64)
        }
        Operand::LocalOperand { name, .. } => {
            let inst = l
                .func
                .basic_blocks
                .iter()
                .flat_map(|b| b.instrs.iter())
                .find(|i| i.try_get_result() == Some(name))?;
            match inst {
                ins::Instruction::Alloca(a) => {
                    let count = l.const_int(&a.num_elements)?;
                    Some(l.layout.alloc_size(l.types, &a.allocated_type).ok()? * count)
                }
                ins::Instruction::GetElementPtr(g) => {
                    let off = constant_gep_offset(l, g)?;
                    let size = object_size(l, &g.address, depth + 1)?;
                    Some((size as i64).saturating_sub(off).max(0) as u64)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// `base + off` in a slot.
fn materialise(l: &mut FnLowerer, base: Slot, off: i32) -> Slot {
    if off == 0 {
        return base;
    }
    let t = l.temp(1);
    l.emit(Inst::AddImm64 {
        dst: t,
        a: base,
        imm: off,
    });
    t
}

/// One step of a GEP: what the index scales by, or a struct field offset.
enum Step {
    Scaled { size: u64, elem: TypeRef },
    Field { offset: u64, elem: TypeRef },
}

fn step(l: &FnLowerer, cur: &TypeRef, index: &Operand, first: bool) -> LResult<Step> {
    if first {
        let size = l
            .layout
            .alloc_size(l.types, cur)
            .map_err(|e| e.to_string())?;
        return Ok(Step::Scaled {
            size,
            elem: cur.clone(),
        });
    }
    let resolved = resolve_named(l.types, cur).clone();
    match resolved.as_ref() {
        Type::StructType { element_types, .. } => {
            let field = l.const_int(index).ok_or("non-constant struct index")? as usize;
            let sl = l
                .layout
                .struct_layout(l.types, &resolved)
                .map_err(|e| e.to_string())?;
            let offset = *sl.offsets.get(field).ok_or("struct index out of range")?;
            let elem = element_types
                .get(field)
                .ok_or("struct index out of range")?
                .clone();
            Ok(Step::Field { offset, elem })
        }
        Type::ArrayType { element_type, .. } | Type::VectorType { element_type, .. } => {
            let size = l
                .layout
                .alloc_size(l.types, element_type)
                .map_err(|e| e.to_string())?;
            Ok(Step::Scaled {
                size,
                elem: element_type.clone(),
            })
        }
        other => Err(format!("getelementptr into {other}")),
    }
}

fn index_bits(l: &FnLowerer, op: &Operand) -> LResult<u32> {
    match l.type_of_operand(op).as_ref() {
        Type::IntegerType { bits } => Ok(*bits),
        Type::VectorType { .. } => Err("vector getelementptr".into()),
        other => Err(format!("getelementptr index of type {other}")),
    }
}

/// The total byte offset of a GEP whose indices are all constants.
pub(super) fn constant_gep_offset(l: &FnLowerer, g: &ins::GetElementPtr) -> Option<i64> {
    constant_tail_offset(l, g, 0)
}

/// The byte offset `g.indices[from..]` add (all constants) to the address
/// `g.indices[..from]` reach; `None` if one of them is not a constant, or
/// for vector GEPs.
pub(super) fn constant_tail_offset(
    l: &FnLowerer,
    g: &ins::GetElementPtr,
    from: usize,
) -> Option<i64> {
    if matches!(
        l.type_of_operand(&g.address).as_ref(),
        Type::VectorType { .. }
    ) {
        return None;
    }
    let mut cur = g.source_element_type.clone();
    let mut off: i64 = 0;
    for (i, idx) in g.indices.iter().enumerate() {
        if i < from {
            cur = step_type(l, &cur, idx, i == 0).ok()?;
            continue;
        }
        let c = l.const_int(idx)?;
        let bits = index_bits(l, idx).ok()?;
        let v = crate::consts::sext(c, bits);
        match step(l, &cur, idx, i == 0).ok()? {
            Step::Scaled { size, elem } => {
                off = off.wrapping_add(v.wrapping_mul(size as i64));
                cur = elem;
            }
            Step::Field { offset, elem } => {
                off = off.wrapping_add(offset as i64);
                cur = elem;
            }
        }
    }
    Some(off)
}

pub(super) fn gep(l: &mut FnLowerer, g: &ins::GetElementPtr) -> LResult<()> {
    if matches!(
        l.type_of_operand(&g.address).as_ref(),
        Type::VectorType { .. }
    ) || g
        .indices
        .iter()
        .any(|i| matches!(l.type_of_operand(i).as_ref(), Type::VectorType { .. }))
    {
        return vector_gep(l, g);
    }
    let dst = l.dest(&g.dest)?;
    // A loop-invariant prefix computed in the preheader (see `hoist`).
    if let Some(h) = l.hoisted.geps.get(&g.dest) {
        let (slot, split, elem) = (h.slot, h.split, h.elem.clone());
        return gep_steps(l, dst, slot, elem, &g.indices[split..], false);
    }
    let base = l.operand(&g.address)?;
    gep_steps(
        l,
        dst,
        base,
        g.source_element_type.clone(),
        &g.indices,
        true,
    )
}

/// Computes the prefix of hoisted GEP `g` into its slot (at the end of
/// the loop's preheader).
pub(super) fn gep_prefix(l: &mut FnLowerer, g: &ins::GetElementPtr) -> LResult<()> {
    let Some(h) = l.hoisted.geps.get(&g.dest) else {
        return Err(format!("no hoisted prefix for %{}", g.dest));
    };
    let (slot, split) = (h.slot, h.split);
    let base = l.operand(&g.address)?;
    gep_steps(
        l,
        slot,
        base,
        g.source_element_type.clone(),
        &g.indices[..split],
        true,
    )
}

/// The type `index` steps into from `cur` (see [`step`]).
pub(super) fn step_type(
    l: &FnLowerer,
    cur: &TypeRef,
    index: &Operand,
    first: bool,
) -> LResult<TypeRef> {
    Ok(match step(l, cur, index, first)? {
        Step::Scaled { elem, .. } | Step::Field { elem, .. } => elem,
    })
}

/// `dst = base` stepped by `indices` through `ty`; `leading` when the
/// first index is the GEP's first (it scales by the whole type).
fn gep_steps(
    l: &mut FnLowerer,
    dst: Slot,
    base: Slot,
    ty: TypeRef,
    indices: &[Operand],
    leading: bool,
) -> LResult<()> {
    let mut cur_slot = base;
    let mut pending: i64 = 0;
    let mut cur_ty = ty;
    // The last scaled step emitted: the constant part of the address is
    // added there when it fits.
    let mut last_step = None;
    for (i, idx) in indices.iter().enumerate() {
        match step(l, &cur_ty, idx, leading && i == 0)? {
            Step::Field { offset, elem } => {
                pending = pending.wrapping_add(offset as i64);
                cur_ty = elem;
            }
            Step::Scaled { size, elem } => {
                cur_ty = elem;
                let bits = index_bits(l, idx)?;
                if let Some(c) = l.const_int(idx) {
                    let v = crate::consts::sext(c, bits);
                    pending = pending.wrapping_add(v.wrapping_mul(size as i64));
                    continue;
                }
                if size == 0 {
                    continue;
                }
                let mut idx_slot = l.operand(idx)?;
                if bits != 32 && bits != 64 {
                    let t = l.temp(1);
                    l.emit(Inst::SExt {
                        dst: t,
                        a: idx_slot,
                        from: bits as u8,
                        to: 64,
                    });
                    idx_slot = t;
                }
                last_step = Some(emit_scaled(l, dst, cur_slot, idx_slot, size, bits)?);
                cur_slot = dst;
            }
        }
    }
    if pending != 0 && last_step.is_some_and(|at| add_to_step(l, at, pending)) {
        return Ok(());
    }
    if pending != 0 || cur_slot != dst {
        l.emit_add_offset(dst, cur_slot, pending);
    }
    Ok(())
}

/// `dst = base + idx * size` for a variable index of `bits` (32 or 64);
/// returns where the instruction is.
fn emit_scaled(
    l: &mut FnLowerer,
    dst: Slot,
    base: Slot,
    idx: Slot,
    size: u64,
    bits: u32,
) -> LResult<usize> {
    if size.is_power_of_two() && size <= 1 << 31 {
        let shift = size.trailing_zeros() as u8;
        return Ok(l.emit(if bits == 32 {
            Inst::GepShl32 {
                dst,
                base,
                idx,
                shift,
                off: 0,
            }
        } else {
            Inst::GepShl64 {
                dst,
                base,
                idx,
                shift,
                off: 0,
            }
        }));
    }
    let Ok(scale) = u32::try_from(size) else {
        // Elements of 4 GiB or more: multiply by a constant slot.
        let wide_idx = if bits == 32 {
            let t = l.temp(1);
            l.emit(Inst::SExt {
                dst: t,
                a: idx,
                from: 32,
                to: 64,
            });
            t
        } else {
            idx
        };
        let scale = l.const_u64(size);
        let product = l.temp(1);
        l.emit(Inst::Mul64 {
            dst: product,
            a: wide_idx,
            b: scale,
        });
        return Ok(l.emit(Inst::Add64 {
            dst,
            a: base,
            b: product,
        }));
    };
    let at = l.emit(Inst::GepMul { dst, base, idx });
    l.emit(Inst::TailImm {
        x: scale,
        y: 0,
        z: if bits == 32 { 32 } else { 64 },
    });
    Ok(at)
}

/// Adds `off` to the scaled step at `at` when its offset field holds it.
fn add_to_step(l: &mut FnLowerer, at: usize, off: i64) -> bool {
    match l.insts.get_mut(at) {
        Some(Inst::GepShl64 { off: o, .. } | Inst::GepShl32 { off: o, .. }) => {
            match i16::try_from(off) {
                Ok(v) => {
                    *o = v;
                    true
                }
                Err(_) => false,
            }
        }
        Some(Inst::GepMul { .. }) => match (i32::try_from(off), l.insts.get_mut(at + 1)) {
            (Ok(v), Some(Inst::TailImm { y, .. })) => {
                *y = v as u32;
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// A vector of addresses in `lanes` i64 lanes holding `scalar`.
fn splat(l: &mut FnLowerer, scalar: Slot, lanes: u32) -> Slot {
    let v = l.temp(lanes);
    l.emit(Inst::Splat {
        dst: v,
        a: scalar,
        kind: ElemKind::I64,
    });
    l.emit(Inst::TailImm {
        x: lanes,
        y: 0,
        z: 0,
    });
    v
}

/// `getelementptr` producing a vector of addresses: every step is done
/// on i64 lanes.
fn vector_gep(l: &mut FnLowerer, g: &ins::GetElementPtr) -> LResult<()> {
    let dst = l.dest(&g.dest)?;
    // The lane count comes from whichever operand is a vector.
    let lanes = std::iter::once(&g.address)
        .chain(&g.indices)
        .find_map(|op| match l.classify_operand(op) {
            Ok(ValTy::Vector { lanes, .. }) => Some(lanes),
            _ => None,
        })
        .ok_or("vector getelementptr without a vector operand")?;
    let add = |l: &mut FnLowerer, acc: Slot, v: Slot| {
        super::arith::vec_bin(l, acc, acc, v, VecOp::Add, ElemKind::I64, lanes);
    };
    let base = l.operand(&g.address)?;
    let acc = l.temp(lanes);
    match l.classify_operand(&g.address)? {
        ValTy::Vector { .. } => l.emit_copy(acc, base, lanes),
        _ => {
            let s = splat(l, base, lanes);
            l.emit_copy(acc, s, lanes);
        }
    }
    let mut pending: i64 = 0;
    let mut cur_ty = g.source_element_type.clone();
    for (i, idx) in g.indices.iter().enumerate() {
        let idx_ty = l.type_of_operand(idx);
        let (step_size, elem) = match step(l, &cur_ty, idx, i == 0)? {
            Step::Field { offset, elem } => {
                pending = pending.wrapping_add(offset as i64);
                cur_ty = elem;
                continue;
            }
            Step::Scaled { size, elem } => (size, elem),
        };
        cur_ty = elem;
        if let Some(c) = l.const_int(idx) {
            let bits = index_bits(l, idx)?;
            pending =
                pending.wrapping_add(crate::consts::sext(c, bits).wrapping_mul(step_size as i64));
            continue;
        }
        let lane_idx = match l.classify(&idx_ty)? {
            ValTy::Vector { kind, .. } => {
                let v = l.operand(idx)?;
                if kind == ElemKind::I64 {
                    v
                } else {
                    let t = l.temp(lanes);
                    l.emit(Inst::VecConv {
                        dst: t,
                        a: v,
                        from: kind,
                        to: ElemKind::I64,
                    });
                    l.emit(Inst::TailImm {
                        x: lanes,
                        y: crate::bytecode::conv::SEXT,
                        z: 0,
                    });
                    t
                }
            }
            ValTy::Int(bits) => {
                let mut s = l.operand(idx)?;
                if bits != 64 {
                    let t = l.temp(1);
                    l.emit(Inst::SExt {
                        dst: t,
                        a: s,
                        from: bits as u8,
                        to: 64,
                    });
                    s = t;
                }
                splat(l, s, lanes)
            }
            other => return Err(format!("getelementptr index of {other:?}")),
        };
        let scale = l.const_u64(step_size);
        let scale_v = splat(l, scale, lanes);
        let scaled = l.temp(lanes);
        super::arith::vec_bin(
            l,
            scaled,
            lane_idx,
            scale_v,
            VecOp::Mul,
            ElemKind::I64,
            lanes,
        );
        add(l, acc, scaled);
    }
    if pending != 0 {
        let off = l.const_u64(pending as u64);
        let off_v = splat(l, off, lanes);
        add(l, acc, off_v);
    }
    l.emit_copy(dst, acc, lanes);
    Ok(())
}

pub(super) fn alloca(l: &mut FnLowerer, a: &ins::Alloca, entry_block: bool) -> LResult<()> {
    let dst = l.dest(&a.dest)?;
    let elem_size = l
        .layout
        .alloc_size(l.types, &a.allocated_type)
        .map_err(|e| e.to_string())?;
    let align = (a.alignment as u64)
        .max(l.layout.align_of(l.types, &a.allocated_type).unwrap_or(1))
        .max(1);
    if let (true, Some(count)) = (entry_block, l.const_int(&a.num_elements)) {
        let size = elem_size
            .checked_mul(count)
            .ok_or("alloca size overflows")?;
        let off = l.reserve_static(size, align);
        let off = u32::try_from(off).map_err(|_| "static frame larger than 4 GiB")?;
        l.emit(Inst::Alloca { dst, off });
        return Ok(());
    }
    let count = l.operand(&a.num_elements)?;
    let bits = index_bits(l, &a.num_elements)?;
    l.emit(Inst::AllocaDyn { dst, count });
    l.emit(Inst::TailImm {
        x: u32::try_from(elem_size).map_err(|_| "alloca element too large")?,
        y: align as u32,
        z: bits,
    });
    Ok(())
}

/// Size in bytes of an atomic operand, which must be 1, 2, 4 or 8.
fn atomic_size(l: &FnLowerer, op: &Operand) -> LResult<u8> {
    let ty = l.type_of_operand(op);
    match l.classify(&ty)? {
        ValTy::Int(_) | ValTy::Ptr | ValTy::F32 | ValTy::F64 => {}
        other => return Err(format!("atomic operation on {other:?}")),
    }
    match access_size(l, &ty)? {
        s @ (1 | 2 | 4 | 8) => Ok(s as u8),
        s => Err(format!("atomic operation on {s} bytes")),
    }
}

pub(super) fn cmpxchg(l: &mut FnLowerer, c: &ins::CmpXchg) -> LResult<()> {
    let size = atomic_size(l, &c.expected)?;
    let dst = l.dest(&c.dest)?;
    let ptr = l.operand(&c.address)?;
    let expected = l.operand(&c.expected)?;
    let new = l.operand(&c.replacement)?;
    l.emit(Inst::CmpXchg { dst, ptr, expected });
    l.emit(Inst::TailSlot {
        s: new,
        x: size as u32,
        y: 0,
    });
    Ok(())
}

pub(super) fn atomicrmw(l: &mut FnLowerer, r: &ins::AtomicRMW) -> LResult<()> {
    use crate::exec::atomic::RmwOp;
    use llvm_ir::instruction::RMWBinOp as B;
    let size = atomic_size(l, &r.value)?;
    let is_f32 = matches!(l.classify_operand(&r.value)?, ValTy::F32);
    let op = match (r.operation, is_f32) {
        (B::Xchg, _) => RmwOp::Xchg,
        (B::Add, _) => RmwOp::Add,
        (B::Sub, _) => RmwOp::Sub,
        (B::And, _) => RmwOp::And,
        (B::Nand, _) => RmwOp::Nand,
        (B::Or, _) => RmwOp::Or,
        (B::Xor, _) => RmwOp::Xor,
        (B::Max, _) => RmwOp::Max,
        (B::Min, _) => RmwOp::Min,
        (B::UMax, _) => RmwOp::UMax,
        (B::UMin, _) => RmwOp::UMin,
        (B::FAdd, false) => RmwOp::FAdd64,
        (B::FSub, false) => RmwOp::FSub64,
        (B::FMax, false) => RmwOp::FMax64,
        (B::FMin, false) => RmwOp::FMin64,
        (B::FAdd, true) => RmwOp::FAdd32,
        (B::FSub, true) => RmwOp::FSub32,
        (B::FMax, true) => RmwOp::FMax32,
        (B::FMin, true) => RmwOp::FMin32,
        (B::UIncWrap, _) => RmwOp::UIncWrap,
        (B::UDecWrap, _) => RmwOp::UDecWrap,
    };
    let dst = l.dest(&r.dest)?;
    let ptr = l.operand(&r.address)?;
    let val = l.operand(&r.value)?;
    l.emit(Inst::AtomicRmw {
        dst,
        ptr,
        val,
        op: op as u8,
        size,
    });
    Ok(())
}
