; llvm.minnum/maxnum (NaN operand -> the other operand), llvm.minimum/maximum
; (NaN propagates, -0 < +0), and the sign-bit operations fneg, llvm.fabs and
; llvm.copysign, which are exact bit operations even on NaN payloads (their
; results are printed as raw bits). Zero-sign results of minnum/maxnum on
; equal-comparing zeros are unspecified, so only their value is printed.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@nanbits = internal global i64 9221120237041090561      ; 0x7FF8000000000001
@fnanbits = internal global i32 2143289346             ; 0x7FC00002
@fm = private unnamed_addr constant [49 x i8] c"%-16s minnum=%s maxnum=%s minimum=%s maximum=%s\0A\00"
@fbits = private unnamed_addr constant [15 x i8] c"%-22s %016llx\0A\00"
@fbits32 = private unnamed_addr constant [12 x i8] c"%-22s %08x\0A\00"
@fz = private unnamed_addr constant [48 x i8] c"minnum(+0,-0) == 0: %d, maxnum(-0,+0) == 0: %d\0A\00"
@fv = private unnamed_addr constant [28 x i8] c"v4f32 minimum: %s %s %s %s\0A\00"
@n1 = private unnamed_addr constant [7 x i8] c"(1, 2)\00"
@n2 = private unnamed_addr constant [11 x i8] c"(-3, -inf)\00"
@n3 = private unnamed_addr constant [9 x i8] c"(nan, 5)\00"
@n4 = private unnamed_addr constant [9 x i8] c"(5, nan)\00"
@n5 = private unnamed_addr constant [11 x i8] c"(nan, nan)\00"
@n6 = private unnamed_addr constant [9 x i8] c"(+0, -0)\00"
@n7 = private unnamed_addr constant [9 x i8] c"(-0, +0)\00"
@n8 = private unnamed_addr constant [9 x i8] c"(-0, -0)\00"
@n9 = private unnamed_addr constant [18 x i8] c"(denorm, -denorm)\00"
@b1 = private unnamed_addr constant [4 x i8] c"nan\00"
@b2 = private unnamed_addr constant [9 x i8] c"fneg nan\00"
@b3 = private unnamed_addr constant [15 x i8] c"fabs(fneg nan)\00"
@b4 = private unnamed_addr constant [18 x i8] c"copysign(nan, -1)\00"
@b5 = private unnamed_addr constant [20 x i8] c"copysign(1.5, -nan)\00"
@b6 = private unnamed_addr constant [8 x i8] c"fneg +0\00"
@b7 = private unnamed_addr constant [8 x i8] c"fabs -0\00"
@b8 = private unnamed_addr constant [16 x i8] c"copysign(3, -0)\00"
@b9 = private unnamed_addr constant [19 x i8] c"copysign(-inf, +0)\00"
@b10 = private unnamed_addr constant [17 x i8] c"fsub 0, 0 (= +0)\00"
@b11 = private unnamed_addr constant [18 x i8] c"fneg(x) of x=argc\00"
@b12 = private unnamed_addr constant [13 x i8] c"f32 fneg nan\00"
@b13 = private unnamed_addr constant [22 x i8] c"f32 copysign(2, -nan)\00"

@buf1 = internal global [32 x i8] zeroinitializer
@buf2 = internal global [32 x i8] zeroinitializer
@buf3 = internal global [32 x i8] zeroinitializer
@buf4 = internal global [32 x i8] zeroinitializer
@fmt_g = private unnamed_addr constant [3 x i8] c"%g\00"
@s_nan = private unnamed_addr constant [4 x i8] c"NaN\00"
@s_pz = private unnamed_addr constant [3 x i8] c"+0\00"
@s_nz = private unnamed_addr constant [3 x i8] c"-0\00"

declare i32 @printf(ptr, ...)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maxnum.f64(double, double)
declare double @llvm.minimum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
declare double @llvm.fabs.f64(double)
declare double @llvm.copysign.f64(double, double)
declare float @llvm.copysign.f32(float, float)
declare <4 x float> @llvm.minimum.v4f32(<4 x float>, <4 x float>)

; formats a double into %buf: NaN as "NaN", zeros with explicit sign
define internal ptr @fmt(ptr %buf, double %x) {
entry:
  %isnan = fcmp uno double %x, %x
  br i1 %isnan, label %nan, label %notnan
nan:
  ret ptr @s_nan
notnan:
  %isz = fcmp oeq double %x, 0.0
  br i1 %isz, label %zero, label %num
zero:
  %bits = bitcast double %x to i64
  %neg = icmp slt i64 %bits, 0
  %s = select i1 %neg, ptr @s_nz, ptr @s_pz
  ret ptr %s
num:
  call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 32, ptr @fmt_g, double %x)
  ret ptr %buf
}

; %signed_zero_ok: print minnum/maxnum through %fmt only if not both zero
define internal void @mm(ptr %name, double %a, double %b) {
  %mn = call double @llvm.minnum.f64(double %a, double %b)
  %mx = call double @llvm.maxnum.f64(double %a, double %b)
  %mi = call double @llvm.minimum.f64(double %a, double %b)
  %ma = call double @llvm.maximum.f64(double %a, double %b)
  %s1 = call ptr @fmt(ptr @buf1, double %mn)
  %s2 = call ptr @fmt(ptr @buf2, double %mx)
  %s3 = call ptr @fmt(ptr @buf3, double %mi)
  %s4 = call ptr @fmt(ptr @buf4, double %ma)
  call i32 (ptr, ...) @printf(ptr @fm, ptr %name, ptr %s1, ptr %s2, ptr %s3, ptr %s4)
  ret void
}

