; llvm.bswap (i16, i32, i48, i64, i80, i128, vectors), llvm.bitreverse (i1..i128,
; vectors) and llvm.fshl/llvm.fshr (i8..i128, vectors) including shift
; amounts >= the bit width, which are taken modulo the width.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fbs = private unnamed_addr constant [49 x i8] c"bswap i16=%04x i32=%08x i48=%012llx i64=%016llx\0A\00"
@fbs80 = private unnamed_addr constant [45 x i8] c"bswap i80=%04llx%016llx i128=%016llx%016llx\0A\00"
@fbsv = private unnamed_addr constant [58 x i8] c"bswap v4i32=[%08x %08x %08x %08x] v8i16[0,7]=[%04x %04x]\0A\00"
@fbr = private unnamed_addr constant [72 x i8] c"bitrev i1=%d i8=%02x i24=%06x i32=%08x i64=%016llx i128=%016llx%016llx\0A\00"
@fbrv = private unnamed_addr constant [43 x i8] c"bitrev v16i8=%02x %02x %02x %02x ... %02x\0A\00"
@ffs = private unnamed_addr constant [35 x i8] c"%s w=%d s=%d: fshl=%llx fshr=%llx\0A\00"
@ffs128 = private unnamed_addr constant [72 x i8] c"i128 s=%d: fshl=%016llx%016llx fshr=%016llx%016llx rotl=%016llx%016llx\0A\00"
@ffsv = private unnamed_addr constant [65 x i8] c"fsh v4i32 rotl=[%08x %08x %08x %08x] fshr=[%08x %08x %08x %08x]\0A\00"
@s8 = private unnamed_addr constant [4 x i8] c"i8 \00"
@s16 = private unnamed_addr constant [4 x i8] c"i16\00"
@s24 = private unnamed_addr constant [4 x i8] c"i24\00"
@s32 = private unnamed_addr constant [4 x i8] c"i32\00"
@s64 = private unnamed_addr constant [4 x i8] c"i64\00"

@amts = internal constant [7 x i32] [i32 0, i32 1, i32 5, i32 12, i32 31, i32 37, i32 200]

declare i32 @printf(ptr, ...)
declare i16 @llvm.bswap.i16(i16)
declare i32 @llvm.bswap.i32(i32)
declare i48 @llvm.bswap.i48(i48)
declare i64 @llvm.bswap.i64(i64)
declare i80 @llvm.bswap.i80(i80)
declare i128 @llvm.bswap.i128(i128)
declare <4 x i32> @llvm.bswap.v4i32(<4 x i32>)
declare <8 x i16> @llvm.bswap.v8i16(<8 x i16>)
declare i1 @llvm.bitreverse.i1(i1)
declare i8 @llvm.bitreverse.i8(i8)
declare i24 @llvm.bitreverse.i24(i24)
declare i32 @llvm.bitreverse.i32(i32)
declare i64 @llvm.bitreverse.i64(i64)
declare i128 @llvm.bitreverse.i128(i128)
declare <16 x i8> @llvm.bitreverse.v16i8(<16 x i8>)
declare i8 @llvm.fshl.i8(i8, i8, i8)
declare i8 @llvm.fshr.i8(i8, i8, i8)
declare i16 @llvm.fshl.i16(i16, i16, i16)
declare i16 @llvm.fshr.i16(i16, i16, i16)
declare i24 @llvm.fshl.i24(i24, i24, i24)
declare i24 @llvm.fshr.i24(i24, i24, i24)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
declare i128 @llvm.fshl.i128(i128, i128, i128)
declare i128 @llvm.fshr.i128(i128, i128, i128)
declare <4 x i32> @llvm.fshl.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.fshr.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)

define internal void @split(i128 %v, ptr %hi, ptr %lo) {
  %l = trunc i128 %v to i64
  %s = lshr i128 %v, 64
  %h = trunc i128 %s to i64
  store i64 %h, ptr %hi
  store i64 %l, ptr %lo
  ret void
}

