; llvm.vector.reduce.*: add, mul, and, or, xor, smin, smax, umin, umax on
; <16 x i8>, <8 x i16>, <4 x i32>, <2 x i64>, <4 x i64> and <8 x i1>;
; fmax/fmin (with a NaN lane, which is ignored like maxnum) and the ordered
; fadd/fmul with a start value, where evaluation order is fixed.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fr = private unnamed_addr constant [90 x i8] c"%-6s add=%lld mul=%lld and=%llx or=%llx xor=%llx smin=%lld smax=%lld umin=%llu umax=%llu\0A\00"
@ff = private unnamed_addr constant [56 x i8] c"float: fmax=%g fmin=%g fadd(start %g)=%.17g fmul=%.17g\0A\00"
@fd = private unnamed_addr constant [58 x i8] c"double: fadd order check %.17g vs %.17g, fmax=%g fmin=%g\0A\00"
@fb = private unnamed_addr constant [36 x i8] c"v8i1 %02x: any=%d all=%d parity=%d\0A\00"
@fl = private unnamed_addr constant [43 x i8] c"loop sum of 0..%d via v4i32 partials = %d\0A\00"
@n8 = private unnamed_addr constant [6 x i8] c"v16i8\00"
@n16 = private unnamed_addr constant [6 x i8] c"v8i16\00"
@n32 = private unnamed_addr constant [6 x i8] c"v4i32\00"
@n64 = private unnamed_addr constant [6 x i8] c"v2i64\00"
@n64b = private unnamed_addr constant [6 x i8] c"v4i64\00"

declare i32 @printf(ptr, ...)
declare i8 @llvm.vector.reduce.add.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.mul.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.and.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.or.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.xor.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smax.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umax.v16i8(<16 x i8>)
declare i16 @llvm.vector.reduce.add.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.mul.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.and.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.or.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.xor.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.smin.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.smax.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.umin.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.umax.v8i16(<8 x i16>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.mul.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.mul.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.and.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.or.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.smin.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.smax.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.umin.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.umax.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.mul.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.and.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.or.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.xor.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.smin.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.smax.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.umin.v4i64(<4 x i64>)
declare i64 @llvm.vector.reduce.umax.v4i64(<4 x i64>)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>)
declare i1 @llvm.vector.reduce.and.v8i1(<8 x i1>)
declare i1 @llvm.vector.reduce.xor.v8i1(<8 x i1>)
declare float @llvm.vector.reduce.fmax.v4f32(<4 x float>)
declare float @llvm.vector.reduce.fmin.v4f32(<4 x float>)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmul.v4f32(float, <4 x float>)
declare double @llvm.vector.reduce.fadd.v4f64(double, <4 x double>)
declare double @llvm.vector.reduce.fmax.v2f64(<2 x double>)
declare double @llvm.vector.reduce.fmin.v2f64(<2 x double>)

define internal i64 @r8(<16 x i8> %v) {
  %add = call i8 @llvm.vector.reduce.add.v16i8(<16 x i8> %v)
  %mul = call i8 @llvm.vector.reduce.mul.v16i8(<16 x i8> %v)
  %and = call i8 @llvm.vector.reduce.and.v16i8(<16 x i8> %v)
  %or = call i8 @llvm.vector.reduce.or.v16i8(<16 x i8> %v)
  %xor = call i8 @llvm.vector.reduce.xor.v16i8(<16 x i8> %v)
  %smin = call i8 @llvm.vector.reduce.smin.v16i8(<16 x i8> %v)
  %smax = call i8 @llvm.vector.reduce.smax.v16i8(<16 x i8> %v)
  %umin = call i8 @llvm.vector.reduce.umin.v16i8(<16 x i8> %v)
  %umax = call i8 @llvm.vector.reduce.umax.v16i8(<16 x i8> %v)
  %a = sext i8 %add to i64
  %b = sext i8 %mul to i64
  %c = zext i8 %and to i64
  %d = zext i8 %or to i64
  %e = zext i8 %xor to i64
  %f = sext i8 %smin to i64
  %g = sext i8 %smax to i64
  %h = zext i8 %umin to i64
  %i = zext i8 %umax to i64
  call i32 (ptr, ...) @printf(ptr @fr, ptr @n8, i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i)
  %s = add i64 %a, %i
  ret i64 %s
}

