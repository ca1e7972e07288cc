; Saturating arithmetic: llvm.{s,u}{add,sub}.sat and llvm.{s,u}shl.sat on
; i8, i16, i24, i32, i64, i128, plus <16 x i8>, <8 x i16>, <4 x i32> forms
; (e.g. pixel blending with clamping).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fr = private unnamed_addr constant [59 x i8] c"i%d (%lld, %lld): sadd=%lld uadd=%llu ssub=%lld usub=%llu\0A\00"
@fsh = private unnamed_addr constant [38 x i8] c"i%d shl.sat(%lld, %d): s=%lld u=%llu\0A\00"
@f128 = private unnamed_addr constant [26 x i8] c"i128 %s = %016llx%016llx\0A\00"
@fv8 = private unnamed_addr constant [60 x i8] c"v16i8 blend: %u %u %u %u %u %u %u %u | darken: %u %u %u %u\0A\00"
@fv16 = private unnamed_addr constant [43 x i8] c"v8i16 sadd: %d %d %d %d ssub: %d %d %d %d\0A\00"
@fv32 = private unnamed_addr constant [43 x i8] c"v4i32 ushl: %u %u %u %u sshl: %d %d %d %d\0A\00"
@n1 = private unnamed_addr constant [5 x i8] c"sadd\00"
@n2 = private unnamed_addr constant [5 x i8] c"uadd\00"
@n3 = private unnamed_addr constant [5 x i8] c"ssub\00"
@n4 = private unnamed_addr constant [5 x i8] c"usub\00"
@n5 = private unnamed_addr constant [5 x i8] c"sshl\00"
@n6 = private unnamed_addr constant [5 x i8] c"ushl\00"

declare i32 @printf(ptr, ...)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare i8 @llvm.sshl.sat.i8(i8, i8)
declare i8 @llvm.ushl.sat.i8(i8, i8)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i16 @llvm.sshl.sat.i16(i16, i16)
declare i16 @llvm.ushl.sat.i16(i16, i16)
declare i24 @llvm.sadd.sat.i24(i24, i24)
declare i24 @llvm.uadd.sat.i24(i24, i24)
declare i24 @llvm.ssub.sat.i24(i24, i24)
declare i24 @llvm.usub.sat.i24(i24, i24)
declare i24 @llvm.sshl.sat.i24(i24, i24)
declare i24 @llvm.ushl.sat.i24(i24, i24)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i32 @llvm.sshl.sat.i32(i32, i32)
declare i32 @llvm.ushl.sat.i32(i32, i32)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
declare i64 @llvm.sshl.sat.i64(i64, i64)
declare i64 @llvm.ushl.sat.i64(i64, i64)
declare i128 @llvm.sadd.sat.i128(i128, i128)
declare i128 @llvm.uadd.sat.i128(i128, i128)
declare i128 @llvm.ssub.sat.i128(i128, i128)
declare i128 @llvm.usub.sat.i128(i128, i128)
declare i128 @llvm.sshl.sat.i128(i128, i128)
declare i128 @llvm.ushl.sat.i128(i128, i128)
declare <16 x i8> @llvm.sadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.ssub.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.usub.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.sshl.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.ushl.sat.v16i8(<16 x i8>, <16 x i8>)
declare <8 x i16> @llvm.sadd.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.uadd.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.usub.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.sshl.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.ushl.sat.v8i16(<8 x i16>, <8 x i16>)
declare <4 x i32> @llvm.sadd.sat.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.uadd.sat.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.ssub.sat.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.usub.sat.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.sshl.sat.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.ushl.sat.v4i32(<4 x i32>, <4 x i32>)

