; llvm.ctpop / llvm.ctlz / llvm.cttz on i8, i16, i24, i32, i64, i128 and on
; vectors. Zero inputs only go to the is_zero_poison=false forms.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@f8 = private unnamed_addr constant [33 x i8] c"i8   %02x: pop=%d clz=%d ctz=%d\0A\00"
@f16 = private unnamed_addr constant [33 x i8] c"i16  %04x: pop=%d clz=%d ctz=%d\0A\00"
@f24 = private unnamed_addr constant [33 x i8] c"i24  %06x: pop=%d clz=%d ctz=%d\0A\00"
@f32 = private unnamed_addr constant [33 x i8] c"i32  %08x: pop=%d clz=%d ctz=%d\0A\00"
@f64 = private unnamed_addr constant [36 x i8] c"i64  %016llx: pop=%d clz=%d ctz=%d\0A\00"
@f128 = private unnamed_addr constant [61 x i8] c"i128 %016llx%016llx: pop=%d clz=%d ctz=%d nzclz=%d nzctz=%d\0A\00"
@fv4 = private unnamed_addr constant [61 x i8] c"v4i32 pop=[%d %d %d %d] clz=[%d %d %d %d] ctz=[%d %d %d %d]\0A\00"
@fv8 = private unnamed_addr constant [37 x i8] c"v8i16 clz=[%d %d %d %d %d %d %d %d]\0A\00"
@fv2 = private unnamed_addr constant [39 x i8] c"v2i64 pop=[%lld %lld] ctz=[%lld %lld]\0A\00"
@fsum = private unnamed_addr constant [10 x i8] c"total=%d\0A\00"

@v32 = internal constant [6 x i32] [i32 0, i32 1, i32 -1, i32 -2147483648, i32 305419896, i32 16777216]
@v64 = internal constant [5 x i64] [i64 0, i64 1, i64 -1, i64 -9223372036854775808, i64 81985529216486895]

declare i32 @printf(ptr, ...)
declare i8 @llvm.ctpop.i8(i8)
declare i8 @llvm.ctlz.i8(i8, i1)
declare i8 @llvm.cttz.i8(i8, i1)
declare i16 @llvm.ctpop.i16(i16)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i16 @llvm.cttz.i16(i16, i1)
declare i24 @llvm.ctpop.i24(i24)
declare i24 @llvm.ctlz.i24(i24, i1)
declare i24 @llvm.cttz.i24(i24, i1)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.cttz.i32(i32, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.cttz.i64(i64, i1)
declare i128 @llvm.ctpop.i128(i128)
declare i128 @llvm.ctlz.i128(i128, i1)
declare i128 @llvm.cttz.i128(i128, i1)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>)
declare <4 x i32> @llvm.ctlz.v4i32(<4 x i32>, i1)
declare <4 x i32> @llvm.cttz.v4i32(<4 x i32>, i1)
declare <8 x i16> @llvm.ctlz.v8i16(<8 x i16>, i1)
declare <2 x i64> @llvm.ctpop.v2i64(<2 x i64>)
declare <2 x i64> @llvm.cttz.v2i64(<2 x i64>, i1)

define internal i32 @do8(i8 %x) {
  %p = call i8 @llvm.ctpop.i8(i8 %x)
  %l = call i8 @llvm.ctlz.i8(i8 %x, i1 false)
  %t = call i8 @llvm.cttz.i8(i8 %x, i1 false)
  %xz = zext i8 %x to i32
  %pz = zext i8 %p to i32
  %lz = zext i8 %l to i32
  %tz = zext i8 %t to i32
  call i32 (ptr, ...) @printf(ptr @f8, i32 %xz, i32 %pz, i32 %lz, i32 %tz)
  %s = add i32 %pz, %lz
  %s2 = add i32 %s, %tz
  ret i32 %s2
}

define internal i32 @do16(i16 %x) {
  %p = call i16 @llvm.ctpop.i16(i16 %x)
  %l = call i16 @llvm.ctlz.i16(i16 %x, i1 false)
  %t = call i16 @llvm.cttz.i16(i16 %x, i1 false)
  %xz = zext i16 %x to i32
  %pz = zext i16 %p to i32
  %lz = zext i16 %l to i32
  %tz = zext i16 %t to i32
  call i32 (ptr, ...) @printf(ptr @f16, i32 %xz, i32 %pz, i32 %lz, i32 %tz)
  %s = add i32 %pz, %lz
  %s2 = add i32 %s, %tz
  ret i32 %s2
}

