#include <stdio.h>

/* __int128 division and remainder in all sign combinations and magnitudes:
   64-bit divisors, full 128-bit divisors, divisors larger than dividends;
   checks q*d + r == n and |r| < |d| with the sign rules of C. */

typedef __int128 i128;
typedef unsigned __int128 u128;

static unsigned long long mix(u128 v) { return (unsigned long long)v ^ (unsigned long long)(v >> 64) * 0x9E3779B97F4A7C15ULL; }

static u128 rng_state = 0x0123456789ABCDEFULL;
static u128 rng(void) {
    rng_state = rng_state * (((u128)0x2360ED051FC65DA4ULL << 64) | 0x4385DF649FCCF645ULL) + 1;
    return rng_state;
}

int main(void) {
    int bad = 0;
    unsigned long long hq = 0, hr = 0;
    for (int i = 0; i < 3000; i++) {
        u128 a = rng(), b = rng();
        int shift_a = (int)(rng() >> 121); /* 0..127 */
        int shift_b = (int)(rng() >> 121);
        a >>= shift_a;
        b >>= shift_b;
        if (b == 0) b = 3;
        u128 q = a / b, r = a % b;
        if (q * b + r != a || r >= b) bad++;
        hq = hq * 31 + mix(q);
        hr = hr * 37 + mix(r);
        i128 sa = (i128)a, sb = (i128)b;
        if (i & 1) sa = -sa;
        if (i & 2) sb = -sb;
        if (sb == -1 && sa == (i128)((u128)1 << 127)) continue;
        i128 sq = sa / sb, sr = sa % sb;
        if (sq * sb + sr != sa) bad++;
        if (sr != 0 && ((sr < 0) != (sa < 0))) bad++;
        hq = hq * 31 + mix((u128)sq);
        hr = hr * 37 + mix((u128)sr);
    }
    printf("random checks bad=%d hq=%016llx hr=%016llx\n", bad, hq, hr);

    i128 n[] = {100, -100, 7, -7, (i128)1 << 100, -((i128)1 << 100), ((i128)1 << 126) + 12345};
    i128 d[] = {7, -7, 100, -3, ((i128)1 << 64) + 1, 1000000007, -((i128)1 << 63)};
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++) {
            i128 q = n[i] / d[j], r = n[i] % d[j];
            printf("%c%016llx / %c%016llx -> q_lo=%lld r_lo=%lld\n", n[i] < 0 ? '-' : '+',
                   (unsigned long long)((n[i] < 0 ? -n[i] : n[i]) >> 64 ^ (n[i] < 0 ? -n[i] : n[i])),
                   d[j] < 0 ? '-' : '+', (unsigned long long)(d[j] < 0 ? -d[j] : d[j]),
                   (long long)q, (long long)r);
        }
    }
    u128 big = ~(u128)0;
    printf("max/3 lo=%llx hi=%llx max%%1e19=%llu\n", (unsigned long long)(big / 3), (unsigned long long)((big / 3) >> 64),
           (unsigned long long)(big % 10000000000000000000ULL));
    return bad;
}
