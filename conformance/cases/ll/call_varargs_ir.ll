; Variadic functions defined in IR: llvm.va_start/va_copy/va_end with the
; `va_arg` instruction for i32, i64, ptr and double; enough arguments that
; both the register save area and the stack overflow area are used; a
; va_copy traversed twice; and a va_list handed to native vprintf/vsnprintf.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%va_list = type { i32, i32, ptr, ptr }

@fi = private unnamed_addr constant [23 x i8] c"sum_i32(%d args) = %d\0A\00"
@fl = private unnamed_addr constant [16 x i8] c"sum_i64 = %lld\0A\00"
@fd = private unnamed_addr constant [48 x i8] c"mean of %d doubles = %.6f (copy pass max %.3f)\0A\00"
@fm = private unnamed_addr constant [11 x i8] c"mixed: %s\0A\00"
@fmi = private unnamed_addr constant [6 x i8] c"[i%d]\00"
@fml = private unnamed_addr constant [8 x i8] c"[l%lld]\00"
@fmd = private unnamed_addr constant [6 x i8] c"[d%g]\00"
@fms = private unnamed_addr constant [6 x i8] c"[s%s]\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@flog = private unnamed_addr constant [30 x i8] c"log(%d): %s / %s / %.2f / %c\0A\00"
@fsn = private unnamed_addr constant [31 x i8] c"vsnprintf gave %d chars: <%s>\0A\00"
@fmt2 = private unnamed_addr constant [22 x i8] c"%05d|%-6s|%s|%+.3e|%c\00"
@spec = private unnamed_addr constant [13 x i8] c"ildsdiilldds\00"
@w1 = private unnamed_addr constant [4 x i8] c"one\00"
@w2 = private unnamed_addr constant [4 x i8] c"two\00"
@w3 = private unnamed_addr constant [6 x i8] c"three\00"

declare i32 @printf(ptr, ...)
declare i32 @vprintf(ptr, ptr)
declare i32 @vsnprintf(ptr, i64, ptr, ptr)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)

define internal i32 @sum_i32(i32 %n, ...) {
entry:
  %ap = alloca %va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %more = icmp slt i32 %i, %n
  br i1 %more, label %body, label %done
body:
  %v = va_arg ptr %ap, i32
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  br label %loop
done:
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %s
}

define internal i64 @sum_i64(i32 %n, ...) {
entry:
  %ap = alloca %va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %v = va_arg ptr %ap, i64
  %s1 = add i64 %s, %v
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %done
done:
  call void @llvm.va_end.p0(ptr %ap)
  ret i64 %s1
}

