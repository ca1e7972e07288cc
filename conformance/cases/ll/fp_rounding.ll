; Rounding intrinsics llvm.floor/ceil/trunc/round/roundeven/rint/nearbyint
; on double and float (halfway cases, negative halves giving -0, values at
; and above 2^52), llvm.lround/llrint, and frem (sign follows the dividend,
; exact results) on double and float.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@in = internal constant [14 x double] [double 0.5, double 1.5, double 2.5, double -0.5, double -1.5, double -2.5,
  double 2.4999999999999996, double -3.7, double 1.0e15, double 4503599627370495.5, double 9007199254740991.0,
  double -0.0, double 0x7FF0000000000000, double 1.0000000000000002]
@fr = private unnamed_addr constant [77 x i8] c"%-22.17g fl=%s ce=%s tr=%s rd=%s re=%s ri=%s nb=%s | lround=%ld llrint=%lld\0A\00"
@ff = private unnamed_addr constant [71 x i8] c"float %-12.9g fl=%.9g ce=%.9g tr=%.9g rd=%.9g re=%.9g ri=%.9g nb=%.9g\0A\00"
@fm = private unnamed_addr constant [19 x i8] c"frem(%g, %g) = %s\0A\00"
@fmf = private unnamed_addr constant [23 x i8] c"frem f32(%g, %g) = %g\0A\00"
@fg = private unnamed_addr constant [6 x i8] c"%.17g\00"
@s_pz = private unnamed_addr constant [3 x i8] c"+0\00"
@s_nz = private unnamed_addr constant [3 x i8] c"-0\00"
@bufs = internal global [8 x [40 x i8]] zeroinitializer
@fin = internal constant [6 x float] [float 0.5, float -0.5, float 3.5, float -2.5, float 8388607.5, float -1.25]
@rem_in = internal constant [10 x double] [double 10.0, double 3.0, double -10.0, double 3.0, double 10.0, double -3.0, double 5.5, double 0.25, double -0.75, double 0.5]

declare i32 @printf(ptr, ...)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare double @llvm.floor.f64(double)
declare double @llvm.ceil.f64(double)
declare double @llvm.trunc.f64(double)
declare double @llvm.round.f64(double)
declare double @llvm.roundeven.f64(double)
declare double @llvm.rint.f64(double)
declare double @llvm.nearbyint.f64(double)
declare float @llvm.floor.f32(float)
declare float @llvm.ceil.f32(float)
declare float @llvm.trunc.f32(float)
declare float @llvm.round.f32(float)
declare float @llvm.roundeven.f32(float)
declare float @llvm.rint.f32(float)
declare float @llvm.nearbyint.f32(float)
declare i64 @llvm.lround.i64.f64(double)
declare i64 @llvm.llrint.i64.f64(double)

; zeros printed with their sign, everything else with %.17g
define internal ptr @fmt(i32 %slot, double %x) {
entry:
  %isz = fcmp oeq double %x, 0.0
  br i1 %isz, label %zero, label %num
zero:
  %b = bitcast double %x to i64
  %neg = icmp slt i64 %b, 0
  %s = select i1 %neg, ptr @s_nz, ptr @s_pz
  ret ptr %s
num:
  %buf = getelementptr inbounds [8 x [40 x i8]], ptr @bufs, i32 0, i32 %slot
  call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 40, ptr @fg, double %x)
  ret ptr %buf
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %next ]
  %p = getelementptr inbounds [14 x double], ptr @in, i64 0, i64 %i
  %x = load double, ptr %p
  %fl = call double @llvm.floor.f64(double %x)
  %ce = call double @llvm.ceil.f64(double %x)
  %tr = call double @llvm.trunc.f64(double %x)
  %rd = call double @llvm.round.f64(double %x)
  %re = call double @llvm.roundeven.f64(double %x)
  %ri = call double @llvm.rint.f64(double %x)
  %nb = call double @llvm.nearbyint.f64(double %x)
  %s0 = call ptr @fmt(i32 0, double %fl)
  %s1 = call ptr @fmt(i32 1, double %ce)
  %s2 = call ptr @fmt(i32 2, double %tr)
  %s3 = call ptr @fmt(i32 3, double %rd)
  %s4 = call ptr @fmt(i32 4, double %re)
  %s5 = call ptr @fmt(i32 5, double %ri)
  %s6 = call ptr @fmt(i32 6, double %nb)
  ; lround/llrint only for finite values that fit in i64
  %ax = call double @llvm.fabs.f64(double %x)
  %fits = fcmp olt double %ax, 1.0e18
  br i1 %fits, label %conv, label %skip
