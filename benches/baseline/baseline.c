/* Baseline microbenchmarks for the interpreter's own progress: a call-heavy
 * recursion and an arithmetic loop nest over an array. */

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

long loop_nest(int n) {
    static int grid[64][64];
    long sum = 0;
    for (int round = 0; round < n; round++)
        for (int i = 0; i < 64; i++)
            for (int j = 0; j < 64; j++) {
                grid[i][j] = grid[i][j] * 3 + i - j + round;
                sum += grid[i][j] & 0xff;
            }
    return sum;
}
