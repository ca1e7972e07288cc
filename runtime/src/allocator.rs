//! The heap of jir's own binaries (`jirun`, the bench report): mimalloc,
//! with arenas committed on demand.
//!
//! Loading a module allocates heavily (the `llvm-ir` data, then the
//! lowering's tables) on every core. With glibc's malloc a sixth of a
//! load's instructions were malloc and free; mimalloc's per-thread heaps
//! load stl_mix about 15% faster. Its default on Linux commits arenas
//! eagerly, which (with transparent huge pages) doubled peak memory and
//! made a fresh process spend its load in page faults; committed on demand,
//! a module costs about what it does with glibc (40 MB peak for stl_mix,
//! 34 with glibc).
//!
//! This is only jir's heap (Rust allocations). Interpreted code's `malloc`
//! is the C library's, as it would be natively. An embedder linking jir as
//! a library keeps its own global allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicBool, Ordering};

// The C library these functions come from (mimalloc 3, built by the
// crate); its Rust `GlobalAlloc` goes through the aligned entry points.
use mimalloc as _;

/// mimalloc with arenas committed on demand. In a binary:
/// `#[global_allocator] static HEAP: jir_runtime::allocator::Heap = jir_runtime::allocator::Heap;`
pub struct Heap;

/// Set once the options are in place, before the first allocation.
static CONFIGURED: AtomicBool = AtomicBool::new(false);

/// `mi_option_arena_eager_commit` in mimalloc 3's `mi_option_t`.
const ARENA_EAGER_COMMIT: libc::c_int = 4;

/// Alignment every mimalloc block has (its size classes are whole words);
/// larger alignments go through mimalloc's aligned entry points, whose
/// extra checks cost about three times as much per call.
const WORD: usize = std::mem::size_of::<usize>();

unsafe extern "C" {
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
    fn mi_malloc(size: usize) -> *mut u8;
    fn mi_zalloc(size: usize) -> *mut u8;
    fn mi_realloc(ptr: *mut u8, size: usize) -> *mut u8;
    fn mi_free(ptr: *mut u8);
    fn mi_malloc_aligned(size: usize, align: usize) -> *mut u8;
    fn mi_zalloc_aligned(size: usize, align: usize) -> *mut u8;
    fn mi_realloc_aligned(ptr: *mut u8, size: usize, align: usize) -> *mut u8;
}

#[cold]
fn configure() {
    // SAFETY: `mi_option_set` stores an integer in mimalloc's option table
    // and does not allocate. The first allocation of a Rust program comes
    // before `main`, on its only thread, so no arena exists yet.
    unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) };
    CONFIGURED.store(true, Ordering::Release);
}

#[inline]
fn configured() {
    if !CONFIGURED.load(Ordering::Acquire) {
        configure();
    }
}

// SAFETY: each method calls mimalloc with the layout's size, and with its
// alignment unless that is at most a word, which every mimalloc block has;
// a pointer is only ever freed or reallocated by mimalloc, which allocated
// it. `configured` only sets an option before the first allocation.
unsafe impl GlobalAlloc for Heap {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        configured();
        if layout.align() <= WORD {
            unsafe { mi_malloc(layout.size()) }
        } else {
            unsafe { mi_malloc_aligned(layout.size(), layout.align()) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        configured();
        if layout.align() <= WORD {
            unsafe { mi_zalloc(layout.size()) }
        } else {
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi_free(ptr) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        configured();
        if layout.align() <= WORD {
            unsafe { mi_realloc(ptr, new_size) }
        } else {
            unsafe { mi_realloc_aligned(ptr, new_size, layout.align()) }
        }
    }
}
