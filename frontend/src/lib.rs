//! jir-frontend: the host side of jir.
//!
//! | module | owns |
//! |---|---|
//! | [`clang`] | finding clang-19 and driving it to produce bitcode for a target |

pub mod clang;
