//! Thread-local globals of interpreted modules. Each module with
//! `thread_local` globals has a template (their initialised image); each
//! thread gets its own copy of the template the first time it touches one
//! of them, and frees it when it ends.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The initial image of a module's thread-local globals.
pub struct TlsTemplate {
    /// Process-unique index of this template.
    pub id: usize,
    pub image: Box<[u8]>,
    pub align: usize,
}

impl TlsTemplate {
    pub fn new(image: Box<[u8]>, align: usize) -> TlsTemplate {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        TlsTemplate {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            image,
            align: align.max(16),
        }
    }

    fn layout(&self) -> std::alloc::Layout {
        std::alloc::Layout::from_size_align(self.image.len().max(1), self.align)
            .unwrap_or(std::alloc::Layout::new::<u128>())
    }
}

/// One thread's blocks, indexed by template id (with their layouts, for
/// freeing).
type Blocks = Vec<(*mut u8, std::alloc::Layout)>;

thread_local! {
    // No destructor here (interpreted atexit handlers may still run after
    // the thread's destructors); `GUARD` frees the blocks at thread exit.
    static BLOCKS: Cell<*mut Blocks> = const { Cell::new(std::ptr::null_mut()) };
    static GUARD: BlocksGuard = const { BlocksGuard };
}

struct BlocksGuard;

impl Drop for BlocksGuard {
    fn drop(&mut self) {
        let _ = BLOCKS.try_with(|cell| {
            let p = cell.replace(std::ptr::null_mut());
            if p.is_null() {
                return;
            }
            // SAFETY: `p` was leaked from a Box in `block` on this thread;
            // each block was allocated there with the layout kept beside it.
            let blocks = unsafe { Box::from_raw(p) };
            for (ptr, layout) in blocks.iter() {
                if !ptr.is_null() {
                    unsafe { std::alloc::dealloc(*ptr, *layout) };
                }
            }
        });
    }
}

/// This thread's copy of `t`, created from the template on first use.
/// `None` if memory runs out.
pub fn block(t: &TlsTemplate) -> Option<*mut u8> {
    let mut list = BLOCKS.try_with(|c| c.get()).ok()?;
    if list.is_null() {
        list = Box::into_raw(Box::default());
        BLOCKS.try_with(|c| c.set(list)).ok()?;
        let _ = GUARD.try_with(|_| ());
    }
    // SAFETY: `list` belongs to this thread (see above); no reference to it
    // escapes this function.
    let blocks = unsafe { &mut *list };
    if blocks.len() <= t.id {
        blocks.resize(
            t.id + 1,
            (std::ptr::null_mut(), std::alloc::Layout::new::<u8>()),
        );
    }
    if blocks[t.id].0.is_null() {
        let layout = t.layout();
        // SAFETY: the layout has a non-zero size; the copy stays inside
        // the new allocation.
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            return None;
        }
        unsafe { std::ptr::copy_nonoverlapping(t.image.as_ptr(), p, t.image.len()) };
        blocks[t.id] = (p, layout);
    }
    Some(blocks[t.id].0)
}
