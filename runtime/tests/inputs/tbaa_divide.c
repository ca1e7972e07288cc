/* At -O2 the loads carry type-based alias tags (!tbaa), metadata the
 * loader drops unread; the trap must still name its source line. */
struct fraction { int num; long den; };
__attribute__((noinline)) int quotient(struct fraction *f) { return f->num / (int)f->den; }
int main(int argc, char **argv) { struct fraction f = { 10, argc - 1 }; return quotient(&f); }
