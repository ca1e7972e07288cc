#include <stdio.h>
#include <limits.h>
#include <string.h>

/* Dijkstra (array-based O(V^2)) and Bellman-Ford on a small weighted graph; path reconstruction;
   Floyd-Warshall all-pairs check; BFS hop counts. */

#define V 10
#define INF INT_MAX

static const char *names[V] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
static int w[V][V];

static void add_edge(int a, int b, int c) { w[a][b] = c; w[b][a] = c; }

static void dijkstra(int src, int *dist, int *prev) {
    int done[V] = {0};
    for (int i = 0; i < V; i++) { dist[i] = INF; prev[i] = -1; }
    dist[src] = 0;
    for (int it = 0; it < V; it++) {
        int u = -1;
        for (int i = 0; i < V; i++) if (!done[i] && dist[i] != INF && (u < 0 || dist[i] < dist[u])) u = i;
        if (u < 0) break;
        done[u] = 1;
        for (int v = 0; v < V; v++)
            if (w[u][v] && !done[v] && dist[u] + w[u][v] < dist[v]) { dist[v] = dist[u] + w[u][v]; prev[v] = u; }
    }
}

static void print_path(const int *prev, int v) {
    if (prev[v] >= 0) { print_path(prev, prev[v]); printf("->"); }
    printf("%s", names[v]);
}

int main(void) {
    add_edge(0, 1, 4); add_edge(0, 2, 2); add_edge(1, 2, 5); add_edge(1, 3, 10); add_edge(2, 4, 3);
    add_edge(4, 3, 4); add_edge(3, 5, 11); add_edge(4, 6, 7); add_edge(6, 5, 1); add_edge(5, 7, 2);
    add_edge(7, 8, 6); add_edge(6, 8, 9); add_edge(2, 6, 12);
    /* J (9) is unreachable */
    int dist[V], prev[V];
    dijkstra(0, dist, prev);
    for (int v = 0; v < V; v++) {
        printf("%s: ", names[v]);
        if (dist[v] == INF) { printf("unreachable\n"); continue; }
        printf("%3d via ", dist[v]);
        print_path(prev, v);
        printf("\n");
    }
    /* Bellman-Ford over the edge list */
    int bf[V];
    for (int i = 0; i < V; i++) bf[i] = INF;
    bf[0] = 0;
    for (int it = 0; it < V - 1; it++)
        for (int a = 0; a < V; a++)
            for (int b = 0; b < V; b++)
                if (w[a][b] && bf[a] != INF && bf[a] + w[a][b] < bf[b]) bf[b] = bf[a] + w[a][b];
    int agree = 1;
    for (int i = 0; i < V; i++) agree &= bf[i] == dist[i];
    printf("bellman-ford agrees: %d\n", agree);
    static int fw[V][V];
    for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) fw[i][j] = i == j ? 0 : w[i][j] ? w[i][j] : INF;
    for (int k = 0; k < V; k++)
        for (int i = 0; i < V; i++)
            for (int j = 0; j < V; j++)
                if (fw[i][k] != INF && fw[k][j] != INF && fw[i][k] + fw[k][j] < fw[i][j]) fw[i][j] = fw[i][k] + fw[k][j];
    long sum = 0;
    int maxd = 0;
    for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) if (fw[i][j] != INF) { sum += fw[i][j]; if (fw[i][j] > maxd) maxd = fw[i][j]; }
    printf("all-pairs sum=%ld diameter=%d\n", sum, maxd);
    int hops[V], queue[V], qh = 0, qt = 0;
    memset(hops, -1, sizeof hops);
    hops[0] = 0;
    queue[qt++] = 0;
    while (qh < qt) {
        int u = queue[qh++];
        for (int v = 0; v < V; v++) if (w[u][v] && hops[v] < 0) { hops[v] = hops[u] + 1; queue[qt++] = v; }
    }
    printf("hops:");
    for (int v = 0; v < V; v++) printf(" %s=%d", names[v], hops[v]);
    printf("\n");
    return 0;
}
