define i32 @main() {
start:
  %a = alloca x86_fp80
  store x86_fp80 0xK3FFF8000000000000000, ptr %a
  ret i32 0
}
