//! Lowering of `call`: intrinsics (handed to the intrinsic table), direct
//! calls to interpreted functions, native calls through the host, and
//! indirect calls.
//!
//! Argument lists differ by callee kind: an interpreted callee receives its
//! parameters slot by slot (the list names every slot, so the executor
//! copies them one to one), while a native callee's list names the first
//! slot of each argument and the prepared call interface knows the rest.

use super::{FnLowerer, LResult};
use crate::bytecode::{Inst, Slot};
use crate::code::IndirectSite;
use crate::host::{AbiType, NativeSig, Resolved};
use crate::module::{name_str, FuncRef, Symbol};
use crate::signature::{abi_type_of, param_abi};
use llvm_ir::function::ParameterAttribute;
use llvm_ir::instruction as ins;
use llvm_ir::{Constant, Name, Operand, Type, TypeRef};
use std::sync::OnceLock;

/// The name of a directly called function, if the callee is a constant
/// reference to a global.
pub(crate) fn direct_callee_name(c: &ins::Call) -> Option<&str> {
    match &c.function {
        either::Either::Right(Operand::ConstantOperand(k)) => match k.as_ref() {
            Constant::GlobalReference {
                name: Name::Name(s),
                ..
            } => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn callee_name(c: &ins::Call) -> Option<&Name> {
    match &c.function {
        either::Either::Right(Operand::ConstantOperand(k)) => match k.as_ref() {
            Constant::GlobalReference { name, .. } => Some(name),
            _ => None,
        },
        _ => None,
    }
}

/// The callee's function type at this call site.
fn fn_type(c: &ins::Call) -> LResult<(&TypeRef, &[TypeRef], bool)> {
    match c.function_ty.as_ref() {
        Type::FuncType {
            result_type,
            param_types,
            is_var_arg,
        } => Ok((result_type, param_types, *is_var_arg)),
        other => Err(format!("call through type {other}")),
    }
}

/// The result slot of a call (slot 0 when the call has no result).
pub(super) fn result_slot(l: &FnLowerer, c: &ins::Call) -> LResult<Slot> {
    match &c.dest {
        Some(d) => l.dest(d),
        None => Ok(Slot(0)),
    }
}

pub(super) fn call(l: &mut FnLowerer, c: &ins::Call) -> LResult<()> {
    let either::Either::Right(target) = &c.function else {
        return Err("inline assembly".into());
    };
    if let Some(name) = direct_callee_name(c) {
        if name.starts_with("llvm.") {
            return super::intrinsics::lower(l, name, c);
        }
    }
    let Some(name) = callee_name(c) else {
        return indirect(l, c, target);
    };
    if let Some(done) = intercepted(l, c, name)? {
        return Ok(done);
    }
    match resolve_callee(l, name)? {
        Some(Resolved::Function(f)) => interp_call(l, c, &f),
        Some(Resolved::Address(0)) | None => {
            let msg = l.add_trap(format!("call to unresolved function @{}", name_str(name)));
            l.emit(Inst::Trap { msg });
            Ok(())
        }
        Some(Resolved::Address(addr)) => native_call(l, c, &name_str(name), addr),
    }
}

/// Calls to C library functions the interpreter must implement itself:
/// `setjmp` cannot return twice into a native frame, so the `setjmp` and
/// `longjmp` families become interpreter ops. `Some(())` when handled.
fn intercepted(l: &mut FnLowerer, c: &ins::Call, name: &Name) -> LResult<Option<()>> {
    let Name::Name(n) = name else { return Ok(None) };
    let arg = |i: usize| {
        c.arguments
            .get(i)
            .map(|(op, _)| op)
            .ok_or("missing argument")
    };
    match n.as_str() {
        "setjmp" | "_setjmp" | "__sigsetjmp" | "sigsetjmp" => {
            let buf = l.operand(arg(0)?)?;
            let mask = if n.contains("sig") {
                l.operand(arg(1)?)?
            } else {
                l.const_u64(0)
            };
            let dst = match &c.dest {
                Some(d) => l.dest(d)?,
                None => l.temp(1),
            };
            l.emit(Inst::SetJmp { dst, buf, mask });
            Ok(Some(()))
        }
        // glibc's pthread_exit unwinds the stack with a forced unwind,
        // which must not cross the interpreter's own frames.
        "pthread_exit" => {
            let val = l.operand(arg(0)?)?;
            l.emit(Inst::ThreadExit { val });
            Ok(Some(()))
        }
        "longjmp" | "_longjmp" | "siglongjmp" | "__longjmp_chk" => {
            let buf = l.operand(arg(0)?)?;
            let val = l.operand(arg(1)?)?;
            l.emit(Inst::LongJmp { buf, val });
            Ok(Some(()))
        }
        _ => Ok(None),
    }
}

/// What a called name refers to (`None`: unresolved).
fn resolve_callee(l: &FnLowerer, name: &Name) -> LResult<Option<Resolved>> {
    let m = l.m;
    Ok(match m.symbol(name) {
        Some(Symbol::Function(i)) => Some(Resolved::Function(m.functions[i].clone())),
        Some(Symbol::External { weak }) => match m.resolve_external(name) {
            Some(r) => Some(r),
            None if weak => Some(Resolved::Address(0)),
            None => None,
        },
        Some(Symbol::Alias(i)) => {
            let aliasee = m.ir.global_aliases[i].aliasee.clone();
            Some(
                crate::consts::ConstEval::new(m)
                    .resolved(&aliasee)
                    .map_err(|e| e.to_string())?,
            )
        }
        Some(Symbol::Global(addr)) => Some(Resolved::Address(addr)),
        Some(Symbol::ThreadLocal(_) | Symbol::ExternalThreadLocal) | None => None,
    })
}

/// Copies a `byval` argument into this frame's static area and returns
/// the copy's address.
fn byval_copy(l: &mut FnLowerer, src: Slot, size: u32, align: u32) -> Slot {
    let off = l.reserve_static(size as u64, align as u64) as u32;
    let t = l.temp(1);
    l.emit(Inst::Alloca { dst: t, off });
    let len = l.const_u64(size as u64);
    l.emit(Inst::MemCopy { dst: t, src, len });
    t
}

fn interp_call(l: &mut FnLowerer, c: &ins::Call, f: &FuncRef) -> LResult<()> {
    let mut slots = Vec::with_capacity(f.sig.param_slots as usize);
    for (i, p) in f.sig.params.iter().enumerate() {
        let Some((op, _)) = c.arguments.get(i) else {
            // Called with fewer arguments than declared: zeros.
            let zero = l.const_u64(0);
            slots.extend(std::iter::repeat_n(zero, p.slots as usize));
            continue;
        };
        let mut s = l.operand(op)?;
        if let Some(AbiType::ByVal { size, align }) = &p.abi {
            s = byval_copy(l, s, *size, *align);
        }
        let arg_slots = l.slots_for(&l.type_of_operand(op))?;
        if arg_slots != p.slots {
            return Err(format!(
                "call to @{} passes argument {i} in {arg_slots} slots, the function takes {}",
                f.name, p.slots
            ));
        }
        slots.extend((0..p.slots).map(|k| Slot(s.0 + k)));
    }
    if f.sig.is_var_arg {
        slots.push(variadic_template(l, c, f.sig.params.len())?);
    }
    let args = l.add_args(&slots);
    let func = l.add_interp_callee(f);
    let byval = f
        .sig
        .params
        .iter()
        .any(|p| matches!(p.abi, Some(AbiType::ByVal { .. })));
    // The callee's `Ret` writes its `sig.ret_slots` slots from `dst` (the
    // verifier checks they fit the frame). A prototype at the call site
    // that disagrees with the definition (C without prototypes, or a cast
    // function pointer) gets the result in a temporary, so that the
    // callee never writes over other values (slot 0 for a void call).
    let ret = f.sig.ret_slots;
    let site_ret = match &c.dest {
        Some(_) => l.slots_for(fn_type(c)?.0)?,
        None => 0,
    };
    if l.tail_position
        && c.is_tail_call
        && !byval
        && !f.sig.is_var_arg
        && site_ret == ret
        && l.slots_for(&l.func.return_type)? == ret
    {
        l.emit(Inst::TailCall { func, args });
        return Ok(());
    }
    if site_ret == ret {
        let dst = result_slot(l, c)?;
        l.emit(Inst::Call { func, args, dst });
    } else {
        let dst = if ret == 0 { Slot(0) } else { l.temp(ret) };
        l.emit(Inst::Call { func, args, dst });
        if let Some(d) = &c.dest {
            if ret > 0 {
                let d = l.dest(d)?;
                l.emit_copy(d, dst, ret.min(site_ret));
            }
        }
    }
    Ok(())
}

/// Lays the variadic arguments of a call to an interpreted variadic
/// function out in this frame's static area as a native caller's
/// registers and stack would hold them (see [`crate::abi`]), builds the
/// `va_list` template describing them, and returns the slot holding the
/// template's address.
fn variadic_template(l: &mut FnLowerer, c: &ins::Call, fixed: usize) -> LResult<Slot> {
    use crate::abi::{Place, REG_SAVE_SIZE};
    let sig = site_sig(l, c)?;
    let (fixed_abi, extra) = sig.params.split_at(fixed.min(sig.params.len()));
    let layout = crate::abi::variadic_layout(fixed_abi, extra);
    let area_size = REG_SAVE_SIZE + layout.memory_size;
    let area_off = l.reserve_static(area_size, 16) as u32;
    let area = l.temp(1);
    l.emit(Inst::Alloca {
        dst: area,
        off: area_off,
    });
    for ((op, _), (abi, place)) in c.arguments[fixed..]
        .iter()
        .zip(extra.iter().zip(&layout.places))
    {
        let v = l.operand(op)?;
        let off = match place {
            Place::Register(o) => *o,
            Place::Memory(o) => REG_SAVE_SIZE + o,
        } as i32;
        match abi {
            AbiType::ByVal { size, .. } => {
                let dst = l.temp(1);
                l.emit(Inst::AddImm64 {
                    dst,
                    a: area,
                    imm: off,
                });
                let len = l.const_u64(*size as u64);
                l.emit(Inst::MemCopy { dst, src: v, len });
            }
            _ => {
                let bytes = l.slots_for(&l.type_of_operand(op))? * 8;
                if bytes <= 8 {
                    l.emit(Inst::Store64 {
                        ptr: area,
                        val: v,
                        off,
                    });
                } else {
                    l.emit(Inst::StoreN {
                        ptr: area,
                        val: v,
                        off,
                    });
                    l.emit(Inst::TailImm {
                        x: bytes,
                        y: 0,
                        z: 0,
                    });
                }
            }
        }
    }
    // The template: gp_offset and fp_offset in one word, then the memory
    // area, then the register save area.
    let t_off = l.reserve_static(crate::abi::va::LIST_SIZE, 8) as u32;
    let t = l.temp(1);
    l.emit(Inst::Alloca { dst: t, off: t_off });
    let offsets = (layout.gp_used as u64 * 8) | ((48 + layout.fp_used as u64 * 16) << 32);
    let head = l.const_u64(offsets);
    l.emit(Inst::Store64 {
        ptr: t,
        val: head,
        off: 0,
    });
    let overflow = l.temp(1);
    l.emit(Inst::AddImm64 {
        dst: overflow,
        a: area,
        imm: REG_SAVE_SIZE as i32,
    });
    l.emit(Inst::Store64 {
        ptr: t,
        val: overflow,
        off: 8,
    });
    l.emit(Inst::Store64 {
        ptr: t,
        val: area,
        off: 16,
    });
    Ok(t)
}

/// The native signature of a call site.
pub(super) fn site_sig(l: &FnLowerer, c: &ins::Call) -> LResult<NativeSig> {
    let (ret, params, var_arg) = fn_type(c)?;
    let mut abi = Vec::with_capacity(c.arguments.len());
    for (i, (op, attrs)) in c.arguments.iter().enumerate() {
        let ty = l.type_of_operand(op);
        // Declared parameter attributes matter as much as the call's.
        let a = param_abi(l.types, l.layout, &ty, attrs)
            .ok_or_else(|| format!("native call with argument {i} of type {ty}"))?;
        abi.push(a);
    }
    let signed = c
        .return_attributes
        .iter()
        .any(|a| matches!(a, ParameterAttribute::SignExt));
    let ret = abi_type_of(l.types, l.layout, ret, signed)
        .ok_or_else(|| format!("native call returning {ret}"))?;
    Ok(NativeSig {
        params: abi,
        ret,
        fixed_params: var_arg.then_some(params.len()),
    })
}

fn native_call(l: &mut FnLowerer, c: &ins::Call, name: &str, addr: usize) -> LResult<()> {
    let sig = site_sig(l, c)?;
    let mut slots = Vec::with_capacity(c.arguments.len());
    for (op, _) in &c.arguments {
        slots.push(l.operand(op)?);
    }
    let args = l.add_args(&slots);
    let func = l.add_native_callee(super::NativeVia::Call, name, addr, &sig)?;
    let dst = result_slot(l, c)?;
    l.emit(Inst::CallNative { func, args, dst });
    Ok(())
}

fn indirect(l: &mut FnLowerer, c: &ins::Call, target: &Operand) -> LResult<()> {
    let ptr = l.operand(target)?;
    let sig = site_sig(l, c)?;
    let mut slots = Vec::with_capacity(c.arguments.len());
    for (op, _) in &c.arguments {
        slots.push(l.operand(op)?);
    }
    let args = l.add_args(&slots);
    let (ret, _, _) = fn_type(c)?;
    let ret_slots = l.slots_for(ret)?;
    let site = l.indirect_sites.len() as u32;
    l.indirect_sites.push(IndirectSite {
        args,
        sig,
        native: OnceLock::new(),
        ret_slots,
    });
    let dst = result_slot(l, c)?;
    l.emit(Inst::CallIndirect { ptr, site, dst });
    Ok(())
}
