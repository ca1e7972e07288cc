; Control flow clang seldom produces: an irreducible loop (two blocks that
; branch to each other, entered at either one depending on a run-time
; value), a loop with exits from the middle of its body to different
; targets, nested loops with a break out of both levels, a loop whose
; latch is a switch, and `unreachable` terminating provably dead blocks.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fi = private unnamed_addr constant [55 x i8] c"irreducible(start=%d, n=%d): trace=%s steps=%d acc=%d\0A\00"
@fm = private unnamed_addr constant [43 x i8] c"multi-exit search for %d: exit=%s at i=%d\0A\00"
@fn = private unnamed_addr constant [69 x i8] c"nested break: first pair with i*j == %d is (%d, %d) after %d probes\0A\00"
@fs = private unnamed_addr constant [50 x i8] c"switch-latch walk: visited %s, ended in state %d\0A\00"
@s_found = private unnamed_addr constant [6 x i8] c"found\00"
@s_neg = private unnamed_addr constant [9 x i8] c"negative\00"
@s_end = private unnamed_addr constant [4 x i8] c"end\00"
@data = internal constant [10 x i32] [i32 5, i32 8, i32 13, i32 21, i32 -1, i32 34, i32 55, i32 89, i32 144, i32 233]

declare i32 @printf(ptr, ...)

; B and C form a cycle with two entries. B doubles, C adds 3; leave when
; acc exceeds n. The block trace is recorded as letters.
define internal void @irreducible(i1 %startB, i32 %n) {
entry:
  %trace = alloca [64 x i8], align 1
  br i1 %startB, label %B, label %C
B:
  %accB = phi i32 [ 1, %entry ], [ %accC1, %C ]
  %posB = phi i64 [ 0, %entry ], [ %posC1, %C ]
  %pB = getelementptr inbounds [64 x i8], ptr %trace, i64 0, i64 %posB
  store i8 66, ptr %pB
  %posB1 = add i64 %posB, 1
  %accB1 = shl i32 %accB, 1
  %doneB = icmp sgt i32 %accB1, %n
  br i1 %doneB, label %exit, label %C
C:
  %accC = phi i32 [ 1, %entry ], [ %accB1, %B ]
  %posC = phi i64 [ 0, %entry ], [ %posB1, %B ]
  %pC = getelementptr inbounds [64 x i8], ptr %trace, i64 0, i64 %posC
  store i8 67, ptr %pC
  %posC1 = add i64 %posC, 1
  %accC1 = add i32 %accC, 3
  %doneC = icmp sgt i32 %accC1, %n
  br i1 %doneC, label %exit, label %B
exit:
  %acc = phi i32 [ %accB1, %B ], [ %accC1, %C ]
  %pos = phi i64 [ %posB1, %B ], [ %posC1, %C ]
  %pe = getelementptr inbounds [64 x i8], ptr %trace, i64 0, i64 %pos
  store i8 0, ptr %pe
  %sb = zext i1 %startB to i32
  %steps = trunc i64 %pos to i32
  call i32 (ptr, ...) @printf(ptr @fi, i32 %sb, i32 %n, ptr %trace, i32 %steps, i32 %acc)
  ret void
}

; scans @data: exits to %found if value == key, to %negative on a
; negative entry, or to %end after the last element
define internal void @search(i32 %key) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %p = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %i
  %v = load i32, ptr %p
  %eq = icmp eq i32 %v, %key
  br i1 %eq, label %found, label %check
check:
  %neg = icmp slt i32 %v, 0
  br i1 %neg, label %negative, label %latch
latch:
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, 10
  br i1 %more, label %head, label %end
found:
  call i32 (ptr, ...) @printf(ptr @fm, i32 %key, ptr @s_found, i32 %i)
  ret void
negative:
  call i32 (ptr, ...) @printf(ptr @fm, i32 %key, ptr @s_neg, i32 %i)
  ret void
end:
  call i32 (ptr, ...) @printf(ptr @fm, i32 %key, ptr @s_end, i32 %i1)
  ret void
}

define internal void @nested(i32 %target) {
entry:
  br label %outer
outer:
  %i = phi i32 [ 1, %entry ], [ %i1, %outer.latch ]
  %probes = phi i32 [ 0, %entry ], [ %pr.in, %outer.latch ]
  br label %inner
inner:
  %j = phi i32 [ 1, %outer ], [ %j1, %inner.latch ]
  %pr = phi i32 [ %probes, %outer ], [ %pr1, %inner.latch ]
  %pr1 = add i32 %pr, 1
  %m = mul i32 %i, %j
  %hit = icmp eq i32 %m, %target
  br i1 %hit, label %out, label %inner.latch
inner.latch:
  %j1 = add i32 %j, 1
  %jm = icmp sle i32 %j1, %i
  br i1 %jm, label %inner, label %outer.latch
outer.latch:
  %pr.in = phi i32 [ %pr1, %inner.latch ]
  %i1 = add i32 %i, 1
  %im = icmp sle i32 %i1, 100
  br i1 %im, label %outer, label %never
never:
  ; every target passed in has a factor pair within range
  unreachable
out:
  call i32 (ptr, ...) @printf(ptr @fn, i32 %target, i32 %j, i32 %i, i32 %pr1)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %n = mul i32 %argc, 25
  call void @irreducible(i1 true, i32 %n)
  call void @irreducible(i1 false, i32 %n)
  call void @irreducible(i1 false, i32 0)
  call void @search(i32 21)
  call void @search(i32 34)
  call void @search(i32 %argc)
  %t = mul i32 %argc, 221
  call void @nested(i32 %t)
  call void @nested(i32 97)
  ; state machine whose loop latch is a switch (states 0..4; 4 exits)
  %vis = alloca [16 x i8], align 1
  br label %sm
sm:
  %st = phi i32 [ 0, %entry ], [ 2, %s0 ], [ %s1n, %s1 ], [ 3, %s2 ], [ %s3n, %s3 ]
  %k = phi i64 [ 0, %entry ], [ %k1, %s0 ], [ %k1, %s1 ], [ %k1, %s2 ], [ %k1, %s3 ]
  %cnt = phi i32 [ 0, %entry ], [ %cnt1, %s0 ], [ %cnt1, %s1 ], [ %cnt1, %s2 ], [ %cnt1, %s3 ]
  %vp = getelementptr inbounds [16 x i8], ptr %vis, i64 0, i64 %k
  %st8 = trunc i32 %st to i8
  %ch = add i8 %st8, 48
  store i8 %ch, ptr %vp
  %k1 = add i64 %k, 1
  %cnt1 = add i32 %cnt, 1
  switch i32 %st, label %bad [
    i32 0, label %s0
    i32 1, label %s1
    i32 2, label %s2
    i32 3, label %s3
    i32 4, label %fin
  ]
s0:
  br label %sm
s1:
  %s1n = select i1 true, i32 4, i32 0
  br label %sm
s2:
  br label %sm
s3:
  %late = icmp sgt i32 %cnt1, 6
  %s3n = zext i1 %late to i32
  br label %sm
bad:
  unreachable
fin:
  %ve = getelementptr inbounds [16 x i8], ptr %vis, i64 0, i64 %k1
  store i8 0, ptr %ve
  call i32 (ptr, ...) @printf(ptr @fs, ptr %vis, i32 %st)
  %r = add i32 %cnt1, %argc
  ret i32 %r
}
