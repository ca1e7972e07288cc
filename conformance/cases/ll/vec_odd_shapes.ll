; Non-power-of-two and boolean vector shapes: <3 x i32>, <5 x i16>,
; <3 x float>, <7 x i8>, <2 x i1>, <8 x i1> and <16 x i1> (bitcast to and
; from i8/i16), their store sizes vs. alloc sizes, arithmetic and memory.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fsz = private unnamed_addr constant [81 x i8] c"alloc sizes: v3i32=%ld v5i16=%ld v3f32=%ld v7i8=%ld; [2 x <3 x i32>] stride=%ld\0A\00"
@f3 = private unnamed_addr constant [26 x i8] c"v3i32: %d %d %d (sum %d)\0A\00"
@f5 = private unnamed_addr constant [23 x i8] c"v5i16: %d %d %d %d %d\0A\00"
@ff3 = private unnamed_addr constant [29 x i8] c"v3f32 cross: %.2f %.2f %.2f\0A\00"
@f7 = private unnamed_addr constant [71 x i8] c"v7i8 bytes in memory: %02x %02x %02x %02x %02x %02x %02x | guard %02x\0A\00"
@fb2 = private unnamed_addr constant [34 x i8] c"v2i1: and=%d%d xor=%d%d as i2=%d\0A\00"
@fb8 = private unnamed_addr constant [66 x i8] c"v8i1 mask %02x -> lanes %d%d%d%d%d%d%d%d, popcount %d, back %02x\0A\00"
@fb16 = private unnamed_addr constant [48 x i8] c"v16i1 from i16 %04x: selected sum %d, not=%04x\0A\00"

declare i32 @printf(ptr, ...)
declare i8 @llvm.ctpop.i8(i8)

define internal <3 x float> @cross(<3 x float> %a, <3 x float> %b) {
  %a1 = shufflevector <3 x float> %a, <3 x float> poison, <3 x i32> <i32 1, i32 2, i32 0>
  %a2 = shufflevector <3 x float> %a, <3 x float> poison, <3 x i32> <i32 2, i32 0, i32 1>
  %b1 = shufflevector <3 x float> %b, <3 x float> poison, <3 x i32> <i32 1, i32 2, i32 0>
  %b2 = shufflevector <3 x float> %b, <3 x float> poison, <3 x i32> <i32 2, i32 0, i32 1>
  %m1 = fmul <3 x float> %a1, %b2
  %m2 = fmul <3 x float> %a2, %b1
  %r = fsub <3 x float> %m1, %m2
  ret <3 x float> %r
}

define internal <5 x i16> @step5(<5 x i16> %v, i16 %k) {
  %ins = insertelement <5 x i16> poison, i16 %k, i32 0
  %sp = shufflevector <5 x i16> %ins, <5 x i16> poison, <5 x i32> zeroinitializer
  %m = mul <5 x i16> %v, %sp
  %rot = shufflevector <5 x i16> %m, <5 x i16> poison, <5 x i32> <i32 4, i32 0, i32 1, i32 2, i32 3>
  %r = add <5 x i16> %rot, <i16 1, i16 2, i16 3, i16 4, i16 5>
  ret <5 x i16> %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %sz3 = ptrtoint ptr getelementptr (<3 x i32>, ptr null, i64 1) to i64
  %sz5 = ptrtoint ptr getelementptr (<5 x i16>, ptr null, i64 1) to i64
  %szf = ptrtoint ptr getelementptr (<3 x float>, ptr null, i64 1) to i64
  %sz7 = ptrtoint ptr getelementptr (<7 x i8>, ptr null, i64 1) to i64
  %sza = ptrtoint ptr getelementptr ([2 x <3 x i32>], ptr null, i64 0, i64 1) to i64
  call i32 (ptr, ...) @printf(ptr @fsz, i64 %sz3, i64 %sz5, i64 %szf, i64 %sz7, i64 %sza)

  ; <3 x i32> through memory, element access via gep on the vector type
  %m3 = alloca [2 x <3 x i32>], align 16
  %v3 = insertelement <3 x i32> <i32 10, i32 poison, i32 30>, i32 %argc, i32 1
  store <3 x i32> %v3, ptr %m3
  %m3b = getelementptr inbounds [2 x <3 x i32>], ptr %m3, i64 0, i64 1
  %v3b = mul <3 x i32> %v3, <i32 -1, i32 100, i32 7>
  store <3 x i32> %v3b, ptr %m3b
  %e1p = getelementptr inbounds <3 x i32>, ptr %m3b, i64 0, i64 1
  %e1 = load i32, ptr %e1p
  %e1n = add i32 %e1, 1
  store i32 %e1n, ptr %e1p
  %ld = load <3 x i32>, ptr %m3b
  %l0 = extractelement <3 x i32> %ld, i32 0
  %l1 = extractelement <3 x i32> %ld, i32 1
  %l2 = extractelement <3 x i32> %ld, i32 2
  %s01 = add i32 %l0, %l1
  %s012 = add i32 %s01, %l2
  call i32 (ptr, ...) @printf(ptr @f3, i32 %l0, i32 %l1, i32 %l2, i32 %s012)
  %first = load <3 x i32>, ptr %m3
  %sum3 = add <3 x i32> %first, %ld
  %q0 = extractelement <3 x i32> %sum3, i32 0
  %q1 = extractelement <3 x i32> %sum3, i32 1
  %q2 = extractelement <3 x i32> %sum3, i32 2
  %q01 = add i32 %q0, %q1
  %q012 = add i32 %q01, %q2
  call i32 (ptr, ...) @printf(ptr @f3, i32 %q0, i32 %q1, i32 %q2, i32 %q012)
  br label %loop5

loop5:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop5 ]
  %v5 = phi <5 x i16> [ <i16 1, i16 -1, i16 2, i16 -2, i16 3>, %entry ], [ %v5n, %loop5 ]
  %k = trunc i32 %i to i16
  %k3 = add i16 %k, 3
  %v5n = call <5 x i16> @step5(<5 x i16> %v5, i16 %k3)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 6
  br i1 %c, label %loop5, label %after5