; mean of n doubles, then a second pass over a va_copy computing the max
define internal double @mean(i32 %n, ptr %maxout, ...) {
entry:
  %ap = alloca %va_list, align 16
  %cp = alloca %va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_copy.p0(ptr %cp, ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
  %v = va_arg ptr %ap, double
  %s1 = fadd double %s, %v
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %second
second:
  call void @llvm.va_end.p0(ptr %ap)
  br label %loop2
loop2:
  %j = phi i32 [ 0, %second ], [ %j1, %loop2 ]
  %m = phi double [ 0xFFF0000000000000, %second ], [ %m1, %loop2 ]
  %w = va_arg ptr %cp, double
  %gt = fcmp ogt double %w, %m
  %m1 = select i1 %gt, double %w, double %m
  %j1 = add i32 %j, 1
  %more2 = icmp slt i32 %j1, %n
  br i1 %more2, label %loop2, label %done
done:
  call void @llvm.va_end.p0(ptr %cp)
  store double %m1, ptr %maxout
  %nd = sitofp i32 %n to double
  %r = fdiv double %s1, %nd
  ret double %r
}

; arguments described by a spec string: i=i32 l=i64 d=double s=ptr
define internal void @mixed(ptr %spec, ...) {
entry:
  %ap = alloca %va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  call i32 (ptr, ...) @printf(ptr @fm, ptr @w1)
  br label %loop
loop:
  %p = phi ptr [ %spec, %entry ], [ %p1, %next ]
  %c = load i8, ptr %p
  switch i8 %c, label %done [
    i8 105, label %is_i
    i8 108, label %is_l
    i8 100, label %is_d
    i8 115, label %is_s
  ]
is_i:
  %vi = va_arg ptr %ap, i32
  call i32 (ptr, ...) @printf(ptr @fmi, i32 %vi)
  br label %next
is_l:
  %vl = va_arg ptr %ap, i64
  call i32 (ptr, ...) @printf(ptr @fml, i64 %vl)
  br label %next
is_d:
  %vd = va_arg ptr %ap, double
  call i32 (ptr, ...) @printf(ptr @fmd, double %vd)
  br label %next
is_s:
  %vs = va_arg ptr %ap, ptr
  call i32 (ptr, ...) @printf(ptr @fms, ptr %vs)
  br label %next
next:
  %p1 = getelementptr inbounds i8, ptr %p, i64 1
  br label %loop
done:
  call i32 (ptr, ...) @printf(ptr @fnl)
  call void @llvm.va_end.p0(ptr %ap)
  ret void
}

; forwards its variadic part to native vprintf, then reuses a copy with vsnprintf
define internal i32 @logf(i32 %level, ptr %fmt, ...) {
entry:
  %ap = alloca %va_list, align 16
  %ap2 = alloca %va_list, align 16
  %buf = alloca [64 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_copy.p0(ptr %ap2, ptr %ap)
  %n = call i32 @vprintf(ptr %fmt, ptr %ap)
  call void @llvm.va_end.p0(ptr %ap)
  %m = call i32 @vsnprintf(ptr %buf, i64 64, ptr @fmt2, ptr %ap2)
  call void @llvm.va_end.p0(ptr %ap2)
  call i32 (ptr, ...) @printf(ptr @fnl)
  call i32 (ptr, ...) @printf(ptr @fsn, i32 %m, ptr %buf)
  %r = add i32 %n, %level
  ret i32 %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %s1 = call i32 (i32, ...) @sum_i32(i32 10, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 %argc)
  call i32 (ptr, ...) @printf(ptr @fi, i32 10, i32 %s1)
  %s0 = call i32 (i32, ...) @sum_i32(i32 0)
  call i32 (ptr, ...) @printf(ptr @fi, i32 0, i32 %s0)
  %a64 = sext i32 %argc to i64
  %l = call i64 (i32, ...) @sum_i64(i32 8, i64 9223372036854775807, i64 1, i64 -5000000000, i64 %a64, i64 -1, i64 2, i64 3, i64 4)
  call i32 (ptr, ...) @printf(ptr @fl, i64 %l)
  %mx = alloca double
  %ad = sitofp i32 %argc to double
  %mn = call double (i32, ptr, ...) @mean(i32 11, ptr %mx, double 1.0, double 2.5, double -3.0, double 4.25, double 5.0, double 6.0, double 7.0, double 8.0, double 9.5, double %ad, double -11.0)
  %mxv = load double, ptr %mx
  call i32 (ptr, ...) @printf(ptr @fd, i32 11, double %mn, double %mxv)
  call void (ptr, ...) @mixed(ptr @spec, i32 -1, i64 -9000000000, double 0.5, ptr @w2, double 1.25, i32 %argc, i32 77, i64 123, i64 456, double 2.75, double -8.0, ptr @w3)
  %argv1p = getelementptr inbounds ptr, ptr %argv, i64 1
  %argv1 = load ptr, ptr %argv1p
  %argv2p = getelementptr inbounds ptr, ptr %argv, i64 2
  %argv2 = load ptr, ptr %argv2p
  %r = call i32 (i32, ptr, ...) @logf(i32 %argc, ptr @flog, i32 %argc, ptr %argv1, ptr %argv2, double 3.14159, i32 90)
  %ret = urem i32 %r, 100
  ret i32 %ret
}
