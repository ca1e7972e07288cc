; A call through a pointer whose type disagrees with the function's
; (one argument for two): an error, not a crash.
define i32 @two(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  ret i32 %s
}

define i32 @main() {
  %p = alloca ptr
  store volatile ptr @two, ptr %p
  %f = load volatile ptr, ptr %p
  %r = call i32 %f(i32 1)
  ret i32 %r
}
