; Leaving the program without returning from main: a `noreturn` helper
; calls exit() from deep inside a recursion, with `unreachable` after every
; noreturn call; atexit handlers (registered in order, run in reverse) see
; state computed before the exit; buffered stdout is flushed by exit. The
; exit status (computed) comes from the exit() argument, not main.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@depth_seen = internal global i32 0
@checksum = internal global i64 0
@fh1 = private unnamed_addr constant [51 x i8] c"atexit #1 (registered first, runs last): depth=%d\0A\00"
@fh2 = private unnamed_addr constant [26 x i8] c"atexit #2: checksum=%lld\0A\00"
@fr = private unnamed_addr constant [27 x i8] c"descend %d (partial %lld)\0A\00"
@fx = private unnamed_addr constant [38 x i8] c"leaving with status %d from depth %d\0A\00"
@fnever = private unnamed_addr constant [28 x i8] c"this line is never printed\0A\00"

declare i32 @printf(ptr, ...)
declare i32 @atexit(ptr)
declare void @exit(i32) noreturn

define internal void @h1() {
  %d = load i32, ptr @depth_seen
  call i32 (ptr, ...) @printf(ptr @fh1, i32 %d)
  ret void
}

define internal void @h2() {
  %c = load i64, ptr @checksum
  call i32 (ptr, ...) @printf(ptr @fh2, i64 %c)
  ret void
}

define internal void @finish(i32 %depth) noreturn {
  store i32 %depth, ptr @depth_seen
  %c = load i64, ptr @checksum
  %m = urem i64 %c, 90
  %st = trunc i64 %m to i32
  %st1 = add i32 %st, 10
  call i32 (ptr, ...) @printf(ptr @fx, i32 %st1, i32 %depth)
  call void @exit(i32 %st1)
  unreachable
}

define internal i64 @descend(i32 %d, i32 %limit, i64 %acc) {
entry:
  %acc1 = mul i64 %acc, 31
  %dd = zext i32 %d to i64
  %acc2 = add i64 %acc1, %dd
  store i64 %acc2, ptr @checksum
  %r = urem i32 %d, 10
  %pz = icmp eq i32 %r, 0
  br i1 %pz, label %print, label %go
print:
  call i32 (ptr, ...) @printf(ptr @fr, i32 %d, i64 %acc2)
  br label %go
go:
  %at = icmp eq i32 %d, %limit
  br i1 %at, label %stop, label %deeper
stop:
  call void @finish(i32 %d)
  unreachable
deeper:
  %d1 = add i32 %d, 1
  %res = call i64 @descend(i32 %d1, i32 %limit, i64 %acc2)
  ; never reached: the recursion ends in exit()
  ret i64 %res
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  call i32 @atexit(ptr @h1)
  call i32 @atexit(ptr @h2)
  %lim = mul i32 %argc, 12
  %r = call i64 @descend(i32 0, i32 %lim, i64 7)
  call i32 (ptr, ...) @printf(ptr @fnever)
  ret i32 0
}
