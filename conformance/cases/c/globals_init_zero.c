#include <stdio.h>
#include <string.h>

/* Initialised and zero-initialised globals of many types; mutation across functions. */

int g_int = 42;
long g_long = -1234567890123L;
double g_double = 2.718281828459045;
float g_float = -0.5f;
char g_char = 'Q';
unsigned char g_bytes[8] = {1, 2, 3};
short g_shorts[5] = {[2] = 7, [4] = -9};
const char g_msg[] = "global message";
char g_buf[32];
int g_zero_arr[100];
static long s_counter;
static double s_vec[4] = {0.25, 0.5};
struct cfg { int w, h; const char *title; double ratio; } g_cfg = {640, 480, "window", 4.0 / 3};
struct cfg g_cfg_zero;
int g_matrix[3][4] = {{1, 2, 3, 4}, {5, 6}, {9}};

static void bump(void) { g_int++; s_counter += g_int; g_zero_arr[g_int % 100] += 1; }

static long checksum(void) {
    long s = g_int + g_long % 1000 + (long)(g_double * 1000) + (long)(g_float * 10) + g_char;
    for (int i = 0; i < 8; i++) s = s * 3 + g_bytes[i];
    for (int i = 0; i < 5; i++) s = s * 5 + g_shorts[i];
    for (int i = 0; i < 100; i++) s += g_zero_arr[i] * i;
    return s;
}

int main(void) {
    printf("g_int=%d g_long=%ld g_double=%.15f g_float=%g g_char=%c\n", g_int, g_long, g_double, g_float, g_char);
    printf("g_bytes:");
    for (int i = 0; i < 8; i++) printf(" %u", g_bytes[i]);
    printf("\ng_shorts:");
    for (int i = 0; i < 5; i++) printf(" %d", g_shorts[i]);
    printf("\ng_msg=%s (sizeof %zu)\n", g_msg, sizeof g_msg);
    int zero = 1;
    for (int i = 0; i < 32; i++) zero &= g_buf[i] == 0;
    for (int i = 0; i < 100; i++) zero &= g_zero_arr[i] == 0;
    zero &= g_cfg_zero.w == 0 && g_cfg_zero.title == NULL && g_cfg_zero.ratio == 0.0 && s_counter == 0;
    printf("zero-initialised: %d\n", zero);
    printf("cfg: %dx%d '%s' ratio=%.6f\n", g_cfg.w, g_cfg.h, g_cfg.title, g_cfg.ratio);
    printf("s_vec: %g %g %g %g\n", s_vec[0], s_vec[1], s_vec[2], s_vec[3]);
    for (int r = 0; r < 3; r++) { for (int c = 0; c < 4; c++) printf("%d ", g_matrix[r][c]); printf("\n"); }
    printf("checksum before=%ld\n", checksum());
    for (int i = 0; i < 250; i++) bump();
    strcpy(g_buf, g_msg);
    g_buf[0] = 'G';
    g_cfg_zero = g_cfg;
    g_cfg_zero.w *= 2;
    printf("after: g_int=%d s_counter=%ld g_buf=%s cfg_zero.w=%d\n", g_int, s_counter, g_buf, g_cfg_zero.w);
    printf("checksum after=%ld\n", checksum());
    return 0;
}
