; sret returns (IR functions writing a large struct through a hidden
; pointer, chained so one sret result feeds the next call), signext/zeroext
; i1/i8/i16 parameters and return values on IR functions and on native
; calls (htons, ntohs, toupper, abs), and extension of the narrow returns
; at the call site.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%mat = type { [3 x [3 x i64]], i32 }

@fm = private unnamed_addr constant [63 x i8] c"%s: [%lld %lld %lld] [%lld %lld %lld] [%lld %lld %lld] gen=%d\0A\00"
@fe = private unnamed_addr constant [59 x i8] c"ext: sx8(%d)=%d zx8(%d)=%d sx16=%d zx16=%d bool=%d sum=%d\0A\00"
@fn = private unnamed_addr constant [78 x i8] c"native: htons(0x%04x)=0x%04x ntohs back=0x%04x toupper('%c')='%c' abs(%d)=%d\0A\00"
@fc = private unnamed_addr constant [21 x i8] c"clamp8: %d %d %d %d\0A\00"
@n_id = private unnamed_addr constant [14 x i8] c"identity*argc\00"
@n_sq = private unnamed_addr constant [8 x i8] c"squared\00"
@n_p4 = private unnamed_addr constant [13 x i8] c"fourth power\00"

declare i32 @printf(ptr, ...)
declare zeroext i16 @htons(i16 zeroext)
declare zeroext i16 @ntohs(i16 zeroext)
declare i32 @toupper(i32)
declare i32 @abs(i32)

define internal void @scaled_identity(ptr noalias sret(%mat) align 8 %out, i64 %k) {
entry:
  call void @llvm.memset.p0.i64(ptr %out, i8 0, i64 80, i1 false)
  %p00 = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 0, i32 0
  %p11 = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 1, i32 1
  %p22 = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 2, i32 2
  %p01 = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 0, i32 1
  %p12 = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 1, i32 2
  store i64 %k, ptr %p00
  store i64 %k, ptr %p11
  store i64 %k, ptr %p22
  store i64 1, ptr %p01
  store i64 -2, ptr %p12
  %g = getelementptr inbounds %mat, ptr %out, i32 0, i32 1
  store i32 1, ptr %g
  ret void
}

; out = a * a; out must not alias a (sret is noalias)
define internal void @square(ptr noalias sret(%mat) align 8 %out, ptr %a) {
entry:
  br label %ri
ri:
  %i = phi i32 [ 0, %entry ], [ %i1, %rj.end ]
  br label %rj
rj:
  %j = phi i32 [ 0, %ri ], [ %j1, %rk.end ]
  br label %rk
rk:
  %k = phi i32 [ 0, %rj ], [ %k1, %rk ]
  %acc = phi i64 [ 0, %rj ], [ %acc1, %rk ]
  %pa = getelementptr inbounds %mat, ptr %a, i32 0, i32 0, i32 %i, i32 %k
  %pb = getelementptr inbounds %mat, ptr %a, i32 0, i32 0, i32 %k, i32 %j
  %va = load i64, ptr %pa
  %vb = load i64, ptr %pb
  %m = mul i64 %va, %vb
  %acc1 = add i64 %acc, %m
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 3
  br i1 %ck, label %rk, label %rk.end
rk.end:
  %po = getelementptr inbounds %mat, ptr %out, i32 0, i32 0, i32 %i, i32 %j
  store i64 %acc1, ptr %po
  %j1 = add i32 %j, 1
  %cj = icmp slt i32 %j1, 3
  br i1 %cj, label %rj, label %rj.end
rj.end:
  %i1 = add i32 %i, 1
  %ci = icmp slt i32 %i1, 3
  br i1 %ci, label %ri, label %done
done:
  %ga = getelementptr inbounds %mat, ptr %a, i32 0, i32 1
  %gv = load i32, ptr %ga
  %gn = add i32 %gv, 1
  %go = getelementptr inbounds %mat, ptr %out, i32 0, i32 1
  store i32 %gn, ptr %go
  ret void
}

define internal void @show(ptr %name, ptr %m) {
  %v = load %mat, ptr %m
  %a = extractvalue %mat %v, 0, 0, 0
  %b = extractvalue %mat %v, 0, 0, 1
  %c = extractvalue %mat %v, 0, 0, 2
  %d = extractvalue %mat %v, 0, 1, 0
  %e = extractvalue %mat %v, 0, 1, 1
  %f = extractvalue %mat %v, 0, 1, 2
  %g = extractvalue %mat %v, 0, 2, 0
  %h = extractvalue %mat %v, 0, 2, 1
  %i = extractvalue %mat %v, 0, 2, 2
  %gen = extractvalue %mat %v, 1
  call i32 (ptr, ...) @printf(ptr @fm, ptr %name, i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i32 %gen)
  ret void
}

