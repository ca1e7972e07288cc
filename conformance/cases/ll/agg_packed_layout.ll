; Packed struct layouts: <{ i8, i64, i16 }>, <{ i8, i32 }> nested inside an
; ordinary struct, arrays of packed structs, packed structs containing
; arrays and doubles; field offsets/sizes via gep on null, every byte of a
; stored packed struct (no padding, so all bytes are defined), unaligned
; field access through geps, and whole-value copies via memcpy and
; load/store of the aggregate type.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%p1 = type <{ i8, i64, i16 }>
%p2 = type <{ i8, i32 }>
%outer = type { i8, %p2, i16, %p2 }
%p3 = type <{ i16, [3 x i8], double, i1 }>

@g = internal global [3 x %p1] [
  %p1 <{ i8 1, i64 72623859790382856, i16 -1 }>,
  %p1 <{ i8 -2, i64 -1, i16 4660 }>,
  %p1 zeroinitializer ]

@flay = private unnamed_addr constant [26 x i8] c"%-8s size=%ld offsets:%s\0A\00"
@foffs1 = private unnamed_addr constant [12 x i8] c"%ld,%ld,%ld\00"
@fbytes = private unnamed_addr constant [6 x i8] c"%-10s\00"
@fb = private unnamed_addr constant [6 x i8] c" %02x\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@ffields = private unnamed_addr constant [26 x i8] c"g[%d] fields: %d %lld %d\0A\00"
@fouter = private unnamed_addr constant [82 x i8] c"outer: size=%ld off(p2a)=%ld off(i16)=%ld off(p2b)=%ld; values %d %d/%d %d %d/%d\0A\00"
@fp3 = private unnamed_addr constant [52 x i8] c"p3: size=%ld d@%ld b@%ld value %d [%d %d %d] %g %d\0A\00"
@n_p1 = private unnamed_addr constant [3 x i8] c"p1\00"
@n_g0 = private unnamed_addr constant [8 x i8] c"g[0..1]\00"
@n_cp = private unnamed_addr constant [10 x i8] c"g[2] copy\00"
@buf = internal global [64 x i8] zeroinitializer

declare i32 @printf(ptr, ...)
declare i32 @sprintf(ptr, ptr, ...)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define internal void @dump(ptr %name, ptr %p, i64 %n) {
entry:
  call i32 (ptr, ...) @printf(ptr @fbytes, ptr %name)
  br label %l
l:
  %i = phi i64 [ 0, %entry ], [ %i1, %l ]
  %q = getelementptr inbounds i8, ptr %p, i64 %i
  %b = load i8, ptr %q
  %bz = zext i8 %b to i32
  call i32 (ptr, ...) @printf(ptr @fb, i32 %bz)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %sz1 = ptrtoint ptr getelementptr (%p1, ptr null, i64 1) to i64
  %o1 = ptrtoint ptr getelementptr (%p1, ptr null, i64 0, i32 1) to i64
  %o2 = ptrtoint ptr getelementptr (%p1, ptr null, i64 0, i32 2) to i64
  call i32 (ptr, ...) @sprintf(ptr @buf, ptr @foffs1, i64 0, i64 %o1, i64 %o2)
  call i32 (ptr, ...) @printf(ptr @flay, ptr @n_p1, i64 %sz1, ptr @buf)
  call void @dump(ptr @n_g0, ptr @g, i64 22)
  ; modify fields of g[1] in place through unaligned geps
  %f1 = getelementptr inbounds [3 x %p1], ptr @g, i64 0, i64 1, i32 1
  %a64 = sext i32 %argc to i64
  store i64 %a64, ptr %f1, align 1
  %f2 = getelementptr inbounds [3 x %p1], ptr @g, i64 0, i64 1, i32 2
  %old = load i16, ptr %f2, align 1
  %new = add i16 %old, 1
  store i16 %new, ptr %f2, align 1
  ; copy g[0] into g[2] with memcpy, then overwrite g[2].0 via a whole-value store
  %g2 = getelementptr inbounds [3 x %p1], ptr @g, i64 0, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr %g2, ptr @g, i64 11, i1 false)
  %g2v = load %p1, ptr %g2, align 1
  %g2m = insertvalue %p1 %g2v, i8 -86, 0
  store %p1 %g2m, ptr %g2, align 1
  call void @dump(ptr @n_cp, ptr %g2, i64 11)
  br label %fl

