; Aggregates crossing call boundaries: IR functions returning and taking
; { i64, i64 }, { double, i32 }, [4 x i16], { i8, { i16, i32 }, [2 x double] },
; packed <{ i8, i32 }> structs (and arrays of them in memory), plus libc's
; ldiv/lldiv whose { i64, i64 } result comes back in registers.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%big = type { i8, { i16, i32 }, [2 x double] }
%pk = type <{ i8, i32 }>

@f1 = private unnamed_addr constant [35 x i8] c"divmod(%lld, %lld) = {%lld, %lld}\0A\00"
@f2 = private unnamed_addr constant [27 x i8] c"frexp-like(%g) = {%g, %d}\0A\00"
@f3 = private unnamed_addr constant [24 x i8] c"[4 x i16]: %d %d %d %d\0A\00"
@f4 = private unnamed_addr constant [25 x i8] c"big: %d {%d %d} [%g %g]\0A\00"
@f5 = private unnamed_addr constant [67 x i8] c"packed: size=%ld stride=%ld elems: {%d %d} {%d %d} {%d %d} sum=%d\0A\00"
@f6 = private unnamed_addr constant [51 x i8] c"ldiv(%ld, %ld) = {%ld, %ld}; lldiv = {%lld, %lld}\0A\00"
@f7 = private unnamed_addr constant [26 x i8] c"pair chain: {%lld, %lld}\0A\00"

declare i32 @printf(ptr, ...)
declare { i64, i64 } @ldiv(i64, i64)
declare { i64, i64 } @lldiv(i64, i64)

define internal { i64, i64 } @divmod(i64 %a, i64 %b) {
  %q = sdiv i64 %a, %b
  %r = srem i64 %a, %b
  %s1 = insertvalue { i64, i64 } poison, i64 %q, 0
  %s2 = insertvalue { i64, i64 } %s1, i64 %r, 1
  ret { i64, i64 } %s2
}

; swaps and mixes a pair; exercised in a chain so results feed back as args
define internal { i64, i64 } @mix({ i64, i64 } %p, i64 %k) {
  %a = extractvalue { i64, i64 } %p, 0
  %b = extractvalue { i64, i64 } %p, 1
  %a2 = mul i64 %a, 6364136223846793005
  %a3 = add i64 %a2, %k
  %b2 = xor i64 %b, %a3
  %r1 = insertvalue { i64, i64 } poison, i64 %b2, 0
  %r2 = insertvalue { i64, i64 } %r1, i64 %a3, 1
  ret { i64, i64 } %r2
}

; exponent/mantissa split by repeated halving/doubling (positive, finite input)
define internal { double, i32 } @split(double %x) {
entry:
  br label %down
down:
  %m = phi double [ %x, %entry ], [ %mh, %down ]
  %e = phi i32 [ 0, %entry ], [ %e1, %down ]
  %big = fcmp oge double %m, 1.0
  %mh = fmul double %m, 5.000000e-01
  %e1 = add i32 %e, 1
  br i1 %big, label %down, label %up
up:
  %m2 = phi double [ %m, %down ], [ %md, %up ]
  %e2 = phi i32 [ %e, %down ], [ %ed, %up ]
  %small = fcmp olt double %m2, 5.000000e-01
  %md = fmul double %m2, 2.0
  %ed = sub i32 %e2, 1
  br i1 %small, label %up, label %done
done:
  %r1 = insertvalue { double, i32 } poison, double %m2, 0
  %r2 = insertvalue { double, i32 } %r1, i32 %e2, 1
  ret { double, i32 } %r2
}

define internal [4 x i16] @digits(i32 %v) {
  %d0 = urem i32 %v, 10
  %v1 = udiv i32 %v, 10
  %d1 = urem i32 %v1, 10
  %v2 = udiv i32 %v1, 10
  %d2 = urem i32 %v2, 10
  %v3 = udiv i32 %v2, 10
  %d3 = urem i32 %v3, 10
  %t0 = trunc i32 %d0 to i16
  %t1 = trunc i32 %d1 to i16
  %t2 = trunc i32 %d2 to i16
  %t3 = trunc i32 %d3 to i16
  %a0 = insertvalue [4 x i16] poison, i16 %t3, 0
  %a1 = insertvalue [4 x i16] %a0, i16 %t2, 1
  %a2 = insertvalue [4 x i16] %a1, i16 %t1, 2
  %a3 = insertvalue [4 x i16] %a2, i16 %t0, 3
  ret [4 x i16] %a3
}

