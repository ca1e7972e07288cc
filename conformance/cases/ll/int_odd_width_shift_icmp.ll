; Shifts (shl/lshr/ashr with in-range amounts, some with nuw/nsw/exact that
; hold) and all ten icmp predicates on i40, i48, i63 and i65.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fsh = private unnamed_addr constant [45 x i8] c"%s x=%llx s=%u shl=%llx lshr=%llx ashr=%llx\0A\00"
@fsh65 = private unnamed_addr constant [66 x i8] c"i65 x=%llx:%llx s=%u shl=%llx:%llx lshr=%llx:%llx ashr=%llx:%llx\0A\00"
@fcmp = private unnamed_addr constant [79 x i8] c"%s cmp %lld %lld -> eq%d ne%d ugt%d uge%d ult%d ule%d sgt%d sge%d slt%d sle%d\0A\00"
@fflags = private unnamed_addr constant [33 x i8] c"flags: %llx %llx %llx %llx %llx\0A\00"
@fend = private unnamed_addr constant [15 x i8] c"mask total=%u\0A\00"
@n40 = private unnamed_addr constant [4 x i8] c"i40\00"
@n48 = private unnamed_addr constant [4 x i8] c"i48\00"
@n63 = private unnamed_addr constant [4 x i8] c"i63\00"
@n65 = private unnamed_addr constant [4 x i8] c"i65\00"

@amt40 = internal constant [5 x i8] [i8 0, i8 1, i8 8, i8 23, i8 39]
@amt48 = internal constant [5 x i8] [i8 0, i8 4, i8 16, i8 31, i8 47]
@amt63 = internal constant [5 x i8] [i8 0, i8 3, i8 32, i8 61, i8 62]
@amt65 = internal constant [6 x i8] [i8 0, i8 1, i8 63, i8 64, i8 17, i8 40]

declare i32 @printf(ptr, ...)

define internal void @sh40(i40 %x, i8 %s) {
  %se = zext i8 %s to i40
  %shl = shl i40 %x, %se
  %lshr = lshr i40 %x, %se
  %ashr = ashr i40 %x, %se
  %x64 = zext i40 %x to i64
  %a = zext i40 %shl to i64
  %b = zext i40 %lshr to i64
  %c = zext i40 %ashr to i64
  %s32 = zext i8 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, ptr @n40, i64 %x64, i32 %s32, i64 %a, i64 %b, i64 %c)
  ret void
}

define internal void @sh48(i48 %x, i8 %s) {
  %se = zext i8 %s to i48
  %shl = shl i48 %x, %se
  %lshr = lshr i48 %x, %se
  %ashr = ashr i48 %x, %se
  %x64 = zext i48 %x to i64
  %a = zext i48 %shl to i64
  %b = zext i48 %lshr to i64
  %c = zext i48 %ashr to i64
  %s32 = zext i8 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, ptr @n48, i64 %x64, i32 %s32, i64 %a, i64 %b, i64 %c)
  ret void
}

define internal void @sh63(i63 %x, i8 %s) {
  %se = zext i8 %s to i63
  %shl = shl i63 %x, %se
  %lshr = lshr i63 %x, %se
  %ashr = ashr i63 %x, %se
  %x64 = zext i63 %x to i64
  %a = zext i63 %shl to i64
  %b = zext i63 %lshr to i64
  %c = zext i63 %ashr to i64
  %s32 = zext i8 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh, ptr @n63, i64 %x64, i32 %s32, i64 %a, i64 %b, i64 %c)
  ret void
}

define internal void @sh65(i65 %x, i8 %s) {
  %se = zext i8 %s to i65
  %shl = shl i65 %x, %se
  %lshr = lshr i65 %x, %se
  %ashr = ashr i65 %x, %se
  %xl = trunc i65 %x to i64
  %xh0 = lshr i65 %x, 64
  %xh = trunc i65 %xh0 to i64
  %al = trunc i65 %shl to i64
  %ah0 = lshr i65 %shl, 64
  %ah = trunc i65 %ah0 to i64
  %bl = trunc i65 %lshr to i64
  %bh0 = lshr i65 %lshr, 64
  %bh = trunc i65 %bh0 to i64
  %cl = trunc i65 %ashr to i64
  %ch0 = lshr i65 %ashr, 64
  %ch = trunc i65 %ch0 to i64
  %s32 = zext i8 %s to i32
  call i32 (ptr, ...) @printf(ptr @fsh65, i64 %xh, i64 %xl, i32 %s32, i64 %ah, i64 %al, i64 %bh, i64 %bl, i64 %ch, i64 %cl)
  ret void
}

