; Arithmetic (add/sub/mul/udiv/sdiv/urem/srem) on narrow odd integer widths:
; i3, i7, i17, i24, i33. Operands come from global tables of the same width
; (stored and loaded with the same type), results are widened for printing.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fmt = private unnamed_addr constant [99 x i8] c"%s a=%lld b=%lld | add=%lld sub=%lld mul=%lld mulu=%llu | udiv=%llu urem=%llu sdiv=%lld srem=%lld\0A\00"
@n3 = private unnamed_addr constant [4 x i8] c"i3 \00"
@n7 = private unnamed_addr constant [4 x i8] c"i7 \00"
@n17 = private unnamed_addr constant [4 x i8] c"i17\00"
@n24 = private unnamed_addr constant [4 x i8] c"i24\00"
@n33 = private unnamed_addr constant [4 x i8] c"i33\00"
@fsum = private unnamed_addr constant [45 x i8] c"checksum i17=%llu i33=%lld q=%llu status=%d\0A\00"

; pairs (a, b): b is never 0 and never (MIN, -1)
@t3 = internal constant [8 x i3] [i3 3, i3 -2, i3 -4, i3 3, i3 -3, i3 2, i3 -1, i3 1]
@t7 = internal constant [10 x i7] [i7 63, i7 -5, i7 -64, i7 7, i7 100, i7 27, i7 -1, i7 -1, i7 45, i7 -45]
@t17 = internal constant [10 x i17] [i17 65535, i17 -3, i17 -65536, i17 255, i17 12345, i17 -678, i17 100000, i17 7, i17 -1, i17 65536]
@t24 = internal constant [8 x i24] [i24 8388607, i24 -2, i24 -8388608, i24 4095, i24 16777215, i24 16777215, i24 1234567, i24 -89]
@t33 = internal constant [8 x i33] [i33 4294967295, i33 -7, i33 -4294967296, i33 65537, i33 8589934591, i33 3, i33 1000000007, i33 -1000]

declare i32 @printf(ptr, ...)

define internal void @ops_i3(i3 %a, i3 %b) {
  %add = add i3 %a, %b
  %sub = sub i3 %a, %b
  %mul = mul i3 %a, %b
  %ud = udiv i3 %a, %b
  %ur = urem i3 %a, %b
  %sd = sdiv i3 %a, %b
  %sr = srem i3 %a, %b
  %a64 = sext i3 %a to i64
  %b64 = sext i3 %b to i64
  %add64 = sext i3 %add to i64
  %sub64 = sext i3 %sub to i64
  %mul64 = sext i3 %mul to i64
  %mulu64 = zext i3 %mul to i64
  %ud64 = zext i3 %ud to i64
  %ur64 = zext i3 %ur to i64
  %sd64 = sext i3 %sd to i64
  %sr64 = sext i3 %sr to i64
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n3, i64 %a64, i64 %b64, i64 %add64, i64 %sub64, i64 %mul64, i64 %mulu64, i64 %ud64, i64 %ur64, i64 %sd64, i64 %sr64)
  ret void
}

define internal void @ops_i7(i7 %a, i7 %b) {
  %add = add i7 %a, %b
  %sub = sub i7 %a, %b
  %mul = mul i7 %a, %b
  %ud = udiv i7 %a, %b
  %ur = urem i7 %a, %b
  %sd = sdiv i7 %a, %b
  %sr = srem i7 %a, %b
  %a64 = sext i7 %a to i64
  %b64 = sext i7 %b to i64
  %add64 = sext i7 %add to i64
  %sub64 = sext i7 %sub to i64
  %mul64 = sext i7 %mul to i64
  %mulu64 = zext i7 %mul to i64
  %ud64 = zext i7 %ud to i64
  %ur64 = zext i7 %ur to i64
  %sd64 = sext i7 %sd to i64
  %sr64 = sext i7 %sr to i64
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n7, i64 %a64, i64 %b64, i64 %add64, i64 %sub64, i64 %mul64, i64 %mulu64, i64 %ud64, i64 %ur64, i64 %sd64, i64 %sr64)
  ret void
}

define internal i17 @ops_i17(i17 %a, i17 %b) {
  %add = add i17 %a, %b
  %sub = sub i17 %a, %b
  %mul = mul i17 %a, %b
  %ud = udiv i17 %a, %b
  %ur = urem i17 %a, %b
  %sd = sdiv i17 %a, %b
  %sr = srem i17 %a, %b
  %a64 = sext i17 %a to i64
  %b64 = sext i17 %b to i64
  %add64 = sext i17 %add to i64
  %sub64 = sext i17 %sub to i64
  %mul64 = sext i17 %mul to i64
  %mulu64 = zext i17 %mul to i64
  %ud64 = zext i17 %ud to i64
  %ur64 = zext i17 %ur to i64
  %sd64 = sext i17 %sd to i64
  %sr64 = sext i17 %sr to i64
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n17, i64 %a64, i64 %b64, i64 %add64, i64 %sub64, i64 %mul64, i64 %mulu64, i64 %ud64, i64 %ur64, i64 %sd64, i64 %sr64)
  %x1 = xor i17 %add, %mul
  %x2 = add i17 %x1, %sd
  %x3 = mul i17 %x2, %ur
  %x4 = sub i17 %x3, %sr
  ret i17 %x4
}

