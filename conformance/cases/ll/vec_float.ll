; Floating-point vectors: <4 x float>, <2 x double>, <8 x float> arithmetic
; (fadd/fsub/fmul/fdiv/frem/fneg), fcmp with vector results (ordered and
; unordered, with NaN lanes), select on vector conditions, and vector
; intrinsics (fabs, sqrt, floor, minnum, fma). NaNs are never printed raw.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fname = private unnamed_addr constant [5 x i8] c"%-8s\00"
@ff = private unnamed_addr constant [6 x i8] c" %.6g\00"
@fnan = private unnamed_addr constant [5 x i8] c" NaN\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fmask = private unnamed_addr constant [16 x i8] c"%-8s mask=%02x\0A\00"
@fdot = private unnamed_addr constant [21 x i8] c"dot8=%.3f norm=%.6f\0A\00"
@n_add = private unnamed_addr constant [6 x i8] c"fadd4\00"
@n_mul = private unnamed_addr constant [6 x i8] c"fmul4\00"
@n_div = private unnamed_addr constant [6 x i8] c"fdiv4\00"
@n_rem = private unnamed_addr constant [6 x i8] c"frem4\00"
@n_neg = private unnamed_addr constant [6 x i8] c"fneg4\00"
@n_sqrt = private unnamed_addr constant [6 x i8] c"sqrt4\00"
@n_floor = private unnamed_addr constant [7 x i8] c"floor4\00"
@n_fabs = private unnamed_addr constant [6 x i8] c"fabs4\00"
@n_min = private unnamed_addr constant [8 x i8] c"minnum4\00"
@n_sel = private unnamed_addr constant [5 x i8] c"sel4\00"
@n_d = private unnamed_addr constant [6 x i8] c"v2f64\00"
@n_dfma = private unnamed_addr constant [5 x i8] c"fma2\00"
@n_w = private unnamed_addr constant [6 x i8] c"v8f32\00"
@n_olt = private unnamed_addr constant [4 x i8] c"olt\00"
@n_ult = private unnamed_addr constant [4 x i8] c"ult\00"
@n_oeq = private unnamed_addr constant [4 x i8] c"oeq\00"
@n_une = private unnamed_addr constant [4 x i8] c"une\00"
@n_ord = private unnamed_addr constant [4 x i8] c"ord\00"
@n_uno = private unnamed_addr constant [4 x i8] c"uno\00"
@n_w_ogt = private unnamed_addr constant [7 x i8] c"v8 ogt\00"

