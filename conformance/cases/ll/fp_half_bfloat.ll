; 16-bit floating point: half arithmetic (each operation rounds to half),
; fpext/fptrunc between half, float and double (round-to-nearest-even at
; half precision, overflow to infinity, subnormal halves), sitofp/fptosi
; with half, half bit patterns via bitcast to i16, vectors of half, and
; bfloat values built from bit patterns (fptrunc to bfloat is avoided: it
; needs libgcc helpers that Debian 12 does not ship) and widened with fpext.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vals = internal constant [10 x float] [float 1.0, float 0x3FB99999A0000000, float 65504.0, float 65520.0, float 0x3E70000000000000, float -2.5, float 2049.0, float 2051.0, float 0x3F50040000000000, float -0.0]
@fc = private unnamed_addr constant [40 x i8] c"%-14.9g -> half bits %04x -> back %.9g\0A\00"
@fa = private unnamed_addr constant [73 x i8] c"half arith: sum=%.9g (bits %04x) prod=%.9g quot=%.9g neg=%04x sqrt=%.9g\0A\00"
@fl = private unnamed_addr constant [58 x i8] c"half accumulate 1/10 x %d = %.9g (float would give %.9g)\0A\00"
@fi = private unnamed_addr constant [86 x i8] c"half int conv: sitofp(%d)=%.9g sitofp(4097)=%.9g fptosi(-7.75h)=%d fptoui(300.5h)=%u\0A\00"
@fv = private unnamed_addr constant [44 x i8] c"v4f16: %.9g %.9g %.9g %.9g cmp olt mask=%d\0A\00"
@fb = private unnamed_addr constant [66 x i8] c"bfloat: bits %04x -> %.9g ; double 1/3 -> bf16 bits %04x -> %.9g\0A\00"

declare i32 @printf(ptr, ...)
declare half @llvm.sqrt.f16(half)

define internal void @conv(float %x) {
  %h = fptrunc float %x to half
  %b = bitcast half %h to i16
  %bz = zext i16 %b to i32
  %back = fpext half %h to double
  %xd = fpext float %x to double
  call i32 (ptr, ...) @printf(ptr @fc, double %xd, i32 %bz, double %back)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr inbounds [10 x float], ptr @vals, i64 0, i64 %i
  %x = load float, ptr %p
  call void @conv(float %x)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 10
  br i1 %c, label %loop, label %arith

arith:
  %ah = sitofp i32 %argc to half
  %third = fdiv half 0xH3C00, 0xH4200
  %sum = fadd half %ah, %third
  %prod = fmul half %sum, 0xH4900
  %quot = fdiv half %prod, %ah
  %neg = fneg half %quot
  %sq = call half @llvm.sqrt.f16(half %ah)
  %sumd = fpext half %sum to double
  %sumb = bitcast half %sum to i16
  %sumbz = zext i16 %sumb to i32
  %prodd = fpext half %prod to double
  %quotd = fpext half %quot to double
  %negb = bitcast half %neg to i16
  %negbz = zext i16 %negb to i32
  %sqd = fpext half %sq to double
  call i32 (ptr, ...) @printf(ptr @fa, double %sumd, i32 %sumbz, double %prodd, double %quotd, i32 %negbz, double %sqd)
  br label %acc

acc:
  %k = phi i32 [ 0, %arith ], [ %k1, %acc ]
  %s = phi half [ 0xH0000, %arith ], [ %s1, %acc ]
  %sf = phi float [ 0.0, %arith ], [ %sf1, %acc ]
  %s1 = fadd half %s, 0xH2E66
  %sf1 = fadd float %sf, 0x3FB99999A0000000
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 1000
  br i1 %ck, label %acc, label %conv

conv:
  %s1d = fpext half %s1 to double
  %sf1d = fpext float %sf1 to double
  call i32 (ptr, ...) @printf(ptr @fl, i32 %k1, double %s1d, double %sf1d)
  %big = mul i32 %argc, 1000
  %hb = sitofp i32 %big to half
  %hbd = fpext half %hb to double
  %h4097 = sitofp i32 4097 to half
  %h4097d = fpext half %h4097 to double
  %ti = fptosi half 0xHC7C0 to i32
  %tu = fptoui half 0xH5CB2 to i32
  call i32 (ptr, ...) @printf(ptr @fi, i32 %big, double %hbd, double %h4097d, i32 %ti, i32 %tu)
  %hv = insertelement <4 x half> <half 0xH3C00, half 0xH4000, half 0xHC000, half poison>, half %ah, i32 3
  %hv2 = fmul <4 x half> %hv, <half 0xH3800, half 0xH3800, half 0xH3800, half 0xH3800>
  %hv3 = fadd <4 x half> %hv2, <half 0xH3C00, half 0xH3C00, half 0xH3C00, half 0xH3C00>
  %hc = fcmp olt <4 x half> %hv3, %hv
  %hcb = bitcast <4 x i1> %hc to i4
  %hcz = zext i4 %hcb to i32
  %e0 = extractelement <4 x half> %hv3, i32 0
  %e1 = extractelement <4 x half> %hv3, i32 1
  %e2 = extractelement <4 x half> %hv3, i32 2
  %e3 = extractelement <4 x half> %hv3, i32 3
  %e0d = fpext half %e0 to double
  %e1d = fpext half %e1 to double
  %e2d = fpext half %e2 to double
  %e3d = fpext half %e3 to double
  call i32 (ptr, ...) @printf(ptr @fv, double %e0d, double %e1d, double %e2d, double %e3d, i32 %hcz)
  ; bfloat: 0x4049 is 3.140625
  %bf = bitcast i16 16457 to bfloat
  %bfd = fpext bfloat %bf to double
  %ad = sitofp i32 %argc to double
  %th = fdiv double 1.0, 3.0
  %th2 = fmul double %th, %ad
  ; fptrunc to bfloat needs __truncdfbf2/__truncsfbf2, which Debian 12's
  ; libgcc lacks; round float bits to bf16 by hand (nearest-even) instead
  %thf = fptrunc double %th2 to float
  %fb32 = bitcast float %thf to i32
  %lsb0 = lshr i32 %fb32, 16
  %lsb = and i32 %lsb0, 1
  %rnd0 = add i32 %fb32, 32767
  %rnd = add i32 %rnd0, %lsb
  %hi16 = lshr i32 %rnd, 16
  %tbb = trunc i32 %hi16 to i16
  %tb = bitcast i16 %tbb to bfloat
  %tbbz = zext i16 %tbb to i32
  %tbd = fpext bfloat %tb to double
  call i32 (ptr, ...) @printf(ptr @fb, i32 16457, double %bfd, i32 %tbbz, double %tbd)
  %r = trunc i32 %sumbz to i8
  %rz = zext i8 %r to i32
  %rr = urem i32 %rz, 100
  ret i32 %rr
}
