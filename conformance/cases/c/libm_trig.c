#include <stdio.h>
#include <math.h>

/* Trigonometry: tables, identities, atan2 in every quadrant. */

int main(void) {
    const double pi = acos(-1.0);
    printf("pi = %.17g\n", pi);
    for (int deg = 0; deg <= 360; deg += 30) {
        double r = deg * pi / 180.0;
        printf("%3d deg: sin=%+.6f cos=%+.6f tan=%+.6e\n", deg, sin(r), cos(r), (deg % 180 == 90) ? 0.0 : tan(r));
    }
    double maxerr = 0;
    for (int i = -500; i <= 500; i++) {
        double x = i * 0.013;
        double e = fabs(sin(x) * sin(x) + cos(x) * cos(x) - 1.0);
        if (e > maxerr) maxerr = e;
    }
    printf("identity max error below 1e-15: %d\n", maxerr < 1e-15);
    int pts[][2] = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
    for (int i = 0; i < 8; i++) {
        double a = atan2(pts[i][1], pts[i][0]);
        printf("atan2(%2d,%2d) = %+.6f rad = %+7.2f deg\n", pts[i][1], pts[i][0], a, a * 180 / pi);
    }
    printf("asin(0.5)=%.12f acos(0.5)=%.12f atan(1)=%.12f\n", asin(0.5), acos(0.5), atan(1));
    printf("sinh(1)=%.12f cosh(1)=%.12f tanh(1)=%.12f\n", sinh(1), cosh(1), tanh(1));
    printf("asinh(1)=%.12f acosh(2)=%.12f atanh(0.5)=%.12f\n", asinh(1), acosh(2), atanh(0.5));
    /* rotate a polygon */
    double px[5], py[5];
    for (int i = 0; i < 5; i++) { px[i] = cos(2 * pi * i / 5); py[i] = sin(2 * pi * i / 5); }
    double ang = pi / 7;
    double area = 0;
    for (int i = 0; i < 5; i++) {
        double x = px[i] * cos(ang) - py[i] * sin(ang);
        double y = px[i] * sin(ang) + py[i] * cos(ang);
        px[i] = x; py[i] = y;
        printf("vertex %d: (%+.5f, %+.5f)\n", i, x, y);
    }
    for (int i = 0; i < 5; i++) { int j = (i + 1) % 5; area += px[i] * py[j] - px[j] * py[i]; }
    printf("pentagon area=%.9f\n", area / 2);
    float fs = 0;
    for (int i = 0; i < 100; i++) fs += sinf(i * 0.1f) * cosf(i * 0.05f);
    printf("float trig sum=%.3f\n", fs);
    return 0;
}