define internal i64 @sat8(i8 %a, i8 %b, i8 %s) {
  %sadd = call i8 @llvm.sadd.sat.i8(i8 %a, i8 %b)
  %uadd = call i8 @llvm.uadd.sat.i8(i8 %a, i8 %b)
  %ssub = call i8 @llvm.ssub.sat.i8(i8 %a, i8 %b)
  %usub = call i8 @llvm.usub.sat.i8(i8 %a, i8 %b)
  %a.x = sext i8 %a to i64
  %b.x = sext i8 %b to i64
  %sadd.x = sext i8 %sadd to i64
  %uadd.x = zext i8 %uadd to i64
  %ssub.x = sext i8 %ssub to i64
  %usub.x = zext i8 %usub to i64
  call i32 (ptr, ...) @printf(ptr @fr, i32 8, i64 %a.x, i64 %b.x, i64 %sadd.x, i64 %uadd.x, i64 %ssub.x, i64 %usub.x)
  %sshl = call i8 @llvm.sshl.sat.i8(i8 %a, i8 %s)
  %ushl = call i8 @llvm.ushl.sat.i8(i8 %a, i8 %s)
  %sshl.x = sext i8 %sshl to i64
  %ushl.x = zext i8 %ushl to i64
  %s32 = zext i8 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, i32 8, i64 %a.x, i32 %s32, i64 %sshl.x, i64 %ushl.x)
  %r1 = xor i64 %sadd.x, %uadd.x
  %r2 = add i64 %r1, %ssub.x
  %r3 = sub i64 %r2, %usub.x
  %r4 = xor i64 %r3, %sshl.x
  %r5 = add i64 %r4, %ushl.x
  ret i64 %r5
}

define internal i64 @sat16(i16 %a, i16 %b, i16 %s) {
  %sadd = call i16 @llvm.sadd.sat.i16(i16 %a, i16 %b)
  %uadd = call i16 @llvm.uadd.sat.i16(i16 %a, i16 %b)
  %ssub = call i16 @llvm.ssub.sat.i16(i16 %a, i16 %b)
  %usub = call i16 @llvm.usub.sat.i16(i16 %a, i16 %b)
  %a.x = sext i16 %a to i64
  %b.x = sext i16 %b to i64
  %sadd.x = sext i16 %sadd to i64
  %uadd.x = zext i16 %uadd to i64
  %ssub.x = sext i16 %ssub to i64
  %usub.x = zext i16 %usub to i64
  call i32 (ptr, ...) @printf(ptr @fr, i32 16, i64 %a.x, i64 %b.x, i64 %sadd.x, i64 %uadd.x, i64 %ssub.x, i64 %usub.x)
  %sshl = call i16 @llvm.sshl.sat.i16(i16 %a, i16 %s)
  %ushl = call i16 @llvm.ushl.sat.i16(i16 %a, i16 %s)
  %sshl.x = sext i16 %sshl to i64
  %ushl.x = zext i16 %ushl to i64
  %s32 = zext i16 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, i32 16, i64 %a.x, i32 %s32, i64 %sshl.x, i64 %ushl.x)
  %r1 = xor i64 %sadd.x, %uadd.x
  %r2 = add i64 %r1, %ssub.x
  %r3 = sub i64 %r2, %usub.x
  %r4 = xor i64 %r3, %sshl.x
  %r5 = add i64 %r4, %ushl.x
  ret i64 %r5
}

define internal i64 @sat24(i24 %a, i24 %b, i24 %s) {
  %sadd = call i24 @llvm.sadd.sat.i24(i24 %a, i24 %b)
  %uadd = call i24 @llvm.uadd.sat.i24(i24 %a, i24 %b)
  %ssub = call i24 @llvm.ssub.sat.i24(i24 %a, i24 %b)
  %usub = call i24 @llvm.usub.sat.i24(i24 %a, i24 %b)
  %a.x = sext i24 %a to i64
  %b.x = sext i24 %b to i64
  %sadd.x = sext i24 %sadd to i64
  %uadd.x = zext i24 %uadd to i64
  %ssub.x = sext i24 %ssub to i64
  %usub.x = zext i24 %usub to i64
  call i32 (ptr, ...) @printf(ptr @fr, i32 24, i64 %a.x, i64 %b.x, i64 %sadd.x, i64 %uadd.x, i64 %ssub.x, i64 %usub.x)
  %sshl = call i24 @llvm.sshl.sat.i24(i24 %a, i24 %s)
  %ushl = call i24 @llvm.ushl.sat.i24(i24 %a, i24 %s)
  %sshl.x = sext i24 %sshl to i64
  %ushl.x = zext i24 %ushl to i64
  %s32 = zext i24 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, i32 24, i64 %a.x, i32 %s32, i64 %sshl.x, i64 %ushl.x)
  %r1 = xor i64 %sadd.x, %uadd.x
  %r2 = add i64 %r1, %ssub.x
  %r3 = sub i64 %r2, %usub.x
  %r4 = xor i64 %r3, %sshl.x
  %r5 = add i64 %r4, %ushl.x
  ret i64 %r5
}

