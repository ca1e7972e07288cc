; llvm.global_ctors / llvm.global_dtors with several priorities (listed out
; of order), the associated-data field, constructors initialising state
; that main reads, and destructors printing state main left behind. (No
; atexit handlers: their order relative to global_dtors is a C runtime
; convention, not LLVM IR semantics.)
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@llvm.global_ctors = appending global [4 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @ctor_default, ptr null },
  { i32, ptr, ptr } { i32 101, ptr @ctor_first, ptr null },
  { i32, ptr, ptr } { i32 300, ptr @ctor_third, ptr @table },
  { i32, ptr, ptr } { i32 200, ptr @ctor_second, ptr null } ]
@llvm.global_dtors = appending global [3 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 150, ptr @dtor_150, ptr null },
  { i32, ptr, ptr } { i32 65535, ptr @dtor_default, ptr null },
  { i32, ptr, ptr } { i32 500, ptr @dtor_500, ptr null } ]

@log = internal global [8 x i8] zeroinitializer
@logn = internal global i32 0
@table = internal global [5 x i32] zeroinitializer
@result = internal global i64 0

@fc = private unnamed_addr constant [40 x i8] c"ctor %s (priority %d), log so far '%s'\0A\00"
@fd = private unnamed_addr constant [31 x i8] c"dtor %s: result=%lld log='%s'\0A\00"
@fm = private unnamed_addr constant [39 x i8] c"main: log='%s' table=[%d %d %d %d %d]\0A\00"
@s_first = private unnamed_addr constant [6 x i8] c"first\00"
@s_second = private unnamed_addr constant [7 x i8] c"second\00"
@s_third = private unnamed_addr constant [6 x i8] c"third\00"
@s_default = private unnamed_addr constant [8 x i8] c"default\00"
@s_150 = private unnamed_addr constant [4 x i8] c"150\00"
@s_500 = private unnamed_addr constant [4 x i8] c"500\00"

declare i32 @printf(ptr, ...)

define internal void @append(i8 %c) {
  %n = load i32, ptr @logn
  %p = getelementptr inbounds [8 x i8], ptr @log, i32 0, i32 %n
  store i8 %c, ptr %p
  %n1 = add i32 %n, 1
  store i32 %n1, ptr @logn
  ret void
}

define internal void @ctor_first() {
  call i32 (ptr, ...) @printf(ptr @fc, ptr @s_first, i32 101, ptr @log)
  call void @append(i8 65)
  ; table[i] = i*i
  br label %l
l:
  %i = phi i32 [ 0, %0 ], [ %i1, %l ]
  %p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 %i
  %sq = mul i32 %i, %i
  store i32 %sq, ptr %p
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 5
  br i1 %c, label %l, label %x
x:
  ret void
}

define internal void @ctor_second() {
  call i32 (ptr, ...) @printf(ptr @fc, ptr @s_second, i32 200, ptr @log)
  call void @append(i8 66)
  %p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 4
  %v = load i32, ptr %p
  %v2 = add i32 %v, 100
  store i32 %v2, ptr %p
  ret void
}

define internal void @ctor_third() {
  call i32 (ptr, ...) @printf(ptr @fc, ptr @s_third, i32 300, ptr @log)
  call void @append(i8 67)
  %p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 0
  store i32 -1, ptr %p
  ret void
}

define internal void @ctor_default() {
  call i32 (ptr, ...) @printf(ptr @fc, ptr @s_default, i32 65535, ptr @log)
  call void @append(i8 68)
  ret void
}

define internal void @dtor_150() {
  %r = load i64, ptr @result
  call i32 (ptr, ...) @printf(ptr @fd, ptr @s_150, i64 %r, ptr @log)
  call void @append(i8 49)
  ret void
}

define internal void @dtor_500() {
  %r = load i64, ptr @result
  call i32 (ptr, ...) @printf(ptr @fd, ptr @s_500, i64 %r, ptr @log)
  call void @append(i8 53)
  ret void
}

define internal void @dtor_default() {
  %r = load i64, ptr @result
  call i32 (ptr, ...) @printf(ptr @fd, ptr @s_default, i64 %r, ptr @log)
  call void @append(i8 57)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %t0p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 0
  %t1p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 1
  %t2p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 2
  %t3p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 3
  %t4p = getelementptr inbounds [5 x i32], ptr @table, i32 0, i32 4
  %t0 = load i32, ptr %t0p
  %t1 = load i32, ptr %t1p
  %t2 = load i32, ptr %t2p
  %t3 = load i32, ptr %t3p
  %t4 = load i32, ptr %t4p
  call i32 (ptr, ...) @printf(ptr @fm, ptr @log, i32 %t0, i32 %t1, i32 %t2, i32 %t3, i32 %t4)
  %s1 = add i32 %t0, %t1
  %s2 = add i32 %s1, %t2
  %s3 = add i32 %s2, %t3
  %s4 = add i32 %s3, %t4
  %s5 = mul i32 %s4, %argc
  %s64 = sext i32 %s5 to i64
  store i64 %s64, ptr @result
  call void @append(i8 77)
  %r = urem i32 %s5, 120
  ret i32 %r
}