define internal [4 x i16] @reverse4([4 x i16] %a) {
  %e0 = extractvalue [4 x i16] %a, 0
  %e1 = extractvalue [4 x i16] %a, 1
  %e2 = extractvalue [4 x i16] %a, 2
  %e3 = extractvalue [4 x i16] %a, 3
  %n1 = sub i16 0, %e1
  %r0 = insertvalue [4 x i16] poison, i16 %e3, 0
  %r1 = insertvalue [4 x i16] %r0, i16 %e2, 1
  %r2 = insertvalue [4 x i16] %r1, i16 %n1, 2
  %r3 = insertvalue [4 x i16] %r2, i16 %e0, 3
  ret [4 x i16] %r3
}

define internal %big @scale(%big %b, double %f, i32 %add) {
  %c = extractvalue %big %b, 0
  %c2 = add i8 %c, 1
  %s = extractvalue %big %b, 1
  %s0 = extractvalue { i16, i32 } %s, 0
  %s1 = extractvalue { i16, i32 } %s, 1
  %s0n = mul i16 %s0, 3
  %s1n = add i32 %s1, %add
  %sn = insertvalue { i16, i32 } %s, i16 %s0n, 0
  %sn2 = insertvalue { i16, i32 } %sn, i32 %s1n, 1
  %d0 = extractvalue %big %b, 2, 0
  %d1 = extractvalue %big %b, 2, 1
  %d0n = fmul double %d0, %f
  %d1n = fsub double %d1, %f
  %r0 = insertvalue %big %b, i8 %c2, 0
  %r1 = insertvalue %big %r0, { i16, i32 } %sn2, 1
  %r2 = insertvalue %big %r1, double %d0n, 2, 0
  %r3 = insertvalue %big %r2, double %d1n, 2, 1
  ret %big %r3
}

define internal void @showbig(%big %b) {
  %c = extractvalue %big %b, 0
  %s0 = extractvalue %big %b, 1, 0
  %s1 = extractvalue %big %b, 1, 1
  %d0 = extractvalue %big %b, 2, 0
  %d1 = extractvalue %big %b, 2, 1
  %cz = sext i8 %c to i32
  %s0z = sext i16 %s0 to i32
  call i32 (ptr, ...) @printf(ptr @f4, i32 %cz, i32 %s0z, i32 %s1, double %d0, double %d1)
  ret void
}

define internal %pk @mkpk(i8 %a, i32 %b) {
  %p = insertvalue %pk poison, i8 %a, 0
  %q = insertvalue %pk %p, i32 %b, 1
  ret %pk %q
}