define internal i64 @sat32(i32 %a, i32 %b, i32 %s) {
  %sadd = call i32 @llvm.sadd.sat.i32(i32 %a, i32 %b)
  %uadd = call i32 @llvm.uadd.sat.i32(i32 %a, i32 %b)
  %ssub = call i32 @llvm.ssub.sat.i32(i32 %a, i32 %b)
  %usub = call i32 @llvm.usub.sat.i32(i32 %a, i32 %b)
  %a.x = sext i32 %a to i64
  %b.x = sext i32 %b to i64
  %sadd.x = sext i32 %sadd to i64
  %uadd.x = zext i32 %uadd to i64
  %ssub.x = sext i32 %ssub to i64
  %usub.x = zext i32 %usub to i64
  call i32 (ptr, ...) @printf(ptr @fr, i32 32, i64 %a.x, i64 %b.x, i64 %sadd.x, i64 %uadd.x, i64 %ssub.x, i64 %usub.x)
  %sshl = call i32 @llvm.sshl.sat.i32(i32 %a, i32 %s)
  %ushl = call i32 @llvm.ushl.sat.i32(i32 %a, i32 %s)
  %sshl.x = sext i32 %sshl to i64
  %ushl.x = zext i32 %ushl to i64
  %s32 = add i32 %s, 0
  call i32 (ptr, ...) @printf(ptr @fsh, i32 32, i64 %a.x, i32 %s32, i64 %sshl.x, i64 %ushl.x)
  %r1 = xor i64 %sadd.x, %uadd.x
  %r2 = add i64 %r1, %ssub.x
  %r3 = sub i64 %r2, %usub.x
  %r4 = xor i64 %r3, %sshl.x
  %r5 = add i64 %r4, %ushl.x
  ret i64 %r5
}

define internal i64 @sat64(i64 %a, i64 %b, i64 %s) {
  %sadd = call i64 @llvm.sadd.sat.i64(i64 %a, i64 %b)
  %uadd = call i64 @llvm.uadd.sat.i64(i64 %a, i64 %b)
  %ssub = call i64 @llvm.ssub.sat.i64(i64 %a, i64 %b)
  %usub = call i64 @llvm.usub.sat.i64(i64 %a, i64 %b)
  %a.x = add i64 %a, 0
  %b.x = add i64 %b, 0
  %sadd.x = add i64 %sadd, 0
  %uadd.x = add i64 %uadd, 0
  %ssub.x = add i64 %ssub, 0
  %usub.x = add i64 %usub, 0
  call i32 (ptr, ...) @printf(ptr @fr, i32 64, i64 %a.x, i64 %b.x, i64 %sadd.x, i64 %uadd.x, i64 %ssub.x, i64 %usub.x)
  %sshl = call i64 @llvm.sshl.sat.i64(i64 %a, i64 %s)
  %ushl = call i64 @llvm.ushl.sat.i64(i64 %a, i64 %s)
  %sshl.x = add i64 %sshl, 0
  %ushl.x = add i64 %ushl, 0
  %s32 = trunc i64 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, i32 64, i64 %a.x, i32 %s32, i64 %sshl.x, i64 %ushl.x)
  %r1 = xor i64 %sadd.x, %uadd.x
  %r2 = add i64 %r1, %ssub.x
  %r3 = sub i64 %r2, %usub.x
  %r4 = xor i64 %r3, %sshl.x
  %r5 = add i64 %r4, %ushl.x
  ret i64 %r5
}

