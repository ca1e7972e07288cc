#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

/* Statistics over an embedded text: letters, words, sentences, word lengths, most common words. */

static const char text[] =
    "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want "
    "of a wife. However little known the feelings or views of such a man may be on his first entering a "
    "neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he is considered "
    "the rightful property of some one or other of their daughters. My dear Mr. Bennet, said his lady to him one "
    "day, have you heard that Netherfield Park is let at last? Mr. Bennet replied that he had not. But it is, "
    "returned she; for Mrs. Long has just been here, and she told me all about it. Mr. Bennet made no answer. "
    "Do you not want to know who has taken it? cried his wife impatiently. You want to tell me, and I have no "
    "objection to hearing it. This was invitation enough.";

struct wc { char w[24]; int n; };

static int cmp_wc(const void *a, const void *b) {
    const struct wc *x = a, *y = b;
    if (x->n != y->n) return y->n - x->n;
    return strcmp(x->w, y->w);
}

int main(void) {
    int letters[26] = {0}, lenhist[16] = {0};
    int nwords = 0, sentences = 0, chars = 0, upper = 0;
    static struct wc words[400];
    int nw = 0;
    char cur[24];
    int cl = 0;
    for (const char *p = text;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c) chars++;
        if (isalpha(c)) {
            letters[tolower(c) - 'a']++;
            upper += isupper(c) != 0;
            if (cl < 23) cur[cl++] = (char)tolower(c);
            continue;
        }
        if (cl) {
            cur[cl] = 0;
            nwords++;
            lenhist[cl < 15 ? cl : 15]++;
            int found = 0;
            for (int i = 0; i < nw; i++) if (strcmp(words[i].w, cur) == 0) { words[i].n++; found = 1; break; }
            if (!found && nw < 400) { strcpy(words[nw].w, cur); words[nw].n = 1; nw++; }
            cl = 0;
        }
        if (c == '.' || c == '?' || c == '!') sentences++;
        if (!c) break;
    }
    printf("chars=%d words=%d distinct=%d sentences=%d uppercase=%d\n", chars, nwords, nw, sentences, upper);
    printf("avg word length=%.3f words/sentence=%.2f\n", (double)(chars - nwords) / nwords, (double)nwords / sentences);
    printf("letter frequencies:\n");
    for (int i = 0; i < 26; i++) {
        printf("%c %3d ", 'a' + i, letters[i]);
        for (int k = 0; k < letters[i] / 4; k++) putchar('*');
        putchar('\n');
    }
    printf("word length histogram:");
    for (int i = 1; i < 16; i++) printf(" %d:%d", i, lenhist[i]);
    printf("\n");
    qsort(words, (size_t)nw, sizeof words[0], cmp_wc);
    printf("top words:");
    for (int i = 0; i < 12; i++) printf(" %s(%d)", words[i].w, words[i].n);
    printf("\n");
    return 0;
}