declare i32 @printf(ptr, ...)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>)
declare <4 x float> @llvm.floor.v4f32(<4 x float>)
declare <4 x float> @llvm.fabs.v4f32(<4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <2 x double> @llvm.fma.v2f64(<2 x double>, <2 x double>, <2 x double>)

define internal void @pd(double %d) {
  %isnan = fcmp uno double %d, %d
  br i1 %isnan, label %nan, label %num
nan:
  call i32 (ptr, ...) @printf(ptr @fnan)
  ret void
num:
  call i32 (ptr, ...) @printf(ptr @ff, double %d)
  ret void
}

define internal void @pf4(ptr %n, <4 x float> %v) {
entry:
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %i1, %l ]
  %e = extractelement <4 x float> %v, i32 %i
  %d = fpext float %e to double
  call void @pd(double %d)
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 4
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pd2(ptr %n, <2 x double> %v) {
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  %e0 = extractelement <2 x double> %v, i64 0
  %e1 = extractelement <2 x double> %v, i64 1
  call void @pd(double %e0)
  call void @pd(double %e1)
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pf8(ptr %n, <8 x float> %v) {
entry:
  %m = alloca <8 x float>, align 32
  store <8 x float> %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %i1, %l ]
  %p = getelementptr inbounds float, ptr %m, i32 %i
  %e = load float, ptr %p
  %d = fpext float %e to double
  call void @pd(double %d)
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 8
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal i32 @pmask4(ptr %n, <4 x i1> %m) {
  %b = bitcast <4 x i1> %m to i4
  %z = zext i4 %b to i32
  call i32 (ptr, ...) @printf(ptr @fmask, ptr %n, i32 %z)
  ret i32 %z
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %af = sitofp i32 %argc to float
  %zero = fsub float %af, %af
  %nan = fdiv float 0.0, %zero
  %v0 = insertelement <4 x float> <float 1.5, float -2.25, float poison, float 1.0e10>, float %af, i32 2
  %v1 = fadd <4 x float> %v0, <float 0.25, float 0.25, float -0.5, float 1.0>
  call void @pf4(ptr @n_add, <4 x float> %v1)
  %v2 = fmul <4 x float> %v1, <float -2.0, float 3.0, float 0x3FB99999A0000000, float 0x46293E5940000000>
  call void @pf4(ptr @n_mul, <4 x float> %v2)
  %v3 = fdiv <4 x float> %v2, <float 0.0, float -0.0, float 3.0, float 7.0>
  call void @pf4(ptr @n_div, <4 x float> %v3)
  %v4 = frem <4 x float> <float 10.5, float -10.5, float 7.0, float 100.0>, <float 3.0, float 3.0, float -2.5, float 0.75>
  call void @pf4(ptr @n_rem, <4 x float> %v4)
  %v5 = fneg <4 x float> %v4
  call void @pf4(ptr @n_neg, <4 x float> %v5)
  %v6 = call <4 x float> @llvm.sqrt.v4f32(<4 x float> <float 2.0, float 0.25, float 1.0e6, float 0.0>)
  call void @pf4(ptr @n_sqrt, <4 x float> %v6)
  %v7 = call <4 x float> @llvm.floor.v4f32(<4 x float> %v5)
  call void @pf4(ptr @n_floor, <4 x float> %v7)
  %v8 = call <4 x float> @llvm.fabs.v4f32(<4 x float> %v7)
  call void @pf4(ptr @n_fabs, <4 x float> %v8)
  ; NaN lane in one operand: minnum returns the other operand
  %vn = insertelement <4 x float> %v8, float %nan, i32 1
  %v9 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %vn, <4 x float> <float 0.5, float 9.0, float 9.0, float 0.5>)
  call void @pf4(ptr @n_min, <4 x float> %v9)

  ; fcmp on vectors with NaN lanes
  %cmpb = insertelement <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, float %nan, i32 3
  %cmpa = insertelement <4 x float> <float 1.0, float 1.0, float 5.0, float 4.0>, float %nan, i32 1
  %olt = fcmp olt <4 x float> %cmpa, %cmpb
  %ult = fcmp ult <4 x float> %cmpa, %cmpb
  %oeq = fcmp oeq <4 x float> %cmpa, %cmpb
  %une = fcmp une <4 x float> %cmpa, %cmpb
  %ord = fcmp ord <4 x float> %cmpa, %cmpb
  %uno = fcmp uno <4 x float> %cmpa, %cmpb
  %m1 = call i32 @pmask4(ptr @n_olt, <4 x i1> %olt)
  %m2 = call i32 @pmask4(ptr @n_ult, <4 x i1> %ult)
  %m3 = call i32 @pmask4(ptr @n_oeq, <4 x i1> %oeq)
  %m4 = call i32 @pmask4(ptr @n_une, <4 x i1> %une)
  %m5 = call i32 @pmask4(ptr @n_ord, <4 x i1> %ord)
  %m6 = call i32 @pmask4(ptr @n_uno, <4 x i1> %uno)
  %sel = select <4 x i1> %ord, <4 x float> %cmpa, <4 x float> <float -1.0, float -2.0, float -3.0, float -4.0>
  call void @pf4(ptr @n_sel, <4 x float> %sel)

  ; <2 x double>
  %ad = sitofp i32 %argc to double
  %d0 = insertelement <2 x double> <double 0x3FB999999999999A, double poison>, double %ad, i32 1
  %d1 = fmul <2 x double> %d0, <double 3.0, double 0.1>
  %d2 = fsub <2 x double> %d1, <double 0.3, double -1.0e-300>
  call void @pd2(ptr @n_d, <2 x double> %d2)
  %d3 = call <2 x double> @llvm.fma.v2f64(<2 x double> %d0, <2 x double> <double 3.0, double 0.1>, <2 x double> <double -0.30000000000000004, double -0.4>)
  call void @pd2(ptr @n_dfma, <2 x double> %d3)

  ; <8 x float>: a dot product and a normalisation
  %w0 = insertelement <8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float poison>, float %af, i32 7
  %w1 = fmul <8 x float> %w0, <float 0.5, float -0.5, float 0.25, float -0.25, float 2.0, float -2.0, float 1.0, float -1.0>
  call void @pf8(ptr @n_w, <8 x float> %w1)
  %sq = fmul <8 x float> %w0, %w0
  %lo = shufflevector <8 x float> %sq, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %hi = shufflevector <8 x float> %sq, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %s4 = fadd <4 x float> %lo, %hi
  %s4a = shufflevector <4 x float> %s4, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %s4b = shufflevector <4 x float> %s4, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %s2 = fadd <2 x float> %s4a, %s4b
  %s2a = extractelement <2 x float> %s2, i32 0
  %s2b = extractelement <2 x float> %s2, i32 1
  %dot = fadd float %s2a, %s2b
  %dotd = fpext float %dot to double
  %nrm = call <4 x float> @llvm.sqrt.v4f32(<4 x float> %s4)
  %nrm0 = extractelement <4 x float> %nrm, i32 0
  %nrmd = fpext float %nrm0 to double
  call i32 (ptr, ...) @printf(ptr @fdot, double %dotd, double %nrmd)
  %gt = fcmp ogt <8 x float> %w1, zeroinitializer
  %gtb = bitcast <8 x i1> %gt to i8
  %gtz = zext i8 %gtb to i32
  call i32 (ptr, ...) @printf(ptr @fmask, ptr @n_w_ogt, i32 %gtz)
  %t1 = add i32 %m1, %m2
  %t2 = add i32 %t1, %m3
  %t3 = add i32 %t2, %m4
  %t4 = add i32 %t3, %m5
  %t5 = add i32 %t4, %m6
  %t6 = add i32 %t5, %gtz
  %t7 = urem i32 %t6, 101
  ret i32 %t7
}
