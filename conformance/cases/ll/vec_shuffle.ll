; shufflevector: identity, reverse, interleave/deinterleave of two operands,
; widening (4 -> 8) and narrowing (8 -> 3) masks, masks with poison and undef
; elements (only the defined lanes are ever observed), zeroinitializer splat
; masks, and shuffles of <2 x double>, <4 x ptr> and <8 x i1>.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fname = private unnamed_addr constant [6 x i8] c"%-12s\00"
@fd = private unnamed_addr constant [4 x i8] c" %d\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fdbl = private unnamed_addr constant [33 x i8] c"v2f64 swap: %g %g; blend: %g %g\0A\00"
@fptr = private unnamed_addr constant [26 x i8] c"ptr shuffle: %s %s %s %s\0A\00"
@fmask = private unnamed_addr constant [33 x i8] c"v8i1 reversed mask %02x -> %02x\0A\00"
@n_rev = private unnamed_addr constant [8 x i8] c"reverse\00"
@n_ilo = private unnamed_addr constant [11 x i8] c"interleave\00"
@n_even = private unnamed_addr constant [11 x i8] c"even lanes\00"
@n_odd = private unnamed_addr constant [10 x i8] c"odd lanes\00"
@n_wide = private unnamed_addr constant [11 x i8] c"widen 4->8\00"
@n_narrow = private unnamed_addr constant [12 x i8] c"narrow 8->3\00"
@n_part = private unnamed_addr constant [8 x i8] c"partial\00"
@n_splat = private unnamed_addr constant [12 x i8] c"splat lane2\00"
@n_rot = private unnamed_addr constant [12 x i8] c"rotate by 3\00"
@n_concat = private unnamed_addr constant [7 x i8] c"concat\00"
@s0 = private unnamed_addr constant [5 x i8] c"zero\00"
@s1 = private unnamed_addr constant [4 x i8] c"one\00"
@s2 = private unnamed_addr constant [4 x i8] c"two\00"
@s3 = private unnamed_addr constant [6 x i8] c"three\00"

declare i32 @printf(ptr, ...)

