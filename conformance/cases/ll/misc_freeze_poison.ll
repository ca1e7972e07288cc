; freeze: poison and undef produced by nsw/nuw/exact violations, oversized
; shifts, inbounds overflow and insertelement into poison vectors are
; frozen and then only used in ways whose result does not depend on the
; chosen value (x & 0, x - x, x == x, (2*x) & 1, x | -1, both arms of a
; branch on a frozen condition computing the same thing). select with a
; poison operand in the arm that is not chosen, and freeze of defined
; values (identity) are checked too.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@f1 = private unnamed_addr constant [64 x i8] c"frozen poison: and0=%d sub=%d eqself=%d even=%d or=%d urem1=%d\0A\00"
@f2 = private unnamed_addr constant [46 x i8] c"frozen undef: xor=%lld ule-max=%d sge-min=%d\0A\00"
@f3 = private unnamed_addr constant [43 x i8] c"freeze of defined values: %d %lld %.3f %d\0A\00"
@f4 = private unnamed_addr constant [29 x i8] c"branch on frozen poison: %d\0A\00"
@f5 = private unnamed_addr constant [56 x i8] c"select picks defined arm: %d %d; logical and/or: %d %d\0A\00"
@f6 = private unnamed_addr constant [72 x i8] c"vector: defined lanes %d %d, frozen lanes self-equal %d, masked sum %d\0A\00"
@f7 = private unnamed_addr constant [78 x i8] c"frozen poison ptr minus itself: %ld; frozen float poison fcmp ord-or-uno: %d\0A\00"

declare i32 @printf(ptr, ...)

define internal i32 @same_either_way(i1 %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ra = mul i32 %x, 3
  br label %j
b:
  %t = shl i32 %x, 1
  %rb = add i32 %t, %x
  br label %j
j:
  %r = phi i32 [ %ra, %a ], [ %rb, %b ]
  ret i32 %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %one = udiv i32 %argc, %argc
  ; nsw overflow -> poison
  %ov = add nsw i32 2147483647, %one
  %f = freeze i32 %ov
  %and0 = and i32 %f, 0
  %sub = sub i32 %f, %f
  %eq = icmp eq i32 %f, %f
  %eqz = zext i1 %eq to i32
  %dbl = shl i32 %f, 1
  %even = and i32 %dbl, 1
  %orall = or i32 %f, -1
  %u1 = urem i32 %f, 1
  call i32 (ptr, ...) @printf(ptr @f1, i32 %and0, i32 %sub, i32 %eqz, i32 %even, i32 %orall, i32 %u1)

  ; undef and an oversized shift
  %fu = freeze i64 undef
  %x = xor i64 %fu, %fu
  %sh = shl i64 1, 70
  %fsh = freeze i64 %sh
  %ule = icmp ule i64 %fsh, -1
  %sm = freeze i8 undef
  %sge = icmp sge i8 %sm, -128
  %ulez = zext i1 %ule to i32
  %sgez = zext i1 %sge to i32
  call i32 (ptr, ...) @printf(ptr @f2, i64 %x, i32 %ulez, i32 %sgez)

  ; freeze of ordinary values is the identity
  %d1 = freeze i32 %argc
  %a64 = sext i32 %argc to i64
  %d2v = mul i64 %a64, -1000000007
  %d2 = freeze i64 %d2v
  %dd = sitofp i32 %argc to double
  %d3v = fdiv double %dd, 8.0
  %d3 = freeze double %d3v
  %d4v = icmp sgt i32 %argc, 1
  %d4 = freeze i1 %d4v
  %d4z = zext i1 %d4 to i32
  call i32 (ptr, ...) @printf(ptr @f3, i32 %d1, i64 %d2, double %d3, i32 %d4z)

  ; branching on a frozen poison condition: both paths agree
  %pc = icmp ult i32 %ov, 5
  %fc = freeze i1 %pc
  %r = call i32 @same_either_way(i1 %fc, i32 %argc)
  call i32 (ptr, ...) @printf(ptr @f4, i32 %r)

  ; select: poison in the arm not taken does not matter
  %t = icmp sgt i32 %argc, 0
  %s1 = select i1 %t, i32 %argc, i32 %ov
  %nt = xor i1 %t, true
  %s2 = select i1 %nt, i32 %ov, i32 17
  %pb = icmp eq i32 %ov, 0
  ; logical and/or through select stop poison when the first operand decides
  %land = select i1 %nt, i1 %pb, i1 false
  %lor = select i1 %t, i1 true, i1 %pb
  %landz = zext i1 %land to i32
  %lorz = zext i1 %lor to i32
  call i32 (ptr, ...) @printf(ptr @f5, i32 %s1, i32 %s2, i32 %landz, i32 %lorz)

  ; vectors with poison lanes: frozen, lanes compared with themselves
  %v0 = insertelement <4 x i32> poison, i32 %argc, i32 0
  %v1 = insertelement <4 x i32> %v0, i32 99, i32 2
  %fv = freeze <4 x i32> %v1
  %l0 = extractelement <4 x i32> %fv, i32 0
  %l2 = extractelement <4 x i32> %fv, i32 2
  %self = icmp eq <4 x i32> %fv, %fv
  %selfb = bitcast <4 x i1> %self to i4
  %selfz = zext i4 %selfb to i32
  %msk = and <4 x i32> %fv, <i32 -1, i32 0, i32 -1, i32 0>
  %m0 = extractelement <4 x i32> %msk, i32 0
  %m1 = extractelement <4 x i32> %msk, i32 1
  %m2 = extractelement <4 x i32> %msk, i32 2
  %m3 = extractelement <4 x i32> %msk, i32 3
  %ms1 = add i32 %m0, %m1
  %ms2 = add i32 %ms1, %m2
  %ms3 = add i32 %ms2, %m3
  call i32 (ptr, ...) @printf(ptr @f6, i32 %l0, i32 %l2, i32 %selfz, i32 %ms3)

  ; a poison pointer (inbounds gep far out of bounds), frozen
  %buf = alloca [4 x i8]
  %big = shl i64 %a64, 60
  %pp = getelementptr inbounds i8, ptr %buf, i64 %big
  %fp = freeze ptr %pp
  %pi1 = ptrtoint ptr %fp to i64
  %pi2 = ptrtoint ptr %fp to i64
  %pd = sub i64 %pi1, %pi2
  %fpo = fadd nnan double %dd, 0x7FF8000000000000
  %ffp = freeze double %fpo
  %ord = fcmp ord double %ffp, %ffp
  %uno = fcmp uno double %ffp, %ffp
  %either = or i1 %ord, %uno
  %eitherz = zext i1 %either to i32
  call i32 (ptr, ...) @printf(ptr @f7, i64 %pd, i32 %eitherz)
  %res = add i32 %r, %s2
  ret i32 %res
}
