// jir patch: the C++ calls LLVM's C API does not offer, for lazy function
// materialization and for verification (see `src/shim.rs`). Built by
// build.rs against LLVM's headers.
#include <llvm-c/Core.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/Instruction.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/raw_ostream.h>

#include <string>

// The first line of a verifier report, as a message for LLVMDisposeMessage.
static char *first_line(const char *prefix, const std::string &text) {
    return LLVMCreateMessage((prefix + text.substr(0, text.find('\n'))).c_str());
}

extern "C" {

// Whether `f`'s body is still unread in the bitcode of a lazy module.
int jir_llvm_is_materializable(LLVMValueRef f) {
    return llvm::unwrap<llvm::Function>(f)->isMaterializable() ? 1 : 0;
}

// Turns off LLVM's automatic upgrade of debug info, once per process. On
// every module carrying debug info it runs the whole verifier inside the
// readers, and on a module that fails it calls `report_fatal_error`, which
// aborts the process; `jir_llvm_verify_module` does what it did instead.
void jir_llvm_disable_debug_info_upgrade(void) {
    static const bool done = [] {
        auto &options = llvm::cl::getRegisteredOptions();
        auto it = options.find("disable-auto-upgrade-debug-info");
        if (it != options.end())
            it->second->addOccurrence(0, it->first(), "true");
        return true;
    }();
    (void)done;
}

// Runs LLVM's verifier on `m`. Returns null when it is sound, else the
// first line of the report (free it with LLVMDisposeMessage). Broken or
// outdated debug info is dropped, as LLVM's readers would do.
char *jir_llvm_verify_module(LLVMModuleRef m) {
    llvm::Module &module = *llvm::unwrap(m);
    std::string text;
    llvm::raw_string_ostream os(text);
    bool broken_debug_info = false;
    if (llvm::verifyModule(module, &os, &broken_debug_info)) {
        os.flush();
        return first_line("invalid module: ", text);
    }
    unsigned version = llvm::getDebugMetadataVersionFromModule(module);
    if (broken_debug_info || (version != 0 && version != llvm::DEBUG_METADATA_VERSION))
        llvm::StripDebugInfo(module);
    return nullptr;
}

// Drops the metadata attached to `f`'s instructions other than debug
// locations: nothing downstream reads it (the interpreter keeps no alias
// or profile information), and the verifier spends a third of its time on
// type-based alias analysis tags alone.
static void drop_unread_metadata(llvm::Function &fn) {
    for (llvm::BasicBlock &bb : fn)
        for (llvm::Instruction &inst : bb)
            if (inst.hasMetadataOtherThanDebugLoc())
                inst.dropUnknownNonDebugMetadata();
}

void jir_llvm_drop_unread_metadata(LLVMModuleRef m) {
    for (llvm::Function &fn : *llvm::unwrap(m))
        drop_unread_metadata(fn);
}

// Reads `f`'s body from the bitcode and runs LLVM's verifier on it.
// Returns null on success, else a message to free with LLVMDisposeMessage.
char *jir_llvm_materialize(LLVMValueRef f) {
    llvm::Function *fn = llvm::unwrap<llvm::Function>(f);
    if (llvm::Error e = fn->materialize())
        return LLVMCreateMessage(llvm::toString(std::move(e)).c_str());
    drop_unread_metadata(*fn);
    std::string text;
    llvm::raw_string_ostream os(text);
    if (llvm::verifyFunction(*fn, &os)) {
        os.flush();
        return first_line("invalid function: ", text);
    }
    return nullptr;
}
}
