; A malformed module (a use before its definition) that carries the debug
; info version flag: LLVM's readers would abort the process on it.
define i32 @main() {
entry:
  %a = add i32 %b, 1
  %b = add i32 1, 1
  ret i32 %a
}
!llvm.module.flags = !{!0}
!0 = !{i32 2, !"Debug Info Version", i32 3}