define internal void @bits(ptr %name, double %x) {
  %b = bitcast double %x to i64
  call i32 (ptr, ...) @printf(ptr @fbits, ptr %name, i64 %b)
  ret void
}

define internal void @bits32(ptr %name, float %x) {
  %b = bitcast float %x to i32
  call i32 (ptr, ...) @printf(ptr @fbits32, ptr %name, i32 %b)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %nb = load i64, ptr @nanbits
  %nan = bitcast i64 %nb to double
  %ad = sitofp i32 %argc to double
  %pz = fsub double %ad, %ad
  %nz = fneg double %pz
  call void @mm(ptr @n1, double 1.0, double 2.0)
  call void @mm(ptr @n2, double -3.0, double 0xFFF0000000000000)
  call void @mm(ptr @n3, double %nan, double 5.0)
  call void @mm(ptr @n4, double 5.0, double %nan)
  ; (nan, nan): minnum of two NaNs is NaN; all four are NaN
  call void @mm(ptr @n5, double %nan, double %nan)
  ; minimum/maximum order the zeros; minnum/maxnum are printed via a
  ; value test below instead
  %mi1 = call double @llvm.minimum.f64(double %pz, double %nz)
  %ma1 = call double @llvm.maximum.f64(double %pz, double %nz)
  %mi2 = call double @llvm.minimum.f64(double %nz, double %pz)
  %ma2 = call double @llvm.maximum.f64(double %nz, double %pz)
  %mi3 = call double @llvm.minimum.f64(double %nz, double %nz)
  %mn3 = call double @llvm.minnum.f64(double %nz, double %nz)
  call void @bits(ptr @n6, double %mi1)
  call void @bits(ptr @n6, double %ma1)
  call void @bits(ptr @n7, double %mi2)
  call void @bits(ptr @n7, double %ma2)
  call void @bits(ptr @n8, double %mi3)
  call void @bits(ptr @n8, double %mn3)
  %mnz = call double @llvm.minnum.f64(double %pz, double %nz)
  %mxz = call double @llvm.maxnum.f64(double %nz, double %pz)
  %mnz0 = fcmp oeq double %mnz, 0.0
  %mxz0 = fcmp oeq double %mxz, 0.0
  %mnz0z = zext i1 %mnz0 to i32
  %mxz0z = zext i1 %mxz0 to i32
  call i32 (ptr, ...) @printf(ptr @fz, i32 %mnz0z, i32 %mxz0z)
  call void @mm(ptr @n9, double 4.9406564584124654e-324, double -4.9406564584124654e-324)

  ; sign-bit operations on NaN payloads and zeros
  call void @bits(ptr @b1, double %nan)
  %fn = fneg double %nan
  call void @bits(ptr @b2, double %fn)
  %fa = call double @llvm.fabs.f64(double %fn)
  call void @bits(ptr @b3, double %fa)
  %cs1 = call double @llvm.copysign.f64(double %nan, double -1.0)
  call void @bits(ptr @b4, double %cs1)
  %cs2 = call double @llvm.copysign.f64(double 1.5, double %fn)
  call void @bits(ptr @b5, double %cs2)
  %z1 = fneg double 0.0
  call void @bits(ptr @b6, double %z1)
  %z2 = call double @llvm.fabs.f64(double %nz)
  call void @bits(ptr @b7, double %z2)
  %cs3 = call double @llvm.copysign.f64(double 3.0, double %nz)
  call void @bits(ptr @b8, double %cs3)
  %cs4 = call double @llvm.copysign.f64(double 0xFFF0000000000000, double %pz)
  call void @bits(ptr @b9, double %cs4)
  call void @bits(ptr @b10, double %pz)
  %ng = fneg double %ad
  call void @bits(ptr @b11, double %ng)
  %fnb = load i32, ptr @fnanbits
  %fnan = bitcast i32 %fnb to float
  %ffn = fneg float %fnan
  call void @bits32(ptr @b12, float %ffn)
  %fcs = call float @llvm.copysign.f32(float 2.0, float %ffn)
  call void @bits32(ptr @b13, float %fcs)

  ; vector minimum with NaN and zero lanes
  %af = sitofp i32 %argc to float
  %fpz = fsub float %af, %af
  %fnz = fneg float %fpz
  %va = insertelement <4 x float> <float 1.0, float poison, float 0.0, float -2.0>, float %fnan, i32 1
  %vb = insertelement <4 x float> <float 0.5, float 3.0, float poison, float -2.0>, float %fnz, i32 2
  %vm = call <4 x float> @llvm.minimum.v4f32(<4 x float> %va, <4 x float> %vb)
  %e0 = extractelement <4 x float> %vm, i32 0
  %e1 = extractelement <4 x float> %vm, i32 1
  %e2 = extractelement <4 x float> %vm, i32 2
  %e3 = extractelement <4 x float> %vm, i32 3
  %d0 = fpext float %e0 to double
  %d1 = fpext float %e1 to double
  %d2 = fpext float %e2 to double
  %d3 = fpext float %e3 to double
  %t0 = call ptr @fmt(ptr @buf1, double %d0)
  %t1 = call ptr @fmt(ptr @buf2, double %d1)
  %t2 = call ptr @fmt(ptr @buf3, double %d2)
  %t3 = call ptr @fmt(ptr @buf4, double %d3)
  call i32 (ptr, ...) @printf(ptr @fv, ptr %t0, ptr %t1, ptr %t2, ptr %t3)
  %r = bitcast double %cs2 to i64
  %r1 = lshr i64 %r, 58
  %r2 = trunc i64 %r1 to i32
  ret i32 %r2
}
