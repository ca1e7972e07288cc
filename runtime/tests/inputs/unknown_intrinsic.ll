declare void @llvm.x86.sse2.pause()

define i32 @spin(i32 %n) {
entry:
  call void @llvm.x86.sse2.pause()
  ret i32 %n
}

define i32 @main() {
  %r = call i32 @spin(i32 3)
  ret i32 %r
}