after5:
  %f0 = extractelement <5 x i16> %v5n, i32 0
  %f1 = extractelement <5 x i16> %v5n, i32 1
  %f2 = extractelement <5 x i16> %v5n, i32 2
  %f3i = extractelement <5 x i16> %v5n, i32 3
  %f4 = extractelement <5 x i16> %v5n, i32 4
  %f0s = sext i16 %f0 to i32
  %f1s = sext i16 %f1 to i32
  %f2s = sext i16 %f2 to i32
  %f3s = sext i16 %f3i to i32
  %f4s = sext i16 %f4 to i32
  call i32 (ptr, ...) @printf(ptr @f5, i32 %f0s, i32 %f1s, i32 %f2s, i32 %f3s, i32 %f4s)

  %af = sitofp i32 %argc to float
  %xa = insertelement <3 x float> <float 1.0, float 0.0, float 0.0>, float %af, i32 2
  %xc = call <3 x float> @cross(<3 x float> %xa, <3 x float> <float 0.0, float 1.0, float 0.5>)
  %x0 = extractelement <3 x float> %xc, i32 0
  %x1 = extractelement <3 x float> %xc, i32 1
  %x2 = extractelement <3 x float> %xc, i32 2
  %x0d = fpext float %x0 to double
  %x1d = fpext float %x1 to double
  %x2d = fpext float %x2 to double
  call i32 (ptr, ...) @printf(ptr @ff3, double %x0d, double %x1d, double %x2d)

  ; <7 x i8> store writes exactly 7 bytes; byte 7 keeps its guard value
  %m7 = alloca [8 x i8], align 8
  store i64 -6148914691236517206, ptr %m7
  %a8 = trunc i32 %argc to i8
  %v7 = insertelement <7 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7>, i8 %a8, i32 6
  %v7m = mul <7 x i8> %v7, <i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16>
  store <7 x i8> %v7m, ptr %m7, align 1
  %g0p = getelementptr inbounds i8, ptr %m7, i64 0
  %g0 = load i8, ptr %g0p
  %g1p = getelementptr inbounds i8, ptr %m7, i64 1
  %g1 = load i8, ptr %g1p
  %g2p = getelementptr inbounds i8, ptr %m7, i64 2
  %g2 = load i8, ptr %g2p
  %g3p = getelementptr inbounds i8, ptr %m7, i64 3
  %g3 = load i8, ptr %g3p
  %g4p = getelementptr inbounds i8, ptr %m7, i64 4
  %g4 = load i8, ptr %g4p
  %g5p = getelementptr inbounds i8, ptr %m7, i64 5
  %g5 = load i8, ptr %g5p
  %g6p = getelementptr inbounds i8, ptr %m7, i64 6
  %g6 = load i8, ptr %g6p
  %g7p = getelementptr inbounds i8, ptr %m7, i64 7
  %g7 = load i8, ptr %g7p
  %g0z = zext i8 %g0 to i32
  %g1z = zext i8 %g1 to i32
  %g2z = zext i8 %g2 to i32
  %g3z = zext i8 %g3 to i32
  %g4z = zext i8 %g4 to i32
  %g5z = zext i8 %g5 to i32
  %g6z = zext i8 %g6 to i32
  %g7z = zext i8 %g7 to i32
  call i32 (ptr, ...) @printf(ptr @f7, i32 %g0z, i32 %g1z, i32 %g2z, i32 %g3z, i32 %g4z, i32 %g5z, i32 %g6z, i32 %g7z)

  ; <2 x i1>
  %t = icmp sgt i32 %argc, 1
  %b2a = insertelement <2 x i1> <i1 true, i1 false>, i1 %t, i32 1
  %b2b = xor <2 x i1> %b2a, <i1 true, i1 false>
  %b2c = and <2 x i1> %b2a, <i1 true, i1 true>
  %c0 = extractelement <2 x i1> %b2c, i32 0
  %c1 = extractelement <2 x i1> %b2c, i32 1
  %d0 = extractelement <2 x i1> %b2b, i32 0
  %d1 = extractelement <2 x i1> %b2b, i32 1
  %c0z = zext i1 %c0 to i32
  %c1z = zext i1 %c1 to i32
  %d0z = zext i1 %d0 to i32
  %d1z = zext i1 %d1 to i32
  %as2 = bitcast <2 x i1> %b2a to i2
  %as2z = zext i2 %as2 to i32
  call i32 (ptr, ...) @printf(ptr @fb2, i32 %c0z, i32 %c1z, i32 %d0z, i32 %d1z, i32 %as2z)

  ; <8 x i1> <-> i8: lane i is bit i
  %mask8 = mul i8 %a8, 45
  %bv = bitcast i8 %mask8 to <8 x i1>
  %bz = zext <8 x i1> %bv to <8 x i32>
  %z0 = extractelement <8 x i32> %bz, i32 0
  %z1 = extractelement <8 x i32> %bz, i32 1
  %z2 = extractelement <8 x i32> %bz, i32 2
  %z3 = extractelement <8 x i32> %bz, i32 3
  %z4 = extractelement <8 x i32> %bz, i32 4
  %z5 = extractelement <8 x i32> %bz, i32 5
  %z6 = extractelement <8 x i32> %bz, i32 6
  %z7 = extractelement <8 x i32> %bz, i32 7
  %pc = call i8 @llvm.ctpop.i8(i8 %mask8)
  %pcz = zext i8 %pc to i32
  %inv = xor <8 x i1> %bv, <i1 true, i1 false, i1 true, i1 false, i1 true, i1 false, i1 true, i1 false>
  %back = bitcast <8 x i1> %inv to i8
  %m8z = zext i8 %mask8 to i32
  %backz = zext i8 %back to i32
  call i32 (ptr, ...) @printf(ptr @fb8, i32 %m8z, i32 %z0, i32 %z1, i32 %z2, i32 %z3, i32 %z4, i32 %z5, i32 %z6, i32 %z7, i32 %pcz, i32 %backz)

  ; <16 x i1> from i16 picks lanes of a <16 x i8>
  %m16 = trunc i32 %s012 to i16
  %bv16 = bitcast i16 %m16 to <16 x i1>
  %sel = select <16 x i1> %bv16, <16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 16>, <16 x i8> zeroinitializer
  %sel32 = zext <16 x i8> %sel to <16 x i32>
  %h0 = shufflevector <16 x i32> %sel32, <16 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %h1 = shufflevector <16 x i32> %sel32, <16 x i32> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %h = add <8 x i32> %h0, %h1
  %hh0 = shufflevector <8 x i32> %h, <8 x i32> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %hh1 = shufflevector <8 x i32> %h, <8 x i32> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %hh = add <4 x i32> %hh0, %hh1
  %y0 = extractelement <4 x i32> %hh, i32 0
  %y1 = extractelement <4 x i32> %hh, i32 1
  %y2 = extractelement <4 x i32> %hh, i32 2
  %y3 = extractelement <4 x i32> %hh, i32 3
  %y01 = add i32 %y0, %y1
  %y23 = add i32 %y2, %y3
  %ysum = add i32 %y01, %y23
  %notv = xor <16 x i1> %bv16, <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>
  %noti = bitcast <16 x i1> %notv to i16
  %m16z = zext i16 %m16 to i32
  %notz = zext i16 %noti to i32
  call i32 (ptr, ...) @printf(ptr @fb16, i32 %m16z, i32 %ysum, i32 %notz)
  %r = urem i32 %ysum, 100
  ret i32 %r
}
