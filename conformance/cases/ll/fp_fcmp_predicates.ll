; fcmp with all 16 predicates on double and float operands, including NaN
; (constant and computed at run time), +0/-0, infinities and subnormals.
; Each comparison prints a 16-character 0/1 string in predicate order:
; false oeq ogt oge olt ole one ord ueq ugt uge ult ule une uno true.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@hdr = private unnamed_addr constant [33 x i8] c"               FOOOOOOOUUUUUUUT\0A\00"
@fd = private unnamed_addr constant [12 x i8] c"d %-12s %s\0A\00"
@ff = private unnamed_addr constant [12 x i8] c"f %-12s %s\0A\00"
@ftot = private unnamed_addr constant [18 x i8] c"true results: %d\0A\00"
@n0 = private unnamed_addr constant [7 x i8] c"1 vs 2\00"
@n1 = private unnamed_addr constant [7 x i8] c"2 vs 1\00"
@n2 = private unnamed_addr constant [7 x i8] c"1 vs 1\00"
@n3 = private unnamed_addr constant [9 x i8] c"+0 vs -0\00"
@n4 = private unnamed_addr constant [9 x i8] c"nan vs 1\00"
@n5 = private unnamed_addr constant [9 x i8] c"1 vs nan\00"
@n6 = private unnamed_addr constant [11 x i8] c"nan vs nan\00"
@n7 = private unnamed_addr constant [11 x i8] c"inf vs inf\00"
@n8 = private unnamed_addr constant [12 x i8] c"-inf vs max\00"
@n9 = private unnamed_addr constant [12 x i8] c"denorm vs 0\00"
@n10 = private unnamed_addr constant [11 x i8] c"-0 vs 0 rt\00"
@n11 = private unnamed_addr constant [11 x i8] c"qnan const\00"

declare i32 @printf(ptr, ...)

define internal i32 @cmp_double(ptr %name, double %a, double %b) {
  %buf = alloca [17 x i8]
  %c0 = fcmp false double %a, %b
  %d0 = select i1 %c0, i8 49, i8 48
  %p0 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 0
  store i8 %d0, ptr %p0
  %z0 = zext i1 %c0 to i32
  %s0 = add i32 0, %z0
  %c1 = fcmp oeq double %a, %b
  %d1 = select i1 %c1, i8 49, i8 48
  %p1 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 1
  store i8 %d1, ptr %p1
  %z1 = zext i1 %c1 to i32
  %s1 = add i32 %s0, %z1
  %c2 = fcmp ogt double %a, %b
  %d2 = select i1 %c2, i8 49, i8 48
  %p2 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 2
  store i8 %d2, ptr %p2
  %z2 = zext i1 %c2 to i32
  %s2 = add i32 %s1, %z2
  %c3 = fcmp oge double %a, %b
  %d3 = select i1 %c3, i8 49, i8 48
  %p3 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 3
  store i8 %d3, ptr %p3
  %z3 = zext i1 %c3 to i32
  %s3 = add i32 %s2, %z3
  %c4 = fcmp olt double %a, %b
  %d4 = select i1 %c4, i8 49, i8 48
  %p4 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 4
  store i8 %d4, ptr %p4
  %z4 = zext i1 %c4 to i32
  %s4 = add i32 %s3, %z4
  %c5 = fcmp ole double %a, %b
  %d5 = select i1 %c5, i8 49, i8 48
  %p5 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 5
  store i8 %d5, ptr %p5
  %z5 = zext i1 %c5 to i32
  %s5 = add i32 %s4, %z5
  %c6 = fcmp one double %a, %b
  %d6 = select i1 %c6, i8 49, i8 48
  %p6 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 6
  store i8 %d6, ptr %p6
  %z6 = zext i1 %c6 to i32
  %s6 = add i32 %s5, %z6
  %c7 = fcmp ord double %a, %b
  %d7 = select i1 %c7, i8 49, i8 48
  %p7 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 7
  store i8 %d7, ptr %p7
  %z7 = zext i1 %c7 to i32
  %s7 = add i32 %s6, %z7
  %c8 = fcmp ueq double %a, %b
  %d8 = select i1 %c8, i8 49, i8 48
  %p8 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 8
  store i8 %d8, ptr %p8
  %z8 = zext i1 %c8 to i32
  %s8 = add i32 %s7, %z8
  %c9 = fcmp ugt double %a, %b
  %d9 = select i1 %c9, i8 49, i8 48
  %p9 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 9
  store i8 %d9, ptr %p9
  %z9 = zext i1 %c9 to i32
  %s9 = add i32 %s8, %z9
  %c10 = fcmp uge double %a, %b
  %d10 = select i1 %c10, i8 49, i8 48
  %p10 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 10
  store i8 %d10, ptr %p10
  %z10 = zext i1 %c10 to i32
  %s10 = add i32 %s9, %z10
  %c11 = fcmp ult double %a, %b
  %d11 = select i1 %c11, i8 49, i8 48
  %p11 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 11
  store i8 %d11, ptr %p11
  %z11 = zext i1 %c11 to i32
  %s11 = add i32 %s10, %z11
  %c12 = fcmp ule double %a, %b
  %d12 = select i1 %c12, i8 49, i8 48
  %p12 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 12
  store i8 %d12, ptr %p12
  %z12 = zext i1 %c12 to i32
  %s12 = add i32 %s11, %z12
  %c13 = fcmp une double %a, %b
  %d13 = select i1 %c13, i8 49, i8 48
  %p13 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 13
  store i8 %d13, ptr %p13
  %z13 = zext i1 %c13 to i32
  %s13 = add i32 %s12, %z13
  %c14 = fcmp uno double %a, %b
  %d14 = select i1 %c14, i8 49, i8 48
  %p14 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 14
  store i8 %d14, ptr %p14
  %z14 = zext i1 %c14 to i32
  %s14 = add i32 %s13, %z14
  %c15 = fcmp true double %a, %b
  %d15 = select i1 %c15, i8 49, i8 48
  %p15 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 15
  store i8 %d15, ptr %p15
  %z15 = zext i1 %c15 to i32
  %s15 = add i32 %s14, %z15
  %pe = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 16
  store i8 0, ptr %pe
  call i32 (ptr, ...) @printf(ptr @fd, ptr %name, ptr %buf)
  ret i32 %s15
}

