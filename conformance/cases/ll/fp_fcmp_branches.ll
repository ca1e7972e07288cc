; fcmp fused into conditional branches: every predicate on double and
; float, with the taken block laid out after the branch and before it (the
; interpreter then branches on the predicate or on its negation), and with
; PHI moves on the edges. Operands include NaN, signed zeros, infinities.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vals = global [7 x double] [double 1.0, double 2.0, double 0x7FF8000000000000, double 0.0, double -0.0, double 0x7FF0000000000000, double 0xFFF0000000000000]
@fmt = private unnamed_addr constant [13 x i8] c"%d %d %s %s\0A\00"
@total = private unnamed_addr constant [11 x i8] c"total: %d\0A\00"

declare i32 @printf(ptr, ...)
define internal i32 @false_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp false double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @false_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp false double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @false_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp false double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @oeq_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp oeq double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @oeq_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp oeq double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @oeq_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp oeq double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ogt_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ogt double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ogt_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ogt double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ogt_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ogt double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @oge_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp oge double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @oge_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp oge double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @oge_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp oge double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @olt_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp olt double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @olt_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp olt double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @olt_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp olt double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ole_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ole double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ole_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ole double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ole_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ole double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @one_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp one double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @one_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp one double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @one_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp one double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ord_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ord double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ord_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ord double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ord_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ord double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ueq_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ueq double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ueq_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ueq double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ueq_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ueq double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ugt_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ugt double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ugt_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ugt double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ugt_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ugt double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @uge_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp uge double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @uge_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp uge double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @uge_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp uge double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ult_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ult double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ult_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ult double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ult_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ult double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ule_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp ule double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ule_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp ule double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ule_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ule double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @une_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp une double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @une_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp une double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @une_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp une double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @uno_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp uno double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @uno_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp uno double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @uno_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp uno double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @true_d_next_true(double %a, double %b) noinline {
entry:
  %c = fcmp true double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @true_d_next_false(double %a, double %b) noinline {
entry:
  %c = fcmp true double %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @true_d_phi(double %a, double %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp true double %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @false_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp false float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @false_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp false float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @false_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp false float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @oeq_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp oeq float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @oeq_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp oeq float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @oeq_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp oeq float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ogt_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ogt float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ogt_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ogt float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ogt_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ogt float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @oge_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp oge float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @oge_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp oge float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @oge_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp oge float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @olt_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp olt float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @olt_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp olt float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @olt_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp olt float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ole_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ole float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ole_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ole float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ole_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ole float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @one_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp one float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @one_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp one float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @one_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp one float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ord_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ord float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ord_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ord float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ord_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ord float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ueq_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ueq float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ueq_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ueq float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ueq_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ueq float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ugt_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ugt float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ugt_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ugt float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ugt_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ugt float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @uge_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp uge float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @uge_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp uge float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @uge_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp uge float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ult_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ult float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ult_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ult float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ult_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ult float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @ule_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp ule float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @ule_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp ule float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @ule_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp ule float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @une_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp une float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @une_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp une float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @une_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp une float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @uno_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp uno float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @uno_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp uno float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @uno_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp uno float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define internal i32 @true_f_next_true(float %a, float %b) noinline {
entry:
  %c = fcmp true float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
define internal i32 @true_f_next_false(float %a, float %b) noinline {
entry:
  %c = fcmp true float %a, %b
  br i1 %c, label %t, label %f
f:
  ret i32 0
t:
  ret i32 1
}
define internal i32 @true_f_phi(float %a, float %b, i32 %x, i32 %y) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %t ], [ %i1, %f ]
  %acc = phi i32 [ 0, %entry ], [ %acc.t, %t ], [ %acc.f, %f ]
  %i1 = add i32 %i, 1
  %c = fcmp true float %a, %b
  br i1 %c, label %t, label %f
t:
  %acc.t = add i32 %acc, %x
  %done.t = icmp eq i32 %i1, 3
  br i1 %done.t, label %exit, label %loop
f:
  %acc.f = add i32 %acc, %y
  %done.f = icmp eq i32 %i1, 3
  br i1 %done.f, label %exit, label %loop
exit:
  %r = phi i32 [ %acc.t, %t ], [ %acc.f, %f ]
  ret i32 %r
}
define i32 @main() {
entry:
  %bd = alloca [17 x i8]
  %bf = alloca [17 x i8]
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %outer.next ]
  %tot = phi i32 [ 0, %entry ], [ %tot.inner, %outer.next ]
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j.next, %inner ]
  %tot.in = phi i32 [ %tot, %outer ], [ %tot.inner, %inner ]
  %pa = getelementptr [7 x double], ptr @vals, i64 0, i64 %i
  %pb = getelementptr [7 x double], ptr @vals, i64 0, i64 %j
  %a = load volatile double, ptr %pa
  %b = load volatile double, ptr %pb
  %af = fptrunc double %a to float
  %bf32 = fptrunc double %b to float
  %r0a = call i32 @false_d_next_true(double %a, double %b)
  %r0b = call i32 @false_d_next_false(double %a, double %b)
  %r0c = call i32 @false_d_phi(double %a, double %b, i32 100, i32 1)
  %r0s = add i32 %r0a, %r0b
  %r0m = mul i32 %r0s, 1000
  %r0t = add i32 %r0m, %r0c
  %t0 = add i32 %tot.in, %r0t
  %d0 = trunc i32 %r0a to i8
  %e0 = add i8 %d0, 48
  %p0 = getelementptr [17 x i8], ptr %bd, i64 0, i64 0
  store i8 %e0, ptr %p0
  %r1a = call i32 @oeq_d_next_true(double %a, double %b)
  %r1b = call i32 @oeq_d_next_false(double %a, double %b)
  %r1c = call i32 @oeq_d_phi(double %a, double %b, i32 100, i32 1)
  %r1s = add i32 %r1a, %r1b
  %r1m = mul i32 %r1s, 1000
  %r1t = add i32 %r1m, %r1c
  %t1 = add i32 %t0, %r1t
  %d1 = trunc i32 %r1a to i8
  %e1 = add i8 %d1, 48
  %p1 = getelementptr [17 x i8], ptr %bd, i64 0, i64 1
  store i8 %e1, ptr %p1
  %r2a = call i32 @ogt_d_next_true(double %a, double %b)
  %r2b = call i32 @ogt_d_next_false(double %a, double %b)
  %r2c = call i32 @ogt_d_phi(double %a, double %b, i32 100, i32 1)
  %r2s = add i32 %r2a, %r2b
  %r2m = mul i32 %r2s, 1000
  %r2t = add i32 %r2m, %r2c
  %t2 = add i32 %t1, %r2t
  %d2 = trunc i32 %r2a to i8
  %e2 = add i8 %d2, 48
  %p2 = getelementptr [17 x i8], ptr %bd, i64 0, i64 2
  store i8 %e2, ptr %p2
  %r3a = call i32 @oge_d_next_true(double %a, double %b)
  %r3b = call i32 @oge_d_next_false(double %a, double %b)
  %r3c = call i32 @oge_d_phi(double %a, double %b, i32 100, i32 1)
  %r3s = add i32 %r3a, %r3b
  %r3m = mul i32 %r3s, 1000
  %r3t = add i32 %r3m, %r3c
  %t3 = add i32 %t2, %r3t
  %d3 = trunc i32 %r3a to i8
  %e3 = add i8 %d3, 48
  %p3 = getelementptr [17 x i8], ptr %bd, i64 0, i64 3
  store i8 %e3, ptr %p3
  %r4a = call i32 @olt_d_next_true(double %a, double %b)
  %r4b = call i32 @olt_d_next_false(double %a, double %b)
  %r4c = call i32 @olt_d_phi(double %a, double %b, i32 100, i32 1)
  %r4s = add i32 %r4a, %r4b
  %r4m = mul i32 %r4s, 1000
  %r4t = add i32 %r4m, %r4c
  %t4 = add i32 %t3, %r4t
  %d4 = trunc i32 %r4a to i8
  %e4 = add i8 %d4, 48
  %p4 = getelementptr [17 x i8], ptr %bd, i64 0, i64 4
  store i8 %e4, ptr %p4
  %r5a = call i32 @ole_d_next_true(double %a, double %b)
  %r5b = call i32 @ole_d_next_false(double %a, double %b)
  %r5c = call i32 @ole_d_phi(double %a, double %b, i32 100, i32 1)
  %r5s = add i32 %r5a, %r5b
  %r5m = mul i32 %r5s, 1000
  %r5t = add i32 %r5m, %r5c
  %t5 = add i32 %t4, %r5t
  %d5 = trunc i32 %r5a to i8
  %e5 = add i8 %d5, 48
  %p5 = getelementptr [17 x i8], ptr %bd, i64 0, i64 5
  store i8 %e5, ptr %p5
  %r6a = call i32 @one_d_next_true(double %a, double %b)
  %r6b = call i32 @one_d_next_false(double %a, double %b)
  %r6c = call i32 @one_d_phi(double %a, double %b, i32 100, i32 1)
  %r6s = add i32 %r6a, %r6b
  %r6m = mul i32 %r6s, 1000
  %r6t = add i32 %r6m, %r6c
  %t6 = add i32 %t5, %r6t
  %d6 = trunc i32 %r6a to i8
  %e6 = add i8 %d6, 48
  %p6 = getelementptr [17 x i8], ptr %bd, i64 0, i64 6
  store i8 %e6, ptr %p6
  %r7a = call i32 @ord_d_next_true(double %a, double %b)
  %r7b = call i32 @ord_d_next_false(double %a, double %b)
  %r7c = call i32 @ord_d_phi(double %a, double %b, i32 100, i32 1)
  %r7s = add i32 %r7a, %r7b
  %r7m = mul i32 %r7s, 1000
  %r7t = add i32 %r7m, %r7c
  %t7 = add i32 %t6, %r7t
  %d7 = trunc i32 %r7a to i8
  %e7 = add i8 %d7, 48
  %p7 = getelementptr [17 x i8], ptr %bd, i64 0, i64 7
  store i8 %e7, ptr %p7
  %r8a = call i32 @ueq_d_next_true(double %a, double %b)
  %r8b = call i32 @ueq_d_next_false(double %a, double %b)
  %r8c = call i32 @ueq_d_phi(double %a, double %b, i32 100, i32 1)
  %r8s = add i32 %r8a, %r8b
  %r8m = mul i32 %r8s, 1000
  %r8t = add i32 %r8m, %r8c
  %t8 = add i32 %t7, %r8t
  %d8 = trunc i32 %r8a to i8
  %e8 = add i8 %d8, 48
  %p8 = getelementptr [17 x i8], ptr %bd, i64 0, i64 8
  store i8 %e8, ptr %p8
  %r9a = call i32 @ugt_d_next_true(double %a, double %b)
  %r9b = call i32 @ugt_d_next_false(double %a, double %b)
  %r9c = call i32 @ugt_d_phi(double %a, double %b, i32 100, i32 1)
  %r9s = add i32 %r9a, %r9b
  %r9m = mul i32 %r9s, 1000
  %r9t = add i32 %r9m, %r9c
  %t9 = add i32 %t8, %r9t
  %d9 = trunc i32 %r9a to i8
  %e9 = add i8 %d9, 48
  %p9 = getelementptr [17 x i8], ptr %bd, i64 0, i64 9
  store i8 %e9, ptr %p9
  %r10a = call i32 @uge_d_next_true(double %a, double %b)
  %r10b = call i32 @uge_d_next_false(double %a, double %b)
  %r10c = call i32 @uge_d_phi(double %a, double %b, i32 100, i32 1)
  %r10s = add i32 %r10a, %r10b
  %r10m = mul i32 %r10s, 1000
  %r10t = add i32 %r10m, %r10c
  %t10 = add i32 %t9, %r10t
  %d10 = trunc i32 %r10a to i8
  %e10 = add i8 %d10, 48
  %p10 = getelementptr [17 x i8], ptr %bd, i64 0, i64 10
  store i8 %e10, ptr %p10
  %r11a = call i32 @ult_d_next_true(double %a, double %b)
  %r11b = call i32 @ult_d_next_false(double %a, double %b)
  %r11c = call i32 @ult_d_phi(double %a, double %b, i32 100, i32 1)
  %r11s = add i32 %r11a, %r11b
  %r11m = mul i32 %r11s, 1000
  %r11t = add i32 %r11m, %r11c
  %t11 = add i32 %t10, %r11t
  %d11 = trunc i32 %r11a to i8
  %e11 = add i8 %d11, 48
  %p11 = getelementptr [17 x i8], ptr %bd, i64 0, i64 11
  store i8 %e11, ptr %p11
  %r12a = call i32 @ule_d_next_true(double %a, double %b)
  %r12b = call i32 @ule_d_next_false(double %a, double %b)
  %r12c = call i32 @ule_d_phi(double %a, double %b, i32 100, i32 1)
  %r12s = add i32 %r12a, %r12b
  %r12m = mul i32 %r12s, 1000
  %r12t = add i32 %r12m, %r12c
  %t12 = add i32 %t11, %r12t
  %d12 = trunc i32 %r12a to i8
  %e12 = add i8 %d12, 48
  %p12 = getelementptr [17 x i8], ptr %bd, i64 0, i64 12
  store i8 %e12, ptr %p12
  %r13a = call i32 @une_d_next_true(double %a, double %b)
  %r13b = call i32 @une_d_next_false(double %a, double %b)
  %r13c = call i32 @une_d_phi(double %a, double %b, i32 100, i32 1)
  %r13s = add i32 %r13a, %r13b
  %r13m = mul i32 %r13s, 1000
  %r13t = add i32 %r13m, %r13c
  %t13 = add i32 %t12, %r13t
  %d13 = trunc i32 %r13a to i8
  %e13 = add i8 %d13, 48
  %p13 = getelementptr [17 x i8], ptr %bd, i64 0, i64 13
  store i8 %e13, ptr %p13
  %r14a = call i32 @uno_d_next_true(double %a, double %b)
  %r14b = call i32 @uno_d_next_false(double %a, double %b)
  %r14c = call i32 @uno_d_phi(double %a, double %b, i32 100, i32 1)
  %r14s = add i32 %r14a, %r14b
  %r14m = mul i32 %r14s, 1000
  %r14t = add i32 %r14m, %r14c
  %t14 = add i32 %t13, %r14t
  %d14 = trunc i32 %r14a to i8
  %e14 = add i8 %d14, 48
  %p14 = getelementptr [17 x i8], ptr %bd, i64 0, i64 14
  store i8 %e14, ptr %p14
  %r15a = call i32 @true_d_next_true(double %a, double %b)
  %r15b = call i32 @true_d_next_false(double %a, double %b)
  %r15c = call i32 @true_d_phi(double %a, double %b, i32 100, i32 1)
  %r15s = add i32 %r15a, %r15b
  %r15m = mul i32 %r15s, 1000
  %r15t = add i32 %r15m, %r15c
  %t15 = add i32 %t14, %r15t
  %d15 = trunc i32 %r15a to i8
  %e15 = add i8 %d15, 48
  %p15 = getelementptr [17 x i8], ptr %bd, i64 0, i64 15
  store i8 %e15, ptr %p15
  %zd = getelementptr [17 x i8], ptr %bd, i64 0, i64 16
  store i8 0, ptr %zd
  %r16a = call i32 @false_f_next_true(float %af, float %bf32)
  %r16b = call i32 @false_f_next_false(float %af, float %bf32)
  %r16c = call i32 @false_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r16s = add i32 %r16a, %r16b
  %r16m = mul i32 %r16s, 1000
  %r16t = add i32 %r16m, %r16c
  %t16 = add i32 %t15, %r16t
  %d16 = trunc i32 %r16a to i8
  %e16 = add i8 %d16, 48
  %p16 = getelementptr [17 x i8], ptr %bf, i64 0, i64 0
  store i8 %e16, ptr %p16
  %r17a = call i32 @oeq_f_next_true(float %af, float %bf32)
  %r17b = call i32 @oeq_f_next_false(float %af, float %bf32)
  %r17c = call i32 @oeq_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r17s = add i32 %r17a, %r17b
  %r17m = mul i32 %r17s, 1000
  %r17t = add i32 %r17m, %r17c
  %t17 = add i32 %t16, %r17t
  %d17 = trunc i32 %r17a to i8
  %e17 = add i8 %d17, 48
  %p17 = getelementptr [17 x i8], ptr %bf, i64 0, i64 1
  store i8 %e17, ptr %p17
  %r18a = call i32 @ogt_f_next_true(float %af, float %bf32)
  %r18b = call i32 @ogt_f_next_false(float %af, float %bf32)
  %r18c = call i32 @ogt_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r18s = add i32 %r18a, %r18b
  %r18m = mul i32 %r18s, 1000
  %r18t = add i32 %r18m, %r18c
  %t18 = add i32 %t17, %r18t
  %d18 = trunc i32 %r18a to i8
  %e18 = add i8 %d18, 48
  %p18 = getelementptr [17 x i8], ptr %bf, i64 0, i64 2
  store i8 %e18, ptr %p18
  %r19a = call i32 @oge_f_next_true(float %af, float %bf32)
  %r19b = call i32 @oge_f_next_false(float %af, float %bf32)
  %r19c = call i32 @oge_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r19s = add i32 %r19a, %r19b
  %r19m = mul i32 %r19s, 1000
  %r19t = add i32 %r19m, %r19c
  %t19 = add i32 %t18, %r19t
  %d19 = trunc i32 %r19a to i8
  %e19 = add i8 %d19, 48
  %p19 = getelementptr [17 x i8], ptr %bf, i64 0, i64 3
  store i8 %e19, ptr %p19
  %r20a = call i32 @olt_f_next_true(float %af, float %bf32)
  %r20b = call i32 @olt_f_next_false(float %af, float %bf32)
  %r20c = call i32 @olt_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r20s = add i32 %r20a, %r20b
  %r20m = mul i32 %r20s, 1000
  %r20t = add i32 %r20m, %r20c
  %t20 = add i32 %t19, %r20t
  %d20 = trunc i32 %r20a to i8
  %e20 = add i8 %d20, 48
  %p20 = getelementptr [17 x i8], ptr %bf, i64 0, i64 4
  store i8 %e20, ptr %p20
  %r21a = call i32 @ole_f_next_true(float %af, float %bf32)
  %r21b = call i32 @ole_f_next_false(float %af, float %bf32)
  %r21c = call i32 @ole_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r21s = add i32 %r21a, %r21b
  %r21m = mul i32 %r21s, 1000
  %r21t = add i32 %r21m, %r21c
  %t21 = add i32 %t20, %r21t
  %d21 = trunc i32 %r21a to i8
  %e21 = add i8 %d21, 48
  %p21 = getelementptr [17 x i8], ptr %bf, i64 0, i64 5
  store i8 %e21, ptr %p21
  %r22a = call i32 @one_f_next_true(float %af, float %bf32)
  %r22b = call i32 @one_f_next_false(float %af, float %bf32)
  %r22c = call i32 @one_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r22s = add i32 %r22a, %r22b
  %r22m = mul i32 %r22s, 1000
  %r22t = add i32 %r22m, %r22c
  %t22 = add i32 %t21, %r22t
  %d22 = trunc i32 %r22a to i8
  %e22 = add i8 %d22, 48
  %p22 = getelementptr [17 x i8], ptr %bf, i64 0, i64 6
  store i8 %e22, ptr %p22
  %r23a = call i32 @ord_f_next_true(float %af, float %bf32)
  %r23b = call i32 @ord_f_next_false(float %af, float %bf32)
  %r23c = call i32 @ord_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r23s = add i32 %r23a, %r23b
  %r23m = mul i32 %r23s, 1000
  %r23t = add i32 %r23m, %r23c
  %t23 = add i32 %t22, %r23t
  %d23 = trunc i32 %r23a to i8
  %e23 = add i8 %d23, 48
  %p23 = getelementptr [17 x i8], ptr %bf, i64 0, i64 7
  store i8 %e23, ptr %p23
  %r24a = call i32 @ueq_f_next_true(float %af, float %bf32)
  %r24b = call i32 @ueq_f_next_false(float %af, float %bf32)
  %r24c = call i32 @ueq_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r24s = add i32 %r24a, %r24b
  %r24m = mul i32 %r24s, 1000
  %r24t = add i32 %r24m, %r24c
  %t24 = add i32 %t23, %r24t
  %d24 = trunc i32 %r24a to i8
  %e24 = add i8 %d24, 48
  %p24 = getelementptr [17 x i8], ptr %bf, i64 0, i64 8
  store i8 %e24, ptr %p24
  %r25a = call i32 @ugt_f_next_true(float %af, float %bf32)
  %r25b = call i32 @ugt_f_next_false(float %af, float %bf32)
  %r25c = call i32 @ugt_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r25s = add i32 %r25a, %r25b
  %r25m = mul i32 %r25s, 1000
  %r25t = add i32 %r25m, %r25c
  %t25 = add i32 %t24, %r25t
  %d25 = trunc i32 %r25a to i8
  %e25 = add i8 %d25, 48
  %p25 = getelementptr [17 x i8], ptr %bf, i64 0, i64 9
  store i8 %e25, ptr %p25
  %r26a = call i32 @uge_f_next_true(float %af, float %bf32)
  %r26b = call i32 @uge_f_next_false(float %af, float %bf32)
  %r26c = call i32 @uge_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r26s = add i32 %r26a, %r26b
  %r26m = mul i32 %r26s, 1000
  %r26t = add i32 %r26m, %r26c
  %t26 = add i32 %t25, %r26t
  %d26 = trunc i32 %r26a to i8
  %e26 = add i8 %d26, 48
  %p26 = getelementptr [17 x i8], ptr %bf, i64 0, i64 10
  store i8 %e26, ptr %p26
  %r27a = call i32 @ult_f_next_true(float %af, float %bf32)
  %r27b = call i32 @ult_f_next_false(float %af, float %bf32)
  %r27c = call i32 @ult_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r27s = add i32 %r27a, %r27b
  %r27m = mul i32 %r27s, 1000
  %r27t = add i32 %r27m, %r27c
  %t27 = add i32 %t26, %r27t
  %d27 = trunc i32 %r27a to i8
  %e27 = add i8 %d27, 48
  %p27 = getelementptr [17 x i8], ptr %bf, i64 0, i64 11
  store i8 %e27, ptr %p27
  %r28a = call i32 @ule_f_next_true(float %af, float %bf32)
  %r28b = call i32 @ule_f_next_false(float %af, float %bf32)
  %r28c = call i32 @ule_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r28s = add i32 %r28a, %r28b
  %r28m = mul i32 %r28s, 1000
  %r28t = add i32 %r28m, %r28c
  %t28 = add i32 %t27, %r28t
  %d28 = trunc i32 %r28a to i8
  %e28 = add i8 %d28, 48
  %p28 = getelementptr [17 x i8], ptr %bf, i64 0, i64 12
  store i8 %e28, ptr %p28
  %r29a = call i32 @une_f_next_true(float %af, float %bf32)
  %r29b = call i32 @une_f_next_false(float %af, float %bf32)
  %r29c = call i32 @une_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r29s = add i32 %r29a, %r29b
  %r29m = mul i32 %r29s, 1000
  %r29t = add i32 %r29m, %r29c
  %t29 = add i32 %t28, %r29t
  %d29 = trunc i32 %r29a to i8
  %e29 = add i8 %d29, 48
  %p29 = getelementptr [17 x i8], ptr %bf, i64 0, i64 13
  store i8 %e29, ptr %p29
  %r30a = call i32 @uno_f_next_true(float %af, float %bf32)
  %r30b = call i32 @uno_f_next_false(float %af, float %bf32)
  %r30c = call i32 @uno_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r30s = add i32 %r30a, %r30b
  %r30m = mul i32 %r30s, 1000
  %r30t = add i32 %r30m, %r30c
  %t30 = add i32 %t29, %r30t
  %d30 = trunc i32 %r30a to i8
  %e30 = add i8 %d30, 48
  %p30 = getelementptr [17 x i8], ptr %bf, i64 0, i64 14
  store i8 %e30, ptr %p30
  %r31a = call i32 @true_f_next_true(float %af, float %bf32)
  %r31b = call i32 @true_f_next_false(float %af, float %bf32)
  %r31c = call i32 @true_f_phi(float %af, float %bf32, i32 100, i32 1)
  %r31s = add i32 %r31a, %r31b
  %r31m = mul i32 %r31s, 1000
  %r31t = add i32 %r31m, %r31c
  %t31 = add i32 %t30, %r31t
  %d31 = trunc i32 %r31a to i8
  %e31 = add i8 %d31, 48
  %p31 = getelementptr [17 x i8], ptr %bf, i64 0, i64 15
  store i8 %e31, ptr %p31
  %zf = getelementptr [17 x i8], ptr %bf, i64 0, i64 16
  store i8 0, ptr %zf
  %i32 = trunc i64 %i to i32
  %j32 = trunc i64 %j to i32
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %i32, i32 %j32, ptr %bd, ptr %bf)
  %tot.inner = add i32 %t31, 0
  %j.next = add i64 %j, 1
  %jdone = icmp eq i64 %j.next, 7
  br i1 %jdone, label %outer.next, label %inner
outer.next:
  %i.next = add i64 %i, 1
  %idone = icmp eq i64 %i.next, 7
  br i1 %idone, label %exit, label %outer
exit:
  call i32 (ptr, ...) @printf(ptr @total, i32 %tot.inner)
  %ret = urem i32 %tot.inner, 200
  ret i32 %ret
}
