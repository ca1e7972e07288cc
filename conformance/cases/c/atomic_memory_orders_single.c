#include <stdio.h>
#include <stdatomic.h>
#include <stdint.h>

/* Every C11 memory order on loads, stores, RMWs and compare-exchange, on
   8-byte atomic structs (compared and exchanged as a whole 64-bit value),
   atomic pointers with fetch_add scaled by the pointee size, and atomic
   bool. */

struct pair8 { int32_t a, b; };
struct quad8 { int16_t v[4]; };

static _Atomic struct pair8 p8;
static _Atomic struct quad8 q8;
static int arr[32];
static _Atomic(int *) cursor = arr;
static atomic_bool done;

int main(void) {
    atomic_int x;
    atomic_init(&x, 1);
    memory_order orders[] = {memory_order_relaxed, memory_order_consume, memory_order_acquire,
                             memory_order_release, memory_order_acq_rel, memory_order_seq_cst};
    int acc = 0;
    for (int i = 0; i < 6; i++) {
        atomic_fetch_add_explicit(&x, i + 1, orders[i]);
        acc = acc * 3 + atomic_load_explicit(&x, memory_order_seq_cst);
        atomic_thread_fence(orders[i]);
    }
    atomic_store_explicit(&x, acc, memory_order_release);
    printf("acc=%d x=%d\n", acc, atomic_load_explicit(&x, memory_order_acquire));
    int exp = acc;
    int r1 = atomic_compare_exchange_strong_explicit(&x, &exp, -1, memory_order_acq_rel, memory_order_acquire);
    int r2 = atomic_compare_exchange_weak_explicit(&x, &exp, -2, memory_order_relaxed, memory_order_relaxed);
    while (!r2) r2 = atomic_compare_exchange_weak_explicit(&x, &exp, -2, memory_order_relaxed, memory_order_relaxed);
    printf("r1=%d r2=%d x=%d\n", r1, r2, atomic_load(&x));

    struct pair8 a = {1, 2};
    atomic_store(&p8, a);
    struct pair8 want = {1, 2}, nw = {10, 20};
    int ok = atomic_compare_exchange_strong(&p8, &want, nw);
    struct pair8 got = atomic_load(&p8);
    printf("pair8 cas ok=%d -> {%d,%d}\n", ok, (int)got.a, (int)got.b);
    struct pair8 old = atomic_exchange(&p8, a);
    printf("pair8 exchange old={%d,%d}\n", (int)old.a, (int)old.b);
    ok = atomic_compare_exchange_strong(&p8, &nw, a);
    printf("pair8 failing cas ok=%d expected now={%d,%d}\n", ok, (int)nw.a, (int)nw.b);

    struct quad8 tv = {{1, -2, 3, 30000}};
    atomic_store_explicit(&q8, tv, memory_order_release);
    struct quad8 tl = atomic_load_explicit(&q8, memory_order_acquire);
    int s = 0;
    for (int i = 0; i < 4; i++) s += tl.v[i] * (i + 1);
    printf("quad8 weighted=%d lockfree=%d\n", s, atomic_is_lock_free(&q8));

    for (int i = 0; i < 32; i++) arr[i] = i * 3;
    int *p0 = atomic_fetch_add(&cursor, 5);
    int *p1 = atomic_fetch_add_explicit(&cursor, 7, memory_order_relaxed);
    int *p2 = atomic_fetch_sub(&cursor, 2);
    int *cur = atomic_load(&cursor);
    printf("ptr offsets: %td %td %td now %td value %d\n", p0 - arr, p1 - arr, p2 - arr, cur - arr, *cur);
    int b1 = atomic_exchange(&done, 1);
    int b2 = atomic_load(&done);
    printf("bool: %d %d\n", b1, b2);
    return 0;
}