define internal i32 @do24(i24 %x) {
  %p = call i24 @llvm.ctpop.i24(i24 %x)
  %l = call i24 @llvm.ctlz.i24(i24 %x, i1 false)
  %t = call i24 @llvm.cttz.i24(i24 %x, i1 false)
  %xz = zext i24 %x to i32
  %pz = zext i24 %p to i32
  %lz = zext i24 %l to i32
  %tz = zext i24 %t to i32
  call i32 (ptr, ...) @printf(ptr @f24, i32 %xz, i32 %pz, i32 %lz, i32 %tz)
  %s = add i32 %pz, %lz
  %s2 = add i32 %s, %tz
  ret i32 %s2
}

define internal i32 @do32(i32 %x) {
  %p = call i32 @llvm.ctpop.i32(i32 %x)
  %l = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
  %t = call i32 @llvm.cttz.i32(i32 %x, i1 false)
  call i32 (ptr, ...) @printf(ptr @f32, i32 %x, i32 %p, i32 %l, i32 %t)
  %s = add i32 %p, %l
  %s2 = add i32 %s, %t
  ret i32 %s2
}

define internal i32 @do64(i64 %x) {
  %p = call i64 @llvm.ctpop.i64(i64 %x)
  %l = call i64 @llvm.ctlz.i64(i64 %x, i1 false)
  %t = call i64 @llvm.cttz.i64(i64 %x, i1 false)
  %pz = trunc i64 %p to i32
  %lz = trunc i64 %l to i32
  %tz = trunc i64 %t to i32
  call i32 (ptr, ...) @printf(ptr @f64, i64 %x, i32 %pz, i32 %lz, i32 %tz)
  %s = add i32 %pz, %lz
  %s2 = add i32 %s, %tz
  ret i32 %s2
}

