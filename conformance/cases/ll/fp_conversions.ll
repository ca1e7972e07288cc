; Integer <-> floating-point conversions: sitofp/uitofp of i64 values next to
; powers of two (rounding to nearest-even), i128 and odd-width sources,
; fptosi/fptoui of in-range values (truncation toward zero), and the
; saturating llvm.fptosi.sat / llvm.fptoui.sat on out-of-range, infinite and
; NaN inputs, scalar and vector.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vals = internal constant [12 x i64] [
  i64 9007199254740991, i64 9007199254740992, i64 9007199254740993, i64 9007199254740995,
  i64 16777217, i64 16777219, i64 -9223372036854775808, i64 9223372036854775807,
  i64 -1, i64 4611686018427387905, i64 -4611686018427387903, i64 1152921504606846977 ]
@fi = private unnamed_addr constant [55 x i8] c"%20lld: sitofp d=%.17g f=%.9g | uitofp d=%.17g f=%.9g\0A\00"
@fw = private unnamed_addr constant [49 x i8] c"i128 %s -> %.17g ; back fptosi = %016llx%016llx\0A\00"
@fodd = private unnamed_addr constant [107 x i8] c"odd widths: sitofp i33 %.1f uitofp i33 %.1f sitofp i7 %.1f uitofp i1 %.1f fptosi->i24 %d fptoui->i40 %lld\0A\00"
@ftr = private unnamed_addr constant [62 x i8] c"%-8g -> fptosi i8 %d i32 %d i64 %lld | fptoui i8 %u i64 %llu\0A\00"
@fsat = private unnamed_addr constant [69 x i8] c"sat %-12s s8=%d u8=%u s16=%d u16=%u s32=%d u32=%u s64=%lld u64=%llu\0A\00"
@fsatv = private unnamed_addr constant [89 x i8] c"sat v4f32->v4i8: %d %d %d %d ; v2f64->v2u32: %u %u ; f->i24 %d ; d->i128 %016llx%016llx\0A\00"
@s_big = private unnamed_addr constant [13 x i8] c"2^100+2^47+1\00"
@s_neg = private unnamed_addr constant [10 x i8] c"-(2^80)-1\00"
@s1 = private unnamed_addr constant [6 x i8] c"300.7\00"
@s2 = private unnamed_addr constant [7 x i8] c"-129.9\00"
@s3 = private unnamed_addr constant [5 x i8] c"1e10\00"
@s4 = private unnamed_addr constant [6 x i8] c"-1e30\00"
@s5 = private unnamed_addr constant [5 x i8] c"+inf\00"
@s6 = private unnamed_addr constant [5 x i8] c"-inf\00"
@s7 = private unnamed_addr constant [4 x i8] c"nan\00"
@s8 = private unnamed_addr constant [6 x i8] c"-0.99\00"
@trunc_in = internal constant [6 x double] [double 2.9, double -2.9, double 127.99, double -128.5, double 0.5, double 100.0]

declare i32 @printf(ptr, ...)
declare i8 @llvm.fptosi.sat.i8.f64(double)
declare i8 @llvm.fptoui.sat.i8.f64(double)
declare i16 @llvm.fptosi.sat.i16.f64(double)
declare i16 @llvm.fptoui.sat.i16.f64(double)
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i32 @llvm.fptoui.sat.i32.f64(double)
declare i64 @llvm.fptosi.sat.i64.f64(double)
declare i64 @llvm.fptoui.sat.i64.f64(double)
declare <4 x i8> @llvm.fptosi.sat.v4i8.v4f32(<4 x float>)
declare <2 x i32> @llvm.fptoui.sat.v2i32.v2f64(<2 x double>)
declare i24 @llvm.fptosi.sat.i24.f32(float)
declare i128 @llvm.fptosi.sat.i128.f64(double)

