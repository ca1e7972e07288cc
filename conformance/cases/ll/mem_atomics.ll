; Atomics (single-threaded, so every result is determined): atomic
; load/store with each ordering, cmpxchg strong (success and failure,
; both fields of the result) and weak in a retry loop, every atomicrmw
; operation (xchg add sub and nand or xor max min umax umin fadd fsub fmax
; fmin uinc_wrap udec_wrap) on i8/i16/i32/i64/float/double, xchg on ptr,
; syncscope("singlethread"), and fences of every ordering.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g8 = internal global i8 100
@g16 = internal global i16 -2
@g32 = internal global i32 1000
@g64 = internal global i64 0
@gf = internal global float 1.5
@gd = internal global double 10.0
@gp = internal global ptr @g32

@frmw = private unnamed_addr constant [25 x i8] c"%-10s old=%lld new=%lld\0A\00"
@ffp = private unnamed_addr constant [21 x i8] c"%-10s old=%g new=%g\0A\00"
@fcx = private unnamed_addr constant [41 x i8] c"cmpxchg %s: loaded=%d success=%d now=%d\0A\00"
@fweak = private unnamed_addr constant [47 x i8] c"weak cmpxchg loop: final=%lld attempts>=1: %d\0A\00"
@fld = private unnamed_addr constant [25 x i8] c"loads: %d %d %d %d %lld\0A\00"
@fptr = private unnamed_addr constant [73 x i8] c"ptr xchg: old points to g32=%d, new value via ptr=%d; cmpxchg ptr ok=%d\0A\00"
@fwrap = private unnamed_addr constant [30 x i8] c"uinc_wrap sequence (bound 3):\00"
@fwrap2 = private unnamed_addr constant [30 x i8] c"udec_wrap sequence (bound 3):\00"
@fe = private unnamed_addr constant [4 x i8] c" %d\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@n_xchg = private unnamed_addr constant [9 x i8] c"xchg i32\00"
@n_add = private unnamed_addr constant [8 x i8] c"add i32\00"
@n_sub = private unnamed_addr constant [8 x i8] c"sub i32\00"
@n_and = private unnamed_addr constant [8 x i8] c"and i32\00"
@n_nand = private unnamed_addr constant [9 x i8] c"nand i32\00"
@n_or = private unnamed_addr constant [7 x i8] c"or i32\00"
@n_xor = private unnamed_addr constant [8 x i8] c"xor i32\00"
@n_max = private unnamed_addr constant [8 x i8] c"max i16\00"
@n_min = private unnamed_addr constant [8 x i8] c"min i16\00"
@n_umax = private unnamed_addr constant [8 x i8] c"umax i8\00"
@n_umin = private unnamed_addr constant [8 x i8] c"umin i8\00"
@n_add8 = private unnamed_addr constant [7 x i8] c"add i8\00"
@n_add64 = private unnamed_addr constant [8 x i8] c"add i64\00"
@n_sub64 = private unnamed_addr constant [11 x i8] c"sub i64 st\00"
@n_fadd = private unnamed_addr constant [9 x i8] c"fadd f32\00"
@n_fsub = private unnamed_addr constant [9 x i8] c"fsub f32\00"
@n_fmax = private unnamed_addr constant [9 x i8] c"fmax f64\00"
@n_fmin = private unnamed_addr constant [9 x i8] c"fmin f64\00"
@n_faddd = private unnamed_addr constant [9 x i8] c"fadd f64\00"
@s_ok = private unnamed_addr constant [6 x i8] c"match\00"
@s_bad = private unnamed_addr constant [9 x i8] c"mismatch\00"

declare i32 @printf(ptr, ...)