define internal i32 @do128(i128 %x) {
entry:
  %p = call i128 @llvm.ctpop.i128(i128 %x)
  %l = call i128 @llvm.ctlz.i128(i128 %x, i1 false)
  %t = call i128 @llvm.cttz.i128(i128 %x, i1 false)
  %nz = icmp ne i128 %x, 0
  br i1 %nz, label %nonzero, label %join
nonzero:
  ; poison-on-zero forms only for non-zero input
  %l2 = call i128 @llvm.ctlz.i128(i128 %x, i1 true)
  %t2 = call i128 @llvm.cttz.i128(i128 %x, i1 true)
  br label %join
join:
  %lp = phi i128 [ %l2, %nonzero ], [ -1, %entry ]
  %tp = phi i128 [ %t2, %nonzero ], [ -1, %entry ]
  %lo = trunc i128 %x to i64
  %hs = lshr i128 %x, 64
  %hi = trunc i128 %hs to i64
  %pz = trunc i128 %p to i32
  %lz = trunc i128 %l to i32
  %tz = trunc i128 %t to i32
  %lpz = trunc i128 %lp to i32
  %tpz = trunc i128 %tp to i32
  call i32 (ptr, ...) @printf(ptr @f128, i64 %hi, i64 %lo, i32 %pz, i32 %lz, i32 %tz, i32 %lpz, i32 %tpz)
  %s = add i32 %pz, %lz
  %s2 = add i32 %s, %tz
  ret i32 %s2
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a8 = trunc i32 %argc to i8
  %r1 = call i32 @do8(i8 0)
  %r2 = call i32 @do8(i8 %a8)
  %r3 = call i32 @do8(i8 -128)
  %r4 = call i32 @do8(i8 90)
  %r5 = call i32 @do16(i16 0)
  %r6 = call i32 @do16(i16 -32768)
  %r7 = call i32 @do16(i16 4660)
  %r8 = call i32 @do24(i24 0)
  %r9 = call i32 @do24(i24 -1)
  %r10 = call i32 @do24(i24 2048)
  %a24 = trunc i32 %argc to i24
  %a24s = shl i24 %a24, 19
  %r11 = call i32 @do24(i24 %a24s)
  %s1 = add i32 %r1, %r2
  %s2 = add i32 %s1, %r3
  %s3 = add i32 %s2, %r4
  %s4 = add i32 %s3, %r5
  %s5 = add i32 %s4, %r6
  %s6 = add i32 %s5, %r7
  %s7 = add i32 %s6, %r8
  %s8 = add i32 %s7, %r9
  %s9 = add i32 %s8, %r10
  %s10 = add i32 %s9, %r11
  br label %l32

l32:
  %i = phi i64 [ 0, %entry ], [ %i1, %l32 ]
  %acc = phi i32 [ %s10, %entry ], [ %acc1, %l32 ]
  %p32 = getelementptr inbounds [6 x i32], ptr @v32, i64 0, i64 %i
  %x32 = load i32, ptr %p32
  %r32 = call i32 @do32(i32 %x32)
  %acc1 = add i32 %acc, %r32
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 6
  br i1 %c, label %l32, label %l64

l64:
  %j = phi i64 [ 0, %l32 ], [ %j1, %l64 ]
  %acc2 = phi i32 [ %acc1, %l32 ], [ %acc3, %l64 ]
  %p64 = getelementptr inbounds [5 x i64], ptr @v64, i64 0, i64 %j
  %x64 = load i64, ptr %p64
  %r64 = call i32 @do64(i64 %x64)
  %acc3 = add i32 %acc2, %r64
  %j1 = add i64 %j, 1
  %cj = icmp ult i64 %j1, 5
  br i1 %cj, label %l64, label %wide

wide:
  %q1 = call i32 @do128(i128 0)
  %q2 = call i32 @do128(i128 -1)
  %q3 = call i32 @do128(i128 18446744073709551616)
  %w = zext i32 %argc to i128
  %w2 = shl i128 %w, 100
  %q4 = call i32 @do128(i128 %w2)
  %q5 = call i32 @do128(i128 1512366075204170947332355369683137040)
  %t1 = add i32 %acc3, %q1
  %t2 = add i32 %t1, %q2
  %t3 = add i32 %t2, %q3
  %t4 = add i32 %t3, %q4
  %t5 = add i32 %t4, %q5

  ; vectors
  %vin0 = insertelement <4 x i32> <i32 0, i32 -1, i32 255, i32 poison>, i32 %argc, i32 3
  %vp = call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %vin0)
  %vl = call <4 x i32> @llvm.ctlz.v4i32(<4 x i32> %vin0, i1 false)
  %vt = call <4 x i32> @llvm.cttz.v4i32(<4 x i32> %vin0, i1 false)
  %vp0 = extractelement <4 x i32> %vp, i32 0
  %vp1 = extractelement <4 x i32> %vp, i32 1
  %vp2 = extractelement <4 x i32> %vp, i32 2
  %vp3 = extractelement <4 x i32> %vp, i32 3
  %vl0 = extractelement <4 x i32> %vl, i32 0
  %vl1 = extractelement <4 x i32> %vl, i32 1
  %vl2 = extractelement <4 x i32> %vl, i32 2
  %vl3 = extractelement <4 x i32> %vl, i32 3
  %vt0 = extractelement <4 x i32> %vt, i32 0
  %vt1 = extractelement <4 x i32> %vt, i32 1
  %vt2 = extractelement <4 x i32> %vt, i32 2
  %vt3 = extractelement <4 x i32> %vt, i32 3
  call i32 (ptr, ...) @printf(ptr @fv4, i32 %vp0, i32 %vp1, i32 %vp2, i32 %vp3, i32 %vl0, i32 %vl1, i32 %vl2, i32 %vl3, i32 %vt0, i32 %vt1, i32 %vt2, i32 %vt3)
  %h = call <8 x i16> @llvm.ctlz.v8i16(<8 x i16> <i16 1, i16 2, i16 4, i16 8, i16 256, i16 -1, i16 0, i16 32767>, i1 false)
  %h0 = extractelement <8 x i16> %h, i32 0
  %h1 = extractelement <8 x i16> %h, i32 1
  %h2 = extractelement <8 x i16> %h, i32 2
  %h3 = extractelement <8 x i16> %h, i32 3
  %h4 = extractelement <8 x i16> %h, i32 4
  %h5 = extractelement <8 x i16> %h, i32 5
  %h6 = extractelement <8 x i16> %h, i32 6
  %h7 = extractelement <8 x i16> %h, i32 7
  %e0 = zext i16 %h0 to i32
  %e1 = zext i16 %h1 to i32
  %e2 = zext i16 %h2 to i32
  %e3 = zext i16 %h3 to i32
  %e4 = zext i16 %h4 to i32
  %e5 = zext i16 %h5 to i32
  %e6 = zext i16 %h6 to i32
  %e7 = zext i16 %h7 to i32
  call i32 (ptr, ...) @printf(ptr @fv8, i32 %e0, i32 %e1, i32 %e2, i32 %e3, i32 %e4, i32 %e5, i32 %e6, i32 %e7)
  %a64 = sext i32 %argc to i64
  %d0 = insertelement <2 x i64> poison, i64 %a64, i32 0
  %d1 = insertelement <2 x i64> %d0, i64 -4294967296, i32 1
  %dp = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %d1)
  %dt = call <2 x i64> @llvm.cttz.v2i64(<2 x i64> %d1, i1 true)
  %dp0 = extractelement <2 x i64> %dp, i32 0
  %dp1 = extractelement <2 x i64> %dp, i32 1
  %dt0 = extractelement <2 x i64> %dt, i32 0
  %dt1 = extractelement <2 x i64> %dt, i32 1
  call i32 (ptr, ...) @printf(ptr @fv2, i64 %dp0, i64 %dp1, i64 %dt0, i64 %dt1)
  call i32 (ptr, ...) @printf(ptr @fsum, i32 %t5)
  %ret = urem i32 %t5, 101
  ret i32 %ret
}