define internal void @p128(ptr %n, i128 %v) {
  %lo = trunc i128 %v to i64
  %s = lshr i128 %v, 64
  %hi = trunc i128 %s to i64
  call i32 (ptr, ...) @printf(ptr @f128, ptr %n, i64 %hi, i64 %lo)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a8 = trunc i32 %argc to i8
  %x8 = mul i8 %a8, 25
  %r1 = call i64 @sat8(i8 %x8, i8 %x8, i8 2)
  %r2 = call i64 @sat8(i8 -100, i8 100, i8 1)
  %r3 = call i64 @sat8(i8 -128, i8 -1, i8 7)
  %r4 = call i64 @sat8(i8 3, i8 4, i8 5)
  %r5 = call i64 @sat16(i16 30000, i16 5000, i16 1)
  %r6 = call i64 @sat16(i16 -30000, i16 5000, i16 15)
  %r7 = call i64 @sat24(i24 8000000, i24 -8000000, i24 3)
  %r8 = call i64 @sat24(i24 1, i24 -1, i24 22)
  %r9 = call i64 @sat32(i32 2000000000, i32 2000000000, i32 1)
  %r10 = call i64 @sat32(i32 -1, i32 %argc, i32 31)
  %r11 = call i64 @sat64(i64 9223372036854775000, i64 1000, i64 0)
  %r12 = call i64 @sat64(i64 -5, i64 9223372036854775807, i64 62)
  %s1 = add i64 %r1, %r2
  %s2 = add i64 %s1, %r3
  %s3 = add i64 %s2, %r4
  %s4 = add i64 %s3, %r5
  %s5 = add i64 %s4, %r6
  %s6 = add i64 %s5, %r7
  %s7 = add i64 %s6, %r8
  %s8 = add i64 %s7, %r9
  %s9 = add i64 %s8, %r10
  %s10 = add i64 %s9, %r11
  %s11 = add i64 %s10, %r12

  %w = zext i32 %argc to i128
  %big = shl i128 %w, 123
  %q1 = call i128 @llvm.sadd.sat.i128(i128 %big, i128 %big)
  call void @p128(ptr @n1, i128 %q1)
  %q2 = call i128 @llvm.uadd.sat.i128(i128 %big, i128 -18446744073709551616)
  call void @p128(ptr @n2, i128 %q2)
  %nb = sub i128 0, %big
  %q3 = call i128 @llvm.ssub.sat.i128(i128 %nb, i128 %big)
  call void @p128(ptr @n3, i128 %q3)
  %q4 = call i128 @llvm.usub.sat.i128(i128 %w, i128 %big)
  call void @p128(ptr @n4, i128 %q4)
  %q5 = call i128 @llvm.sshl.sat.i128(i128 -3, i128 125)
  call void @p128(ptr @n5, i128 %q5)
  %q6 = call i128 @llvm.ushl.sat.i128(i128 %w, i128 125)
  call void @p128(ptr @n6, i128 %q6)

  ; additive blend of two rows of 8-bit pixels, and a saturating darken
  %px = insertelement <16 x i8> <i8 0, i8 10, i8 100, i8 200, i8 250, i8 255, i8 128, i8 127, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8>, i8 %a8, i32 15
  %py = shufflevector <16 x i8> %px, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %bl = call <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8> %px, <16 x i8> %py)
  %dk = call <16 x i8> @llvm.usub.sat.v16i8(<16 x i8> %px, <16 x i8> <i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50, i8 50>)
  %b0 = extractelement <16 x i8> %bl, i32 0
  %b1 = extractelement <16 x i8> %bl, i32 1
  %b2 = extractelement <16 x i8> %bl, i32 2
  %b3 = extractelement <16 x i8> %bl, i32 3
  %b4 = extractelement <16 x i8> %bl, i32 4
  %b5 = extractelement <16 x i8> %bl, i32 5
  %b6 = extractelement <16 x i8> %bl, i32 6
  %b7 = extractelement <16 x i8> %bl, i32 7
  %d1 = extractelement <16 x i8> %dk, i32 1
  %d2 = extractelement <16 x i8> %dk, i32 2
  %d3 = extractelement <16 x i8> %dk, i32 3
  %d15 = extractelement <16 x i8> %dk, i32 15
  %b0z = zext i8 %b0 to i32
  %b1z = zext i8 %b1 to i32
  %b2z = zext i8 %b2 to i32
  %b3z = zext i8 %b3 to i32
  %b4z = zext i8 %b4 to i32
  %b5z = zext i8 %b5 to i32
  %b6z = zext i8 %b6 to i32
  %b7z = zext i8 %b7 to i32
  %d1z = zext i8 %d1 to i32
  %d2z = zext i8 %d2 to i32
  %d3z = zext i8 %d3 to i32
  %d15z = zext i8 %d15 to i32
  call i32 (ptr, ...) @printf(ptr @fv8, i32 %b0z, i32 %b1z, i32 %b2z, i32 %b3z, i32 %b4z, i32 %b5z, i32 %b6z, i32 %b7z, i32 %d1z, i32 %d2z, i32 %d3z, i32 %d15z)

  %h = call <8 x i16> @llvm.sadd.sat.v8i16(<8 x i16> <i16 32000, i16 -32000, i16 0, i16 1, i16 -1, i16 16384, i16 -16384, i16 100>, <8 x i16> <i16 1000, i16 -1000, i16 -32768, i16 32767, i16 -32768, i16 16384, i16 -16385, i16 -100>)
  %hs = call <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16> <i16 32000, i16 -32000, i16 0, i16 1, i16 -1, i16 16384, i16 -16384, i16 100>, <8 x i16> <i16 -1000, i16 1000, i16 -32768, i16 32767, i16 -32768, i16 16384, i16 16385, i16 -100>)
  %h0 = extractelement <8 x i16> %h, i32 0
  %h1 = extractelement <8 x i16> %h, i32 1
  %h2 = extractelement <8 x i16> %h, i32 5
  %h3 = extractelement <8 x i16> %h, i32 6
  %g0 = extractelement <8 x i16> %hs, i32 0
  %g1 = extractelement <8 x i16> %hs, i32 1
  %g2 = extractelement <8 x i16> %hs, i32 2
  %g3 = extractelement <8 x i16> %hs, i32 6
  %h0s = sext i16 %h0 to i32
  %h1s = sext i16 %h1 to i32
  %h2s = sext i16 %h2 to i32
  %h3s = sext i16 %h3 to i32
  %g0s = sext i16 %g0 to i32
  %g1s = sext i16 %g1 to i32
  %g2s = sext i16 %g2 to i32
  %g3s = sext i16 %g3 to i32
  call i32 (ptr, ...) @printf(ptr @fv16, i32 %h0s, i32 %h1s, i32 %h2s, i32 %h3s, i32 %g0s, i32 %g1s, i32 %g2s, i32 %g3s)

  %vv = insertelement <4 x i32> <i32 1, i32 -1, i32 65535, i32 poison>, i32 %argc, i32 3
  %us = call <4 x i32> @llvm.ushl.sat.v4i32(<4 x i32> %vv, <4 x i32> <i32 31, i32 1, i32 16, i32 29>)
  %ss = call <4 x i32> @llvm.sshl.sat.v4i32(<4 x i32> %vv, <4 x i32> <i32 31, i32 31, i32 16, i32 28>)
  %u0 = extractelement <4 x i32> %us, i32 0
  %u1 = extractelement <4 x i32> %us, i32 1
  %u2 = extractelement <4 x i32> %us, i32 2
  %u3 = extractelement <4 x i32> %us, i32 3
  %t0 = extractelement <4 x i32> %ss, i32 0
  %t1 = extractelement <4 x i32> %ss, i32 1
  %t2 = extractelement <4 x i32> %ss, i32 2
  %t3 = extractelement <4 x i32> %ss, i32 3
  call i32 (ptr, ...) @printf(ptr @fv32, i32 %u0, i32 %u1, i32 %u2, i32 %u3, i32 %t0, i32 %t1, i32 %t2, i32 %t3)
  %r = trunc i64 %s11 to i32
  %rr = and i32 %r, 31
  %rs = add i32 %rr, 1
  ret i32 %rs
}
