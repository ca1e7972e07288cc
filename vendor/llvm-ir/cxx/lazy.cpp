// jir patch: the two C++ calls lazy function materialization needs, which
// LLVM's C API does not offer. Built by build.rs against LLVM's headers.
#include <llvm-c/Core.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/Instruction.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/raw_ostream.h>

#include <string>

extern "C" {

// Whether `f`'s body is still unread in the bitcode of a lazy module.
int jir_llvm_is_materializable(LLVMValueRef f) {
    return llvm::unwrap<llvm::Function>(f)->isMaterializable() ? 1 : 0;
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
        std::string first = text.substr(0, text.find('\n'));
        return LLVMCreateMessage(("invalid function: " + first).c_str());
    }
    return nullptr;
}
}
