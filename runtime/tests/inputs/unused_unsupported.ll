; @never_called uses an intrinsic jir does not support; main never calls it.
declare void @llvm.x86.sse2.pause()

define void @never_called() {
entry:
  call void @llvm.x86.sse2.pause()
  ret void
}

define i32 @main() {
entry:
  ret i32 7
}
