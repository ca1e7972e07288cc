; Wide vectors (<32 x i8>, <4 x i64>, <8 x i32>, <16 x i16>) with
; extractelement/insertelement at variable in-range indices inside loops,
; splats built with insertelement+shufflevector, vectors carried in phis,
; and a byte histogram / prefix sum computed lane by lane.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@text = private unnamed_addr constant [55 x i8] c"the quick brown fox jumps over the lazy dog 0123456789\00"
@fh = private unnamed_addr constant [24 x i8] c"histogram of (c & 31): \00"
@fe = private unnamed_addr constant [3 x i8] c"%d\00"
@fs = private unnamed_addr constant [2 x i8] c" \00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@f64 = private unnamed_addr constant [60 x i8] c"v4i64 rotate-mix round %d: %016llx %016llx %016llx %016llx\0A\00"
@fpre = private unnamed_addr constant [44 x i8] c"prefix sums v8i32: %d %d %d %d %d %d %d %d\0A\00"
@fsw = private unnamed_addr constant [23 x i8] c"v16i16 bubble-sorted: \00"
@fmax = private unnamed_addr constant [28 x i8] c"max lane index %d value %d\0A\00"

declare i32 @printf(ptr, ...)
declare i64 @strlen(ptr)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %len = call i64 @strlen(ptr @text)
  br label %hist

; histogram in a <32 x i8> using variable-index extract/insert
hist:
  %i = phi i64 [ 0, %entry ], [ %i1, %hist ]
  %h = phi <32 x i8> [ zeroinitializer, %entry ], [ %h1, %hist ]
  %cp = getelementptr inbounds i8, ptr @text, i64 %i
  %c = load i8, ptr %cp
  %idx = and i8 %c, 31
  %old = extractelement <32 x i8> %h, i8 %idx
  %new = add i8 %old, 1
  %h1 = insertelement <32 x i8> %h, i8 %new, i8 %idx
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %len
  br i1 %more, label %hist, label %hprint

hprint:
  call i32 (ptr, ...) @printf(ptr @fh)
  br label %hp

hp:
  %j = phi i32 [ 0, %hprint ], [ %j1, %hp ]
  %e = extractelement <32 x i8> %h1, i32 %j
  %ez = zext i8 %e to i32
  call i32 (ptr, ...) @printf(ptr @fe, i32 %ez)
  call i32 (ptr, ...) @printf(ptr @fs)
  %j1 = add i32 %j, 1
  %more2 = icmp ult i32 %j1, 32
  br i1 %more2, label %hp, label %hdone

hdone:
  call i32 (ptr, ...) @printf(ptr @fnl)
  %a64 = zext i32 %argc to i64
  %seed = insertelement <4 x i64> <i64 1, i64 2, i64 3, i64 poison>, i64 %a64, i32 3
  br label %mix

; a small ARX mixing function on <4 x i64>
mix:
  %r = phi i32 [ 0, %hdone ], [ %r1, %mixnext ]
  %s = phi <4 x i64> [ %seed, %hdone ], [ %s3, %mixnext ]
  %rot = shufflevector <4 x i64> %s, <4 x i64> poison, <4 x i32> <i32 1, i32 2, i32 3, i32 0>
  %s1 = add <4 x i64> %s, %rot
  %shl = shl <4 x i64> %s1, <i64 13, i64 17, i64 29, i64 41>
  %shr = lshr <4 x i64> %s1, <i64 51, i64 47, i64 35, i64 23>
  %rl = or <4 x i64> %shl, %shr
  %s2 = xor <4 x i64> %rl, %rot
  %s3 = mul <4 x i64> %s2, <i64 -7046029254386353131, i64 -4658895280553007687, i64 7046029254386353131, i64 4658895280553007687>
  %r1 = add i32 %r, 1
  %pm = and i32 %r1, 3
  %pz = icmp eq i32 %pm, 0
  %m0 = extractelement <4 x i64> %s3, i32 0
  %m1 = extractelement <4 x i64> %s3, i32 1
  %m2 = extractelement <4 x i64> %s3, i32 2
  %m3 = extractelement <4 x i64> %s3, i32 3
  br i1 %pz, label %mixprint, label %mixnext

mixprint:
  call i32 (ptr, ...) @printf(ptr @f64, i32 %r1, i64 %m0, i64 %m1, i64 %m2, i64 %m3)
  br label %mixnext

mixnext:
  %mdone = icmp eq i32 %r1, 12
  br i1 %mdone, label %prefix, label %mix

