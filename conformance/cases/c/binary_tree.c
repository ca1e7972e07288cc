#include <stdio.h>
#include <stdlib.h>

/* Binary search tree: insert, search, delete, traversals, height, and an AVL-balanced variant. */

struct tnode { int key; int count; int height; struct tnode *l, *r; };

static struct tnode *new_node(int k) {
    struct tnode *n = calloc(1, sizeof *n);
    n->key = k; n->count = 1; n->height = 1;
    return n;
}

static struct tnode *bst_insert(struct tnode *t, int k) {
    if (!t) return new_node(k);
    if (k < t->key) t->l = bst_insert(t->l, k);
    else if (k > t->key) t->r = bst_insert(t->r, k);
    else t->count++;
    return t;
}

static int height(struct tnode *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static int h(struct tnode *t) { return t ? t->height : 0; }
static void fix(struct tnode *t) { t->height = 1 + (h(t->l) > h(t->r) ? h(t->l) : h(t->r)); }
static struct tnode *rot_r(struct tnode *y) { struct tnode *x = y->l; y->l = x->r; x->r = y; fix(y); fix(x); return x; }
static struct tnode *rot_l(struct tnode *x) { struct tnode *y = x->r; x->r = y->l; y->l = x; fix(x); fix(y); return y; }

static struct tnode *avl_insert(struct tnode *t, int k) {
    if (!t) return new_node(k);
    if (k < t->key) t->l = avl_insert(t->l, k);
    else if (k > t->key) t->r = avl_insert(t->r, k);
    else { t->count++; return t; }
    fix(t);
    int bal = h(t->l) - h(t->r);
    if (bal > 1 && k < t->l->key) return rot_r(t);
    if (bal < -1 && k > t->r->key) return rot_l(t);
    if (bal > 1) { t->l = rot_l(t->l); return rot_r(t); }
    if (bal < -1) { t->r = rot_r(t->r); return rot_l(t); }
    return t;
}

static struct tnode *bst_delete(struct tnode *t, int k) {
    if (!t) return NULL;
    if (k < t->key) t->l = bst_delete(t->l, k);
    else if (k > t->key) t->r = bst_delete(t->r, k);
    else {
        if (!t->l || !t->r) { struct tnode *c = t->l ? t->l : t->r; free(t); return c; }
        struct tnode *m = t->r;
        while (m->l) m = m->l;
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->r = bst_delete(t->r, m->key);
    }
    return t;
}

static void inorder(struct tnode *t, int *out, int *n) { if (!t) return; inorder(t->l, out, n); out[(*n)++] = t->key; inorder(t->r, out, n); }
static void preorder_print(struct tnode *t, int depth) {
    if (!t || depth > 3) return;
    printf("%*s%d(x%d)\n", depth * 2, "", t->key, t->count);
    preorder_print(t->l, depth + 1);
    preorder_print(t->r, depth + 1);
}
static int count_nodes(struct tnode *t) { return t ? 1 + count_nodes(t->l) + count_nodes(t->r) : 0; }
static void free_tree(struct tnode *t) { if (!t) return; free_tree(t->l); free_tree(t->r); free(t); }
static int contains(struct tnode *t, int k) { while (t) { if (k == t->key) return 1; t = k < t->key ? t->l : t->r; } return 0; }

int main(void) {
    struct tnode *bst = NULL, *avl = NULL;
    unsigned s = 99;
    for (int i = 0; i < 300; i++) {
        s = s * 1664525u + 1013904223u;
        int k = (int)(s >> 20) % 500;
        bst = bst_insert(bst, k);
        avl = avl_insert(avl, k);
    }
    for (int i = 0; i < 100; i++) avl = avl_insert(avl, i * 5); /* sorted inserts would degrade a plain BST */
    printf("bst nodes=%d height=%d\n", count_nodes(bst), height(bst));
    printf("avl nodes=%d height=%d\n", count_nodes(avl), height(avl));
    preorder_print(bst, 0);
    int found = 0;
    for (int k = 0; k < 500; k++) found += contains(bst, k);
    printf("distinct keys found=%d\n", found);
    for (int k = 0; k < 500; k += 2) bst = bst_delete(bst, k);
    int keys[600], n = 0;
    inorder(bst, keys, &n);
    int sorted = 1, odd = 1;
    for (int i = 1; i < n; i++) sorted &= keys[i - 1] < keys[i];
    for (int i = 0; i < n; i++) odd &= keys[i] % 2;
    printf("after deleting evens: %d nodes, sorted=%d all odd=%d first=%d last=%d\n", n, sorted, odd, keys[0], keys[n - 1]);
    free_tree(bst);
    free_tree(avl);
    return 0;
}