; returns the 10 predicate results packed into an i10
define internal i10 @cmp40(i40 %a, i40 %b) {
  %eq = icmp eq i40 %a, %b
  %ne = icmp ne i40 %a, %b
  %ugt = icmp ugt i40 %a, %b
  %uge = icmp uge i40 %a, %b
  %ult = icmp ult i40 %a, %b
  %ule = icmp ule i40 %a, %b
  %sgt = icmp sgt i40 %a, %b
  %sge = icmp sge i40 %a, %b
  %slt = icmp slt i40 %a, %b
  %sle = icmp sle i40 %a, %b
  %e0 = zext i1 %eq to i32
  %e1 = zext i1 %ne to i32
  %e2 = zext i1 %ugt to i32
  %e3 = zext i1 %uge to i32
  %e4 = zext i1 %ult to i32
  %e5 = zext i1 %ule to i32
  %e6 = zext i1 %sgt to i32
  %e7 = zext i1 %sge to i32
  %e8 = zext i1 %slt to i32
  %e9 = zext i1 %sle to i32
  %a64 = sext i40 %a to i64
  %b64 = sext i40 %b to i64
  call i32 (ptr, ...) @printf(ptr @fcmp, ptr @n40, i64 %a64, i64 %b64, i32 %e0, i32 %e1, i32 %e2, i32 %e3, i32 %e4, i32 %e5, i32 %e6, i32 %e7, i32 %e8, i32 %e9)
  %v = insertelement <10 x i1> poison, i1 %eq, i32 0
  %v1 = insertelement <10 x i1> %v, i1 %ne, i32 1
  %v2 = insertelement <10 x i1> %v1, i1 %ugt, i32 2
  %v3 = insertelement <10 x i1> %v2, i1 %uge, i32 3
  %v4 = insertelement <10 x i1> %v3, i1 %ult, i32 4
  %v5 = insertelement <10 x i1> %v4, i1 %ule, i32 5
  %v6 = insertelement <10 x i1> %v5, i1 %sgt, i32 6
  %v7 = insertelement <10 x i1> %v6, i1 %sge, i32 7
  %v8 = insertelement <10 x i1> %v7, i1 %slt, i32 8
  %v9 = insertelement <10 x i1> %v8, i1 %sle, i32 9
  %m = bitcast <10 x i1> %v9 to i10
  ret i10 %m
}

define internal i10 @cmp63(i63 %a, i63 %b) {
  %eq = icmp eq i63 %a, %b
  %ne = icmp ne i63 %a, %b
  %ugt = icmp ugt i63 %a, %b
  %uge = icmp uge i63 %a, %b
  %ult = icmp ult i63 %a, %b
  %ule = icmp ule i63 %a, %b
  %sgt = icmp sgt i63 %a, %b
  %sge = icmp sge i63 %a, %b
  %slt = icmp slt i63 %a, %b
  %sle = icmp sle i63 %a, %b
  %e0 = zext i1 %eq to i32
  %e1 = zext i1 %ne to i32
  %e2 = zext i1 %ugt to i32
  %e3 = zext i1 %uge to i32
  %e4 = zext i1 %ult to i32
  %e5 = zext i1 %ule to i32
  %e6 = zext i1 %sgt to i32
  %e7 = zext i1 %sge to i32
  %e8 = zext i1 %slt to i32
  %e9 = zext i1 %sle to i32
  %a64 = sext i63 %a to i64
  %b64 = sext i63 %b to i64
  call i32 (ptr, ...) @printf(ptr @fcmp, ptr @n63, i64 %a64, i64 %b64, i32 %e0, i32 %e1, i32 %e2, i32 %e3, i32 %e4, i32 %e5, i32 %e6, i32 %e7, i32 %e8, i32 %e9)
  %s1 = shl i32 %e1, 1
  %s2 = shl i32 %e2, 2
  %s3 = shl i32 %e3, 3
  %s4 = shl i32 %e4, 4
  %s5 = shl i32 %e5, 5
  %s6 = shl i32 %e6, 6
  %s7 = shl i32 %e7, 7
  %s8 = shl i32 %e8, 8
  %s9 = shl i32 %e9, 9
  %o1 = or i32 %e0, %s1
  %o2 = or i32 %o1, %s2
  %o3 = or i32 %o2, %s3
  %o4 = or i32 %o3, %s4
  %o5 = or i32 %o4, %s5
  %o6 = or i32 %o5, %s6
  %o7 = or i32 %o6, %s7
  %o8 = or i32 %o7, %s8
  %o9 = or i32 %o8, %s9
  %m = trunc i32 %o9 to i10
  ret i10 %m
}

