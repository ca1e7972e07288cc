; First-class aggregates in registers: nested insertvalue/extractvalue,
; aggregates as phi operands across a loop, select between whole structs
; and arrays, and whole-aggregate loads and stores (including arrays of
; structs and a struct holding a vector).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%inner = type { i16, i32 }
%outer = type { i8, %inner, [2 x double] }
%pt = type { i32, i32 }
%withvec = type { <4 x i16>, i64, [3 x i8] }

@fout = private unnamed_addr constant [31 x i8] c"outer: %d {%d %d} [%.3f %.3f]\0A\00"
@fpt = private unnamed_addr constant [48 x i8] c"fib pair after %d steps: {%d, %d}, path len %d\0A\00"
@fsel = private unnamed_addr constant [37 x i8] c"select: %s -> {%d %d} arr[%d %d %d]\0A\00"
@fmem = private unnamed_addr constant [43 x i8] c"mem: a[%d] = {%d, {%d, %d}, [%.2f, %.2f]}\0A\00"
@fvec = private unnamed_addr constant [40 x i8] c"withvec: <%d %d %d %d> %lld [%d %d %d]\0A\00"
@fnest = private unnamed_addr constant [33 x i8] c"nested array: %d %d %d %d %d %d\0A\00"
@syes = private unnamed_addr constant [6 x i8] c"first\00"
@sno = private unnamed_addr constant [7 x i8] c"second\00"

@gtable = internal global [3 x %outer] [
  %outer { i8 1, %inner { i16 10, i32 100 }, [2 x double] [double 1.5, double 2.5] },
  %outer { i8 2, %inner { i16 20, i32 200 }, [2 x double] [double 3.25, double 4.75] },
  %outer zeroinitializer
]

declare i32 @printf(ptr, ...)

