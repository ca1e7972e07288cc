#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>
#include <float.h>

/* float arithmetic is evaluated in float (FLT_EVAL_METHOD 0 on x86-64
   SSE): every operation rounds to 24 bits. Compared with the same
   computations in double and then rounded once, showing double rounding
   differences; correctly rounded sqrtf and division; float loop
   accumulators; and float<->double conversions of the intermediate
   results. */

static volatile float vf[] = {1.0f, 3.0f, 0.1f, 16777216.0f, 1e-8f, 7.0f, 1.0f / 3.0f, 65504.0f};

int main(void) {
    printf("FLT_EVAL_METHOD=%d\n", FLT_EVAL_METHOD);
    float a = vf[0], b = vf[1], c = vf[2];
    float q = a / b;
    double qd = (double)a / b;
    printf("1/3 float=%.9g double=%.17g rounded=%.9g same=%d\n", q, qd, (float)qd, q == (float)qd);
    float big = vf[3];
    printf("2^24+1 in float=%.1f, 2^24+1+1=%.1f, 2^24+(1+1)=%.1f\n", big + a, (big + a) + a, big + (a + a));
    float s = 0;
    double sd = 0;
    for (int i = 0; i < 100000; i++) { s += c; sd += c; }
    printf("sum 0.1f x 1e5: float=%.9g double-acc=%.17g\n", s, sd);
    float t = 0;
    for (int i = 0; i < 100; i++) t += vf[4];
    printf("tiny sum=%.9g (1+tiny sums)=%.9g\n", t, a + t);
    float mixed = a + vf[4] * 100 - a;
    printf("cancellation: %.9g\n", mixed);
    int differ = 0, total = 0;
    for (int i = 1; i < 2000; i++) {
        float x = (float)i * vf[2], y = (float)(i % 97 + 1) * vf[6];
        float pf = x * y + x / y;
        double pd = (double)x * y + (double)x / y;
        differ += pf != (float)pd;
        total++;
    }
    printf("expression x*y+x/y: float vs double-then-round differ in %d of %d\n", differ, total);
    int sq_ok = 0;
    for (int i = 1; i <= 1000; i++) {
        float x = (float)i * vf[6];
        float r = sqrtf(x);
        double rd = sqrt((double)x);
        sq_ok += r == (float)rd;
    }
    printf("sqrtf correctly rounded in %d of 1000\n", sq_ok);
    float h = vf[7];
    printf("65504*2=%.1f 65504^2=%.1f (fits float)\n", h * 2, h * h);
    float e = 1.0f;
    int bits = 0;
    while (1.0f + e / 2 != 1.0f) { e /= 2; bits++; }
    printf("float epsilon search: %d halvings, eps=%a\n", bits, e);
    return 0;
}
