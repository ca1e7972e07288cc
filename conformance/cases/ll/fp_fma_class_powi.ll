; llvm.fma (single rounding: shows the difference from mul+add), llvm.fmuladd
; on operands whose product is exact (fused and unfused agree), llvm.is.fpclass
; with single and combined class masks over special values, llvm.powi with
; exactly representable results, llvm.ldexp and llvm.frexp, llvm.sqrt.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@ffma = private unnamed_addr constant [37 x i8] c"fma(%a, %a, %a) = %a ; mul+add = %a\0A\00"
@fmad = private unnamed_addr constant [41 x i8] c"fmuladd(%g, %g, %g) = %.17g (f32: %.9g)\0A\00"
@fcls = private unnamed_addr constant [121 x i8] c"%-10s snan=%d qnan=%d -inf=%d -norm=%d -sub=%d -0=%d +0=%d +sub=%d +norm=%d +inf=%d | nan=%d zero=%d finite=%d 0x3fc=%d\0A\00"
@fpow = private unnamed_addr constant [33 x i8] c"powi(%g, %d) = %.17g  f32: %.9g\0A\00"
@fldx = private unnamed_addr constant [46 x i8] c"ldexp(%g, %d) = %.17g ; frexp -> (%.17g, %d)\0A\00"
@fsq = private unnamed_addr constant [24 x i8] c"sqrt: %.17g %.17g %.9g\0A\00"
@n_snan = private unnamed_addr constant [5 x i8] c"snan\00"
@n_qnan = private unnamed_addr constant [5 x i8] c"qnan\00"
@n_ninf = private unnamed_addr constant [5 x i8] c"-inf\00"
@n_nn = private unnamed_addr constant [5 x i8] c"-1.5\00"
@n_ns = private unnamed_addr constant [8 x i8] c"-denorm\00"
@n_nz = private unnamed_addr constant [3 x i8] c"-0\00"
@n_pz = private unnamed_addr constant [3 x i8] c"+0\00"
@n_ps = private unnamed_addr constant [8 x i8] c"+denorm\00"
@n_pn = private unnamed_addr constant [5 x i8] c"argc\00"
@n_pinf = private unnamed_addr constant [5 x i8] c"+inf\00"
@n_fmin = private unnamed_addr constant [8 x i8] c"f32 min\00"
@n_fden = private unnamed_addr constant [11 x i8] c"f32 denorm\00"
@snanbits = internal global i64 9218868437227405313    ; 0x7FF0000000000001

declare i32 @printf(ptr, ...)
declare double @llvm.fma.f64(double, double, double)
declare float @llvm.fma.f32(float, float, float)
declare double @llvm.fmuladd.f64(double, double, double)
declare float @llvm.fmuladd.f32(float, float, float)
declare i1 @llvm.is.fpclass.f64(double, i32 immarg)
declare i1 @llvm.is.fpclass.f32(float, i32 immarg)
declare double @llvm.powi.f64.i32(double, i32)
declare float @llvm.powi.f32.i32(float, i32)
declare double @llvm.ldexp.f64.i32(double, i32)
declare { double, i32 } @llvm.frexp.f64.i32(double)
declare double @llvm.sqrt.f64(double)
declare float @llvm.sqrt.f32(float)

