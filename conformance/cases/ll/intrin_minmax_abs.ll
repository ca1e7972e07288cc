; llvm.smin/smax/umin/umax and llvm.abs on i8, i16, i24, i32, i64, i128
; and on <8 x i16>, <4 x i32>, <2 x i64>, <16 x i8>. abs(INT_MIN) only with
; is_int_min_poison=false (defined: returns INT_MIN).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fs = private unnamed_addr constant [84 x i8] c"%-4s a=%lld b=%lld smin=%lld smax=%lld umin=%llu umax=%llu abs(a)=%lld abs(b)=%lld\0A\00"
@f128 = private unnamed_addr constant [80 x i8] c"i128 smin=%llx:%llx smax=%llx:%llx umin=%llx:%llx umax=%llx:%llx abs=%llx:%llx\0A\00"
@fv16 = private unnamed_addr constant [69 x i8] c"v8i16 smin=[%d %d %d %d %d %d %d %d] umax=[%u %u %u %u %u %u %u %u]\0A\00"
@fv32 = private unnamed_addr constant [44 x i8] c"v4i32 abs=[%d %d %d %d] umin=[%u %u %u %u]\0A\00"
@fv64 = private unnamed_addr constant [40 x i8] c"v2i64 smax=[%lld %lld] abs=[%lld %lld]\0A\00"
@fv8 = private unnamed_addr constant [44 x i8] c"v16i8 clamp lanes: %d %d %d %d %d %d %d %d\0A\00"
@s8 = private unnamed_addr constant [3 x i8] c"i8\00"
@s16 = private unnamed_addr constant [4 x i8] c"i16\00"
@s24 = private unnamed_addr constant [4 x i8] c"i24\00"
@s32 = private unnamed_addr constant [4 x i8] c"i32\00"
@s64 = private unnamed_addr constant [4 x i8] c"i64\00"

declare i32 @printf(ptr, ...)
declare i8 @llvm.smin.i8(i8, i8)
declare i8 @llvm.smax.i8(i8, i8)
declare i8 @llvm.umin.i8(i8, i8)
declare i8 @llvm.umax.i8(i8, i8)
declare i8 @llvm.abs.i8(i8, i1)
declare i16 @llvm.smin.i16(i16, i16)
declare i16 @llvm.smax.i16(i16, i16)
declare i16 @llvm.umin.i16(i16, i16)
declare i16 @llvm.umax.i16(i16, i16)
declare i16 @llvm.abs.i16(i16, i1)
declare i24 @llvm.smin.i24(i24, i24)
declare i24 @llvm.smax.i24(i24, i24)
declare i24 @llvm.umin.i24(i24, i24)
declare i24 @llvm.umax.i24(i24, i24)
declare i24 @llvm.abs.i24(i24, i1)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i32 @llvm.abs.i32(i32, i1)
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.abs.i64(i64, i1)
declare i128 @llvm.smin.i128(i128, i128)
declare i128 @llvm.smax.i128(i128, i128)
declare i128 @llvm.umin.i128(i128, i128)
declare i128 @llvm.umax.i128(i128, i128)
declare i128 @llvm.abs.i128(i128, i1)
declare <8 x i16> @llvm.smin.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.umax.v8i16(<8 x i16>, <8 x i16>)
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1)
declare <4 x i32> @llvm.umin.v4i32(<4 x i32>, <4 x i32>)
declare <2 x i64> @llvm.smax.v2i64(<2 x i64>, <2 x i64>)
declare <2 x i64> @llvm.abs.v2i64(<2 x i64>, i1)
declare <16 x i8> @llvm.smin.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.smax.v16i8(<16 x i8>, <16 x i8>)

define internal i64 @mm8(i8 %a, i8 %b) {
  %smin = call i8 @llvm.smin.i8(i8 %a, i8 %b)
  %smax = call i8 @llvm.smax.i8(i8 %a, i8 %b)
  %umin = call i8 @llvm.umin.i8(i8 %a, i8 %b)
  %umax = call i8 @llvm.umax.i8(i8 %a, i8 %b)
  %absa = call i8 @llvm.abs.i8(i8 %a, i1 false)
  %absb = call i8 @llvm.abs.i8(i8 %b, i1 false)
  %as = sext i8 %a to i64
  %bs = sext i8 %b to i64
  %r0 = sext i8 %smin to i64
  %r1 = sext i8 %smax to i64
  %r2 = zext i8 %umin to i64
  %r3 = zext i8 %umax to i64
  %r4 = sext i8 %absa to i64
  %r5 = sext i8 %absb to i64
  call i32 (ptr, ...) @printf(ptr @fs, ptr @s8, i64 %as, i64 %bs, i64 %r0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5)
  %x = add i64 %r0, %r3
  ret i64 %x
}

