#include <stdio.h>
#include <string.h>

/* String DP: Levenshtein distance with alignment output, longest common subsequence, and longest
   common substring. */

#define M 64

static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }

static int levenshtein(const char *a, const char *b, int show) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int d[M][M];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
    if (show) {
        char ra[2 * M], rb[2 * M], ops[2 * M];
        int k = 0, i = n, j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1])) {
                ra[k] = a[i - 1]; rb[k] = b[j - 1]; ops[k] = a[i - 1] == b[j - 1] ? '|' : 'x'; i--; j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) { ra[k] = a[i - 1]; rb[k] = '-'; ops[k] = ' '; i--; }
            else { ra[k] = '-'; rb[k] = b[j - 1]; ops[k] = ' '; j--; }
            k++;
        }
        printf("  ");
        for (int t = k - 1; t >= 0; t--) putchar(ra[t]);
        printf("\n  ");
        for (int t = k - 1; t >= 0; t--) putchar(ops[t]);
        printf("\n  ");
        for (int t = k - 1; t >= 0; t--) putchar(rb[t]);
        printf("\n");
    }
    return d[n][m];
}

static int lcs(const char *a, const char *b, char *out) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int L[M][M];
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            L[i][j] = i == 0 || j == 0 ? 0 : a[i - 1] == b[j - 1] ? L[i - 1][j - 1] + 1 : (L[i - 1][j] > L[i][j - 1] ? L[i - 1][j] : L[i][j - 1]);
    int k = L[n][m], i = n, j = m;
    out[k] = 0;
    while (i > 0 && j > 0) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (L[i - 1][j] >= L[i][j - 1]) i--;
        else j--;
    }
    return L[n][m];
}

static int longest_common_substring(const char *a, const char *b, int *end_a) {
    int n = (int)strlen(a), m = (int)strlen(b), best = 0;
    static int S[M][M];
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            S[i][j] = a[i - 1] == b[j - 1] ? S[i - 1][j - 1] + 1 : 0;
            if (S[i][j] > best) { best = S[i][j]; *end_a = i; }
        }
    return best;
}

int main(void) {
    const char *pairs[][2] = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"},
                              {"same", "same"}, {"interpreter", "interrupted"}, {"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA", "GTCGTTCGGAATGCCGTTGCTCTGTAAA"}};
    int total = 0;
    for (int p = 0; p < 7; p++) {
        const char *a = pairs[p][0], *b = pairs[p][1];
        int d = levenshtein(a, b, p < 6);
        char sub[M];
        int l = lcs(a, b, sub);
        int end = 0;
        int cs = longest_common_substring(a, b, &end);
        printf("'%s' vs '%s': edit=%d lcs=%d (%s) common substring=%d (%.*s)\n", a, b, d, l, sub, cs, cs, a + end - cs);
        total += d;
    }
    return total > 0 ? 0 : 1;
}
