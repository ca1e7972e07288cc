/* alloc_trees.c - allocation-heavy binary trees.
 *
 * Each iteration mallocs a complete binary tree (depth cycling through
 * 4..13), walks it to compute a position-dependent checksum, and frees it
 * node by node.  A long-lived tree is kept across the whole run and is
 * walked again at the end, so the allocator sees a mix of long- and
 * short-lived blocks.  Every fourth iteration also builds an unbalanced
 * tree by inserting LCG keys into a binary search tree.
 *
 * argv[1] = number of iterations (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_ITERS 1600

struct node {
    struct node *left;
    struct node *right;
    uint32_t value;
};

static struct node *new_node(uint32_t value)
{
    struct node *n = malloc(sizeof *n);
    if (!n) {
        printf("checksum: out-of-memory\n");
        exit(1);
    }
    n->left = NULL;
    n->right = NULL;
    n->value = value;
    return n;
}

static struct node *build_full(int depth, uint32_t value)
{
    struct node *n = new_node(value);
    if (depth > 0) {
        n->left = build_full(depth - 1, value * 2u);
        n->right = build_full(depth - 1, value * 2u + 1u);
    }
    return n;
}

static uint32_t walk(const struct node *n, uint32_t depth)
{
    if (!n)
        return depth;
    uint32_t l = walk(n->left, depth + 1);
    uint32_t r = walk(n->right, depth + 1);
    return (n->value ^ (l * 3u)) + r * 7u;
}

static void free_tree(struct node *n)
{
    if (!n)
        return;
    free_tree(n->left);
    free_tree(n->right);
    free(n);
}

static struct node *bst_insert(struct node *root, uint32_t key)
{
    if (!root)
        return new_node(key);
    struct node *cur = root;
    for (;;) {
        if (key < cur->value) {
            if (!cur->left) {
                cur->left = new_node(key);
                break;
            }
            cur = cur->left;
        } else {
            if (!cur->right) {
                cur->right = new_node(key);
                break;
            }
            cur = cur->right;
        }
    }
    return root;
}

static uint32_t bst_height(const struct node *n)
{
    if (!n)
        return 0;
    uint32_t l = bst_height(n->left);
    uint32_t r = bst_height(n->right);
    return 1 + (l > r ? l : r);
}

int main(int argc, char **argv)
{
    long iters = DEFAULT_ITERS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            iters = v;
    }

    uint32_t seed = 7u;
    uint64_t check = 0;
    struct node *long_lived = build_full(14, 1u);

    for (long i = 0; i < iters; i++) {
        int depth = 4 + (int)(i % 10);
        struct node *t = build_full(depth, (uint32_t)i + 1u);
        check = check * 1099511628211ULL + walk(t, 0);
        free_tree(t);

        if (i % 4 == 3) {
            struct node *bst = NULL;
            for (int k = 0; k < 1500; k++) {
                seed = seed * 1664525u + 1013904223u;
                bst = bst_insert(bst, seed >> 8);
            }
            check ^= (uint64_t)bst_height(bst) << 32;
            check += walk(bst, 0);
            free_tree(bst);
        }
    }

    check ^= walk(long_lived, 0);
    free_tree(long_lived);
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
