; Phi nodes with parallel-copy semantics: a two-phi swap cycle, a 4-way
; rotation, phis reading other phis of the same block (the "lost copy"
; pattern), a phi feeding itself, critical edges where a conditional branch
; goes to blocks that also have other predecessors, and a conditional branch
; with both edges to the same block (one phi entry per edge, same value).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fswap = private unnamed_addr constant [37 x i8] c"swap after %d iterations: a=%d b=%d\0A\00"
@frot = private unnamed_addr constant [29 x i8] c"rotate step %d: %d %d %d %d\0A\00"
@flost = private unnamed_addr constant [28 x i8] c"lost-copy: last=%d prev=%d\0A\00"
@fcrit = private unnamed_addr constant [35 x i8] c"critical edges: path=%s x=%d y=%d\0A\00"
@fsame = private unnamed_addr constant [24 x i8] c"same-target branch: %d\0A\00"
@fmix = private unnamed_addr constant [33 x i8] c"mixed-type phi swap: %lld %g %d\0A\00"
@fself = private unnamed_addr constant [17 x i8] c"self phi: %d %d\0A\00"

declare i32 @printf(ptr, ...)

define internal void @crit(i32 %n) {
entry:
  %c0 = icmp sgt i32 %n, 2
  br i1 %c0, label %A, label %B
A:
  %c1 = icmp slt i32 %n, 10
  ; both successors of A have another predecessor: both edges are critical
  br i1 %c1, label %C, label %D
B:
  %c2 = icmp eq i32 %n, 0
  br i1 %c2, label %C, label %D
C:
  %xc = phi i32 [ 100, %A ], [ 200, %B ]
  %yc = phi i32 [ %n, %A ], [ 7, %B ]
  %pc = phi ptr [ @s_ac, %A ], [ @s_bc, %B ]
  br label %E
D:
  %xd = phi i32 [ 300, %A ], [ 400, %B ]
  %yd = phi i32 [ 8, %A ], [ %n, %B ]
  %pd = phi ptr [ @s_ad, %A ], [ @s_bd, %B ]
  br label %E
E:
  %x = phi i32 [ %xc, %C ], [ %xd, %D ]
  %y = phi i32 [ %yc, %C ], [ %yd, %D ]
  %p = phi ptr [ %pc, %C ], [ %pd, %D ]
  call i32 (ptr, ...) @printf(ptr @fcrit, ptr %p, i32 %x, i32 %y)
  ret void
}

@s_ac = private unnamed_addr constant [5 x i8] c"A->C\00"
@s_ad = private unnamed_addr constant [5 x i8] c"A->D\00"
@s_bc = private unnamed_addr constant [5 x i8] c"B->C\00"
@s_bd = private unnamed_addr constant [5 x i8] c"B->D\00"

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %n = add i32 %argc, 7          ; 11 iterations with the harness arguments
  br label %swap

swap:
  %i = phi i32 [ 0, %entry ], [ %i1, %swap ]
  %a = phi i32 [ 1, %entry ], [ %b, %swap ]
  %b = phi i32 [ 2, %entry ], [ %a, %swap ]
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %swap, label %swapdone

swapdone:
  ; values as of the last iteration's block entry
  call i32 (ptr, ...) @printf(ptr @fswap, i32 %i1, i32 %a, i32 %b)
  br label %rot

rot:
  %k = phi i32 [ 0, %swapdone ], [ %k1, %rot ]
  %r0 = phi i32 [ 10, %swapdone ], [ %r1, %rot ]
  %r1 = phi i32 [ 20, %swapdone ], [ %r2, %rot ]
  %r2 = phi i32 [ 30, %swapdone ], [ %r3x, %rot ]
  %r3 = phi i32 [ 40, %swapdone ], [ %r0, %rot ]
  %r3x = add i32 %r3, 1
  call i32 (ptr, ...) @printf(ptr @frot, i32 %k, i32 %r0, i32 %r1, i32 %r2, i32 %r3)
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 6
  br i1 %ck, label %rot, label %lost

; x_new = x+1, prev = old x: prev must see the value before the update
lost:
  %m = phi i32 [ 0, %rot ], [ %m1, %lost ]
  %x = phi i32 [ 5, %rot ], [ %x1, %lost ]
  %prev = phi i32 [ -1, %rot ], [ %x, %lost ]
  %x1 = mul i32 %x, 3
  %m1 = add i32 %m, 1
  %cm = icmp slt i32 %m1, %argc
  br i1 %cm, label %lost, label %lostdone

lostdone:
  call i32 (ptr, ...) @printf(ptr @flost, i32 %x, i32 %prev)
  call void @crit(i32 %argc)
  call void @crit(i32 0)
  call void @crit(i32 1)
  call void @crit(i32 50)
  %cs = icmp ugt i32 %argc, 3
  br i1 %cs, label %same, label %same

same:
  %sv = phi i32 [ 77, %lostdone ], [ 77, %lostdone ]
  call i32 (ptr, ...) @printf(ptr @fsame, i32 %sv)
  br label %mix

; three phis of different types rotating values through conversions
mix:
  %t = phi i32 [ 0, %same ], [ %t1, %mix ]
  %pi = phi i64 [ 3, %same ], [ %nd, %mix ]
  %pd = phi double [ 0.5, %same ], [ %ni, %mix ]
  %pz = phi i32 [ 9, %same ], [ %nz, %mix ]
  %nd = fptosi double %pd to i64
  %pis = mul i64 %pi, 2
  %ni = sitofp i64 %pis to double
  %nz = trunc i64 %pi to i32
  %t1 = add i32 %t, 1
  %ct = icmp slt i32 %t1, 5
  br i1 %ct, label %mix, label %selfp

selfp:
  call i32 (ptr, ...) @printf(ptr @fmix, i64 %pi, double %pd, i32 %pz)
  br label %sl

; a phi whose back-edge value is itself (a loop-invariant carried value)
sl:
  %q = phi i32 [ 0, %selfp ], [ %q1, %sl ]
  %inv = phi i32 [ %argc, %selfp ], [ %inv, %sl ]
  %q1 = add i32 %q, %inv
  %cq = icmp slt i32 %q1, 100
  br i1 %cq, label %sl, label %out

out:
  call i32 (ptr, ...) @printf(ptr @fself, i32 %q1, i32 %inv)
  %res = add i32 %a, %r0
  ret i32 %res
}
