//! Work spread over the machine's cores: per-function jobs of a module
//! (reading bodies here; validating and lowering them in `jir-interp`,
//! which uses these too) are independent of each other.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Runs `job(i)` for every `i` in `0..sizes.len()`, on as many threads as
/// the machine has cores and the work is worth (`min_per_thread` of total
/// size per thread at least; below that a thread costs about what it
/// saves). Largest first, so that a big job does not start last and
/// leave the other threads idle.
pub fn for_each(sizes: &[usize], min_per_thread: usize, job: impl Fn(usize) + Sync) {
    for_each_around(sizes, min_per_thread, |work| work(), job);
}

/// `for_each`, with each thread's share of the jobs run inside `around`
/// when they are spread over threads (to give each thread its own copies
/// of data the jobs share, say); not on one thread.
pub fn for_each_around(
    sizes: &[usize],
    min_per_thread: usize,
    around: impl Fn(&mut dyn FnMut()) + Sync,
    job: impl Fn(usize) + Sync,
) {
    let total: usize = sizes.iter().sum();
    let threads = cores()
        .min(total / min_per_thread.max(1))
        .min(sizes.len())
        .max(1);
    if threads == 1 {
        (0..sizes.len()).for_each(job);
        return;
    }
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_unstable_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let next = AtomicUsize::new(0);
    let worker = || {
        around(&mut || {
            while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                job(i);
            }
        })
    };
    // The calling thread is one of the workers: a thread fewer to start,
    // and what it allocates stays with its own heap (a worker's heap is
    // abandoned when it exits, and freeing into it later is the allocator's
    // slower cross-thread path).
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(worker);
        }
        worker();
    });
}

/// The cores this process may use, asked once: the standard library reads
/// the affinity mask and the cgroup quota files each time, which costs
/// about what loading a small module does.
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}
