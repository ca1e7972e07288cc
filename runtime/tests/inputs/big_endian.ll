target datalayout = "E-m:e-p:64:64-i64:64-n32:64-S128"

define i32 @main() {
  ret i32 0
}