define internal i64 @r16(<8 x i16> %v) {
  %add = call i16 @llvm.vector.reduce.add.v8i16(<8 x i16> %v)
  %mul = call i16 @llvm.vector.reduce.mul.v8i16(<8 x i16> %v)
  %and = call i16 @llvm.vector.reduce.and.v8i16(<8 x i16> %v)
  %or = call i16 @llvm.vector.reduce.or.v8i16(<8 x i16> %v)
  %xor = call i16 @llvm.vector.reduce.xor.v8i16(<8 x i16> %v)
  %smin = call i16 @llvm.vector.reduce.smin.v8i16(<8 x i16> %v)
  %smax = call i16 @llvm.vector.reduce.smax.v8i16(<8 x i16> %v)
  %umin = call i16 @llvm.vector.reduce.umin.v8i16(<8 x i16> %v)
  %umax = call i16 @llvm.vector.reduce.umax.v8i16(<8 x i16> %v)
  %a = sext i16 %add to i64
  %b = sext i16 %mul to i64
  %c = zext i16 %and to i64
  %d = zext i16 %or to i64
  %e = zext i16 %xor to i64
  %f = sext i16 %smin to i64
  %g = sext i16 %smax to i64
  %h = zext i16 %umin to i64
  %i = zext i16 %umax to i64
  call i32 (ptr, ...) @printf(ptr @fr, ptr @n16, i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i)
  %s = add i64 %b, %f
  ret i64 %s
}

define internal i64 @r32(<4 x i32> %v) {
  %add = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  %mul = call i32 @llvm.vector.reduce.mul.v4i32(<4 x i32> %v)
  %and = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> %v)
  %or = call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %v)
  %xor = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %v)
  %smin = call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %v)
  %smax = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %v)
  %umin = call i32 @llvm.vector.reduce.umin.v4i32(<4 x i32> %v)
  %umax = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %v)
  %a = sext i32 %add to i64
  %b = sext i32 %mul to i64
  %c = zext i32 %and to i64
  %d = zext i32 %or to i64
  %e = zext i32 %xor to i64
  %f = sext i32 %smin to i64
  %g = sext i32 %smax to i64
  %h = zext i32 %umin to i64
  %i = zext i32 %umax to i64
  call i32 (ptr, ...) @printf(ptr @fr, ptr @n32, i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i)
  %s = add i64 %e, %g
  ret i64 %s
}

define internal i64 @r64(<2 x i64> %v) {
  %add = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %v)
  %mul = call i64 @llvm.vector.reduce.mul.v2i64(<2 x i64> %v)
  %and = call i64 @llvm.vector.reduce.and.v2i64(<2 x i64> %v)
  %or = call i64 @llvm.vector.reduce.or.v2i64(<2 x i64> %v)
  %xor = call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %v)
  %smin = call i64 @llvm.vector.reduce.smin.v2i64(<2 x i64> %v)
  %smax = call i64 @llvm.vector.reduce.smax.v2i64(<2 x i64> %v)
  %umin = call i64 @llvm.vector.reduce.umin.v2i64(<2 x i64> %v)
  %umax = call i64 @llvm.vector.reduce.umax.v2i64(<2 x i64> %v)
  call i32 (ptr, ...) @printf(ptr @fr, ptr @n64, i64 %add, i64 %mul, i64 %and, i64 %or, i64 %xor, i64 %smin, i64 %smax, i64 %umin, i64 %umax)
  %s = xor i64 %add, %mul
  ret i64 %s
}

define internal i64 @r64b(<4 x i64> %v) {
  %add = call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %v)
  %mul = call i64 @llvm.vector.reduce.mul.v4i64(<4 x i64> %v)
  %and = call i64 @llvm.vector.reduce.and.v4i64(<4 x i64> %v)
  %or = call i64 @llvm.vector.reduce.or.v4i64(<4 x i64> %v)
  %xor = call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %v)
  %smin = call i64 @llvm.vector.reduce.smin.v4i64(<4 x i64> %v)
  %smax = call i64 @llvm.vector.reduce.smax.v4i64(<4 x i64> %v)
  %umin = call i64 @llvm.vector.reduce.umin.v4i64(<4 x i64> %v)
  %umax = call i64 @llvm.vector.reduce.umax.v4i64(<4 x i64> %v)
  call i32 (ptr, ...) @printf(ptr @fr, ptr @n64b, i64 %add, i64 %mul, i64 %and, i64 %or, i64 %xor, i64 %smin, i64 %smax, i64 %umin, i64 %umax)
  %s = xor i64 %smin, %umin
  ret i64 %s
}