define internal void @show(%outer %o) {
  %a = extractvalue %outer %o, 0
  %b = extractvalue %outer %o, 1, 0
  %c = extractvalue %outer %o, 1, 1
  %d = extractvalue %outer %o, 2, 0
  %e = extractvalue %outer %o, 2, 1
  %a32 = sext i8 %a to i32
  %b32 = sext i16 %b to i32
  call i32 (ptr, ...) @printf(ptr @fout, i32 %a32, i32 %b32, i32 %c, double %d, double %e)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  ; build nested aggregate field by field
  %o1 = insertvalue %outer poison, i8 -7, 0
  %o2 = insertvalue %outer %o1, i16 300, 1, 0
  %o3 = insertvalue %outer %o2, i32 %argc, 1, 1
  %o4 = insertvalue %outer %o3, double 0.125, 2, 0
  %o5 = insertvalue %outer %o4, double -8.5, 2, 1
  call void @show(%outer %o5)
  ; replace the whole inner struct at once
  %in = insertvalue %inner { i16 -1, i32 poison }, i32 77777, 1
  %o6 = insertvalue %outer %o5, %inner %in, 1
  call void @show(%outer %o6)
  %arr = extractvalue %outer %o6, 2
  %arr2 = insertvalue [2 x double] %arr, double 42.0, 1
  %o7 = insertvalue %outer %o6, [2 x double] %arr2, 2
  call void @show(%outer %o7)
  br label %loop

; a struct carried around a loop through phi: (a, b) -> (b, a+b)
loop:
  %p = phi %pt [ { i32 0, i32 1 }, %entry ], [ %pn, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %path = phi [3 x i32] [ zeroinitializer, %entry ], [ %path2, %loop ]
  %pa = extractvalue %pt %p, 0
  %pb = extractvalue %pt %p, 1
  %sum = add i32 %pa, %pb
  %t1 = insertvalue %pt poison, i32 %pb, 0
  %pn = insertvalue %pt %t1, i32 %sum, 1
  %pl = extractvalue [3 x i32] %path, 2
  %pl1 = add i32 %pl, %pa
  %path1 = insertvalue [3 x i32] %path, i32 %i, 0
  %path2 = insertvalue [3 x i32] %path1, i32 %pl1, 2
  %i1 = add i32 %i, 1
  %lim = add i32 %argc, 16
  %c = icmp slt i32 %i1, %lim
  br i1 %c, label %loop, label %after

after:
  %fa = extractvalue %pt %pn, 0
  %fb = extractvalue %pt %pn, 1
  %plen = extractvalue [3 x i32] %path2, 2
  call i32 (ptr, ...) @printf(ptr @fpt, i32 %i1, i32 %fa, i32 %fb, i32 %plen)

  ; select of whole aggregates with a runtime condition
  %cond = icmp sgt i32 %argc, 2
  %sa = select i1 %cond, %pt { i32 11, i32 22 }, %pt { i32 33, i32 44 }
  %sarr = select i1 %cond, [3 x i8] c"xyz", [3 x i8] c"XYZ"
  %name = select i1 %cond, ptr @syes, ptr @sno
  %s0 = extractvalue %pt %sa, 0
  %s1 = extractvalue %pt %sa, 1
  %c0 = extractvalue [3 x i8] %sarr, 0
  %c1 = extractvalue [3 x i8] %sarr, 1
  %c2 = extractvalue [3 x i8] %sarr, 2
  %c0z = zext i8 %c0 to i32
  %c1z = zext i8 %c1 to i32
  %c2z = zext i8 %c2 to i32
  call i32 (ptr, ...) @printf(ptr @fsel, ptr %name, i32 %s0, i32 %s1, i32 %c0z, i32 %c1z, i32 %c2z)
  %cond2 = icmp slt i32 %argc, 2
  %sb = select i1 %cond2, %pt { i32 11, i32 22 }, %pt { i32 33, i32 44 }
  %sb0 = extractvalue %pt %sb, 0
  %sb1 = extractvalue %pt %sb, 1
  %name2 = select i1 %cond2, ptr @syes, ptr @sno
  call i32 (ptr, ...) @printf(ptr @fsel, ptr %name2, i32 %sb0, i32 %sb1, i32 %c0z, i32 %c1z, i32 %c2z)

  ; whole-aggregate loads and stores on a global array of structs
  %g0 = load %outer, ptr @gtable
  %g1p = getelementptr inbounds [3 x %outer], ptr @gtable, i64 0, i64 1
  %g1 = load %outer, ptr %g1p
  %g2p = getelementptr inbounds [3 x %outer], ptr @gtable, i64 0, i64 2
  ; combine: slot2 = {g0.0 + g1.0, {g0.1.0 * g1.1.0, g1.1.1 - g0.1.1}, [g0.2.1, g1.2.0]}
  %x0 = extractvalue %outer %g0, 0
  %y0 = extractvalue %outer %g1, 0
  %z0 = add i8 %x0, %y0
  %x1 = extractvalue %outer %g0, 1
  %y1 = extractvalue %outer %g1, 1
  %x10 = extractvalue %inner %x1, 0
  %y10 = extractvalue %inner %y1, 0
  %z10 = mul i16 %x10, %y10
  %x11 = extractvalue %inner %x1, 1
  %y11 = extractvalue %inner %y1, 1
  %z11 = sub i32 %y11, %x11
  %zi = insertvalue %inner undef, i16 %z10, 0
  %zi2 = insertvalue %inner %zi, i32 %z11, 1
  %x21 = extractvalue %outer %g0, 2, 1
  %y20 = extractvalue %outer %g1, 2, 0
  %za = insertvalue [2 x double] poison, double %x21, 0
  %za2 = insertvalue [2 x double] %za, double %y20, 1
  %zo = insertvalue %outer poison, i8 %z0, 0
  %zo2 = insertvalue %outer %zo, %inner %zi2, 1
  %zo3 = insertvalue %outer %zo2, [2 x double] %za2, 2
  store %outer %zo3, ptr %g2p
  ; read it back field by field through geps
  %rf0 = getelementptr inbounds %outer, ptr %g2p, i32 0, i32 0
  %rf10 = getelementptr inbounds %outer, ptr %g2p, i32 0, i32 1, i32 0
  %rf11 = getelementptr inbounds %outer, ptr %g2p, i32 0, i32 1, i32 1
  %rf20 = getelementptr inbounds %outer, ptr %g2p, i32 0, i32 2, i32 0
  %rf21 = getelementptr inbounds %outer, ptr %g2p, i32 0, i32 2, i32 1
  %v0 = load i8, ptr %rf0
  %v10 = load i16, ptr %rf10
  %v11 = load i32, ptr %rf11
  %v20 = load double, ptr %rf20
  %v21 = load double, ptr %rf21
  %v0s = sext i8 %v0 to i32
  %v10s = sext i16 %v10 to i32
  call i32 (ptr, ...) @printf(ptr @fmem, i32 2, i32 %v0s, i32 %v10s, i32 %v11, double %v20, double %v21)

  ; aggregate with a vector member, through an alloca
  %wv = alloca %withvec, align 8
  %wv1 = insertvalue %withvec poison, <4 x i16> <i16 1, i16 -2, i16 3, i16 -4>, 0
  %wv2 = insertvalue %withvec %wv1, i64 -1234567890123, 1
  %wv3 = insertvalue %withvec %wv2, [3 x i8] c"\01\02\03", 2
  store %withvec %wv3, ptr %wv
  %lanep = getelementptr inbounds %withvec, ptr %wv, i32 0, i32 0
  %l1p = getelementptr inbounds <4 x i16>, ptr %lanep, i32 0, i32 1
  store i16 999, ptr %l1p
  %lastp = getelementptr inbounds %withvec, ptr %wv, i32 0, i32 2, i32 2
  store i8 %v0, ptr %lastp
  %wl = load %withvec, ptr %wv
  %wvec = extractvalue %withvec %wl, 0
  %w0 = extractelement <4 x i16> %wvec, i32 0
  %w1 = extractelement <4 x i16> %wvec, i32 1
  %w2 = extractelement <4 x i16> %wvec, i32 2
  %w3 = extractelement <4 x i16> %wvec, i32 3
  %w0s = sext i16 %w0 to i32
  %w1s = sext i16 %w1 to i32
  %w2s = sext i16 %w2 to i32
  %w3s = sext i16 %w3 to i32
  %wi = extractvalue %withvec %wl, 1
  %wa0 = extractvalue %withvec %wl, 2, 0
  %wa1 = extractvalue %withvec %wl, 2, 1
  %wa2 = extractvalue %withvec %wl, 2, 2
  %wa0z = zext i8 %wa0 to i32
  %wa1z = zext i8 %wa1 to i32
  %wa2z = zext i8 %wa2 to i32
  call i32 (ptr, ...) @printf(ptr @fvec, i32 %w0s, i32 %w1s, i32 %w2s, i32 %w3s, i64 %wi, i32 %wa0z, i32 %wa1z, i32 %wa2z)

  ; arrays of arrays as values
  %m = insertvalue [2 x [3 x i32]] zeroinitializer, [3 x i32] [i32 1, i32 2, i32 3], 0
  %m2 = insertvalue [2 x [3 x i32]] %m, i32 %argc, 1, 1
  %row0 = extractvalue [2 x [3 x i32]] %m2, 0
  %m3 = insertvalue [2 x [3 x i32]] %m2, [3 x i32] %row0, 1
  %m4 = insertvalue [2 x [3 x i32]] %m3, i32 -9, 1, 2
  %ma = alloca [2 x [3 x i32]]
  store [2 x [3 x i32]] %m4, ptr %ma
  %mp = getelementptr inbounds [2 x [3 x i32]], ptr %ma, i64 0, i64 1, i64 0
  %mq = getelementptr inbounds i32, ptr %mp, i64 -3
  %n0 = load i32, ptr %mq
  %n1p = getelementptr inbounds i32, ptr %mq, i64 1
  %n1 = load i32, ptr %n1p
  %n2p = getelementptr inbounds i32, ptr %mq, i64 2
  %n2 = load i32, ptr %n2p
  %n3 = load i32, ptr %mp
  %n4p = getelementptr inbounds i32, ptr %mp, i64 1
  %n4 = load i32, ptr %n4p
  %n5p = getelementptr inbounds i32, ptr %mp, i64 2
  %n5 = load i32, ptr %n5p
  call i32 (ptr, ...) @printf(ptr @fnest, i32 %n0, i32 %n1, i32 %n2, i32 %n3, i32 %n4, i32 %n5)
  %ret = urem i32 %fb, 97
  ret i32 %ret
}
