// jir patch: the two C++ calls lazy function materialization needs, which
// LLVM's C API does not offer. Built by build.rs against LLVM's headers.
#include <llvm-c/Core.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/raw_ostream.h>

#include <string>

extern "C" {

// Whether `f`'s body is still unread in the bitcode of a lazy module.
int jir_llvm_is_materializable(LLVMValueRef f) {
    return llvm::unwrap<llvm::Function>(f)->isMaterializable() ? 1 : 0;
}

// Reads `f`'s body from the bitcode and runs LLVM's verifier on it.
// Returns null on success, else a message to free with LLVMDisposeMessage.
char *jir_llvm_materialize(LLVMValueRef f) {
    llvm::Function *fn = llvm::unwrap<llvm::Function>(f);
    if (llvm::Error e = fn->materialize())
        return LLVMCreateMessage(llvm::toString(std::move(e)).c_str());
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
