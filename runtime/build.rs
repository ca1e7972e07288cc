// Builds the C++ half of exception support (cxx/eh.cpp): the interpreter
// must never let a C++ exception unwind through Rust frames.
fn main() {
    println!("cargo:rerun-if-changed=cxx/eh.cpp");
    cc::Build::new()
        .cpp(true)
        .file("cxx/eh.cpp")
        .flag("-std=c++17")
        .flag("-fexceptions")
        .warnings(true)
        .compile("jir_eh");
    println!("cargo:rustc-link-lib=ffi");
}
