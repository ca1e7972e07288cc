/* recursion_fib.c - call-heavy recursive functions.
 *
 * Each round evaluates four small recursive functions whose arguments vary
 * a little with the round number, so the compiler cannot hoist them:
 *   fib      - doubly recursive Fibonacci
 *   tak      - Takeuchi function (three-way nested recursion)
 *   ack      - Ackermann function with m = 2 (deep, narrow recursion)
 *   ways     - count of ways to write n as an ordered sum of 1, 2 and 3
 *              (triply recursive, no memoisation)
 * The results are folded into the checksum.
 *
 * argv[1] = number of rounds (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_ROUNDS 650

static uint32_t fib(uint32_t n)
{
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

static int tak(int x, int y, int z)
{
    if (y < x)
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    return z;
}

static uint32_t ack(uint32_t m, uint32_t n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static uint32_t ways(int n)
{
    if (n < 0)
        return 0;
    if (n == 0)
        return 1;
    return ways(n - 1) + ways(n - 2) + ways(n - 3);
}

int main(int argc, char **argv)
{
    long rounds = DEFAULT_ROUNDS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            rounds = v;
    }

    uint64_t check = 0;
    for (long r = 0; r < rounds; r++) {
        uint32_t f = fib(22 + (uint32_t)(r % 3));
        int t = tak(18 + (int)(r % 2), 12, 6);
        uint32_t a = ack(2, 100 + (uint32_t)(r % 7));
        uint32_t w = ways(17 + (int)(r % 2));
        check = check * 6364136223846793005ULL + f;
        check ^= (uint64_t)(uint32_t)t << 7;
        check += (uint64_t)a * 2654435761u;
        check ^= (uint64_t)w << 17;
    }
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
