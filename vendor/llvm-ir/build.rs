fn main() {
    let mut versions = vec![];
    if cfg!(feature = "llvm-9") {
        versions.push(9);
    }
    if cfg!(feature = "llvm-10") {
        versions.push(10);
    }
    if cfg!(feature = "llvm-11") {
        versions.push(11);
    }
    if cfg!(feature = "llvm-12") {
        versions.push(12);
    }
    if cfg!(feature = "llvm-13") {
        versions.push(13);
    }
    if cfg!(feature = "llvm-14") {
        versions.push(14);
    }
    if cfg!(feature = "llvm-15") {
        versions.push(15);
    }
    if cfg!(feature = "llvm-16") {
        versions.push(16);
    }
    if cfg!(feature = "llvm-17") {
        versions.push(17);
    }
    if cfg!(feature = "llvm-18") {
        versions.push(18);
    }
    if cfg!(feature = "llvm-19") {
        versions.push(19);
    }
    match versions.len() {
        0 => panic!("llvm-ir: Please select an LLVM version using a Cargo feature."),
        1 => {},
        _ => panic!("llvm-ir: Multiple LLVM versions selected. Please activate only one LLVM version feature. (Got {:?})", versions),
    };
    build_shim();
}

/// jir patch: builds `cxx/shim.cpp` (the C++ calls LLVM's C API lacks:
/// lazy function materialization, verification) against the headers of
/// the LLVM that `llvm-sys` links.
fn build_shim() {
    println!("cargo:rerun-if-changed=cxx/shim.cpp");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_191_PREFIX");
    let config = match std::env::var("LLVM_SYS_191_PREFIX") {
        Ok(prefix) => format!("{}/bin/llvm-config", prefix),
        Err(_) => "llvm-config".to_string(),
    };
    let out = std::process::Command::new(&config)
        .arg("--includedir")
        .output()
        .unwrap_or_else(|e| panic!("llvm-ir: cannot run {}: {}", config, e));
    let include = String::from_utf8_lossy(&out.stdout).trim().to_string();
    cc::Build::new()
        .cpp(true)
        .file("cxx/shim.cpp")
        .include(include)
        .flag("-std=c++17")
        .flag("-fno-exceptions")
        .flag("-fno-rtti")
        .define("__STDC_CONSTANT_MACROS", None)
        .define("__STDC_FORMAT_MACROS", None)
        .define("__STDC_LIMIT_MACROS", None)
        .warnings(false)
        .compile("llvm_ir_shim");
}