define internal i64 @mm16(i16 %a, i16 %b) {
  %smin = call i16 @llvm.smin.i16(i16 %a, i16 %b)
  %smax = call i16 @llvm.smax.i16(i16 %a, i16 %b)
  %umin = call i16 @llvm.umin.i16(i16 %a, i16 %b)
  %umax = call i16 @llvm.umax.i16(i16 %a, i16 %b)
  %absa = call i16 @llvm.abs.i16(i16 %a, i1 false)
  %absb = call i16 @llvm.abs.i16(i16 %b, i1 false)
  %as = sext i16 %a to i64
  %bs = sext i16 %b to i64
  %r0 = sext i16 %smin to i64
  %r1 = sext i16 %smax to i64
  %r2 = zext i16 %umin to i64
  %r3 = zext i16 %umax to i64
  %r4 = sext i16 %absa to i64
  %r5 = sext i16 %absb to i64
  call i32 (ptr, ...) @printf(ptr @fs, ptr @s16, i64 %as, i64 %bs, i64 %r0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5)
  %x = add i64 %r1, %r2
  ret i64 %x
}

define internal i64 @mm24(i24 %a, i24 %b) {
  %smin = call i24 @llvm.smin.i24(i24 %a, i24 %b)
  %smax = call i24 @llvm.smax.i24(i24 %a, i24 %b)
  %umin = call i24 @llvm.umin.i24(i24 %a, i24 %b)
  %umax = call i24 @llvm.umax.i24(i24 %a, i24 %b)
  %absa = call i24 @llvm.abs.i24(i24 %a, i1 false)
  %absb = call i24 @llvm.abs.i24(i24 %b, i1 false)
  %as = sext i24 %a to i64
  %bs = sext i24 %b to i64
  %r0 = sext i24 %smin to i64
  %r1 = sext i24 %smax to i64
  %r2 = zext i24 %umin to i64
  %r3 = zext i24 %umax to i64
  %r4 = sext i24 %absa to i64
  %r5 = sext i24 %absb to i64
  call i32 (ptr, ...) @printf(ptr @fs, ptr @s24, i64 %as, i64 %bs, i64 %r0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5)
  %x = add i64 %r4, %r5
  ret i64 %x
}

define internal i64 @mm32(i32 %a, i32 %b) {
  %smin = call i32 @llvm.smin.i32(i32 %a, i32 %b)
  %smax = call i32 @llvm.smax.i32(i32 %a, i32 %b)
  %umin = call i32 @llvm.umin.i32(i32 %a, i32 %b)
  %umax = call i32 @llvm.umax.i32(i32 %a, i32 %b)
  %absa = call i32 @llvm.abs.i32(i32 %a, i1 false)
  %absb = call i32 @llvm.abs.i32(i32 %b, i1 false)
  %as = sext i32 %a to i64
  %bs = sext i32 %b to i64
  %r0 = sext i32 %smin to i64
  %r1 = sext i32 %smax to i64
  %r2 = zext i32 %umin to i64
  %r3 = zext i32 %umax to i64
  %r4 = sext i32 %absa to i64
  %r5 = sext i32 %absb to i64
  call i32 (ptr, ...) @printf(ptr @fs, ptr @s32, i64 %as, i64 %bs, i64 %r0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5)
  %x = sub i64 %r3, %r0
  ret i64 %x
}

