define i32 @main() {
start:
  %a = alloca fp128
  store fp128 0xL00000000000000003FFF000000000000, ptr %a
  ret i32 0
}
