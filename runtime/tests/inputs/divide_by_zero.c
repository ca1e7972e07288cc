int divide(int a, int b) { return a / b; }
int main(int argc, char **argv) { return divide(10, argc - 1); }
