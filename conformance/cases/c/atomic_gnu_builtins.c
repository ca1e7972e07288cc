#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>

/* GCC-style atomic builtins on plain (non-_Atomic) objects:
   __atomic_load_n/store_n/exchange_n/compare_exchange_n/fetch_* /
   *_fetch, __atomic_test_and_set/clear, and the legacy __sync_* family
   (fetch_and_add, add_and_fetch, val/bool_compare_and_swap,
   lock_test_and_set, lock_release, synchronize) on 8..64-bit types. */

static int32_t i32;
static int64_t i64;
static uint8_t u8;
static uint16_t u16;
static bool flag;

struct counters { uint32_t hits, misses; uint64_t bytes; };

int main(void) {
    __atomic_store_n(&i32, 100, __ATOMIC_SEQ_CST);
    int32_t a = __atomic_fetch_add(&i32, 23, __ATOMIC_RELAXED);
    int32_t b = __atomic_add_fetch(&i32, 7, __ATOMIC_ACQ_REL);
    int32_t c = __atomic_sub_fetch(&i32, 30, __ATOMIC_SEQ_CST);
    int32_t d = __atomic_fetch_nand(&i32, 0xF0, __ATOMIC_SEQ_CST);
    printf("i32: %d %d %d %d now=%d\n", a, b, c, d, __atomic_load_n(&i32, __ATOMIC_ACQUIRE));
    int32_t e = __atomic_nand_fetch(&i32, 0x0F, __ATOMIC_SEQ_CST);
    printf("nand_fetch=%d\n", e);

    i64 = 1;
    for (int k = 0; k < 40; k++) __atomic_fetch_add(&i64, __atomic_load_n(&i64, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    printf("i64 doubled 40x=%lld\n", (long long)i64);
    int64_t prev = __atomic_exchange_n(&i64, -1, __ATOMIC_SEQ_CST);
    printf("exchange prev=%lld now=%lld\n", (long long)prev, (long long)i64);
    int64_t expect = -1;
    bool ok = __atomic_compare_exchange_n(&i64, &expect, 64, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("cmpxchg ok=%d val=%lld\n", ok, (long long)i64);
    expect = 0;
    ok = __atomic_compare_exchange_n(&i64, &expect, 99, true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("cmpxchg(weak,wrong) ok=%d expect=%lld\n", ok, (long long)expect);

    u8 = 0xF0;
    uint8_t o1 = __atomic_fetch_or(&u8, 0x0C, __ATOMIC_SEQ_CST);
    uint8_t o2 = __atomic_fetch_and(&u8, 0x3F, __ATOMIC_SEQ_CST);
    uint8_t o3 = __atomic_xor_fetch(&u8, 0xFF, __ATOMIC_SEQ_CST);
    printf("u8: %02x %02x %02x now=%02x\n", o1, o2, o3, u8);

    bool was = __atomic_test_and_set(&flag, __ATOMIC_ACQUIRE);
    bool was2 = __atomic_test_and_set(&flag, __ATOMIC_ACQUIRE);
    __atomic_clear(&flag, __ATOMIC_RELEASE);
    bool was3 = __atomic_test_and_set(&flag, __ATOMIC_ACQUIRE);
    printf("tas: %d %d %d\n", was, was2, was3);

    u16 = 65530;
    uint16_t s1 = __sync_fetch_and_add(&u16, 10);
    uint16_t s2 = __sync_add_and_fetch(&u16, 10);
    uint16_t s3 = __sync_fetch_and_sub(&u16, 100);
    uint16_t s4 = __sync_or_and_fetch(&u16, 0x8000);
    printf("u16 sync: %u %u %u %u\n", s1, s2, s3, s4);
    int32_t v = __sync_val_compare_and_swap(&i32, i32, 555);
    bool bs = __sync_bool_compare_and_swap(&i32, 555, 556);
    bool bf = __sync_bool_compare_and_swap(&i32, 555, 557);
    printf("sync cas: old=%d %d %d now=%d\n", v, bs, bf, i32);
    int32_t lk = __sync_lock_test_and_set(&i32, 1);
    __sync_synchronize();
    __sync_lock_release(&i32);
    printf("lock tas old=%d after release=%d\n", lk, i32);

    struct counters ctr = {0, 0, 0};
    for (int k = 0; k < 1000; k++) {
        if (k % 3) __atomic_fetch_add(&ctr.hits, 1, __ATOMIC_RELAXED);
        else __sync_fetch_and_add(&ctr.misses, 1);
        __atomic_fetch_add(&ctr.bytes, (uint64_t)k * 4096, __ATOMIC_RELAXED);
    }
    printf("hits=%u misses=%u bytes=%llu always_lock_free(8)=%d\n", ctr.hits, ctr.misses,
           (unsigned long long)ctr.bytes, __atomic_always_lock_free(8, 0));
    return 0;
}
