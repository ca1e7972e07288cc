; Calls with many arguments of mixed types (i8/i16 with signext/zeroext,
; i32, i64, i128, float, double, x86_fp80, <4 x float>, <2 x i64>, ptr) so
; that registers run out and the rest go on the stack; `byval` struct
; arguments to IR functions (callee modifies its copy, caller's is
; unchanged) and to native libm functions taking a long double complex by
; value (cabsl, cargl, cimagl).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%big = type { i64, [5 x i32], double }
%cld = type { x86_fp80, x86_fp80 }

@f1 = private unnamed_addr constant [98 x i8] c"many: %d %u %d %lld i128=%016llx%016llx f=%.3f d=%.6f ld=%.6f v=[%g %g %g %g] w=[%lld %lld] s=%s\0A\00"
@f2 = private unnamed_addr constant [69 x i8] c"tail args: %d %d %d %d %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\0A\00"
@f3 = private unnamed_addr constant [62 x i8] c"byval callee saw {%lld [%d %d %d %d %d] %.2f}, returned %lld\0A\00"
@f4 = private unnamed_addr constant [53 x i8] c"caller copy after call {%lld [%d %d %d %d %d] %.2f}\0A\00"
@f5 = private unnamed_addr constant [85 x i8] c"libm byval: cabsl(3+4i)=%.17g cargl(-1+0i)=%.17g cimagl=%.3f cabsl(argc,argc)=%.17g\0A\00"
@f6 = private unnamed_addr constant [102 x i8] c"printf with 20 args: %d %d %d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\0A\00"
@tag = private unnamed_addr constant [8 x i8] c"ptr-arg\00"

declare i32 @printf(ptr, ...)
declare x86_fp80 @cabsl(ptr byval(%cld) align 16)
declare x86_fp80 @cargl(ptr byval(%cld) align 16)
declare x86_fp80 @cimagl(ptr byval(%cld) align 16)

define internal i64 @many(i8 signext %a, i16 zeroext %b, i32 %c, i64 %d, i128 %e, float %f, double %g, x86_fp80 %h, <4 x float> %v, <2 x i64> %w, ptr %s,
                          i32 %t1, i32 %t2, i32 %t3, i32 %t4,
                          double %u1, double %u2, double %u3, double %u4, double %u5, double %u6, double %u7, double %u8, float %u9) {
  %a32 = sext i8 %a to i32
  %b32 = zext i16 %b to i32
  %el = trunc i128 %e to i64
  %es = lshr i128 %e, 64
  %eh = trunc i128 %es to i64
  %fd = fpext float %f to double
  %hd = fptrunc x86_fp80 %h to double
  %v0 = extractelement <4 x float> %v, i32 0
  %v1 = extractelement <4 x float> %v, i32 1
  %v2 = extractelement <4 x float> %v, i32 2
  %v3 = extractelement <4 x float> %v, i32 3
  %v0d = fpext float %v0 to double
  %v1d = fpext float %v1 to double
  %v2d = fpext float %v2 to double
  %v3d = fpext float %v3 to double
  %w0 = extractelement <2 x i64> %w, i32 0
  %w1 = extractelement <2 x i64> %w, i32 1
  call i32 (ptr, ...) @printf(ptr @f1, i32 %a32, i32 %b32, i32 %c, i64 %d, i64 %eh, i64 %el, double %fd, double %g, double %hd, double %v0d, double %v1d, double %v2d, double %v3d, i64 %w0, i64 %w1, ptr %s)
  %u9d = fpext float %u9 to double
  call i32 (ptr, ...) @printf(ptr @f2, i32 %t1, i32 %t2, i32 %t3, i32 %t4, double %u1, double %u2, double %u3, double %u4, double %u5, double %u6, double %u7, double %u8, double %u9d)
  %x1 = sext i32 %c to i64
  %x2 = add i64 %d, %x1
  %x3 = sext i32 %t4 to i64
  %x4 = add i64 %x2, %x3
  %x5 = add i64 %x4, %el
  ret i64 %x5
}