define internal i32 @cls(ptr %n, double %x) {
  %c0 = call i1 @llvm.is.fpclass.f64(double %x, i32 1)
  %c1 = call i1 @llvm.is.fpclass.f64(double %x, i32 2)
  %c2 = call i1 @llvm.is.fpclass.f64(double %x, i32 4)
  %c3 = call i1 @llvm.is.fpclass.f64(double %x, i32 8)
  %c4 = call i1 @llvm.is.fpclass.f64(double %x, i32 16)
  %c5 = call i1 @llvm.is.fpclass.f64(double %x, i32 32)
  %c6 = call i1 @llvm.is.fpclass.f64(double %x, i32 64)
  %c7 = call i1 @llvm.is.fpclass.f64(double %x, i32 128)
  %c8 = call i1 @llvm.is.fpclass.f64(double %x, i32 256)
  %c9 = call i1 @llvm.is.fpclass.f64(double %x, i32 512)
  %k0 = call i1 @llvm.is.fpclass.f64(double %x, i32 3)
  %k1 = call i1 @llvm.is.fpclass.f64(double %x, i32 96)
  %k2 = call i1 @llvm.is.fpclass.f64(double %x, i32 504)
  %k3 = call i1 @llvm.is.fpclass.f64(double %x, i32 1020)
  %z0 = zext i1 %c0 to i32
  %z1 = zext i1 %c1 to i32
  %z2 = zext i1 %c2 to i32
  %z3 = zext i1 %c3 to i32
  %z4 = zext i1 %c4 to i32
  %z5 = zext i1 %c5 to i32
  %z6 = zext i1 %c6 to i32
  %z7 = zext i1 %c7 to i32
  %z8 = zext i1 %c8 to i32
  %z9 = zext i1 %c9 to i32
  %y0 = zext i1 %k0 to i32
  %y1 = zext i1 %k1 to i32
  %y2 = zext i1 %k2 to i32
  %y3 = zext i1 %k3 to i32
  call i32 (ptr, ...) @printf(ptr @fcls, ptr %n, i32 %z0, i32 %z1, i32 %z2, i32 %z3, i32 %z4, i32 %z5, i32 %z6, i32 %z7, i32 %z8, i32 %z9, i32 %y0, i32 %y1, i32 %y2, i32 %y3)
  %s = add i32 %y2, %y3
  ret i32 %s
}

define internal i32 @clsf(ptr %n, float %x) {
  %c3 = call i1 @llvm.is.fpclass.f32(float %x, i32 8)
  %c4 = call i1 @llvm.is.fpclass.f32(float %x, i32 16)
  %c7 = call i1 @llvm.is.fpclass.f32(float %x, i32 128)
  %c8 = call i1 @llvm.is.fpclass.f32(float %x, i32 256)
  %k2 = call i1 @llvm.is.fpclass.f32(float %x, i32 504)
  %z3 = zext i1 %c3 to i32
  %z4 = zext i1 %c4 to i32
  %z7 = zext i1 %c7 to i32
  %z8 = zext i1 %c8 to i32
  %y2 = zext i1 %k2 to i32
  call i32 (ptr, ...) @printf(ptr @fcls, ptr %n, i32 0, i32 0, i32 0, i32 %z3, i32 %z4, i32 0, i32 0, i32 %z7, i32 %z8, i32 0, i32 0, i32 0, i32 %y2, i32 0)
  ret i32 %y2
}

define internal void @pw(double %b, i32 %e) {
  %r = call double @llvm.powi.f64.i32(double %b, i32 %e)
  %bf = fptrunc double %b to float
  %rf = call float @llvm.powi.f32.i32(float %bf, i32 %e)
  %rfd = fpext float %rf to double
  call i32 (ptr, ...) @printf(ptr @fpow, double %b, i32 %e, double %r, double %rfd)
  ret void
}