fl:
  %i = phi i64 [ 0, %entry ], [ %i1, %fl ]
  %ep = getelementptr inbounds [3 x %p1], ptr @g, i64 0, i64 %i
  %ev = load %p1, ptr %ep, align 1
  %e0 = extractvalue %p1 %ev, 0
  %e1 = extractvalue %p1 %ev, 1
  %e2 = extractvalue %p1 %ev, 2
  %e0z = sext i8 %e0 to i32
  %e2z = sext i16 %e2 to i32
  %i32 = trunc i64 %i to i32
  call i32 (ptr, ...) @printf(ptr @ffields, i32 %i32, i32 %e0z, i64 %e1, i32 %e2z)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 3
  br i1 %c, label %fl, label %outer

outer:
  %osz = ptrtoint ptr getelementptr (%outer, ptr null, i64 1) to i64
  %oo1 = ptrtoint ptr getelementptr (%outer, ptr null, i64 0, i32 1) to i64
  %oo2 = ptrtoint ptr getelementptr (%outer, ptr null, i64 0, i32 2) to i64
  %oo3 = ptrtoint ptr getelementptr (%outer, ptr null, i64 0, i32 3) to i64
  %ov = alloca %outer, align 4
  %v0 = insertvalue %outer poison, i8 9, 0
  %v1 = insertvalue %outer %v0, %p2 <{ i8 8, i32 -7 }>, 1
  %v2 = insertvalue %outer %v1, i16 600, 2
  %v3 = insertvalue %outer %v2, i8 5, 3, 0
  %v4 = insertvalue %outer %v3, i32 %argc, 3, 1
  store %outer %v4, ptr %ov
  ; bump the inner packed i32 at offset 2 (unaligned) directly
  %ip = getelementptr inbounds %outer, ptr %ov, i32 0, i32 1, i32 1
  %iv = load i32, ptr %ip, align 1
  %iv2 = mul i32 %iv, 3
  store i32 %iv2, ptr %ip, align 1
  %lv = load %outer, ptr %ov
  %l0 = extractvalue %outer %lv, 0
  %l10 = extractvalue %outer %lv, 1, 0
  %l11 = extractvalue %outer %lv, 1, 1
  %l2 = extractvalue %outer %lv, 2
  %l30 = extractvalue %outer %lv, 3, 0
  %l31 = extractvalue %outer %lv, 3, 1
  %l0z = zext i8 %l0 to i32
  %l10z = zext i8 %l10 to i32
  %l2z = sext i16 %l2 to i32
  %l30z = zext i8 %l30 to i32
  call i32 (ptr, ...) @printf(ptr @fouter, i64 %osz, i64 %oo1, i64 %oo2, i64 %oo3, i32 %l0z, i32 %l10z, i32 %l11, i32 %l2z, i32 %l30z, i32 %l31)

  %p3sz = ptrtoint ptr getelementptr (%p3, ptr null, i64 1) to i64
  %p3d = ptrtoint ptr getelementptr (%p3, ptr null, i64 0, i32 2) to i64
  %p3b = ptrtoint ptr getelementptr (%p3, ptr null, i64 0, i32 3) to i64
  %pp = alloca [2 x %p3], align 1
  %pe1 = getelementptr inbounds [2 x %p3], ptr %pp, i64 0, i64 1
  %ad = sitofp i32 %argc to double
  %pv0 = insertvalue %p3 <{ i16 -300, [3 x i8] c"xyz", double 0.0, i1 false }>, double %ad, 2
  %pv1 = insertvalue %p3 %pv0, i1 true, 3
  store %p3 %pv1, ptr %pe1, align 1
  %pdp = getelementptr inbounds [2 x %p3], ptr %pp, i64 0, i64 1, i32 2
  %pdv = load double, ptr %pdp, align 1
  %pdv2 = fmul double %pdv, 0.5
  store double %pdv2, ptr %pdp, align 1
  %pl = load %p3, ptr %pe1, align 1
  %q0 = extractvalue %p3 %pl, 0
  %q10 = extractvalue %p3 %pl, 1, 0
  %q11 = extractvalue %p3 %pl, 1, 1
  %q12 = extractvalue %p3 %pl, 1, 2
  %q2 = extractvalue %p3 %pl, 2
  %q3 = extractvalue %p3 %pl, 3
  %q0z = sext i16 %q0 to i32
  %q10z = zext i8 %q10 to i32
  %q11z = zext i8 %q11 to i32
  %q12z = zext i8 %q12 to i32
  %q3z = zext i1 %q3 to i32
  call i32 (ptr, ...) @printf(ptr @fp3, i64 %p3sz, i64 %p3d, i64 %p3b, i32 %q0z, i32 %q10z, i32 %q11z, i32 %q12z, double %q2, i32 %q3z)
  %r = trunc i64 %o2 to i32
  %r2 = add i32 %r, %l31
  ret i32 %r2
}
