define i32 @main() {
entry:
  %x = call i32 asm "movl $$7, $0", "=r"()
  br label %done

done:
  ret i32 %x
}
