int down(int n) { return n == 0 ? 0 : 1 + down(n - 1) + (n & 1); }
int main(void) { return down(100000000) & 0xff; }