define internal i64 @funnels(i32 %s) {
  %s8 = trunc i32 %s to i8
  %a8 = call i8 @llvm.fshl.i8(i8 -75, i8 60, i8 %s8)
  %b8 = call i8 @llvm.fshr.i8(i8 -75, i8 60, i8 %s8)
  %a8z = zext i8 %a8 to i64
  %b8z = zext i8 %b8 to i64
  call i32 (ptr, ...) @printf(ptr @ffs, ptr @s8, i32 8, i32 %s, i64 %a8z, i64 %b8z)
  %s16 = trunc i32 %s to i16
  %a16 = call i16 @llvm.fshl.i16(i16 -4660, i16 22136, i16 %s16)
  %b16 = call i16 @llvm.fshr.i16(i16 -4660, i16 22136, i16 %s16)
  %a16z = zext i16 %a16 to i64
  %b16z = zext i16 %b16 to i64
  call i32 (ptr, ...) @printf(ptr @ffs, ptr @s16, i32 16, i32 %s, i64 %a16z, i64 %b16z)
  %s24 = trunc i32 %s to i24
  %a24 = call i24 @llvm.fshl.i24(i24 1193046, i24 -1, i24 %s24)
  %b24 = call i24 @llvm.fshr.i24(i24 1193046, i24 0, i24 %s24)
  %a24z = zext i24 %a24 to i64
  %b24z = zext i24 %b24 to i64
  call i32 (ptr, ...) @printf(ptr @ffs, ptr @s24, i32 24, i32 %s, i64 %a24z, i64 %b24z)
  %a32 = call i32 @llvm.fshl.i32(i32 -559038737, i32 -889275714, i32 %s)
  %b32 = call i32 @llvm.fshr.i32(i32 -559038737, i32 -889275714, i32 %s)
  %a32z = zext i32 %a32 to i64
  %b32z = zext i32 %b32 to i64
  call i32 (ptr, ...) @printf(ptr @ffs, ptr @s32, i32 32, i32 %s, i64 %a32z, i64 %b32z)
  %s64 = zext i32 %s to i64
  %a64 = call i64 @llvm.fshl.i64(i64 81985529216486895, i64 -81985529216486896, i64 %s64)
  %b64 = call i64 @llvm.fshr.i64(i64 81985529216486895, i64 -81985529216486896, i64 %s64)
  call i32 (ptr, ...) @printf(ptr @ffs, ptr @s64, i32 64, i32 %s, i64 %a64, i64 %b64)
  %x = xor i64 %a64, %b32z
  %x2 = xor i64 %x, %a24z
  %x3 = add i64 %x2, %b16z
  %x4 = add i64 %x3, %a8z
  ret i64 %x4
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %hi = alloca i64
  %lo = alloca i64
  %hi2 = alloca i64
  %lo2 = alloca i64
  %hi3 = alloca i64
  %lo3 = alloca i64
  %arg = zext i32 %argc to i64
  %b16 = call i16 @llvm.bswap.i16(i16 4660)
  %b32 = call i32 @llvm.bswap.i32(i32 305419896)
  %v48 = add i48 20015998343864, 0
  %a48 = trunc i64 %arg to i48
  %v48b = add i48 %v48, %a48
  %b48 = call i48 @llvm.bswap.i48(i48 %v48b)
  %b64 = call i64 @llvm.bswap.i64(i64 81985529216486895)
  %b16z = zext i16 %b16 to i32
  %b48z = zext i48 %b48 to i64
  call i32 (ptr, ...) @printf(ptr @fbs, i32 %b16z, i32 %b32, i64 %b48z, i64 %b64)
  ; i80: 0x0102_030405060708090a
  %v80 = add i80 4759477275222530853130, 0
  %b80 = call i80 @llvm.bswap.i80(i80 %v80)
  %b80w = zext i80 %b80 to i128
  call void @split(i128 %b80w, ptr %hi, ptr %lo)
  %h80 = load i64, ptr %hi
  %l80 = load i64, ptr %lo
  %b128 = call i128 @llvm.bswap.i128(i128 1512366075204170947332355369683137040)
  call void @split(i128 %b128, ptr %hi2, ptr %lo2)
  %h128 = load i64, ptr %hi2
  %l128 = load i64, ptr %lo2
  call i32 (ptr, ...) @printf(ptr @fbs80, i64 %h80, i64 %l80, i64 %h128, i64 %l128)
  %bv = call <4 x i32> @llvm.bswap.v4i32(<4 x i32> <i32 1, i32 -16777216, i32 305419896, i32 -1412567295>)
  %bv0 = extractelement <4 x i32> %bv, i32 0
  %bv1 = extractelement <4 x i32> %bv, i32 1
  %bv2 = extractelement <4 x i32> %bv, i32 2
  %bv3 = extractelement <4 x i32> %bv, i32 3
  %bh = call <8 x i16> @llvm.bswap.v8i16(<8 x i16> <i16 258, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 -32768>)
  %bh0 = extractelement <8 x i16> %bh, i32 0
  %bh7 = extractelement <8 x i16> %bh, i32 7
  %bh0z = zext i16 %bh0 to i32
  %bh7z = zext i16 %bh7 to i32
  call i32 (ptr, ...) @printf(ptr @fbsv, i32 %bv0, i32 %bv1, i32 %bv2, i32 %bv3, i32 %bh0z, i32 %bh7z)

  %t1 = icmp ugt i32 %argc, 1
  %r1 = call i1 @llvm.bitreverse.i1(i1 %t1)
  %r1z = zext i1 %r1 to i32
  %r8 = call i8 @llvm.bitreverse.i8(i8 19)
  %r8z = zext i8 %r8 to i32
  %r24 = call i24 @llvm.bitreverse.i24(i24 1193046)
  %r24z = zext i24 %r24 to i32
  %r32 = call i32 @llvm.bitreverse.i32(i32 %argc)
  %r64 = call i64 @llvm.bitreverse.i64(i64 81985529216486895)
  %r128 = call i128 @llvm.bitreverse.i128(i128 3)
  call void @split(i128 %r128, ptr %hi3, ptr %lo3)
  %h3 = load i64, ptr %hi3
  %l3 = load i64, ptr %lo3
  call i32 (ptr, ...) @printf(ptr @fbr, i32 %r1z, i32 %r8z, i32 %r24z, i32 %r32, i64 %r64, i64 %h3, i64 %l3)
  %rv = call <16 x i8> @llvm.bitreverse.v16i8(<16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 -16>)
  %rv0 = extractelement <16 x i8> %rv, i32 0
  %rv1 = extractelement <16 x i8> %rv, i32 1
  %rv2 = extractelement <16 x i8> %rv, i32 2
  %rv3 = extractelement <16 x i8> %rv, i32 3
  %rv15 = extractelement <16 x i8> %rv, i32 15
  %rv0z = zext i8 %rv0 to i32
  %rv1z = zext i8 %rv1 to i32
  %rv2z = zext i8 %rv2 to i32
  %rv3z = zext i8 %rv3 to i32
  %rv15z = zext i8 %rv15 to i32
  call i32 (ptr, ...) @printf(ptr @fbrv, i32 %rv0z, i32 %rv1z, i32 %rv2z, i32 %rv3z, i32 %rv15z)
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %pa = getelementptr inbounds [7 x i32], ptr @amts, i64 0, i64 %i
  %s = load i32, ptr %pa
  %f = call i64 @funnels(i32 %s)
  %acc1 = add i64 %acc, %f
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 7
  br i1 %c, label %loop, label %wide

wide:
  %argcw = zext i32 %argc to i128
  %sw = add i128 %argcw, 60
  %fl = call i128 @llvm.fshl.i128(i128 1512366075204170947332355369683137040, i128 -1, i128 %sw)
  %fr = call i128 @llvm.fshr.i128(i128 1512366075204170947332355369683137040, i128 0, i128 %sw)
  %rl = call i128 @llvm.fshl.i128(i128 1512366075204170947332355369683137040, i128 1512366075204170947332355369683137040, i128 300)
  call void @split(i128 %fl, ptr %hi, ptr %lo)
  %flh = load i64, ptr %hi
  %fll = load i64, ptr %lo
  call void @split(i128 %fr, ptr %hi2, ptr %lo2)
  %frh = load i64, ptr %hi2
  %frl = load i64, ptr %lo2
  call void @split(i128 %rl, ptr %hi3, ptr %lo3)
  %rlh = load i64, ptr %hi3
  %rll = load i64, ptr %lo3
  %sw32 = trunc i128 %sw to i32
  call i32 (ptr, ...) @printf(ptr @ffs128, i32 %sw32, i64 %flh, i64 %fll, i64 %frh, i64 %frl, i64 %rlh, i64 %rll)
  %va = insertelement <4 x i32> <i32 -2147483647, i32 305419896, i32 -1, i32 7>, i32 %argc, i32 3
  %vrot = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %va, <4 x i32> %va, <4 x i32> <i32 1, i32 8, i32 33, i32 28>)
  %vfr = call <4 x i32> @llvm.fshr.v4i32(<4 x i32> %va, <4 x i32> zeroinitializer, <4 x i32> <i32 0, i32 4, i32 64, i32 31>)
  %q0 = extractelement <4 x i32> %vrot, i32 0
  %q1 = extractelement <4 x i32> %vrot, i32 1
  %q2 = extractelement <4 x i32> %vrot, i32 2
  %q3 = extractelement <4 x i32> %vrot, i32 3
  %w0 = extractelement <4 x i32> %vfr, i32 0
  %w1 = extractelement <4 x i32> %vfr, i32 1
  %w2 = extractelement <4 x i32> %vfr, i32 2
  %w3 = extractelement <4 x i32> %vfr, i32 3
  call i32 (ptr, ...) @printf(ptr @ffsv, i32 %q0, i32 %q1, i32 %q2, i32 %q3, i32 %w0, i32 %w1, i32 %w2, i32 %w3)
  %ac = trunc i64 %acc1 to i32
  %r = and i32 %ac, 63
  ret i32 %r
}