define internal void @sat(ptr %name, double %x) {
  %a = call i8 @llvm.fptosi.sat.i8.f64(double %x)
  %b = call i8 @llvm.fptoui.sat.i8.f64(double %x)
  %c = call i16 @llvm.fptosi.sat.i16.f64(double %x)
  %d = call i16 @llvm.fptoui.sat.i16.f64(double %x)
  %e = call i32 @llvm.fptosi.sat.i32.f64(double %x)
  %f = call i32 @llvm.fptoui.sat.i32.f64(double %x)
  %g = call i64 @llvm.fptosi.sat.i64.f64(double %x)
  %h = call i64 @llvm.fptoui.sat.i64.f64(double %x)
  %a1 = sext i8 %a to i32
  %b1 = zext i8 %b to i32
  %c1 = sext i16 %c to i32
  %d1 = zext i16 %d to i32
  call i32 (ptr, ...) @printf(ptr @fsat, ptr %name, i32 %a1, i32 %b1, i32 %c1, i32 %d1, i32 %e, i32 %f, i64 %g, i64 %h)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr inbounds [12 x i64], ptr @vals, i64 0, i64 %i
  %v = load i64, ptr %p
  %sd = sitofp i64 %v to double
  %sf = sitofp i64 %v to float
  %ud = uitofp i64 %v to double
  %uf = uitofp i64 %v to float
  %sfd = fpext float %sf to double
  %ufd = fpext float %uf to double
  call i32 (ptr, ...) @printf(ptr @fi, i64 %v, double %sd, double %sfd, double %ud, double %ufd)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 12
  br i1 %c, label %loop, label %wide

wide:
  ; 2^100 + 2^47 + 1: exactly halfway-plus between doubles -> rounds up
  %w0 = shl i128 1, 100
  %w1 = add i128 %w0, 140737488355329
  %wd = sitofp i128 %w1 to double
  %wb = fptosi double %wd to i128
  %wbl = trunc i128 %wb to i64
  %wbs = lshr i128 %wb, 64
  %wbh = trunc i128 %wbs to i64
  call i32 (ptr, ...) @printf(ptr @fw, ptr @s_big, double %wd, i64 %wbh, i64 %wbl)
  %n0 = shl i128 1, 80
  %n1 = sub i128 -1, %n0
  %nd = sitofp i128 %n1 to double
  %nb = fptosi double %nd to i128
  %nbl = trunc i128 %nb to i64
  %nbs = lshr i128 %nb, 64
  %nbh = trunc i128 %nbs to i64
  call i32 (ptr, ...) @printf(ptr @fw, ptr @s_neg, double %nd, i64 %nbh, i64 %nbl)
  %un = uitofp i128 %n1 to double
  %unb = fptoui double %un to i128
  %unbl = trunc i128 %unb to i64
  %unbs = lshr i128 %unb, 64
  %unbh = trunc i128 %unbs to i64
  call i32 (ptr, ...) @printf(ptr @fw, ptr @s_neg, double %un, i64 %unbh, i64 %unbl)

  %o33 = sext i32 %argc to i33
  %o33n = sub i33 -4294967296, %o33
  %os = sitofp i33 %o33n to double
  %ou = uitofp i33 %o33n to double
  %o7 = sitofp i7 -64 to double
  %t = icmp ne i32 %argc, 0
  %o1 = uitofp i1 %t to double
  %f24 = fptosi double -8388607.9 to i24
  %f24s = sext i24 %f24 to i32
  %ad = sitofp i32 %argc to double
  %big40 = fmul double %ad, 2.5e11
  %f40 = fptoui double %big40 to i40
  %f40z = zext i40 %f40 to i64
  call i32 (ptr, ...) @printf(ptr @fodd, double %os, double %ou, double %o7, double %o1, i32 %f24s, i64 %f40z)
  br label %tloop

tloop:
  %j = phi i64 [ 0, %wide ], [ %j1, %tloop ]
  %tp = getelementptr inbounds [6 x double], ptr @trunc_in, i64 0, i64 %j
  %x = load double, ptr %tp
  %ax = call double @llvm.fabs.f64(double %x)
  %t8 = fptosi double %x to i8
  %t32 = fptosi double %x to i32
  %t64 = fptosi double %x to i64
  ; fptoui only on non-negative values (keeps it in range)
  %u8 = fptoui double %ax to i8
  %u64 = fptoui double %ax to i64
  %t8s = sext i8 %t8 to i32
  %u8z = zext i8 %u8 to i32
  call i32 (ptr, ...) @printf(ptr @ftr, double %x, i32 %t8s, i32 %t32, i64 %t64, i32 %u8z, i64 %u64)
  %j1 = add i64 %j, 1
  %cj = icmp ult i64 %j1, 6
  br i1 %cj, label %tloop, label %sats

sats:
  %zero = fsub double %ad, %ad
  %nan = fdiv double %zero, %zero
  %inf = fdiv double %ad, %zero
  %ninf = fneg double %inf
  call void @sat(ptr @s1, double 300.7)
  call void @sat(ptr @s2, double -129.9)
  call void @sat(ptr @s3, double 1.0e10)
  call void @sat(ptr @s4, double -1.0e30)
  call void @sat(ptr @s5, double %inf)
  call void @sat(ptr @s6, double %ninf)
  call void @sat(ptr @s7, double %nan)
  call void @sat(ptr @s8, double -0.99)
  %af = sitofp i32 %argc to float
  %fnan = fptrunc double %nan to float
  %fv0 = insertelement <4 x float> <float 200.0, float -200.0, float poison, float -1.5>, float %fnan, i32 2
  %sv = call <4 x i8> @llvm.fptosi.sat.v4i8.v4f32(<4 x float> %fv0)
  %sv0 = extractelement <4 x i8> %sv, i32 0
  %sv1 = extractelement <4 x i8> %sv, i32 1
  %sv2 = extractelement <4 x i8> %sv, i32 2
  %sv3 = extractelement <4 x i8> %sv, i32 3
  %sv0s = sext i8 %sv0 to i32
  %sv1s = sext i8 %sv1 to i32
  %sv2s = sext i8 %sv2 to i32
  %sv3s = sext i8 %sv3 to i32
  %dv = insertelement <2 x double> <double -5.0, double poison>, double %big40, i32 1
  %uv = call <2 x i32> @llvm.fptoui.sat.v2i32.v2f64(<2 x double> %dv)
  %uv0 = extractelement <2 x i32> %uv, i32 0
  %uv1 = extractelement <2 x i32> %uv, i32 1
  %big24 = fmul float %af, 1.0e7
  %s24 = call i24 @llvm.fptosi.sat.i24.f32(float %big24)
  %s24s = sext i24 %s24 to i32
  %s128 = call i128 @llvm.fptosi.sat.i128.f64(double -1.0e300)
  %s128l = trunc i128 %s128 to i64
  %s128s = lshr i128 %s128, 64
  %s128h = trunc i128 %s128s to i64
  call i32 (ptr, ...) @printf(ptr @fsatv, i32 %sv0s, i32 %sv1s, i32 %sv2s, i32 %sv3s, i32 %uv0, i32 %uv1, i32 %s24s, i64 %s128h, i64 %s128l)
  %r = urem i32 %uv1, 97
  ret i32 %r
}

declare double @llvm.fabs.f64(double)