define internal void @lx(double %x, i32 %e) {
  %r = call double @llvm.ldexp.f64.i32(double %x, i32 %e)
  %fr = call { double, i32 } @llvm.frexp.f64.i32(double %r)
  %m = extractvalue { double, i32 } %fr, 0
  %ex = extractvalue { double, i32 } %fr, 1
  call i32 (ptr, ...) @printf(ptr @fldx, double %x, i32 %e, double %r, double %m, i32 %ex)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %ad = sitofp i32 %argc to double
  ; fma rounds once: (1+2^-52)*(1-2^-52) - 1 = -2^-104 exactly
  %a = fadd double 1.0, 0x3CB0000000000000
  %b = fsub double 1.0, 0x3CB0000000000000
  %f1 = call double @llvm.fma.f64(double %a, double %b, double -1.0)
  %m1 = fmul double %a, %b
  %u1 = fadd double %m1, -1.0
  call i32 (ptr, ...) @printf(ptr @ffma, double %a, double %b, double -1.0, double %f1, double %u1)
  %ad.neg = fneg double %ad
  %x3 = fdiv double %ad, 3.0
  %f2 = call double @llvm.fma.f64(double %x3, double 3.0, double %ad.neg)
  %m2 = fmul double %x3, 3.0
  %u2 = fsub double %m2, %ad
  call i32 (ptr, ...) @printf(ptr @ffma, double %x3, double 3.0, double %ad.neg, double %f2, double %u2)
  %ff = call float @llvm.fma.f32(float 0x3FF0000020000000, float 0x3FEFFFFFC0000000, float -1.0)
  %ffd = fpext float %ff to double
  call i32 (ptr, ...) @printf(ptr @ffma, double 0x3FF0000020000000, double 0x3FEFFFFFC0000000, double -1.0, double %ffd, double 0.0)

  ; fmuladd where a*b is exact: both evaluation strategies agree
  %g1 = call double @llvm.fmuladd.f64(double %ad, double 0.375, double -1.25)
  %gf = fptrunc double %ad to float
  %g1f = call float @llvm.fmuladd.f32(float %gf, float 0.375, float -1.25)
  %g1fd = fpext float %g1f to double
  call i32 (ptr, ...) @printf(ptr @fmad, double %ad, double 0.375, double -1.25, double %g1, double %g1fd)
  %g2 = call double @llvm.fmuladd.f64(double 1024.0, double 0x3FF8000000000000, double 1.0e-3)
  %g2f = call float @llvm.fmuladd.f32(float 1024.0, float 1.5, float 0.25)
  %g2fd = fpext float %g2f to double
  call i32 (ptr, ...) @printf(ptr @fmad, double 1024.0, double 1.5, double 1.0e-3, double %g2, double %g2fd)

  ; classes
  %snb = load i64, ptr @snanbits
  %snan = bitcast i64 %snb to double
  %zero = fsub double %ad, %ad
  %qnan = fdiv double %zero, %zero
  %inf = fdiv double %ad, %zero
  %ninf = fneg double %inf
  %nz = fneg double %zero
  %k1 = call i32 @cls(ptr @n_snan, double %snan)
  %k2 = call i32 @cls(ptr @n_qnan, double %qnan)
  %k3 = call i32 @cls(ptr @n_ninf, double %ninf)
  %k4 = call i32 @cls(ptr @n_nn, double -1.5)
  %k5 = call i32 @cls(ptr @n_ns, double -2.2250738585072009e-308)
  %k6 = call i32 @cls(ptr @n_nz, double %nz)
  %k7 = call i32 @cls(ptr @n_pz, double %zero)
  %k8 = call i32 @cls(ptr @n_ps, double 4.9406564584124654e-324)
  %k9 = call i32 @cls(ptr @n_pn, double %ad)
  %k10 = call i32 @cls(ptr @n_pinf, double %inf)
  %k11 = call i32 @clsf(ptr @n_fmin, float 0x3810000000000000)
  %k12 = call i32 @clsf(ptr @n_fden, float 0x380FFFFFC0000000)

  call void @pw(double 3.0, i32 5)
  call void @pw(double -2.0, i32 %argc)
  call void @pw(double 1.5, i32 4)
  call void @pw(double 2.0, i32 -3)
  call void @pw(double 0.5, i32 -10)
  call void @pw(double 7.0, i32 0)
  call void @pw(double -1.0, i32 31)

  call void @lx(double 1.0, i32 10)
  call void @lx(double 0.75, i32 -1074)
  call void @lx(double -3.0, i32 %argc)
  call void @lx(double 1.5, i32 1023)

  %s1 = call double @llvm.sqrt.f64(double 2.0)
  %s2 = call double @llvm.sqrt.f64(double %ad)
  %s3 = call float @llvm.sqrt.f32(float 3.0)
  %s3d = fpext float %s3 to double
  call i32 (ptr, ...) @printf(ptr @fsq, double %s1, double %s2, double %s3d)
  %t1 = add i32 %k1, %k2
  %t2 = add i32 %t1, %k3
  %t3 = add i32 %t2, %k4
  %t4 = add i32 %t3, %k5
  %t5 = add i32 %t4, %k6
  %t6 = add i32 %t5, %k7
  %t7 = add i32 %t6, %k8
  %t8 = add i32 %t7, %k9
  %t9 = add i32 %t8, %k10
  %t10 = add i32 %t9, %k11
  %t11 = add i32 %t10, %k12
  ret i32 %t11
}
