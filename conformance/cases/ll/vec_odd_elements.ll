; Vectors whose element type is an unusual integer width: <4 x i7>,
; <8 x i3> (bitcast to/from i24; lane 0 is the least significant bits),
; <4 x i24>, <3 x i33>, <2 x i128>. Arithmetic wraps per lane at the
; element width; icmp/select/shuffle/extract work lane-wise. All values are
; kept in registers (no memory layout of sub-byte lanes is relied on).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@f7 = private unnamed_addr constant [24 x i8] c"v4i7  %-6s %d %d %d %d\0A\00"
@f3 = private unnamed_addr constant [72 x i8] c"v8i3 from i24 %06x: lanes %d %d %d %d %d %d %d %d; +1 back to i24 %06x\0A\00"
@f24 = private unnamed_addr constant [24 x i8] c"v4i24 %-6s %d %d %d %d\0A\00"
@f33 = private unnamed_addr constant [27 x i8] c"v3i33 %-6s %lld %lld %lld\0A\00"
@f128 = private unnamed_addr constant [43 x i8] c"v2i128 %-6s %016llx%016llx %016llx%016llx\0A\00"
@n_add = private unnamed_addr constant [4 x i8] c"add\00"
@n_mul = private unnamed_addr constant [4 x i8] c"mul\00"
@n_sdiv = private unnamed_addr constant [5 x i8] c"sdiv\00"
@n_sel = private unnamed_addr constant [7 x i8] c"select\00"
@n_shr = private unnamed_addr constant [5 x i8] c"ashr\00"
@n_shuf = private unnamed_addr constant [5 x i8] c"shuf\00"
@n_sext = private unnamed_addr constant [5 x i8] c"sext\00"
@n_trunc = private unnamed_addr constant [6 x i8] c"trunc\00"

declare i32 @printf(ptr, ...)