define internal i64 @mm64(i64 %a, i64 %b) {
  %smin = call i64 @llvm.smin.i64(i64 %a, i64 %b)
  %smax = call i64 @llvm.smax.i64(i64 %a, i64 %b)
  %umin = call i64 @llvm.umin.i64(i64 %a, i64 %b)
  %umax = call i64 @llvm.umax.i64(i64 %a, i64 %b)
  %absa = call i64 @llvm.abs.i64(i64 %a, i1 false)
  %absb = call i64 @llvm.abs.i64(i64 %b, i1 false)
  call i32 (ptr, ...) @printf(ptr @fs, ptr @s64, i64 %a, i64 %b, i64 %smin, i64 %smax, i64 %umin, i64 %umax, i64 %absa, i64 %absb)
  %x = xor i64 %smin, %umax
  ret i64 %x
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a8 = trunc i32 %argc to i8
  %x1 = call i64 @mm8(i8 %a8, i8 -3)
  %x2 = call i64 @mm8(i8 -128, i8 127)
  %x3 = call i64 @mm8(i8 -1, i8 1)
  %a16 = trunc i32 %argc to i16
  %n16 = sub i16 0, %a16
  %x4 = call i64 @mm16(i16 %n16, i16 1000)
  %x5 = call i64 @mm16(i16 -32768, i16 -32767)
  %x6 = call i64 @mm24(i24 -8388608, i24 8388607)
  %x7 = call i64 @mm24(i24 -5, i24 100000)
  %x8 = call i64 @mm32(i32 -2147483648, i32 %argc)
  %x9 = call i64 @mm32(i32 -1, i32 2147483647)
  %x10 = call i64 @mm64(i64 -9223372036854775808, i64 9223372036854775807)
  %x11 = call i64 @mm64(i64 -42, i64 42)
  %s1 = add i64 %x1, %x2
  %s2 = add i64 %s1, %x3
  %s3 = add i64 %s2, %x4
  %s4 = add i64 %s3, %x5
  %s5 = add i64 %s4, %x6
  %s6 = add i64 %s5, %x7
  %s7 = add i64 %s6, %x8
  %s8 = add i64 %s7, %x9
  %s9 = add i64 %s8, %x10
  %s10 = add i64 %s9, %x11

  ; i128
  %w = sext i32 %argc to i128
  %wa = sub i128 -170141183460469231731687303715884105728, 0
  %wb = mul i128 %w, 1000000000000000000000000
  %m1 = call i128 @llvm.smin.i128(i128 %wa, i128 %wb)
  %m2 = call i128 @llvm.smax.i128(i128 %wa, i128 %wb)
  %m3 = call i128 @llvm.umin.i128(i128 %wa, i128 %wb)
  %m4 = call i128 @llvm.umax.i128(i128 %wa, i128 %wb)
  %m5 = call i128 @llvm.abs.i128(i128 %wa, i1 false)
  %m1l = trunc i128 %m1 to i64
  %m1s = lshr i128 %m1, 64
  %m1h = trunc i128 %m1s to i64
  %m2l = trunc i128 %m2 to i64
  %m2s = lshr i128 %m2, 64
  %m2h = trunc i128 %m2s to i64
  %m3l = trunc i128 %m3 to i64
  %m3s = lshr i128 %m3, 64
  %m3h = trunc i128 %m3s to i64
  %m4l = trunc i128 %m4 to i64
  %m4s = lshr i128 %m4, 64
  %m4h = trunc i128 %m4s to i64
  %m5l = trunc i128 %m5 to i64
  %m5s = lshr i128 %m5, 64
  %m5h = trunc i128 %m5s to i64
  call i32 (ptr, ...) @printf(ptr @f128, i64 %m1h, i64 %m1l, i64 %m2h, i64 %m2l, i64 %m3h, i64 %m3l, i64 %m4h, i64 %m4l, i64 %m5h, i64 %m5l)

  ; vectors
  %va = insertelement <8 x i16> <i16 0, i16 -1, i16 32767, i16 -32768, i16 5, i16 -5, i16 300, i16 poison>, i16 %a16, i32 7
  %vb = shufflevector <8 x i16> %va, <8 x i16> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %vsmin = call <8 x i16> @llvm.smin.v8i16(<8 x i16> %va, <8 x i16> %vb)
  %vumax = call <8 x i16> @llvm.umax.v8i16(<8 x i16> %va, <8 x i16> %vb)
  %e0 = extractelement <8 x i16> %vsmin, i32 0
  %e1 = extractelement <8 x i16> %vsmin, i32 1
  %e2 = extractelement <8 x i16> %vsmin, i32 2
  %e3 = extractelement <8 x i16> %vsmin, i32 3
  %e4 = extractelement <8 x i16> %vsmin, i32 4
  %e5 = extractelement <8 x i16> %vsmin, i32 5
  %e6 = extractelement <8 x i16> %vsmin, i32 6
  %e7 = extractelement <8 x i16> %vsmin, i32 7
  %u0 = extractelement <8 x i16> %vumax, i32 0
  %u1 = extractelement <8 x i16> %vumax, i32 1
  %u2 = extractelement <8 x i16> %vumax, i32 2
  %u3 = extractelement <8 x i16> %vumax, i32 3
  %u4 = extractelement <8 x i16> %vumax, i32 4
  %u5 = extractelement <8 x i16> %vumax, i32 5
  %u6 = extractelement <8 x i16> %vumax, i32 6
  %u7 = extractelement <8 x i16> %vumax, i32 7
  %e0s = sext i16 %e0 to i32
  %e1s = sext i16 %e1 to i32
  %e2s = sext i16 %e2 to i32
  %e3s = sext i16 %e3 to i32
  %e4s = sext i16 %e4 to i32
  %e5s = sext i16 %e5 to i32
  %e6s = sext i16 %e6 to i32
  %e7s = sext i16 %e7 to i32
  %u0z = zext i16 %u0 to i32
  %u1z = zext i16 %u1 to i32
  %u2z = zext i16 %u2 to i32
  %u3z = zext i16 %u3 to i32
  %u4z = zext i16 %u4 to i32
  %u5z = zext i16 %u5 to i32
  %u6z = zext i16 %u6 to i32
  %u7z = zext i16 %u7 to i32
  call i32 (ptr, ...) @printf(ptr @fv16, i32 %e0s, i32 %e1s, i32 %e2s, i32 %e3s, i32 %e4s, i32 %e5s, i32 %e6s, i32 %e7s, i32 %u0z, i32 %u1z, i32 %u2z, i32 %u3z, i32 %u4z, i32 %u5z, i32 %u6z, i32 %u7z)

  %vc = insertelement <4 x i32> <i32 -2147483648, i32 -7, i32 7, i32 0>, i32 %argc, i32 3
  %vabs = call <4 x i32> @llvm.abs.v4i32(<4 x i32> %vc, i1 false)
  %vumin = call <4 x i32> @llvm.umin.v4i32(<4 x i32> %vc, <4 x i32> <i32 5, i32 5, i32 5, i32 5>)
  %c0 = extractelement <4 x i32> %vabs, i32 0
  %c1 = extractelement <4 x i32> %vabs, i32 1
  %c2 = extractelement <4 x i32> %vabs, i32 2
  %c3 = extractelement <4 x i32> %vabs, i32 3
  %d0 = extractelement <4 x i32> %vumin, i32 0
  %d1 = extractelement <4 x i32> %vumin, i32 1
  %d2 = extractelement <4 x i32> %vumin, i32 2
  %d3 = extractelement <4 x i32> %vumin, i32 3
  call i32 (ptr, ...) @printf(ptr @fv32, i32 %c0, i32 %c1, i32 %c2, i32 %c3, i32 %d0, i32 %d1, i32 %d2, i32 %d3)

  %vd = insertelement <2 x i64> <i64 -9223372036854775807, i64 poison>, i64 %s10, i32 1
  %vsmax = call <2 x i64> @llvm.smax.v2i64(<2 x i64> %vd, <2 x i64> <i64 -9223372036854775808, i64 0>)
  %vabs2 = call <2 x i64> @llvm.abs.v2i64(<2 x i64> %vd, i1 true)
  %f0 = extractelement <2 x i64> %vsmax, i32 0
  %f1 = extractelement <2 x i64> %vsmax, i32 1
  %g0 = extractelement <2 x i64> %vabs2, i32 0
  %g1 = extractelement <2 x i64> %vabs2, i32 1
  call i32 (ptr, ...) @printf(ptr @fv64, i64 %f0, i64 %f1, i64 %g0, i64 %g1)

  ; clamp to [-10, 10] with smax then smin on <16 x i8>
  %vi = insertelement <16 x i8> <i8 -128, i8 -11, i8 -10, i8 -9, i8 0, i8 9, i8 10, i8 11, i8 127, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7>, i8 %a8, i32 4
  %cl1 = call <16 x i8> @llvm.smax.v16i8(<16 x i8> %vi, <16 x i8> <i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10, i8 -10>)
  %cl2 = call <16 x i8> @llvm.smin.v16i8(<16 x i8> %cl1, <16 x i8> <i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10>)
  %h0 = extractelement <16 x i8> %cl2, i32 0
  %h1 = extractelement <16 x i8> %cl2, i32 1
  %h2 = extractelement <16 x i8> %cl2, i32 2
  %h3 = extractelement <16 x i8> %cl2, i32 3
  %h4 = extractelement <16 x i8> %cl2, i32 4
  %h5 = extractelement <16 x i8> %cl2, i32 5
  %h7 = extractelement <16 x i8> %cl2, i32 7
  %h8 = extractelement <16 x i8> %cl2, i32 8
  %h0s = sext i8 %h0 to i32
  %h1s = sext i8 %h1 to i32
  %h2s = sext i8 %h2 to i32
  %h3s = sext i8 %h3 to i32
  %h4s = sext i8 %h4 to i32
  %h5s = sext i8 %h5 to i32
  %h7s = sext i8 %h7 to i32
  %h8s = sext i8 %h8 to i32
  call i32 (ptr, ...) @printf(ptr @fv8, i32 %h0s, i32 %h1s, i32 %h2s, i32 %h3s, i32 %h4s, i32 %h5s, i32 %h7s, i32 %h8s)
  %r = trunc i64 %s10 to i32
  %r2 = and i32 %r, 63
  ret i32 %r2
}