define internal void @ops_i24(i24 %a, i24 %b) {
  %add = add i24 %a, %b
  %sub = sub i24 %a, %b
  %mul = mul i24 %a, %b
  %ud = udiv i24 %a, %b
  %ur = urem i24 %a, %b
  %sd = sdiv i24 %a, %b
  %sr = srem i24 %a, %b
  %a64 = sext i24 %a to i64
  %b64 = sext i24 %b to i64
  %add64 = sext i24 %add to i64
  %sub64 = sext i24 %sub to i64
  %mul64 = sext i24 %mul to i64
  %mulu64 = zext i24 %mul to i64
  %ud64 = zext i24 %ud to i64
  %ur64 = zext i24 %ur to i64
  %sd64 = sext i24 %sd to i64
  %sr64 = sext i24 %sr to i64
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n24, i64 %a64, i64 %b64, i64 %add64, i64 %sub64, i64 %mul64, i64 %mulu64, i64 %ud64, i64 %ur64, i64 %sd64, i64 %sr64)
  ret void
}

define internal i33 @ops_i33(i33 %a, i33 %b) {
  %add = add i33 %a, %b
  %sub = sub i33 %a, %b
  %mul = mul i33 %a, %b
  %ud = udiv i33 %a, %b
  %ur = urem i33 %a, %b
  %sd = sdiv i33 %a, %b
  %sr = srem i33 %a, %b
  %a64 = sext i33 %a to i64
  %b64 = sext i33 %b to i64
  %add64 = sext i33 %add to i64
  %sub64 = sext i33 %sub to i64
  %mul64 = sext i33 %mul to i64
  %mulu64 = zext i33 %mul to i64
  %ud64 = zext i33 %ud to i64
  %ur64 = zext i33 %ur to i64
  %sd64 = sext i33 %sd to i64
  %sr64 = sext i33 %sr to i64
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n33, i64 %a64, i64 %b64, i64 %add64, i64 %sub64, i64 %mul64, i64 %mulu64, i64 %ud64, i64 %ur64, i64 %sd64, i64 %sr64)
  %x1 = mul i33 %sub, 1000003
  %x2 = xor i33 %x1, %ud
  %x3 = add i33 %x2, %sr
  ret i33 %x3
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %l3

l3:
  %i3 = phi i64 [ 0, %entry ], [ %i3n, %l3 ]
  %pa3 = getelementptr inbounds [8 x i3], ptr @t3, i64 0, i64 %i3
  %a3 = load i3, ptr %pa3
  %i3b = add i64 %i3, 1
  %pb3 = getelementptr inbounds [8 x i3], ptr @t3, i64 0, i64 %i3b
  %b3 = load i3, ptr %pb3
  call void @ops_i3(i3 %a3, i3 %b3)
  %i3n = add i64 %i3, 2
  %c3 = icmp ult i64 %i3n, 8
  br i1 %c3, label %l3, label %l7

l7:
  %i7 = phi i64 [ 0, %l3 ], [ %i7n, %l7 ]
  %pa7 = getelementptr inbounds i7, ptr @t7, i64 %i7
  %a7 = load i7, ptr %pa7
  %pb7 = getelementptr inbounds i7, ptr %pa7, i64 1
  %b7 = load i7, ptr %pb7
  call void @ops_i7(i7 %a7, i7 %b7)
  %i7n = add i64 %i7, 2
  %c7 = icmp ult i64 %i7n, 10
  br i1 %c7, label %l7, label %l17

l17:
  %i17 = phi i64 [ 0, %l7 ], [ %i17n, %l17 ]
  %acc17 = phi i17 [ 0, %l7 ], [ %acc17n, %l17 ]
  %pa17 = getelementptr inbounds i17, ptr @t17, i64 %i17
  %a17 = load i17, ptr %pa17
  %pb17 = getelementptr inbounds i17, ptr %pa17, i64 1
  %b17 = load i17, ptr %pb17
  %r17 = call i17 @ops_i17(i17 %a17, i17 %b17)
  %acc17n = add i17 %acc17, %r17
  %i17n = add i64 %i17, 2
  %c17 = icmp ult i64 %i17n, 10
  br i1 %c17, label %l17, label %l24

l24:
  %i24 = phi i64 [ 0, %l17 ], [ %i24n, %l24 ]
  %pa24 = getelementptr inbounds i24, ptr @t24, i64 %i24
  %a24 = load i24, ptr %pa24
  %pb24 = getelementptr inbounds i24, ptr %pa24, i64 1
  %b24 = load i24, ptr %pb24
  call void @ops_i24(i24 %a24, i24 %b24)
  %i24n = add i64 %i24, 2
  %c24 = icmp ult i64 %i24n, 8
  br i1 %c24, label %l24, label %l33

l33:
  %i33 = phi i64 [ 0, %l24 ], [ %i33n, %l33 ]
  %acc33 = phi i33 [ 5, %l24 ], [ %acc33n, %l33 ]
  %pa33 = getelementptr inbounds i33, ptr @t33, i64 %i33
  %a33 = load i33, ptr %pa33
  %pb33 = getelementptr inbounds i33, ptr %pa33, i64 1
  %b33 = load i33, ptr %pb33
  %r33 = call i33 @ops_i33(i33 %a33, i33 %b33)
  %m33 = mul i33 %acc33, 31
  %acc33n = xor i33 %m33, %r33
  %i33n = add i64 %i33, 2
  %c33 = icmp ult i64 %i33n, 8
  br i1 %c33, label %l33, label %done

done:
  ; runtime values derived from argc (argc == 4 in the harness, but any works)
  %ac = trunc i32 %argc to i7
  %acnz = or i7 %ac, 1
  %q = udiv i7 -1, %acnz
  %q64 = zext i7 %q to i64
  %s17 = zext i17 %acc17n to i64
  %s33 = sext i33 %acc33n to i64
  %t7 = trunc i17 %acc17n to i7
  %st7 = urem i7 %t7, 100
  %st = zext i7 %st7 to i32
  %st1 = add i32 %st, 1
  call i32 (ptr, ...) @printf(ptr @fsum, i64 %s17, i64 %s33, i64 %q64, i32 %st1)
  ret i32 %st1
}