; prints the first %n lanes of an <8 x i32>
define internal void @show(ptr %name, <8 x i32> %v, i32 %n) {
entry:
  call i32 (ptr, ...) @printf(ptr @fname, ptr %name)
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %i1, %l ]
  %e = extractelement <8 x i32> %v, i32 %i
  call i32 (ptr, ...) @printf(ptr @fd, i32 %e)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a = insertelement <8 x i32> <i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 poison>, i32 %argc, i32 7
  %b = mul <8 x i32> %a, <i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1>
  %rev = shufflevector <8 x i32> %a, <8 x i32> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  call void @show(ptr @n_rev, <8 x i32> %rev, i32 8)
  %ilv = shufflevector <8 x i32> %a, <8 x i32> %b, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  call void @show(ptr @n_ilo, <8 x i32> %ilv, i32 8)
  %even4 = shufflevector <8 x i32> %ilv, <8 x i32> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %odd4 = shufflevector <8 x i32> %ilv, <8 x i32> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  ; widen back to 8 lanes for printing; upper lanes poison and not printed
  %even8 = shufflevector <4 x i32> %even4, <4 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>
  %odd8 = shufflevector <4 x i32> %odd4, <4 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 undef, i32 undef, i32 undef, i32 undef>
  call void @show(ptr @n_even, <8 x i32> %even8, i32 4)
  call void @show(ptr @n_odd, <8 x i32> %odd8, i32 4)
  %wide = shufflevector <4 x i32> %even4, <4 x i32> %odd4, <8 x i32> <i32 7, i32 0, i32 6, i32 1, i32 5, i32 2, i32 4, i32 3>
  call void @show(ptr @n_wide, <8 x i32> %wide, i32 8)
  %nar = shufflevector <8 x i32> %wide, <8 x i32> %rev, <3 x i32> <i32 15, i32 3, i32 8>
  %nar8 = shufflevector <3 x i32> %nar, <3 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  call void @show(ptr @n_narrow, <8 x i32> %nar8, i32 3)
  ; mask with poison lanes in the middle: print lanes 0,1 and 6,7 by moving them
  %part = shufflevector <8 x i32> %a, <8 x i32> %b, <8 x i32> <i32 1, i32 9, i32 poison, i32 undef, i32 poison, i32 undef, i32 14, i32 7>
  %pack = shufflevector <8 x i32> %part, <8 x i32> poison, <8 x i32> <i32 0, i32 1, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison>
  call void @show(ptr @n_part, <8 x i32> %pack, i32 4)
  %spl = shufflevector <8 x i32> %b, <8 x i32> poison, <8 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  call void @show(ptr @n_splat, <8 x i32> %spl, i32 8)
  %rot = shufflevector <8 x i32> %a, <8 x i32> %a, <8 x i32> <i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10>
  call void @show(ptr @n_rot, <8 x i32> %rot, i32 8)
  %lo = shufflevector <8 x i32> %a, <8 x i32> poison, <2 x i32> <i32 6, i32 7>
  %hi = shufflevector <8 x i32> %b, <8 x i32> poison, <2 x i32> <i32 0, i32 7>
  %cat4 = shufflevector <2 x i32> %lo, <2 x i32> %hi, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %cat8 = shufflevector <4 x i32> %cat4, <4 x i32> %cat4, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 7, i32 6, i32 5, i32 4>
  call void @show(ptr @n_concat, <8 x i32> %cat8, i32 8)

  %ad = sitofp i32 %argc to double
  %dv = insertelement <2 x double> <double 1.5, double poison>, double %ad, i32 1
  %dsw = shufflevector <2 x double> %dv, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %dbl = shufflevector <2 x double> %dv, <2 x double> <double -7.25, double 8.5>, <2 x i32> <i32 2, i32 1>
  %ds0 = extractelement <2 x double> %dsw, i32 0
  %ds1 = extractelement <2 x double> %dsw, i32 1
  %db0 = extractelement <2 x double> %dbl, i32 0
  %db1 = extractelement <2 x double> %dbl, i32 1
  call i32 (ptr, ...) @printf(ptr @fdbl, double %ds0, double %ds1, double %db0, double %db1)

  %pv0 = insertelement <4 x ptr> poison, ptr @s0, i32 0
  %pv1 = insertelement <4 x ptr> %pv0, ptr @s1, i32 1
  %pv2 = insertelement <4 x ptr> %pv1, ptr @s2, i32 2
  %pv3 = insertelement <4 x ptr> %pv2, ptr @s3, i32 3
  %pr = shufflevector <4 x ptr> %pv3, <4 x ptr> poison, <4 x i32> <i32 3, i32 1, i32 1, i32 0>
  %p0 = extractelement <4 x ptr> %pr, i32 0
  %p1 = extractelement <4 x ptr> %pr, i32 1
  %p2 = extractelement <4 x ptr> %pr, i32 2
  %p3 = extractelement <4 x ptr> %pr, i32 3
  call i32 (ptr, ...) @printf(ptr @fptr, ptr %p0, ptr %p1, ptr %p2, ptr %p3)

  %m8 = trunc i32 %argc to i8
  %m8b = or i8 %m8, 3
  %bm = bitcast i8 %m8b to <8 x i1>
  %bmr = shufflevector <8 x i1> %bm, <8 x i1> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %bmi = bitcast <8 x i1> %bmr to i8
  %m8z = zext i8 %m8b to i32
  %bmz = zext i8 %bmi to i32
  call i32 (ptr, ...) @printf(ptr @fmask, i32 %m8z, i32 %bmz)
  %r0 = extractelement <8 x i32> %wide, i32 0
  %r1 = extractelement <8 x i32> %rot, i32 4
  %r = add i32 %r0, %r1
  %rr = and i32 %r, 63
  ret i32 %rr
}