define internal void @pr(ptr %n, i64 %old, i64 %new) {
  call i32 (ptr, ...) @printf(ptr @frmw, ptr %n, i64 %old, i64 %new)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a = sext i32 %argc to i64
  ; plain atomic loads/stores with all orderings
  store atomic i32 5, ptr @g32 unordered, align 4
  %l1 = load atomic i32, ptr @g32 unordered, align 4
  store atomic i32 6, ptr @g32 monotonic, align 4
  %l2 = load atomic i32, ptr @g32 monotonic, align 4
  store atomic i32 7, ptr @g32 release, align 4
  %l3 = load atomic i32, ptr @g32 acquire, align 4
  store atomic i32 8, ptr @g32 seq_cst, align 4
  %l4 = load atomic i32, ptr @g32 seq_cst, align 4
  store atomic i64 %a, ptr @g64 syncscope("singlethread") seq_cst, align 8
  %l5 = load atomic i64, ptr @g64 syncscope("singlethread") acquire, align 8
  call i32 (ptr, ...) @printf(ptr @fld, i32 %l1, i32 %l2, i32 %l3, i32 %l4, i64 %l5)
  fence acquire
  fence release
  fence acq_rel
  fence seq_cst
  fence syncscope("singlethread") seq_cst

  ; integer atomicrmw on i32 (g32 = 8 now)
  %x1 = atomicrmw xchg ptr @g32, i32 1000 seq_cst
  %v1 = load i32, ptr @g32
  %x1e = sext i32 %x1 to i64
  %v1e = sext i32 %v1 to i64
  call void @pr(ptr @n_xchg, i64 %x1e, i64 %v1e)
  %x2 = atomicrmw add ptr @g32, i32 %argc monotonic
  %v2 = load i32, ptr @g32
  %x2e = sext i32 %x2 to i64
  %v2e = sext i32 %v2 to i64
  call void @pr(ptr @n_add, i64 %x2e, i64 %v2e)
  %x3 = atomicrmw sub ptr @g32, i32 2000 acquire
  %v3 = load i32, ptr @g32
  %x3e = sext i32 %x3 to i64
  %v3e = sext i32 %v3 to i64
  call void @pr(ptr @n_sub, i64 %x3e, i64 %v3e)
  %x4 = atomicrmw and ptr @g32, i32 -256 release
  %v4 = load i32, ptr @g32
  %x4e = sext i32 %x4 to i64
  %v4e = sext i32 %v4 to i64
  call void @pr(ptr @n_and, i64 %x4e, i64 %v4e)
  %x5 = atomicrmw nand ptr @g32, i32 65535 acq_rel
  %v5 = load i32, ptr @g32
  %x5e = sext i32 %x5 to i64
  %v5e = sext i32 %v5 to i64
  call void @pr(ptr @n_nand, i64 %x5e, i64 %v5e)
  %x6 = atomicrmw or ptr @g32, i32 4369 seq_cst
  %v6 = load i32, ptr @g32
  %x6e = sext i32 %x6 to i64
  %v6e = sext i32 %v6 to i64
  call void @pr(ptr @n_or, i64 %x6e, i64 %v6e)
  %x7 = atomicrmw xor ptr @g32, i32 -1 seq_cst
  %v7 = load i32, ptr @g32
  %x7e = sext i32 %x7 to i64
  %v7e = sext i32 %v7 to i64
  call void @pr(ptr @n_xor, i64 %x7e, i64 %v7e)

  ; signed/unsigned min/max on i16 and i8
  %y1 = atomicrmw max ptr @g16, i16 -5 seq_cst
  %w1 = load i16, ptr @g16
  %y1e = sext i16 %y1 to i64
  %w1e = sext i16 %w1 to i64
  call void @pr(ptr @n_max, i64 %y1e, i64 %w1e)
  %y2 = atomicrmw min ptr @g16, i16 -300 seq_cst
  %w2 = load i16, ptr @g16
  %y2e = sext i16 %y2 to i64
  %w2e = sext i16 %w2 to i64
  call void @pr(ptr @n_min, i64 %y2e, i64 %w2e)
  %y3 = atomicrmw umax ptr @g8, i8 200 seq_cst
  %w3 = load i8, ptr @g8
  %y3e = zext i8 %y3 to i64
  %w3e = zext i8 %w3 to i64
  call void @pr(ptr @n_umax, i64 %y3e, i64 %w3e)
  %y4 = atomicrmw umin ptr @g8, i8 150 seq_cst
  %w4 = load i8, ptr @g8
  %y4e = zext i8 %y4 to i64
  %w4e = zext i8 %w4 to i64
  call void @pr(ptr @n_umin, i64 %y4e, i64 %w4e)
  %y5 = atomicrmw add ptr @g8, i8 200 seq_cst
  %w5 = load i8, ptr @g8
  %y5e = zext i8 %y5 to i64
  %w5e = zext i8 %w5 to i64
  call void @pr(ptr @n_add8, i64 %y5e, i64 %w5e)
  %z1 = atomicrmw add ptr @g64, i64 9223372036854775800 seq_cst
  %u1 = load i64, ptr @g64
  call void @pr(ptr @n_add64, i64 %z1, i64 %u1)
  %z2 = atomicrmw sub ptr @g64, i64 -100 syncscope("singlethread") monotonic
  %u2 = load i64, ptr @g64
  call void @pr(ptr @n_sub64, i64 %z2, i64 %u2)

  ; floating-point atomicrmw
  %f1 = atomicrmw fadd ptr @gf, float 2.25 seq_cst
  %fv1 = load float, ptr @gf
  %f1d = fpext float %f1 to double
  %fv1d = fpext float %fv1 to double
  call i32 (ptr, ...) @printf(ptr @ffp, ptr @n_fadd, double %f1d, double %fv1d)
  %f2 = atomicrmw fsub ptr @gf, float 10.0 seq_cst
  %fv2 = load float, ptr @gf
  %f2d = fpext float %f2 to double
  %fv2d = fpext float %fv2 to double
  call i32 (ptr, ...) @printf(ptr @ffp, ptr @n_fsub, double %f2d, double %fv2d)
  %d1 = atomicrmw fmax ptr @gd, double 12.5 seq_cst
  %dv1 = load double, ptr @gd
  call i32 (ptr, ...) @printf(ptr @ffp, ptr @n_fmax, double %d1, double %dv1)
  %d2 = atomicrmw fmin ptr @gd, double -0.5 monotonic
  %dv2 = load double, ptr @gd
  call i32 (ptr, ...) @printf(ptr @ffp, ptr @n_fmin, double %d2, double %dv2)
  %ad = sitofp i32 %argc to double
  %d3 = atomicrmw fadd ptr @gd, double %ad acq_rel
  %dv3 = load double, ptr @gd
  call i32 (ptr, ...) @printf(ptr @ffp, ptr @n_faddd, double %d3, double %dv3)

  ; uinc_wrap / udec_wrap sequences
  %ctr = alloca i32, align 4
  store i32 0, ptr %ctr
  call i32 (ptr, ...) @printf(ptr @fwrap)
  br label %inc
inc:
  %i = phi i32 [ 0, %entry ], [ %i1, %inc ]
  %old = atomicrmw uinc_wrap ptr %ctr, i32 3 seq_cst
  call i32 (ptr, ...) @printf(ptr @fe, i32 %old)
  %i1 = add i32 %i, 1
  %ci = icmp slt i32 %i1, 9
  br i1 %ci, label %inc, label %decstart
decstart:
  call i32 (ptr, ...) @printf(ptr @fnl)
  call i32 (ptr, ...) @printf(ptr @fwrap2)
  store i32 1, ptr %ctr
  br label %dec
dec:
  %j = phi i32 [ 0, %decstart ], [ %j1, %dec ]
  %old2 = atomicrmw udec_wrap ptr %ctr, i32 3 seq_cst
  call i32 (ptr, ...) @printf(ptr @fe, i32 %old2)
  %j1 = add i32 %j, 1
  %cd = icmp slt i32 %j1, 9
  br i1 %cd, label %dec, label %cx
cx:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ; cmpxchg strong: a failing attempt, then a succeeding one
  %cur = load i32, ptr @g32
  %wrong = add i32 %cur, 1
  %r1 = cmpxchg ptr @g32, i32 %wrong, i32 42 seq_cst seq_cst
  %r1v = extractvalue { i32, i1 } %r1, 0
  %r1s = extractvalue { i32, i1 } %r1, 1
  %r1sz = zext i1 %r1s to i32
  %now1 = load i32, ptr @g32
  call i32 (ptr, ...) @printf(ptr @fcx, ptr @s_bad, i32 %r1v, i32 %r1sz, i32 %now1)
  %r2 = cmpxchg ptr @g32, i32 %cur, i32 42 acq_rel monotonic
  %r2v = extractvalue { i32, i1 } %r2, 0
  %r2s = extractvalue { i32, i1 } %r2, 1
  %r2sz = zext i1 %r2s to i32
  %now2 = load i32, ptr @g32
  call i32 (ptr, ...) @printf(ptr @fcx, ptr @s_ok, i32 %r2v, i32 %r2sz, i32 %now2)
  %r3 = cmpxchg volatile ptr @g16, i16 -300, i16 77 syncscope("singlethread") seq_cst acquire
  %r3v = extractvalue { i16, i1 } %r3, 0
  %r3s = extractvalue { i16, i1 } %r3, 1
  %r3ve = sext i16 %r3v to i32
  %r3sz = zext i1 %r3s to i32
  %now3 = load i16, ptr @g16
  %now3e = sext i16 %now3 to i32
  call i32 (ptr, ...) @printf(ptr @fcx, ptr @s_ok, i32 %r3ve, i32 %r3sz, i32 %now3e)
  br label %weak
weak:
  ; weak cmpxchg may fail spuriously: retry until it succeeds; g64 doubles
  %att = phi i32 [ 0, %cx ], [ %att1, %weak ]
  %expv = load atomic i64, ptr @g64 monotonic, align 8
  %dbl = shl i64 %expv, 1
  %wr = cmpxchg weak ptr @g64, i64 %expv, i64 %dbl seq_cst monotonic
  %ws = extractvalue { i64, i1 } %wr, 1
  %att1 = add i32 %att, 1
  br i1 %ws, label %weakdone, label %weak
weakdone:
  %fin = load i64, ptr @g64
  %atok = icmp sge i32 %att1, 1
  %atokz = zext i1 %atok to i32
  call i32 (ptr, ...) @printf(ptr @fweak, i64 %fin, i32 %atokz)
  ; pointers: xchg and cmpxchg
  %tmp = alloca i32, align 4
  store i32 -17, ptr %tmp
  %op = atomicrmw xchg ptr @gp, ptr %tmp seq_cst
  %opv = load i32, ptr %op
  %np = load ptr, ptr @gp
  %npv = load i32, ptr %np
  %pc = cmpxchg ptr @gp, ptr %tmp, ptr @g32 seq_cst seq_cst
  %pcs = extractvalue { ptr, i1 } %pc, 1
  %pcsz = zext i1 %pcs to i32
  call i32 (ptr, ...) @printf(ptr @fptr, i32 %opv, i32 %npv, i32 %pcsz)
  %res = trunc i64 %fin to i32
  %rr = and i32 %res, 127
  %rr2 = urem i32 %rr, 120
  ret i32 %rr2
}