define internal i32 @rb(i8 %m) {
  %v = bitcast i8 %m to <8 x i1>
  %any = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %v)
  %all = call i1 @llvm.vector.reduce.and.v8i1(<8 x i1> %v)
  %par = call i1 @llvm.vector.reduce.xor.v8i1(<8 x i1> %v)
  %mz = zext i8 %m to i32
  %az = zext i1 %any to i32
  %lz = zext i1 %all to i32
  %pz = zext i1 %par to i32
  call i32 (ptr, ...) @printf(ptr @fb, i32 %mz, i32 %az, i32 %lz, i32 %pz)
  %s1 = add i32 %az, %lz
  %s2 = add i32 %s1, %pz
  ret i32 %s2
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a8 = trunc i32 %argc to i8
  %v8 = insertelement <16 x i8> <i8 1, i8 -2, i8 3, i8 -4, i8 5, i8 -6, i8 7, i8 -8, i8 9, i8 127, i8 -128, i8 64, i8 33, i8 17, i8 -1, i8 poison>, i8 %a8, i32 15
  %x1 = call i64 @r8(<16 x i8> %v8)
  %a16 = trunc i32 %argc to i16
  %v16 = insertelement <8 x i16> <i16 3, i16 5, i16 -7, i16 11, i16 -13, i16 17, i16 19, i16 poison>, i16 %a16, i32 7
  %x2 = call i64 @r16(<8 x i16> %v16)
  %v32 = insertelement <4 x i32> <i32 100000, i32 -300000, i32 poison, i32 -1>, i32 %argc, i32 2
  %x3 = call i64 @r32(<4 x i32> %v32)
  %a64 = sext i32 %argc to i64
  %v64 = insertelement <2 x i64> <i64 -6148914691236517206, i64 poison>, i64 %a64, i32 1
  %x4 = call i64 @r64(<2 x i64> %v64)
  %v64b = insertelement <4 x i64> <i64 1099511627776, i64 -3, i64 poison, i64 9223372036854775807>, i64 %a64, i32 2
  %x5 = call i64 @r64b(<4 x i64> %v64b)
  %b1 = call i32 @rb(i8 0)
  %b2 = call i32 @rb(i8 -1)
  %m8 = mul i8 %a8, 23
  %b3 = call i32 @rb(i8 %m8)

  ; floats; lane 2 is NaN (computed at run time), ignored by fmax/fmin
  %af = sitofp i32 %argc to float
  %z = fsub float %af, %af
  %nan = fdiv float %z, %z
  %fv = insertelement <4 x float> <float 1.5, float -7.25, float poison, float 0.0009765625>, float %nan, i32 2
  %fmax = call float @llvm.vector.reduce.fmax.v4f32(<4 x float> %fv)
  %fmin = call float @llvm.vector.reduce.fmin.v4f32(<4 x float> %fv)
  %fmaxd = fpext float %fmax to double
  %fmind = fpext float %fmin to double
  %gv = insertelement <4 x float> <float 16777216.0, float 1.0, float 1.0, float poison>, float %af, i32 3
  ; ordered: ((start + 2^24) + 1) + 1 ... each +1 is lost at 2^24
  %fadd = call float @llvm.vector.reduce.fadd.v4f32(float -0.0, <4 x float> %gv)
  %faddd = fpext float %fadd to double
  %fmul = call float @llvm.vector.reduce.fmul.v4f32(float 0x3FB99999A0000000, <4 x float> %gv)
  %fmuld = fpext float %fmul to double
  call i32 (ptr, ...) @printf(ptr @ff, double %fmaxd, double %fmind, double -0.0, double %faddd, double %fmuld)
  %ad = sitofp i32 %argc to double
  %dv = insertelement <4 x double> <double 1.0e16, double 1.0, double -1.0e16, double poison>, double %ad, i32 3
  %dsum = call double @llvm.vector.reduce.fadd.v4f64(double 1.0, <4 x double> %dv)
  %dsum2 = call double @llvm.vector.reduce.fadd.v4f64(double 0.0, <4 x double> <double 1.0, double 1.0, double 1.0e16, double -1.0e16>)
  %dmax = call double @llvm.vector.reduce.fmax.v2f64(<2 x double> <double -1.0, double 2.5>)
  %dmin = call double @llvm.vector.reduce.fmin.v2f64(<2 x double> <double -1.0, double 2.5>)
  call i32 (ptr, ...) @printf(ptr @fd, double %dsum, double %dsum2, double %dmax, double %dmin)
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i4, %loop ]
  %acc = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc1, %loop ]
  %iv = insertelement <4 x i32> poison, i32 %i, i32 0
  %isp = shufflevector <4 x i32> %iv, <4 x i32> poison, <4 x i32> zeroinitializer
  %lanes = add <4 x i32> %isp, <i32 0, i32 1, i32 2, i32 3>
  %acc1 = add <4 x i32> %acc, %lanes
  %i4 = add i32 %i, 4
  %c = icmp slt i32 %i4, 1000
  br i1 %c, label %loop, label %done

done:
  %tot = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %acc1)
  call i32 (ptr, ...) @printf(ptr @fl, i32 999, i32 %tot)
  %y1 = add i64 %x1, %x2
  %y2 = add i64 %y1, %x3
  %y3 = add i64 %y2, %x4
  %y4 = add i64 %y3, %x5
  %y5 = trunc i64 %y4 to i32
  %y6 = add i32 %y5, %b1
  %y7 = add i32 %y6, %b2
  %y8 = add i32 %y7, %b3
  %r = urem i32 %y8, 119
  %r1 = add i32 %r, 1
  ret i32 %r1
}