define internal i64 @takes_big(ptr byval(%big) align 8 %p) {
  %f0 = getelementptr inbounds %big, ptr %p, i32 0, i32 0
  %a = getelementptr inbounds %big, ptr %p, i32 0, i32 1, i32 0
  %b = getelementptr inbounds %big, ptr %p, i32 0, i32 1, i32 1
  %c = getelementptr inbounds %big, ptr %p, i32 0, i32 1, i32 2
  %d = getelementptr inbounds %big, ptr %p, i32 0, i32 1, i32 3
  %e = getelementptr inbounds %big, ptr %p, i32 0, i32 1, i32 4
  %g = getelementptr inbounds %big, ptr %p, i32 0, i32 2
  %v0 = load i64, ptr %f0
  %va = load i32, ptr %a
  %vb = load i32, ptr %b
  %vc = load i32, ptr %c
  %vd = load i32, ptr %d
  %ve = load i32, ptr %e
  %vg = load double, ptr %g
  ; scribble over the callee's copy
  store i64 -1, ptr %f0
  store i32 0, ptr %c
  store double 0.0, ptr %g
  %s1 = add i32 %va, %vb
  %s2 = add i32 %s1, %vc
  %s3 = add i32 %s2, %vd
  %s4 = add i32 %s3, %ve
  %s64 = sext i32 %s4 to i64
  %r = mul i64 %v0, %s64
  call i32 (ptr, ...) @printf(ptr @f3, i64 %v0, i32 %va, i32 %vb, i32 %vc, i32 %vd, i32 %ve, double %vg, i64 %r)
  ret i64 %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %ld = sitofp i32 %argc to x86_fp80
  %ld3 = fdiv x86_fp80 %ld, 0xK4000C000000000000000
  %af = sitofp i32 %argc to float
  %v = insertelement <4 x float> <float 0.5, float -1.5, float 2.5, float poison>, float %af, i32 3
  %a64 = sext i32 %argc to i64
  %w = insertelement <2 x i64> <i64 -77, i64 poison>, i64 %a64, i32 1
  %e = shl i128 340282366920938463463374607431768211455, 3
  %r = call i64 @many(i8 signext -100, i16 zeroext 65000, i32 %argc, i64 -123456789012, i128 %e, float 0.25, double 3.0e-5, x86_fp80 %ld3, <4 x float> %v, <2 x i64> %w, ptr @tag,
                      i32 11, i32 12, i32 13, i32 14,
                      double 1.0, double 2.0, double 3.0, double 4.0, double 5.0, double 6.0, double 7.0, double 8.0, float 9.0)

  %b = alloca %big, align 8
  %bp0 = getelementptr inbounds %big, ptr %b, i32 0, i32 0
  store i64 %r, ptr %bp0
  %arr = getelementptr inbounds %big, ptr %b, i32 0, i32 1
  store [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], ptr %arr
  %bg = getelementptr inbounds %big, ptr %b, i32 0, i32 2
  store double 6.25, ptr %bg
  %r2 = call i64 @takes_big(ptr byval(%big) align 8 %b)
  %c0 = load i64, ptr %bp0
  %ca = getelementptr inbounds [5 x i32], ptr %arr, i32 0, i32 0
  %cb = getelementptr inbounds [5 x i32], ptr %arr, i32 0, i32 1
  %cc = getelementptr inbounds [5 x i32], ptr %arr, i32 0, i32 2
  %cd = getelementptr inbounds [5 x i32], ptr %arr, i32 0, i32 3
  %ce = getelementptr inbounds [5 x i32], ptr %arr, i32 0, i32 4
  %va = load i32, ptr %ca
  %vb = load i32, ptr %cb
  %vc = load i32, ptr %cc
  %vd = load i32, ptr %cd
  %ve = load i32, ptr %ce
  %vg = load double, ptr %bg
  call i32 (ptr, ...) @printf(ptr @f4, i64 %c0, i32 %va, i32 %vb, i32 %vc, i32 %vd, i32 %ve, double %vg)

  ; long double complex passed by value to libm
  %z = alloca %cld, align 16
  %zr = getelementptr inbounds %cld, ptr %z, i32 0, i32 0
  %zi = getelementptr inbounds %cld, ptr %z, i32 0, i32 1
  store x86_fp80 0xK4000C000000000000000, ptr %zr
  store x86_fp80 0xK40018000000000000000, ptr %zi
  %ab = call x86_fp80 @cabsl(ptr byval(%cld) align 16 %z)
  %im = call x86_fp80 @cimagl(ptr byval(%cld) align 16 %z)
  %z2 = alloca %cld, align 16
  store %cld { x86_fp80 0xKBFFF8000000000000000, x86_fp80 0xK00000000000000000000 }, ptr %z2
  %ar = call x86_fp80 @cargl(ptr byval(%cld) align 16 %z2)
  %z3 = alloca %cld, align 16
  %z3r = getelementptr inbounds %cld, ptr %z3, i32 0, i32 0
  %z3i = getelementptr inbounds %cld, ptr %z3, i32 0, i32 1
  store x86_fp80 %ld, ptr %z3r
  store x86_fp80 %ld, ptr %z3i
  %ab3 = call x86_fp80 @cabsl(ptr byval(%cld) align 16 %z3)
  %abd = fptrunc x86_fp80 %ab to double
  %ard = fptrunc x86_fp80 %ar to double
  %imd = fptrunc x86_fp80 %im to double
  %ab3d = fptrunc x86_fp80 %ab3 to double
  call i32 (ptr, ...) @printf(ptr @f5, double %abd, double %ard, double %imd, double %ab3d)
  call i32 (ptr, ...) @printf(ptr @f6, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 %argc, double 1.0, double 2.0, double 3.0, double 4.0, double 5.0, double 6.0, double 7.0, double 8.0, double 9.0, double 10.0)
  %t = trunc i64 %r2 to i32
  %t2 = urem i32 %t, 97
  ret i32 %t2
}
