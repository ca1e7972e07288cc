; llvm.memcpy / memmove / memset with constant and run-time lengths
; (including zero), overlapping memmove in both directions, the .inline
; variants, volatile memcpy, unaligned (align 1) loads and stores of i16,
; i32, i64, double and <4 x i32> at odd offsets, and volatile accesses.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@src = private unnamed_addr constant [63 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\00"
@fs = private unnamed_addr constant [12 x i8] c"%-26s [%s]\0A\00"
@fu = private unnamed_addr constant [74 x i8] c"unaligned: i16=%04x i32=%08x i64=%016llx dbl=%g v4=[%08x %08x %08x %08x]\0A\00"
@fhex = private unnamed_addr constant [30 x i8] c"bytes after unaligned stores:\00"
@fb = private unnamed_addr constant [6 x i8] c" %02x\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fv = private unnamed_addr constant [39 x i8] c"volatile counter: %d, sum of reads %d\0A\00"
@n1 = private unnamed_addr constant [16 x i8] c"memcpy const 10\00"
@n2 = private unnamed_addr constant [18 x i8] c"memcpy var argc*3\00"
@n3 = private unnamed_addr constant [13 x i8] c"memcpy var 0\00"
@n4 = private unnamed_addr constant [25 x i8] c"memmove fwd overlap (+3)\00"
@n5 = private unnamed_addr constant [26 x i8] c"memmove back overlap (-5)\00"
@n6 = private unnamed_addr constant [13 x i8] c"memset const\00"
@n7 = private unnamed_addr constant [11 x i8] c"memset var\00"
@n8 = private unnamed_addr constant [17 x i8] c"memcpy.inline 16\00"
@n9 = private unnamed_addr constant [16 x i8] c"memset.inline 7\00"
@n10 = private unnamed_addr constant [16 x i8] c"volatile memcpy\00"
@n11 = private unnamed_addr constant [22 x i8] c"memmove var, same ptr\00"

declare i32 @printf(ptr, ...)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64 immarg, i1 immarg)
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64 immarg, i1 immarg)

define internal void @reset(ptr %b) {
  call void @llvm.memset.p0.i64(ptr %b, i8 46, i64 40, i1 false)
  %e = getelementptr inbounds i8, ptr %b, i64 40
  store i8 0, ptr %e
  ret void
}

define internal void @show(ptr %name, ptr %b) {
  call i32 (ptr, ...) @printf(ptr @fs, ptr %name, ptr %b)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %buf = alloca [48 x i8], align 16
  %a64 = zext i32 %argc to i64
  call void @reset(ptr %buf)
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 10, i1 false)
  call void @show(ptr @n1, ptr %buf)
  call void @reset(ptr %buf)
  %len = mul i64 %a64, 3
  %dst = getelementptr inbounds i8, ptr %buf, i64 5
  %srcp = getelementptr inbounds i8, ptr @src, i64 26
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %srcp, i64 %len, i1 false)
  call void @show(ptr @n2, ptr %buf)
  %zero = sub i64 %a64, %a64
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 %zero, i1 false)
  call void @show(ptr @n3, ptr %buf)
  call void @reset(ptr %buf)
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 20, i1 false)
  %d3 = getelementptr inbounds i8, ptr %buf, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr %d3, ptr %buf, i64 15, i1 false)
  call void @show(ptr @n4, ptr %buf)
  call void @reset(ptr %buf)
  %s10 = getelementptr inbounds i8, ptr @src, i64 36
  call void @llvm.memcpy.p0.p0.i32(ptr %buf, ptr %s10, i32 26, i1 false)
  %s5 = getelementptr inbounds i8, ptr %buf, i64 5
  call void @llvm.memmove.p0.p0.i64(ptr %buf, ptr %s5, i64 %len, i1 false)
  call void @show(ptr @n5, ptr %buf)
  call void @llvm.memset.p0.i64(ptr %d3, i8 61, i64 6, i1 false)
  call void @show(ptr @n6, ptr %buf)
  %v32 = trunc i64 %len to i32
  %d20 = getelementptr inbounds i8, ptr %buf, i64 20
  %ch = add i32 %argc, 60
  %ch8 = trunc i32 %ch to i8
  call void @llvm.memset.p0.i32(ptr %d20, i8 %ch8, i32 %v32, i1 false)
  call void @show(ptr @n7, ptr %buf)
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %d20, ptr @src, i64 16, i1 false)
  call void @show(ptr @n8, ptr %buf)
  %d1 = getelementptr inbounds i8, ptr %buf, i64 1
  call void @llvm.memset.inline.p0.i64(ptr %d1, i8 35, i64 7, i1 false)
  call void @show(ptr @n9, ptr %buf)
  %d30 = getelementptr inbounds i8, ptr %buf, i64 30
  %s52 = getelementptr inbounds i8, ptr @src, i64 52
  call void @llvm.memcpy.p0.p0.i64(ptr %d30, ptr %s52, i64 10, i1 true)
  call void @show(ptr @n10, ptr %buf)
  call void @llvm.memmove.p0.p0.i64(ptr %buf, ptr %buf, i64 %len, i1 false)
  call void @show(ptr @n11, ptr %buf)

  ; unaligned accesses over a byte buffer filled with 0x00..0x2f
  %ub = alloca [48 x i8], align 16
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i1, %fill ]
  %p = getelementptr inbounds i8, ptr %ub, i64 %i
  %iv = trunc i64 %i to i8
  store i8 %iv, ptr %p
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 48
  br i1 %c, label %fill, label %un