define internal i32 @cmp_float(ptr %name, float %a, float %b) {
  %buf = alloca [17 x i8]
  %c0 = fcmp false float %a, %b
  %d0 = select i1 %c0, i8 49, i8 48
  %p0 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 0
  store i8 %d0, ptr %p0
  %z0 = zext i1 %c0 to i32
  %s0 = add i32 0, %z0
  %c1 = fcmp oeq float %a, %b
  %d1 = select i1 %c1, i8 49, i8 48
  %p1 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 1
  store i8 %d1, ptr %p1
  %z1 = zext i1 %c1 to i32
  %s1 = add i32 %s0, %z1
  %c2 = fcmp ogt float %a, %b
  %d2 = select i1 %c2, i8 49, i8 48
  %p2 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 2
  store i8 %d2, ptr %p2
  %z2 = zext i1 %c2 to i32
  %s2 = add i32 %s1, %z2
  %c3 = fcmp oge float %a, %b
  %d3 = select i1 %c3, i8 49, i8 48
  %p3 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 3
  store i8 %d3, ptr %p3
  %z3 = zext i1 %c3 to i32
  %s3 = add i32 %s2, %z3
  %c4 = fcmp olt float %a, %b
  %d4 = select i1 %c4, i8 49, i8 48
  %p4 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 4
  store i8 %d4, ptr %p4
  %z4 = zext i1 %c4 to i32
  %s4 = add i32 %s3, %z4
  %c5 = fcmp ole float %a, %b
  %d5 = select i1 %c5, i8 49, i8 48
  %p5 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 5
  store i8 %d5, ptr %p5
  %z5 = zext i1 %c5 to i32
  %s5 = add i32 %s4, %z5
  %c6 = fcmp one float %a, %b
  %d6 = select i1 %c6, i8 49, i8 48
  %p6 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 6
  store i8 %d6, ptr %p6
  %z6 = zext i1 %c6 to i32
  %s6 = add i32 %s5, %z6
  %c7 = fcmp ord float %a, %b
  %d7 = select i1 %c7, i8 49, i8 48
  %p7 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 7
  store i8 %d7, ptr %p7
  %z7 = zext i1 %c7 to i32
  %s7 = add i32 %s6, %z7
  %c8 = fcmp ueq float %a, %b
  %d8 = select i1 %c8, i8 49, i8 48
  %p8 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 8
  store i8 %d8, ptr %p8
  %z8 = zext i1 %c8 to i32
  %s8 = add i32 %s7, %z8
  %c9 = fcmp ugt float %a, %b
  %d9 = select i1 %c9, i8 49, i8 48
  %p9 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 9
  store i8 %d9, ptr %p9
  %z9 = zext i1 %c9 to i32
  %s9 = add i32 %s8, %z9
  %c10 = fcmp uge float %a, %b
  %d10 = select i1 %c10, i8 49, i8 48
  %p10 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 10
  store i8 %d10, ptr %p10
  %z10 = zext i1 %c10 to i32
  %s10 = add i32 %s9, %z10
  %c11 = fcmp ult float %a, %b
  %d11 = select i1 %c11, i8 49, i8 48
  %p11 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 11
  store i8 %d11, ptr %p11
  %z11 = zext i1 %c11 to i32
  %s11 = add i32 %s10, %z11
  %c12 = fcmp ule float %a, %b
  %d12 = select i1 %c12, i8 49, i8 48
  %p12 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 12
  store i8 %d12, ptr %p12
  %z12 = zext i1 %c12 to i32
  %s12 = add i32 %s11, %z12
  %c13 = fcmp une float %a, %b
  %d13 = select i1 %c13, i8 49, i8 48
  %p13 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 13
  store i8 %d13, ptr %p13
  %z13 = zext i1 %c13 to i32
  %s13 = add i32 %s12, %z13
  %c14 = fcmp uno float %a, %b
  %d14 = select i1 %c14, i8 49, i8 48
  %p14 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 14
  store i8 %d14, ptr %p14
  %z14 = zext i1 %c14 to i32
  %s14 = add i32 %s13, %z14
  %c15 = fcmp true float %a, %b
  %d15 = select i1 %c15, i8 49, i8 48
  %p15 = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 15
  store i8 %d15, ptr %p15
  %z15 = zext i1 %c15 to i32
  %s15 = add i32 %s14, %z15
  %pe = getelementptr inbounds [17 x i8], ptr %buf, i64 0, i64 16
  store i8 0, ptr %pe
  call i32 (ptr, ...) @printf(ptr @ff, ptr %name, ptr %buf)
  ret i32 %s15
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %ad = sitofp i32 %argc to double
  %zero = fsub double %ad, %ad
  %nan = fdiv double %zero, %zero
  %negzero = fneg double %zero
  %one = fdiv double %ad, %ad
  %two = fadd double %one, %one
  call i32 (ptr, ...) @printf(ptr @hdr)
  %r0 = call i32 @cmp_double(ptr @n0, double %one, double %two)
  %r1 = call i32 @cmp_double(ptr @n1, double %two, double %one)
  %r2 = call i32 @cmp_double(ptr @n2, double %one, double 1.0)
  %r3 = call i32 @cmp_double(ptr @n3, double 0.0, double -0.0)
  %r4 = call i32 @cmp_double(ptr @n4, double %nan, double 1.0)
  %r5 = call i32 @cmp_double(ptr @n5, double 1.0, double %nan)
  %r6 = call i32 @cmp_double(ptr @n6, double %nan, double %nan)
  %r7 = call i32 @cmp_double(ptr @n7, double 0x7FF0000000000000, double 0x7FF0000000000000)
  %r8 = call i32 @cmp_double(ptr @n8, double 0xFFF0000000000000, double 0x7FEFFFFFFFFFFFFF)
  %r9 = call i32 @cmp_double(ptr @n9, double 4.9406564584124654e-324, double %zero)
  %r10 = call i32 @cmp_double(ptr @n10, double %negzero, double %zero)
  %r11 = call i32 @cmp_double(ptr @n11, double 0x7FF8000000000000, double 0xFFF8000000000001)
  %af = sitofp i32 %argc to float
  %fzero = fsub float %af, %af
  %fnan = fdiv float %fzero, %fzero
  %fnegzero = fneg float %fzero
  %fone = fdiv float %af, %af
  %ftwo = fadd float %fone, %fone
  %q0 = call i32 @cmp_float(ptr @n0, float %fone, float %ftwo)
  %q1 = call i32 @cmp_float(ptr @n1, float %ftwo, float %fone)
  %q2 = call i32 @cmp_float(ptr @n2, float %fone, float 1.0)
  %q3 = call i32 @cmp_float(ptr @n3, float 0.0, float -0.0)
  %q4 = call i32 @cmp_float(ptr @n4, float %fnan, float 1.0)
  %q5 = call i32 @cmp_float(ptr @n5, float 1.0, float %fnan)
  %q6 = call i32 @cmp_float(ptr @n6, float %fnan, float %fnan)
  %q7 = call i32 @cmp_float(ptr @n7, float 0x7FF0000000000000, float 0x7FF0000000000000)
  %q8 = call i32 @cmp_float(ptr @n8, float 0xFFF0000000000000, float 0x47EFFFFFE0000000)
  %q9 = call i32 @cmp_float(ptr @n9, float 0x36A0000000000000, float %fzero)
  %q10 = call i32 @cmp_float(ptr @n10, float %fnegzero, float %fzero)
  %q11 = call i32 @cmp_float(ptr @n11, float 0x7FF8000000000000, float 0xFFF8000000000000)
  %t0 = add i32 %r0, %r1
  %t1 = add i32 %t0, %r2
  %t2 = add i32 %t1, %r3
  %t3 = add i32 %t2, %r4
  %t4 = add i32 %t3, %r5
  %t5 = add i32 %t4, %r6
  %t6 = add i32 %t5, %r7
  %t7 = add i32 %t6, %r8
  %t8 = add i32 %t7, %r9
  %t9 = add i32 %t8, %r10
  %t10 = add i32 %t9, %r11
  %u0 = add i32 %t10, %q0
  %u1 = add i32 %u0, %q1
  %u2 = add i32 %u1, %q2
  %u3 = add i32 %u2, %q3
  %u4 = add i32 %u3, %q4
  %u5 = add i32 %u4, %q5
  %u6 = add i32 %u5, %q6
  %u7 = add i32 %u6, %q7
  %u8 = add i32 %u7, %q8
  %u9 = add i32 %u8, %q9
  %u10 = add i32 %u9, %q10
  %u11 = add i32 %u10, %q11
  call i32 (ptr, ...) @printf(ptr @ftot, i32 %u11)
  %r = urem i32 %u11, 120
  ret i32 %r
}