; prefix sums with a log-step shuffle pattern on <8 x i32>
prefix:
  %pv0 = insertelement <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison>, i32 %argc, i32 7
  %sh1 = shufflevector <8 x i32> %pv0, <8 x i32> zeroinitializer, <8 x i32> <i32 8, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6>
  %ps1 = add <8 x i32> %pv0, %sh1
  %sh2 = shufflevector <8 x i32> %ps1, <8 x i32> zeroinitializer, <8 x i32> <i32 8, i32 9, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5>
  %ps2 = add <8 x i32> %ps1, %sh2
  %sh4 = shufflevector <8 x i32> %ps2, <8 x i32> zeroinitializer, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 0, i32 1, i32 2, i32 3>
  %ps4 = add <8 x i32> %ps2, %sh4
  %q0 = extractelement <8 x i32> %ps4, i32 0
  %q1 = extractelement <8 x i32> %ps4, i32 1
  %q2 = extractelement <8 x i32> %ps4, i32 2
  %q3 = extractelement <8 x i32> %ps4, i32 3
  %q4 = extractelement <8 x i32> %ps4, i32 4
  %q5 = extractelement <8 x i32> %ps4, i32 5
  %q6 = extractelement <8 x i32> %ps4, i32 6
  %q7 = extractelement <8 x i32> %ps4, i32 7
  call i32 (ptr, ...) @printf(ptr @fpre, i32 %q0, i32 %q1, i32 %q2, i32 %q3, i32 %q4, i32 %q5, i32 %q6, i32 %q7)
  %a16 = trunc i32 %argc to i16
  %sv0 = insertelement <16 x i16> <i16 9, i16 -3, i16 200, i16 7, i16 -32768, i16 0, i16 55, i16 1, i16 32767, i16 -1, i16 8, i16 8, i16 -200, i16 3, i16 14, i16 poison>, i16 %a16, i64 15
  br label %outer

; bubble sort of 16 lanes with variable-index extract/insert
outer:
  %pass = phi i32 [ 0, %prefix ], [ %pass1, %inner_done ]
  %vo = phi <16 x i16> [ %sv0, %prefix ], [ %vi_out, %inner_done ]
  br label %inner

inner:
  %k = phi i32 [ 0, %outer ], [ %k1, %inner ]
  %vi = phi <16 x i16> [ %vo, %outer ], [ %vi2, %inner ]
  %k1 = add i32 %k, 1
  %x = extractelement <16 x i16> %vi, i32 %k
  %y = extractelement <16 x i16> %vi, i32 %k1
  %gt = icmp sgt i16 %x, %y
  %lo = select i1 %gt, i16 %y, i16 %x
  %hi = select i1 %gt, i16 %x, i16 %y
  %vi1 = insertelement <16 x i16> %vi, i16 %lo, i32 %k
  %vi2 = insertelement <16 x i16> %vi1, i16 %hi, i32 %k1
  %kend = sub i32 15, %pass
  %more3 = icmp slt i32 %k1, %kend
  br i1 %more3, label %inner, label %inner_done

inner_done:
  %vi_out = phi <16 x i16> [ %vi2, %inner ]
  %pass1 = add i32 %pass, 1
  %more4 = icmp slt i32 %pass1, 15
  br i1 %more4, label %outer, label %sorted

sorted:
  call i32 (ptr, ...) @printf(ptr @fsw)
  br label %sp

sp:
  %n = phi i32 [ 0, %sorted ], [ %n1, %sp ]
  %best = phi i32 [ 0, %sorted ], [ %best1, %sp ]
  %bv = phi i16 [ -32768, %sorted ], [ %bv1, %sp ]
  %ev = extractelement <16 x i16> %vi_out, i32 %n
  %evs = sext i16 %ev to i32
  call i32 (ptr, ...) @printf(ptr @fe, i32 %evs)
  call i32 (ptr, ...) @printf(ptr @fs)
  %isbig = icmp sge i16 %ev, %bv
  %best1 = select i1 %isbig, i32 %n, i32 %best
  %bv1 = select i1 %isbig, i16 %ev, i16 %bv
  %n1 = add i32 %n, 1
  %more5 = icmp slt i32 %n1, 16
  br i1 %more5, label %sp, label %end

end:
  call i32 (ptr, ...) @printf(ptr @fnl)
  %bvz = sext i16 %bv1 to i32
  call i32 (ptr, ...) @printf(ptr @fmax, i32 %best1, i32 %bvz)
  %hsum = extractelement <32 x i8> %h1, i32 15
  %hz = zext i8 %hsum to i32
  %ret = add i32 %hz, %q7
  ret i32 %ret
}
