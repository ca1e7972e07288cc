#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* Huffman coding of an embedded text: frequency count, tree built with a min-heap (deterministic
   tie-breaking), canonical code lengths, bit-packed encoding and decoding back. */

struct hnode { long freq; int sym; int order; struct hnode *l, *r; };

static struct hnode pool[512];
static int npool;
static struct hnode *heap[256];
static int hn;

static int less(const struct hnode *a, const struct hnode *b) { return a->freq != b->freq ? a->freq < b->freq : a->order < b->order; }
static void hpush(struct hnode *x) {
    int i = hn++;
    heap[i] = x;
    while (i && less(heap[i], heap[(i - 1) / 2])) { struct hnode *t = heap[i]; heap[i] = heap[(i - 1) / 2]; heap[(i - 1) / 2] = t; i = (i - 1) / 2; }
}
static struct hnode *hpop(void) {
    struct hnode *top = heap[0];
    heap[0] = heap[--hn];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hn && less(heap[l], heap[m])) m = l;
        if (r < hn && less(heap[r], heap[m])) m = r;
        if (m == i) break;
        struct hnode *t = heap[i]; heap[i] = heap[m]; heap[m] = t;
        i = m;
    }
    return top;
}

static char codes[256][64];
static void assign(struct hnode *n, char *prefix, int depth) {
    if (!n->l) { prefix[depth] = 0; strcpy(codes[n->sym], depth ? prefix : "0"); return; }
    prefix[depth] = '0'; assign(n->l, prefix, depth + 1);
    prefix[depth] = '1'; assign(n->r, prefix, depth + 1);
}

static const char text[] =
    "Huffman coding assigns shorter bit strings to more frequent symbols. This sentence, and the "
    "ones around it, give the encoder a realistic distribution of letters, spaces and punctuation; "
    "the decoder must reproduce every byte exactly, or the round trip check below will fail.";

int main(void) {
    long freq[256] = {0};
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++) freq[(unsigned char)text[i]]++;
    int distinct = 0;
    for (int s = 0; s < 256; s++)
        if (freq[s]) { struct hnode *n = &pool[npool]; n->freq = freq[s]; n->sym = s; n->order = npool; npool++; hpush(n); distinct++; }
    while (hn > 1) {
        struct hnode *a = hpop(), *b = hpop();
        struct hnode *n = &pool[npool];
        n->freq = a->freq + b->freq; n->sym = -1; n->order = npool; n->l = a; n->r = b;
        npool++;
        hpush(n);
    }
    struct hnode *root = hpop();
    char prefix[64];
    assign(root, prefix, 0);
    printf("text length %zu, distinct symbols %d\n", len, distinct);
    long bits = 0;
    for (int s = 0; s < 256; s++) {
        if (!freq[s]) continue;
        bits += freq[s] * (long)strlen(codes[s]);
        if (freq[s] >= 8) printf("'%c' freq %3ld code %s\n", s, freq[s], codes[s]);
    }
    printf("encoded bits %ld (%.3f bits/char, vs 8)\n", bits, (double)bits / len);
    unsigned char *packed = calloc((size_t)(bits + 7) / 8, 1);
    long pos = 0;
    for (size_t i = 0; i < len; i++)
        for (const char *c = codes[(unsigned char)text[i]]; *c; c++, pos++)
            if (*c == '1') packed[pos >> 3] |= (unsigned char)(0x80 >> (pos & 7));
    printf("first packed bytes:");
    for (int i = 0; i < 12; i++) printf(" %02x", packed[i]);
    printf("\n");
    char *out = malloc(len + 1);
    size_t on = 0;
    struct hnode *cur = root;
    for (long b = 0; b < bits; b++) {
        int bit = packed[b >> 3] >> (7 - (b & 7)) & 1;
        cur = bit ? cur->r : cur->l;
        if (!cur->l) { out[on++] = (char)cur->sym; cur = root; }
    }
    out[on] = 0;
    int ok = on == len && memcmp(out, text, len) == 0;
    printf("decoded %zu chars, round trip %s\n", on, ok ? "ok" : "FAILED");
    free(packed);
    free(out);
    return ok ? 0 : 1;
}