un:
  %u1 = getelementptr inbounds i8, ptr %ub, i64 1
  %l16 = load i16, ptr %u1, align 1
  %u3 = getelementptr inbounds i8, ptr %ub, i64 3
  %l32 = load i32, ptr %u3, align 1
  %u7 = getelementptr inbounds i8, ptr %ub, i64 7
  %l64 = load i64, ptr %u7, align 1
  %u13 = getelementptr inbounds i8, ptr %ub, i64 13
  %lv = load <4 x i32>, ptr %u13, align 1
  ; store a double at an odd address and read it back
  %u33 = getelementptr inbounds i8, ptr %ub, i64 33
  %ad = sitofp i32 %argc to double
  %dd = fmul double %ad, -1.125
  store double %dd, ptr %u33, align 1
  %ld = load double, ptr %u33, align 1
  %l16z = zext i16 %l16 to i32
  %lv0 = extractelement <4 x i32> %lv, i32 0
  %lv1 = extractelement <4 x i32> %lv, i32 1
  %lv2 = extractelement <4 x i32> %lv, i32 2
  %lv3 = extractelement <4 x i32> %lv, i32 3
  call i32 (ptr, ...) @printf(ptr @fu, i32 %l16z, i32 %l32, i64 %l64, double %ld, i32 %lv0, i32 %lv1, i32 %lv2, i32 %lv3)
  %u5 = getelementptr inbounds i8, ptr %ub, i64 5
  store i32 -559038737, ptr %u5, align 1
  %u11 = getelementptr inbounds i8, ptr %ub, i64 11
  store i64 1311768467463790320, ptr %u11, align 1
  %u20 = getelementptr inbounds i8, ptr %ub, i64 20
  store i16 -2, ptr %u20, align 1
  call i32 (ptr, ...) @printf(ptr @fhex)
  br label %dump
dump:
  %j = phi i64 [ 0, %un ], [ %j1, %dump ]
  %q = getelementptr inbounds i8, ptr %ub, i64 %j
  %bv = load i8, ptr %q
  %bz = zext i8 %bv to i32
  call i32 (ptr, ...) @printf(ptr @fb, i32 %bz)
  %j1 = add i64 %j, 1
  %cj = icmp ult i64 %j1, 24
  br i1 %cj, label %dump, label %vol
vol:
  call i32 (ptr, ...) @printf(ptr @fnl)
  %ctr = alloca i32, align 4
  store volatile i32 0, ptr %ctr
  br label %vl
vl:
  %k = phi i32 [ 0, %vol ], [ %k1, %vl ]
  %vs = phi i32 [ 0, %vol ], [ %vs1, %vl ]
  %cur = load volatile i32, ptr %ctr
  %vs1 = add i32 %vs, %cur
  %nx = add i32 %cur, 3
  store volatile i32 %nx, ptr %ctr
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 10
  br i1 %ck, label %vl, label %vdone
vdone:
  %fin = load volatile i32, ptr %ctr
  call i32 (ptr, ...) @printf(ptr @fv, i32 %fin, i32 %vs1)
  %r = urem i32 %l32, 89
  ret i32 %r
}
