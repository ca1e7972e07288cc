#include <stdio.h>
#include <string.h>

/* Dynamic programming: 0/1 knapsack with item reconstruction, unbounded coin change (ways and min coins),
   longest increasing subsequence, and maximum subarray. */

int main(void) {
    int wt[] = {12, 7, 11, 8, 9, 6, 5, 14, 3, 10};
    int val[] = {24, 13, 23, 15, 16, 11, 8, 30, 5, 19};
    enum { NI = 10, CAP = 40 };
    static int dp[NI + 1][CAP + 1];
    for (int i = 1; i <= NI; i++)
        for (int c = 0; c <= CAP; c++) {
            dp[i][c] = dp[i - 1][c];
            if (wt[i - 1] <= c && dp[i - 1][c - wt[i - 1]] + val[i - 1] > dp[i][c]) dp[i][c] = dp[i - 1][c - wt[i - 1]] + val[i - 1];
        }
    printf("knapsack best value=%d items:", dp[NI][CAP]);
    int c = CAP, tw = 0;
    for (int i = NI; i > 0; i--) if (dp[i][c] != dp[i - 1][c]) { printf(" %d", i - 1); c -= wt[i - 1]; tw += wt[i - 1]; }
    printf(" (weight %d)\n", tw);
    int coins[] = {1, 2, 5, 10, 20, 50, 100, 200};
    static long long ways[1001];
    static int minc[1001];
    ways[0] = 1;
    for (int k = 0; k < 8; k++) for (int a = coins[k]; a <= 1000; a++) ways[a] += ways[a - coins[k]];
    for (int a = 1; a <= 1000; a++) {
        minc[a] = 1 << 20;
        for (int k = 0; k < 8; k++) if (coins[k] <= a && minc[a - coins[k]] + 1 < minc[a]) minc[a] = minc[a - coins[k]] + 1;
    }
    int amounts[] = {7, 99, 200, 388, 1000};
    for (int i = 0; i < 5; i++) printf("amount %4d: %lld ways, min coins %d\n", amounts[i], ways[amounts[i]], minc[amounts[i]]);
    int seq[40];
    unsigned s = 5;
    for (int i = 0; i < 40; i++) { s = s * 1103515245u + 12345u; seq[i] = (int)(s >> 16) % 100; }
    int lis[40], prev[40], best = 0;
    for (int i = 0; i < 40; i++) {
        lis[i] = 1; prev[i] = -1;
        for (int j = 0; j < i; j++) if (seq[j] < seq[i] && lis[j] + 1 > lis[i]) { lis[i] = lis[j] + 1; prev[i] = j; }
        if (lis[i] > lis[best]) best = i;
    }
    int path[40], pl = 0;
    for (int i = best; i >= 0; i = prev[i]) path[pl++] = seq[i];
    printf("LIS length %d:", lis[best]);
    while (pl--) printf(" %d", path[pl]);
    printf("\n");
    int arr[40];
    for (int i = 0; i < 40; i++) arr[i] = seq[i] - 50;
    int bestsum = arr[0], cur = 0, bs = 0, be = 0, start = 0;
    for (int i = 0; i < 40; i++) {
        if (cur <= 0) { cur = arr[i]; start = i; } else cur += arr[i];
        if (cur > bestsum) { bestsum = cur; bs = start; be = i; }
    }
    printf("max subarray sum %d at [%d,%d]\n", bestsum, bs, be);
    return 0;
}