define internal void @p7(ptr %n, <4 x i7> %v) {
  %w = sext <4 x i7> %v to <4 x i32>
  %a = extractelement <4 x i32> %w, i32 0
  %b = extractelement <4 x i32> %w, i32 1
  %c = extractelement <4 x i32> %w, i32 2
  %d = extractelement <4 x i32> %w, i32 3
  call i32 (ptr, ...) @printf(ptr @f7, ptr %n, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

define internal void @p24(ptr %n, <4 x i24> %v) {
  %w = sext <4 x i24> %v to <4 x i32>
  %a = extractelement <4 x i32> %w, i32 0
  %b = extractelement <4 x i32> %w, i32 1
  %c = extractelement <4 x i32> %w, i32 2
  %d = extractelement <4 x i32> %w, i32 3
  call i32 (ptr, ...) @printf(ptr @f24, ptr %n, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

define internal void @p33(ptr %n, <3 x i33> %v) {
  %a = extractelement <3 x i33> %v, i32 0
  %b = extractelement <3 x i33> %v, i32 1
  %c = extractelement <3 x i33> %v, i32 2
  %a1 = sext i33 %a to i64
  %b1 = sext i33 %b to i64
  %c1 = sext i33 %c to i64
  call i32 (ptr, ...) @printf(ptr @f33, ptr %n, i64 %a1, i64 %b1, i64 %c1)
  ret void
}

define internal void @p128(ptr %n, <2 x i128> %v) {
  %a = extractelement <2 x i128> %v, i32 0
  %b = extractelement <2 x i128> %v, i32 1
  %al = trunc i128 %a to i64
  %as = lshr i128 %a, 64
  %ah = trunc i128 %as to i64
  %bl = trunc i128 %b to i64
  %bs = lshr i128 %b, 64
  %bh = trunc i128 %bs to i64
  call i32 (ptr, ...) @printf(ptr @f128, ptr %n, i64 %ah, i64 %al, i64 %bh, i64 %bl)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a7 = trunc i32 %argc to i7
  %v7 = insertelement <4 x i7> <i7 63, i7 -64, i7 -1, i7 poison>, i7 %a7, i32 3
  %s7 = add <4 x i7> %v7, <i7 1, i7 -1, i7 1, i7 60>
  call void @p7(ptr @n_add, <4 x i7> %s7)
  %m7 = mul <4 x i7> %v7, <i7 3, i7 3, i7 -5, i7 17>
  call void @p7(ptr @n_mul, <4 x i7> %m7)
  %d7 = sdiv <4 x i7> %m7, <i7 2, i7 -7, i7 5, i7 3>
  call void @p7(ptr @n_sdiv, <4 x i7> %d7)
  %c7 = icmp sgt <4 x i7> %s7, %m7
  %sel7 = select <4 x i1> %c7, <4 x i7> %s7, <4 x i7> %d7
  call void @p7(ptr @n_sel, <4 x i7> %sel7)

  ; <8 x i3> <-> i24
  %a24 = mul i32 %argc, 1193046
  %x24 = trunc i32 %a24 to i24
  %v3 = bitcast i24 %x24 to <8 x i3>
  %z3 = zext <8 x i3> %v3 to <8 x i32>
  %l0 = extractelement <8 x i32> %z3, i32 0
  %l1 = extractelement <8 x i32> %z3, i32 1
  %l2 = extractelement <8 x i32> %z3, i32 2
  %l3 = extractelement <8 x i32> %z3, i32 3
  %l4 = extractelement <8 x i32> %z3, i32 4
  %l5 = extractelement <8 x i32> %z3, i32 5
  %l6 = extractelement <8 x i32> %z3, i32 6
  %l7 = extractelement <8 x i32> %z3, i32 7
  %inc3 = add <8 x i3> %v3, <i3 1, i3 1, i3 1, i3 1, i3 1, i3 1, i3 1, i3 1>
  %back = bitcast <8 x i3> %inc3 to i24
  %x24z = zext i24 %x24 to i32
  %backz = zext i24 %back to i32
  call i32 (ptr, ...) @printf(ptr @f3, i32 %x24z, i32 %l0, i32 %l1, i32 %l2, i32 %l3, i32 %l4, i32 %l5, i32 %l6, i32 %l7, i32 %backz)

  %v24 = insertelement <4 x i24> <i24 8388607, i24 -8388608, i24 1000, i24 poison>, i24 %x24, i32 3
  %m24 = mul <4 x i24> %v24, <i24 2, i24 3, i24 -16777, i24 1>
  call void @p24(ptr @n_mul, <4 x i24> %m24)
  %sh24 = ashr <4 x i24> %m24, <i24 1, i24 4, i24 8, i24 23>
  call void @p24(ptr @n_shr, <4 x i24> %sh24)
  %sf24 = shufflevector <4 x i24> %m24, <4 x i24> %sh24, <4 x i32> <i32 7, i32 0, i32 5, i32 2>
  call void @p24(ptr @n_shuf, <4 x i24> %sf24)

  %a33 = sext i32 %argc to i33
  %v33 = insertelement <3 x i33> <i33 4294967295, i33 -4294967296, i33 poison>, i33 %a33, i32 2
  %m33 = mul <3 x i33> %v33, <i33 3, i33 -1, i33 2147483648>
  call void @p33(ptr @n_mul, <3 x i33> %m33)
  %s33 = sext <3 x i7> <i7 -1, i7 63, i7 -64> to <3 x i33>
  %t33 = add <3 x i33> %s33, %m33
  call void @p33(ptr @n_sext, <3 x i33> %t33)
  %tr = trunc <3 x i33> %t33 to <3 x i17>
  %tre = sext <3 x i17> %tr to <3 x i33>
  call void @p33(ptr @n_trunc, <3 x i33> %tre)

  %a128 = zext i32 %argc to i128
  %v128 = insertelement <2 x i128> <i128 -1, i128 poison>, i128 %a128, i32 1
  %sum128 = add <2 x i128> %v128, <i128 2, i128 340282366920938463463374607431768211455>
  call void @p128(ptr @n_add, <2 x i128> %sum128)
  %mul128 = mul <2 x i128> %v128, <i128 18446744073709551617, i128 85070591730234615865843651857942052864>
  call void @p128(ptr @n_mul, <2 x i128> %mul128)
  %c128 = icmp ult <2 x i128> %mul128, %sum128
  %sel128 = select <2 x i1> %c128, <2 x i128> %mul128, <2 x i128> %v128
  call void @p128(ptr @n_sel, <2 x i128> %sel128)
  %r = and i32 %backz, 63
  ret i32 %r
}
