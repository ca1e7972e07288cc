#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>

/* NaN bit patterns inspected through memcpy: quiet NaNs with payloads,
   signalling NaNs being quieted by arithmetic, payload propagation through
   single-NaN-operand operations, sign-bit-only operations (negation,
   fabs, copysign) that keep the payload, float<->double conversions
   widening/narrowing the payload, and nan("...") parsing. */

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static double from_bits(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static float ffrom_bits(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

static volatile double one = 1.0, two = 2.0;

int main(void) {
    uint64_t pats[] = {0x7FF8000000000000ULL, 0x7FF8000000000ABCULL, 0xFFF800000000BEEFULL, 0x7FF4000000000001ULL,
                       0x7FF0000000000001ULL, 0x7FFFFFFFFFFFFFFFULL};
    for (int i = 0; i < 6; i++) {
        volatile double n = from_bits(pats[i]);
        double add = n + one;
        double mul = two * n;
        double neg = -n;
        double ab = fabs(n);
        double cs = copysign(n, -1.0);
        printf("in=%016llx add=%016llx mul=%016llx neg=%016llx fabs=%016llx copysign-=%016llx isnan=%d\n",
               (unsigned long long)pats[i], (unsigned long long)dbits(add), (unsigned long long)dbits(mul),
               (unsigned long long)dbits(neg), (unsigned long long)dbits(ab), (unsigned long long)dbits(cs), isnan(n) != 0);
    }
    uint32_t fp[] = {0x7FC00000u, 0x7FC01234u, 0x7FE00001u, 0xFFC00042u};
    for (int i = 0; i < 4; i++) {
        volatile float f = ffrom_bits(fp[i]);
        double widened = f;
        float back = (float)widened;
        float sum = f + 1.0f;
        printf("f=%08x widened=%016llx back=%08x f+1=%08x\n", fp[i], (unsigned long long)dbits(widened), fbits(back), fbits(sum));
    }
    volatile float sn = ffrom_bits(0x7FA00001u); /* signalling: quieted by arithmetic */
    printf("float sNaN 7fa00001 + 1 = %08x, * 2 = %08x\n", fbits(sn + 1.0f), fbits(sn * 2.0f));
    volatile double wide = from_bits(0x7FF80000DEADBEEFULL);
    float narrowed = (float)wide;
    printf("narrow 7ff80000deadbeef -> %08x\n", fbits(narrowed));
    printf("nan(\"\")=%016llx nan(\"0x123\")=%016llx nanf(\"7\")=%08x\n", (unsigned long long)dbits(nan("")),
           (unsigned long long)dbits(nan("0x123")), fbits(nanf("7")));
    /* NaN never equals itself, even with identical bits */
    volatile double a = from_bits(0x7FF8000000000123ULL), b = a;
    printf("a==b:%d a!=b:%d memcmp==0:%d\n", a == b, a != b, memcmp((const void *)&a, (const void *)&b, 8) == 0);
    /* a NaN-boxing scheme: store 48-bit integers in quiet NaN payloads */
    uint64_t vals[] = {0, 1, 0xFFFFFFFFFFFFULL, 0x123456789ABCULL};
    for (int i = 0; i < 4; i++) {
        double boxed = from_bits(0x7FF8000000000000ULL | 0x0004000000000000ULL | vals[i]);
        double copied;
        memcpy(&copied, &boxed, 8);
        uint64_t unboxed = dbits(copied) & 0xFFFFFFFFFFFFULL;
        printf("box %llx -> isnan=%d unbox %llx ok=%d\n", (unsigned long long)vals[i], isnan(copied) != 0,
               (unsigned long long)unboxed, unboxed == vals[i]);
    }
    return 0;
}
