; An unsupported construct in the first function, a body that does not
; verify in the second: a body that does not read is reported first,
; whichever core reads or validates what first.
define i32 @first() {
entry:
  %x = call i32 asm "mov $$1, $0", "=r"()
  ret i32 %x
}

define i32 @main() {
entry:
  %a = add i32 %b, 1
  %b = add i32 1, 2
  ret i32 %a
}