define internal signext i8 @neg8(i8 signext %x) {
  %r = sub i8 0, %x
  ret i8 %r
}

define internal zeroext i8 @inv8(i8 zeroext %x) {
  %r = xor i8 %x, -1
  ret i8 %r
}

define internal signext i16 @half16(i16 signext %x) {
  %r = sdiv i16 %x, 2
  ret i16 %r
}

define internal zeroext i16 @twice16(i16 zeroext %x) {
  %r = shl i16 %x, 1
  ret i16 %r
}

define internal zeroext i1 @is_neg(i32 %x) {
  %r = icmp slt i32 %x, 0
  ret i1 %r
}

define internal signext i8 @clamp8(i32 %x) {
  %lo = icmp slt i32 %x, -128
  %hi = icmp sgt i32 %x, 127
  %t = trunc i32 %x to i8
  %a = select i1 %lo, i8 -128, i8 %t
  %b = select i1 %hi, i8 127, i8 %a
  ret i8 %b
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %m1 = alloca %mat, align 8
  %m2 = alloca %mat, align 8
  %m3 = alloca %mat, align 8
  %k = sext i32 %argc to i64
  call void @scaled_identity(ptr sret(%mat) align 8 %m1, i64 %k)
  call void @show(ptr @n_id, ptr %m1)
  call void @square(ptr sret(%mat) align 8 %m2, ptr %m1)
  call void @show(ptr @n_sq, ptr %m2)
  call void @square(ptr sret(%mat) align 8 %m3, ptr %m2)
  call void @show(ptr @n_p4, ptr %m3)

  %a8 = trunc i32 %argc to i8
  %x8 = mul i8 %a8, 30
  %n = call signext i8 @neg8(i8 signext %x8)
  %i = call zeroext i8 @inv8(i8 zeroext %x8)
  %h = call signext i16 @half16(i16 signext -32767)
  %t = call zeroext i16 @twice16(i16 zeroext 40000)
  %b = call zeroext i1 @is_neg(i32 -5)
  %x8s = sext i8 %x8 to i32
  %ns = sext i8 %n to i32
  %x8z = zext i8 %x8 to i32
  %iz = zext i8 %i to i32
  %hs = sext i16 %h to i32
  %tz = zext i16 %t to i32
  %bz = zext i1 %b to i32
  %s1 = add i32 %ns, %iz
  %s2 = add i32 %s1, %hs
  %s3 = add i32 %s2, %tz
  %s4 = add i32 %s3, %bz
  call i32 (ptr, ...) @printf(ptr @fe, i32 %x8s, i32 %ns, i32 %x8z, i32 %iz, i32 %hs, i32 %tz, i32 %bz, i32 %s4)

  %port = trunc i32 %argc to i16
  %port2 = add i16 %port, 8076
  %be = call zeroext i16 @htons(i16 zeroext %port2)
  %back = call zeroext i16 @ntohs(i16 zeroext %be)
  %portz = zext i16 %port2 to i32
  %bez = zext i16 %be to i32
  %backz = zext i16 %back to i32
  %up = call i32 @toupper(i32 113)
  %neg = sub i32 0, %argc
  %ab = call i32 @abs(i32 %neg)
  call i32 (ptr, ...) @printf(ptr @fn, i32 %portz, i32 %bez, i32 %backz, i32 113, i32 %up, i32 %neg, i32 %ab)
  %c1 = call signext i8 @clamp8(i32 1000)
  %c2 = call signext i8 @clamp8(i32 -1000)
  %c3 = call signext i8 @clamp8(i32 %neg)
  %c4 = call signext i8 @clamp8(i32 127)
  %c1s = sext i8 %c1 to i32
  %c2s = sext i8 %c2 to i32
  %c3s = sext i8 %c3 to i32
  %c4s = sext i8 %c4 to i32
  call i32 (ptr, ...) @printf(ptr @fc, i32 %c1s, i32 %c2s, i32 %c3s, i32 %c4s)
  %p = getelementptr inbounds %mat, ptr %m3, i32 0, i32 0, i32 0, i32 2
  %pv = load i64, ptr %p
  %pt = trunc i64 %pv to i32
  %r = urem i32 %pt, 113
  ret i32 %r
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