define internal i32 @sumpk(%pk %p) {
  %a = extractvalue %pk %p, 0
  %b = extractvalue %pk %p, 1
  %az = zext i8 %a to i32
  %s = add i32 %az, %b
  ret i32 %s
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a64 = sext i32 %argc to i64
  %num = mul i64 %a64, -2500000000
  %dm = call { i64, i64 } @divmod(i64 %num, i64 7)
  %q = extractvalue { i64, i64 } %dm, 0
  %r = extractvalue { i64, i64 } %dm, 1
  call i32 (ptr, ...) @printf(ptr @f1, i64 %num, i64 7, i64 %q, i64 %r)
  %dm2 = call { i64, i64 } @divmod(i64 1000000000000000007, i64 -1000)
  %q2 = extractvalue { i64, i64 } %dm2, 0
  %r2 = extractvalue { i64, i64 } %dm2, 1
  call i32 (ptr, ...) @printf(ptr @f1, i64 1000000000000000007, i64 -1000, i64 %q2, i64 %r2)

  %p1 = call { i64, i64 } @mix({ i64, i64 } %dm, i64 1)
  %p2 = call { i64, i64 } @mix({ i64, i64 } %p1, i64 2)
  %p3 = call { i64, i64 } @mix({ i64, i64 } %p2, i64 3)
  %pa = extractvalue { i64, i64 } %p3, 0
  %pb = extractvalue { i64, i64 } %p3, 1
  call i32 (ptr, ...) @printf(ptr @f7, i64 %pa, i64 %pb)

  %dx = sitofp i32 %argc to double
  %dx2 = fmul double %dx, 1234.5
  %sp = call { double, i32 } @split(double %dx2)
  %spm = extractvalue { double, i32 } %sp, 0
  %spe = extractvalue { double, i32 } %sp, 1
  call i32 (ptr, ...) @printf(ptr @f2, double %dx2, double %spm, i32 %spe)
  %sp2 = call { double, i32 } @split(double 0.0009765625)
  %spm2 = extractvalue { double, i32 } %sp2, 0
  %spe2 = extractvalue { double, i32 } %sp2, 1
  call i32 (ptr, ...) @printf(ptr @f2, double 0.0009765625, double %spm2, i32 %spe2)

  %v = mul i32 %argc, 1987
  %dg = call [4 x i16] @digits(i32 %v)
  %rv = call [4 x i16] @reverse4([4 x i16] %dg)
  %g0 = extractvalue [4 x i16] %dg, 0
  %g1 = extractvalue [4 x i16] %dg, 1
  %g2 = extractvalue [4 x i16] %dg, 2
  %g3 = extractvalue [4 x i16] %dg, 3
  %g0z = sext i16 %g0 to i32
  %g1z = sext i16 %g1 to i32
  %g2z = sext i16 %g2 to i32
  %g3z = sext i16 %g3 to i32
  call i32 (ptr, ...) @printf(ptr @f3, i32 %g0z, i32 %g1z, i32 %g2z, i32 %g3z)
  %h0 = extractvalue [4 x i16] %rv, 0
  %h1 = extractvalue [4 x i16] %rv, 1
  %h2 = extractvalue [4 x i16] %rv, 2
  %h3 = extractvalue [4 x i16] %rv, 3
  %h0z = sext i16 %h0 to i32
  %h1z = sext i16 %h1 to i32
  %h2z = sext i16 %h2 to i32
  %h3z = sext i16 %h3 to i32
  call i32 (ptr, ...) @printf(ptr @f3, i32 %h0z, i32 %h1z, i32 %h2z, i32 %h3z)

  %b0 = call %big @scale(%big { i8 126, { i16, i32 } { i16 1000, i32 5 }, [2 x double] [double 1.0, double 10.0] }, double 2.5, i32 %argc)
  call void @showbig(%big %b0)
  %b1 = call %big @scale(%big %b0, double -0.5, i32 100)
  call void @showbig(%big %b1)
  %b2 = call %big @scale(%big %b1, double 4.0, i32 -1)
  call void @showbig(%big %b2)

  ; packed structs: size 5, no padding, unaligned i32 at offset 1
  %psz = ptrtoint ptr getelementptr (%pk, ptr null, i64 1) to i64
  %pst = ptrtoint ptr getelementptr ([3 x %pk], ptr null, i64 0, i64 1) to i64
  %parr = alloca [3 x %pk], align 1
  %k0 = call %pk @mkpk(i8 -1, i32 %argc)
  %k1 = call %pk @mkpk(i8 7, i32 -100000)
  %k2 = call %pk @mkpk(i8 0, i32 2147483647)
  %e0 = getelementptr inbounds [3 x %pk], ptr %parr, i64 0, i64 0
  %e1 = getelementptr inbounds [3 x %pk], ptr %parr, i64 0, i64 1
  %e2 = getelementptr inbounds [3 x %pk], ptr %parr, i64 0, i64 2
  store %pk %k0, ptr %e0, align 1
  store %pk %k1, ptr %e1, align 1
  store %pk %k2, ptr %e2, align 1
  ; overwrite k1's i32 through a raw byte offset (1 + 5 = 6) with align 1
  %raw = getelementptr inbounds i8, ptr %parr, i64 6
  %old = load i32, ptr %raw, align 1
  %new = add i32 %old, 1
  store i32 %new, ptr %raw, align 1
  %l0 = load %pk, ptr %e0, align 1
  %l1 = load %pk, ptr %e1, align 1
  %l2 = load %pk, ptr %e2, align 1
  %l0a = extractvalue %pk %l0, 0
  %l0b = extractvalue %pk %l0, 1
  %l1a = extractvalue %pk %l1, 0
  %l1b = extractvalue %pk %l1, 1
  %l2a = extractvalue %pk %l2, 0
  %l2b = extractvalue %pk %l2, 1
  %l0az = zext i8 %l0a to i32
  %l1az = zext i8 %l1a to i32
  %l2az = zext i8 %l2a to i32
  %su0 = call i32 @sumpk(%pk %l0)
  %su1 = call i32 @sumpk(%pk %l1)
  %su2 = call i32 @sumpk(%pk %l2)
  %su = add i32 %su0, %su1
  %sux = add i32 %su, %su2
  call i32 (ptr, ...) @printf(ptr @f5, i64 %psz, i64 %pst, i32 %l0az, i32 %l0b, i32 %l1az, i32 %l1b, i32 %l2az, i32 %l2b, i32 %sux)

  %ld = call { i64, i64 } @ldiv(i64 %num, i64 -3)
  %ldq = extractvalue { i64, i64 } %ld, 0
  %ldr = extractvalue { i64, i64 } %ld, 1
  %lld = call { i64, i64 } @lldiv(i64 -9223372036854775807, i64 %a64)
  %lldq = extractvalue { i64, i64 } %lld, 0
  %lldr = extractvalue { i64, i64 } %lld, 1
  call i32 (ptr, ...) @printf(ptr @f6, i64 %num, i64 -3, i64 %ldq, i64 %ldr, i64 %lldq, i64 %lldr)
  %ret0 = and i64 %pb, 63
  %ret = trunc i64 %ret0 to i32
  ret i32 %ret
}
