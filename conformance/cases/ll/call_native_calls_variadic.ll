; Native code (qsort) calling an interpreted *variadic* function through a
; pointer: the comparator is declared `(ptr, ...)`, so its second argument
; arrives as a variadic one and is read with va_arg from the register save
; area, exactly as a native variadic callee would read it. A second
; variadic function is called by native code through bsearch the same way.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@data = global [8 x i32] [i32 42, i32 -7, i32 19, i32 0, i32 1000, i32 -300, i32 19, i32 5]
@fmt = private constant [4 x i8] c"%d \00"
@nl = private constant [2 x i8] c"\0A\00"
@found = private constant [23 x i8] c"bsearch(19) -> idx %d\0A\00"
@calls = global i32 0

declare i32 @printf(ptr, ...)
declare void @qsort(ptr, i64, i64, ptr)
declare ptr @bsearch(ptr, ptr, i64, i64, ptr)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

define i32 @cmp(ptr %a, ...) {
  %ap = alloca [24 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %b = va_arg ptr %ap, ptr
  call void @llvm.va_end.p0(ptr %ap)
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %lt = icmp slt i32 %x, %y
  %gt = icmp sgt i32 %x, %y
  %l = zext i1 %lt to i32
  %g = zext i1 %gt to i32
  %r = sub i32 %g, %l
  %c = load i32, ptr @calls
  %c1 = add i32 %c, 1
  store i32 %c1, ptr @calls
  ret i32 %r
}

define i32 @main() {
entry:
  call void @qsort(ptr @data, i64 8, i64 4, ptr @cmp)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr [8 x i32], ptr @data, i64 0, i64 %i
  %v = load i32, ptr %p
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, 8
  br i1 %more, label %loop, label %done
done:
  call i32 (ptr, ...) @printf(ptr @nl)
  %key = alloca i32
  store i32 19, ptr %key
  %hit = call ptr @bsearch(ptr %key, ptr @data, i64 8, i64 4, ptr @cmp)
  %hi = ptrtoint ptr %hit to i64
  %base = ptrtoint ptr @data to i64
  %diff = sub i64 %hi, %base
  %idx64 = sdiv i64 %diff, 4
  %idx = trunc i64 %idx64 to i32
  call i32 (ptr, ...) @printf(ptr @found, i32 %idx)
  %n = load i32, ptr @calls
  %ok = icmp sgt i32 %n, 8
  %status = select i1 %ok, i32 11, i32 99
  ret i32 %status
}
