//! The bitcode reader check: jir's own reader (`jir-bitcode`) must read a
//! case's bitcode exactly as the conversion from LLVM (`llvm-ir`) does.
//!
//! Everything `llvm-ir` gives is compared, but for two things `llvm-ir`
//! cannot know: comdat names (the C API has no getter; the selection kinds
//! are compared) and the definitions of named structs nothing refers to
//! (`llvm-ir` only records those it meets).

use llvm_ir::module::Comdat;
use llvm_ir::types::NamedStructDef;
use llvm_ir::{Function, Module};
use std::fmt::Debug;
use std::path::Path;

/// Reads `bc` both ways and names the first difference.
pub fn check_reader(bc: &Path) -> Result<(), String> {
    let bytes = std::fs::read(bc).map_err(|e| format!("{}: {e}", bc.display()))?;
    let name = bc.display().to_string();
    let expected = llvm_ir::Module::from_bc_bytes(&bytes, &name)
        .map_err(|e| format!("llvm-ir cannot read the bitcode: {e}"))?;
    let actual =
        jir_bitcode::read_module(&bytes, &name).map_err(|e| format!("jir-bitcode: {e}"))?;
    compare_modules(&expected, &actual)
        .map_err(|e| format!("jir-bitcode reads differently: {e}"))?;
    // Read lazily, each body on request: the same functions.
    let (headers, lazy) = jir_bitcode::read_module_lazy(bytes, &name)
        .map_err(|e| format!("jir-bitcode, lazily: {e}"))?;
    for (i, (f, header)) in actual.functions.iter().zip(&headers.functions).enumerate() {
        let (g, _) = lazy
            .function(i, header)
            .map_err(|e| format!("jir-bitcode, lazily: {e}"))?;
        same(&format!("@{} read lazily", f.name), f, &g)?;
    }
    Ok(())
}

/// Equal as printed, which is stricter than `==` where it matters:
/// `-0.0 == 0.0` as floats, and `NaN` constants are never `==`.
fn same<T: Debug>(what: &str, expected: &T, actual: &T) -> Result<(), String> {
    if format!("{expected:?}") == format!("{actual:?}") {
        Ok(())
    } else {
        Err(format!("{what}: expected {expected:?}, read {actual:?}"))
    }
}

/// Lists element by element, naming the first that differs.
fn same_list<T: Debug>(what: &str, expected: &[T], actual: &[T]) -> Result<(), String> {
    same(&format!("{what} count"), &expected.len(), &actual.len())?;
    for (i, (e, a)) in expected.iter().zip(actual).enumerate() {
        same(&format!("{what} {i}"), e, a)?;
    }
    Ok(())
}

/// `llvm-ir` cannot name comdats (the C API has no getter) and says so in
/// the name; the selection kinds must agree.
fn comdat_kind(c: &Option<Comdat>) -> Option<llvm_ir::module::SelectionKind> {
    c.as_ref().map(|c| c.selection_kind)
}

fn compare_modules(e: &Module, a: &Module) -> Result<(), String> {
    same("target triple", &e.target_triple, &a.target_triple)?;
    same(
        "data layout",
        &e.data_layout.layout_str,
        &a.data_layout.layout_str,
    )?;
    same("source file name", &e.source_file_name, &a.source_file_name)?;
    same("inline assembly", &e.inline_assembly, &a.inline_assembly)?;
    same_list("declaration", &e.func_declarations, &a.func_declarations)?;
    same("function count", &e.functions.len(), &a.functions.len())?;
    for (ef, af) in e.functions.iter().zip(&a.functions) {
        compare_functions(ef, af).map_err(|m| format!("@{}: {m}", ef.name))?;
    }
    same_list("alias", &e.global_aliases, &a.global_aliases)?;
    same_list("ifunc", &e.global_ifuncs, &a.global_ifuncs)?;
    same("global count", &e.global_vars.len(), &a.global_vars.len())?;
    for (eg, ag) in e.global_vars.iter().zip(&a.global_vars) {
        let g = |m: String| format!("global {}: {m}", eg.name);
        let mut eg = eg.clone();
        same("comdat", &comdat_kind(&eg.comdat), &comdat_kind(&ag.comdat)).map_err(g)?;
        eg.comdat.clone_from(&ag.comdat);
        same("variable", &eg, ag).map_err(g)?;
    }
    for name in e.types.all_struct_names() {
        let (Some(ed), Some(ad)) = (
            e.types.named_struct_def(name),
            a.types.named_struct_def(name),
        ) else {
            return Err(format!("named struct %{name} is missing"));
        };
        let equal = match (ed, ad) {
            (NamedStructDef::Opaque, NamedStructDef::Opaque) => true,
            (NamedStructDef::Defined(x), NamedStructDef::Defined(y)) => x == y,
            _ => false,
        };
        if !equal {
            return Err(format!(
                "named struct %{name}: expected {ed:?}, read {ad:?}"
            ));
        }
    }
    Ok(())
}

/// Everything, field by field, so that a difference names its place.
fn compare_functions(e: &Function, a: &Function) -> Result<(), String> {
    same("name", &e.name, &a.name)?;
    same("parameter count", &e.parameters.len(), &a.parameters.len())?;
    for (i, (ep, ap)) in e.parameters.iter().zip(&a.parameters).enumerate() {
        same(&format!("parameter {i} type"), &ep.ty, &ap.ty)?;
        same(
            &format!("parameter {i} attributes"),
            &ep.attributes,
            &ap.attributes,
        )?;
    }
    same("variadic", &e.is_var_arg, &a.is_var_arg)?;
    same("return type", &e.return_type, &a.return_type)?;
    same(
        "function attributes",
        &e.function_attributes,
        &a.function_attributes,
    )?;
    same(
        "return attributes",
        &e.return_attributes,
        &a.return_attributes,
    )?;
    same("linkage", &e.linkage, &a.linkage)?;
    same("visibility", &e.visibility, &a.visibility)?;
    same(
        "DLL storage class",
        &e.dll_storage_class,
        &a.dll_storage_class,
    )?;
    same(
        "calling convention",
        &e.calling_convention,
        &a.calling_convention,
    )?;
    same("section", &e.section, &a.section)?;
    same("comdat", &comdat_kind(&e.comdat), &comdat_kind(&a.comdat))?;
    same("alignment", &e.alignment, &a.alignment)?;
    same(
        "garbage collector",
        &e.garbage_collector_name,
        &a.garbage_collector_name,
    )?;
    same("debug location", &e.debugloc, &a.debugloc)?;
    same(
        "personality",
        &e.personality_function,
        &a.personality_function,
    )?;
    Ok(())
}