define internal i10 @cmp65(i65 %a, i65 %b) {
  %eq = icmp eq i65 %a, %b
  %ne = icmp ne i65 %a, %b
  %ugt = icmp ugt i65 %a, %b
  %uge = icmp uge i65 %a, %b
  %ult = icmp ult i65 %a, %b
  %ule = icmp ule i65 %a, %b
  %sgt = icmp sgt i65 %a, %b
  %sge = icmp sge i65 %a, %b
  %slt = icmp slt i65 %a, %b
  %sle = icmp sle i65 %a, %b
  %e0 = zext i1 %eq to i32
  %e1 = zext i1 %ne to i32
  %e2 = zext i1 %ugt to i32
  %e3 = zext i1 %uge to i32
  %e4 = zext i1 %ult to i32
  %e5 = zext i1 %ule to i32
  %e6 = zext i1 %sgt to i32
  %e7 = zext i1 %sge to i32
  %e8 = zext i1 %slt to i32
  %e9 = zext i1 %sle to i32
  ; print the low 64 bits as signed and the sign bit separately via the pair
  %a64 = trunc i65 %a to i64
  %b64 = trunc i65 %b to i64
  call i32 (ptr, ...) @printf(ptr @fcmp, ptr @n65, i64 %a64, i64 %b64, i32 %e0, i32 %e1, i32 %e2, i32 %e3, i32 %e4, i32 %e5, i32 %e6, i32 %e7, i32 %e8, i32 %e9)
  %v = insertelement <10 x i1> zeroinitializer, i1 %eq, i32 0
  %v1 = insertelement <10 x i1> %v, i1 %ne, i32 1
  %v2 = insertelement <10 x i1> %v1, i1 %ugt, i32 2
  %v3 = insertelement <10 x i1> %v2, i1 %uge, i32 3
  %v4 = insertelement <10 x i1> %v3, i1 %ult, i32 4
  %v5 = insertelement <10 x i1> %v4, i1 %ule, i32 5
  %v6 = insertelement <10 x i1> %v5, i1 %sgt, i32 6
  %v7 = insertelement <10 x i1> %v6, i1 %sge, i32 7
  %v8 = insertelement <10 x i1> %v7, i1 %slt, i32 8
  %v9 = insertelement <10 x i1> %v8, i1 %sle, i32 9
  %m = bitcast <10 x i1> %v9 to i10
  ret i10 %m
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %arg = sext i32 %argc to i40
  %x40 = mul i40 %arg, 137438953471     ; 0x1fffffffff * argc
  %x40b = xor i40 %x40, -1099511627776   ; high bit pattern (wraps to 0)
  br label %loop40

loop40:
  %i = phi i64 [ 0, %entry ], [ %in, %loop40 ]
  %pa = getelementptr inbounds [5 x i8], ptr @amt40, i64 0, i64 %i
  %s = load i8, ptr %pa
  call void @sh40(i40 -858993460, i8 %s)
  call void @sh40(i40 %x40, i8 %s)
  %in = add nuw nsw i64 %i, 1
  %c = icmp ne i64 %in, 5
  br i1 %c, label %loop40, label %loop48

loop48:
  %j = phi i64 [ 0, %loop40 ], [ %jn, %loop48 ]
  %pb = getelementptr inbounds [5 x i8], ptr @amt48, i64 0, i64 %j
  %t = load i8, ptr %pb
  call void @sh48(i48 -140737488355328, i8 %t)
  call void @sh48(i48 20015998343868, i8 %t)
  %jn = add nuw nsw i64 %j, 1
  %cj = icmp ne i64 %jn, 5
  br i1 %cj, label %loop48, label %loop63

loop63:
  %k = phi i64 [ 0, %loop48 ], [ %kn, %loop63 ]
  %pc = getelementptr inbounds [5 x i8], ptr @amt63, i64 0, i64 %k
  %u = load i8, ptr %pc
  call void @sh63(i63 -4611686018427387904, i8 %u)
  call void @sh63(i63 1311768467463790320, i8 %u)
  %kn = add nuw nsw i64 %k, 1
  %ck = icmp ne i64 %kn, 5
  br i1 %ck, label %loop63, label %loop65

loop65:
  %l = phi i64 [ 0, %loop63 ], [ %ln, %loop65 ]
  %pd = getelementptr inbounds [6 x i8], ptr @amt65, i64 0, i64 %l
  %w = load i8, ptr %pd
  call void @sh65(i65 -18446744073709551615, i8 %w)
  call void @sh65(i65 12297829382473034410, i8 %w)
  %ln = add nuw nsw i64 %l, 1
  %cl = icmp ne i64 %ln, 6
  br i1 %cl, label %loop65, label %cmps

cmps:
  %m1 = call i10 @cmp40(i40 5, i40 -5)
  %m2 = call i10 @cmp40(i40 -549755813888, i40 549755813887)
  %m3 = call i10 @cmp40(i40 %x40b, i40 %x40b)
  %m4 = call i10 @cmp40(i40 100, i40 %arg)
  %m5 = call i10 @cmp63(i63 -1, i63 0)
  %m6 = call i10 @cmp63(i63 4611686018427387903, i63 -4611686018427387904)
  %m7 = call i10 @cmp63(i63 77, i63 78)
  %m8 = call i10 @cmp65(i65 18446744073709551615, i65 -1)
  %m9 = call i10 @cmp65(i65 -18446744073709551616, i65 18446744073709551615)
  %m10 = call i10 @cmp65(i65 3, i65 3)
  %m11 = call i10 @cmp65(i65 -2, i65 -3)
  %z1 = zext i10 %m1 to i32
  %z2 = zext i10 %m2 to i32
  %z3 = zext i10 %m3 to i32
  %z4 = zext i10 %m4 to i32
  %z5 = zext i10 %m5 to i32
  %z6 = zext i10 %m6 to i32
  %z7 = zext i10 %m7 to i32
  %z8 = zext i10 %m8 to i32
  %z9 = zext i10 %m9 to i32
  %z10 = zext i10 %m10 to i32
  %z11 = zext i10 %m11 to i32
  %t1 = add i32 %z1, %z2
  %t2 = add i32 %t1, %z3
  %t3 = add i32 %t2, %z4
  %t4 = add i32 %t3, %z5
  %t5 = add i32 %t4, %z6
  %t6 = add i32 %t5, %z7
  %t7 = add i32 %t6, %z8
  %t8 = add i32 %t7, %z9
  %t9 = add i32 %t8, %z10
  %t10 = add i32 %t9, %z11
  call i32 (ptr, ...) @printf(ptr @fend, i32 %t10)

  ; flags that hold: exact shifts of values with zero low bits, nuw/nsw shl
  %f1 = shl nuw nsw i40 %arg, 30
  %f2 = lshr exact i40 %f1, 29
  %f3 = ashr exact i48 -1099511627776, 20
  %f4 = shl nsw i63 -3, 58
  %f5 = lshr exact i65 -18446744073709551616, 63
  %g1 = zext i40 %f1 to i64
  %g2 = zext i40 %f2 to i64
  %g3 = zext i48 %f3 to i64
  %g4 = zext i63 %f4 to i64
  %g5 = trunc i65 %f5 to i64
  call i32 (ptr, ...) @printf(ptr @fflags, i64 %g1, i64 %g2, i64 %g3, i64 %g4, i64 %g5)
  %r = urem i32 %t10, 97
  ret i32 %r
}