conv:
  %lr = call i64 @llvm.lround.i64.f64(double %x)
  %ll = call i64 @llvm.llrint.i64.f64(double %x)
  br label %print
skip:
  br label %print
print:
  %lrv = phi i64 [ %lr, %conv ], [ 0, %skip ]
  %llv = phi i64 [ %ll, %conv ], [ 0, %skip ]
  call i32 (ptr, ...) @printf(ptr @fr, double %x, ptr %s0, ptr %s1, ptr %s2, ptr %s3, ptr %s4, ptr %s5, ptr %s6, i64 %lrv, i64 %llv)
  br label %next
next:
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 14
  br i1 %c, label %loop, label %floats

floats:
  %j = phi i64 [ 0, %next ], [ %j1, %floats ]
  %fp = getelementptr inbounds [6 x float], ptr @fin, i64 0, i64 %j
  %y = load float, ptr %fp
  %gfl = call float @llvm.floor.f32(float %y)
  %gce = call float @llvm.ceil.f32(float %y)
  %gtr = call float @llvm.trunc.f32(float %y)
  %grd = call float @llvm.round.f32(float %y)
  %gre = call float @llvm.roundeven.f32(float %y)
  %gri = call float @llvm.rint.f32(float %y)
  %gnb = call float @llvm.nearbyint.f32(float %y)
  %yd = fpext float %y to double
  %d0 = fpext float %gfl to double
  %d1 = fpext float %gce to double
  %d2 = fpext float %gtr to double
  %d3 = fpext float %grd to double
  %d4 = fpext float %gre to double
  %d5 = fpext float %gri to double
  %d6 = fpext float %gnb to double
  call i32 (ptr, ...) @printf(ptr @ff, double %yd, double %d0, double %d1, double %d2, double %d3, double %d4, double %d5, double %d6)
  %j1 = add i64 %j, 1
  %cj = icmp ult i64 %j1, 6
  br i1 %cj, label %floats, label %rems

rems:
  %k = phi i64 [ 0, %floats ], [ %k1, %rems ]
  %ap = getelementptr inbounds double, ptr @rem_in, i64 %k
  %a = load double, ptr %ap
  %bp = getelementptr inbounds double, ptr %ap, i64 1
  %b = load double, ptr %bp
  %r = frem double %a, %b
  %rs = call ptr @fmt(i32 7, double %r)
  call i32 (ptr, ...) @printf(ptr @fm, double %a, double %b, ptr %rs)
  %k1 = add i64 %k, 2
  %ck = icmp ult i64 %k1, 10
  br i1 %ck, label %rems, label %frems

frems:
  %af = sitofp i32 %argc to float
  %r1 = frem float 1.0e7, %af
  %r2 = frem float -7.5, 2.0
  %r3 = frem float %af, 0x3FB99999A0000000
  %a1 = fpext float %af to double
  %q1 = fpext float %r1 to double
  %q2 = fpext float %r2 to double
  %q3 = fpext float %r3 to double
  call i32 (ptr, ...) @printf(ptr @fmf, double 1.0e7, double %a1, double %q1)
  call i32 (ptr, ...) @printf(ptr @fmf, double -7.5, double 2.0, double %q2)
  call i32 (ptr, ...) @printf(ptr @fmf, double %a1, double 0x3FB99999A0000000, double %q3)
  %big = frem double 1.0e300, 3.0
  %bigi = fptosi double %big to i32
  %ret = add i32 %bigi, 10
  ret i32 %ret
}

declare double @llvm.fabs.f64(double)
