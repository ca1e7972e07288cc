#include <stdio.h>
#include <stdlib.h>

/* Disjoint-set union with path compression and union by rank: connected components, Kruskal MST,
   and percolation on a small grid. */

static int parent[10000], rnk[10000], sz[10000];

static void uf_init(int n) { for (int i = 0; i < n; i++) { parent[i] = i; rnk[i] = 0; sz[i] = 1; } }
static int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
static int unite(int a, int b) {
    a = find(a); b = find(b);
    if (a == b) return 0;
    if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    sz[a] += sz[b];
    if (rnk[a] == rnk[b]) rnk[a]++;
    return 1;
}

struct edge { int a, b, w; };
static int cmp_edge(const void *x, const void *y) {
    const struct edge *p = x, *q = y;
    if (p->w != q->w) return p->w - q->w;
    if (p->a != q->a) return p->a - q->a;
    return p->b - q->b;
}

int main(void) {
    uf_init(20);
    int pairs[][2] = {{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {8, 9}, {10, 11}, {0, 3}, {12, 13}, {13, 14}, {15, 16}, {9, 10}};
    int merges = 0;
    for (int i = 0; i < 13; i++) merges += unite(pairs[i][0], pairs[i][1]);
    int comps = 0;
    for (int i = 0; i < 20; i++) if (find(i) == i) { comps++; printf("component root %d size %d\n", i, sz[i]); }
    printf("merges=%d components=%d\n", merges, comps);
    enum { NV = 12 };
    struct edge edges[66];
    int ne = 0;
    unsigned s = 31337;
    for (int a = 0; a < NV; a++)
        for (int b = a + 1; b < NV; b++) {
            s = s * 1664525u + 1013904223u;
            if ((s >> 28) < 7) { edges[ne].a = a; edges[ne].b = b; edges[ne].w = (int)(s >> 16) % 50 + 1; ne++; }
        }
    qsort(edges, (size_t)ne, sizeof edges[0], cmp_edge);
    uf_init(NV);
    int total = 0, used = 0;
    printf("MST edges:");
    for (int i = 0; i < ne; i++)
        if (unite(edges[i].a, edges[i].b)) { total += edges[i].w; used++; printf(" %d-%d(%d)", edges[i].a, edges[i].b, edges[i].w); }
    printf("\nMST weight=%d edges used=%d of %d\n", total, used, ne);
    /* percolation: open random sites of a 30x30 grid until top connects to bottom */
    enum { G = 30 };
    static unsigned char open[G * G];
    uf_init(G * G + 2);
    int top = G * G, bottom = G * G + 1, opened = 0;
    unsigned r = 12345;
    while (find(top) != find(bottom)) {
        r = r * 1103515245u + 12345u;
        int site = (int)((r >> 8) % (G * G));
        if (open[site]) continue;
        open[site] = 1;
        opened++;
        int row = site / G, col = site % G;
        if (row == 0) unite(site, top);
        if (row == G - 1) unite(site, bottom);
        if (row > 0 && open[site - G]) unite(site, site - G);
        if (row < G - 1 && open[site + G]) unite(site, site + G);
        if (col > 0 && open[site - 1]) unite(site, site - 1);
        if (col < G - 1 && open[site + 1]) unite(site, site + 1);
    }
    printf("percolates after opening %d of %d sites (%.3f)\n", opened, G * G, (double)opened / (G * G));
    return 0;
}
