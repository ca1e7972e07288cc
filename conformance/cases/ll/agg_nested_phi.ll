; Aggregates flowing through control flow: a struct holding a vector, a
; pointer and a nested array merged by phis from three predecessors and
; carried around a loop, select between structs containing vectors and
; pointers, an array-of-structs value updated with insertvalue in a loop,
; a struct with a zero-length array member, {i1, i7} small-field structs,
; and aggregate-returning functions whose results meet in a phi.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%state = type { <4 x i32>, ptr, [2 x [2 x i16]] }
%small = type { i1, i7 }
%flex = type { i32, [0 x i64] }

@names = internal constant [3 x ptr] [ptr @s_a, ptr @s_b, ptr @s_c]
@s_a = private unnamed_addr constant [7 x i8] c"path-a\00"
@s_b = private unnamed_addr constant [7 x i8] c"path-b\00"
@s_c = private unnamed_addr constant [7 x i8] c"path-c\00"
@fs = private unnamed_addr constant [50 x i8] c"%-7s v=<%d %d %d %d> name=%s m=[[%d %d] [%d %d]]\0A\00"
@fl = private unnamed_addr constant [73 x i8] c"loop state after %d rounds: v=<%d %d %d %d> name=%s m=[[%d %d] [%d %d]]\0A\00"
@fa = private unnamed_addr constant [51 x i8] c"array of structs: %d/%lld %d/%lld %d/%lld %d/%lld\0A\00"
@fz = private unnamed_addr constant [45 x i8] c"flex: size=%ld head=%d tail elems %lld %lld\0A\00"
@fsm = private unnamed_addr constant [41 x i8] c"small {i1,i7}: %d %d -> %d %d, size=%ld\0A\00"
@fr = private unnamed_addr constant [38 x i8] c"returned-aggregate phi: {%lld, %lld}\0A\00"
@n0 = private unnamed_addr constant [6 x i8] c"merge\00"
@n1 = private unnamed_addr constant [7 x i8] c"select\00"

declare i32 @printf(ptr, ...)

define internal void @show(ptr %label, %state %s) {
  %v = extractvalue %state %s, 0
  %v0 = extractelement <4 x i32> %v, i32 0
  %v1 = extractelement <4 x i32> %v, i32 1
  %v2 = extractelement <4 x i32> %v, i32 2
  %v3 = extractelement <4 x i32> %v, i32 3
  %n = extractvalue %state %s, 1
  %m00 = extractvalue %state %s, 2, 0, 0
  %m01 = extractvalue %state %s, 2, 0, 1
  %m10 = extractvalue %state %s, 2, 1, 0
  %m11 = extractvalue %state %s, 2, 1, 1
  %a = sext i16 %m00 to i32
  %b = sext i16 %m01 to i32
  %c = sext i16 %m10 to i32
  %d = sext i16 %m11 to i32
  call i32 (ptr, ...) @printf(ptr @fs, ptr %label, i32 %v0, i32 %v1, i32 %v2, i32 %v3, ptr %n, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

define internal { i64, i64 } @pair_a(i64 %x) {
  %a = insertvalue { i64, i64 } poison, i64 %x, 0
  %b = insertvalue { i64, i64 } %a, i64 -1, 1
  ret { i64, i64 } %b
}

define internal { i64, i64 } @pair_b(i64 %x) {
  %m = mul i64 %x, %x
  %a = insertvalue { i64, i64 } { i64 7, i64 poison }, i64 %m, 1
  ret { i64, i64 } %a
}

define internal %state @pick(i32 %k) {
entry:
  %r = urem i32 %k, 3
  switch i32 %r, label %c [
    i32 0, label %a
    i32 1, label %b
  ]
a:
  %sa = insertvalue %state { <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr @s_a, [2 x [2 x i16]] zeroinitializer }, i16 11, 2, 0, 0
  br label %join
b:
  %kv = insertelement <4 x i32> zeroinitializer, i32 %k, i32 2
  %sb0 = insertvalue %state poison, <4 x i32> %kv, 0
  %sb1 = insertvalue %state %sb0, ptr @s_b, 1
  %sb2 = insertvalue %state %sb1, [2 x [2 x i16]] [[2 x i16] [i16 -1, i16 -2], [2 x i16] [i16 -3, i16 -4]], 2
  br label %join
c:
  br label %join
join:
  %s = phi %state [ %sa, %a ], [ %sb2, %b ], [ { <4 x i32> <i32 9, i32 9, i32 9, i32 9>, ptr @s_c, [2 x [2 x i16]] [[2 x i16] [i16 5, i16 6], [2 x i16] [i16 7, i16 8]] }, %c ]
  ret %state %s
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %p0 = call %state @pick(i32 0)
  %p1 = call %state @pick(i32 %argc)
  %p2 = call %state @pick(i32 5)
  call void @show(ptr @n0, %state %p0)
  call void @show(ptr @n0, %state %p1)
  call void @show(ptr @n0, %state %p2)
  %cond = icmp eq i32 %argc, 4
  %sel = select i1 %cond, %state %p1, %state %p2
  call void @show(ptr @n1, %state %sel)
  br label %loop

; each round: v += <1,2,3,4> * round, rotate names, transpose the 2x2 matrix
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %st = phi %state [ %p0, %entry ], [ %st3, %loop ]
  %v = extractvalue %state %st, 0
  %ri = insertelement <4 x i32> poison, i32 %i, i32 0
  %rs = shufflevector <4 x i32> %ri, <4 x i32> poison, <4 x i32> zeroinitializer
  %inc = mul <4 x i32> %rs, <i32 1, i32 2, i32 3, i32 4>
  %v1 = add <4 x i32> %v, %inc
  %st1 = insertvalue %state %st, <4 x i32> %v1, 0
  %ni = urem i32 %i, 3
  %np = getelementptr inbounds [3 x ptr], ptr @names, i32 0, i32 %ni
  %nm = load ptr, ptr %np
  %st2 = insertvalue %state %st1, ptr %nm, 1
  %m01 = extractvalue %state %st2, 2, 0, 1
  %m10 = extractvalue %state %st2, 2, 1, 0
  %t1 = insertvalue %state %st2, i16 %m10, 2, 0, 1
  %t2 = insertvalue %state %t1, i16 %m01, 2, 1, 0
  %m00 = extractvalue %state %t2, 2, 0, 0
  %m00b = add i16 %m00, 1
  %st3 = insertvalue %state %t2, i16 %m00b, 2, 0, 0
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 7
  br i1 %c, label %loop, label %after

after:
  %fv = extractvalue %state %st3, 0
  %f0 = extractelement <4 x i32> %fv, i32 0
  %f1 = extractelement <4 x i32> %fv, i32 1
  %f2 = extractelement <4 x i32> %fv, i32 2
  %f3 = extractelement <4 x i32> %fv, i32 3
  %fn = extractvalue %state %st3, 1
  %g00 = extractvalue %state %st3, 2, 0, 0
  %g01 = extractvalue %state %st3, 2, 0, 1
  %g10 = extractvalue %state %st3, 2, 1, 0
  %g11 = extractvalue %state %st3, 2, 1, 1
  %h00 = sext i16 %g00 to i32
  %h01 = sext i16 %g01 to i32
  %h10 = sext i16 %g10 to i32
  %h11 = sext i16 %g11 to i32
  call i32 (ptr, ...) @printf(ptr @fl, i32 %i1, i32 %f0, i32 %f1, i32 %f2, i32 %f3, ptr %fn, i32 %h00, i32 %h01, i32 %h10, i32 %h11)
  br label %aos

; array of 4 structs as a single SSA value, updated in a loop
aos:
  %j = phi i32 [ 0, %after ], [ %j1, %aosnext ]
  %arr = phi [4 x { i32, i64 }] [ zeroinitializer, %after ], [ %arr5, %aosnext ]
  switch i32 %j, label %aosnext [
    i32 0, label %e0
    i32 1, label %e1
    i32 2, label %e2
    i32 3, label %e3
  ]
e0:
  %x0 = insertvalue [4 x { i32, i64 }] %arr, { i32, i64 } { i32 10, i64 -10 }, 0
  br label %aosnext
e1:
  %a64 = sext i32 %argc to i64
  %x1a = insertvalue [4 x { i32, i64 }] %arr, i32 %argc, 1, 0
  %x1 = insertvalue [4 x { i32, i64 }] %x1a, i64 %a64, 1, 1
  br label %aosnext
e2:
  %prev = extractvalue [4 x { i32, i64 }] %arr, 1
  %x2 = insertvalue [4 x { i32, i64 }] %arr, { i32, i64 } %prev, 2
  br label %aosnext
e3:
  %p2v = extractvalue [4 x { i32, i64 }] %arr, 2, 1
  %p2d = mul i64 %p2v, 1000000000000
  %x3 = insertvalue [4 x { i32, i64 }] %arr, i64 %p2d, 3, 1
  br label %aosnext
aosnext:
  %arr5 = phi [4 x { i32, i64 }] [ %arr, %aos ], [ %x0, %e0 ], [ %x1, %e1 ], [ %x2, %e2 ], [ %x3, %e3 ]
  %j1 = add i32 %j, 1
  %cj = icmp slt i32 %j1, 5
  br i1 %cj, label %aos, label %aosdone

aosdone:
  %q0 = extractvalue [4 x { i32, i64 }] %arr5, 0, 0
  %q1 = extractvalue [4 x { i32, i64 }] %arr5, 0, 1
  %q2 = extractvalue [4 x { i32, i64 }] %arr5, 1, 0
  %q3 = extractvalue [4 x { i32, i64 }] %arr5, 1, 1
  %q4 = extractvalue [4 x { i32, i64 }] %arr5, 2, 0
  %q5 = extractvalue [4 x { i32, i64 }] %arr5, 2, 1
  %q6 = extractvalue [4 x { i32, i64 }] %arr5, 3, 0
  %q7 = extractvalue [4 x { i32, i64 }] %arr5, 3, 1
  call i32 (ptr, ...) @printf(ptr @fa, i32 %q0, i64 %q1, i32 %q2, i64 %q3, i32 %q4, i64 %q5, i32 %q6, i64 %q7)

  ; struct with a trailing zero-length array: elements live past the struct size
  %fsz = ptrtoint ptr getelementptr (%flex, ptr null, i64 1) to i64
  %fbuf = alloca [4 x i64], align 8
  %fh = getelementptr inbounds %flex, ptr %fbuf, i32 0, i32 0
  store i32 %argc, ptr %fh
  %ft0 = getelementptr inbounds %flex, ptr %fbuf, i32 0, i32 1, i64 0
  %ft2 = getelementptr inbounds %flex, ptr %fbuf, i32 0, i32 1, i64 2
  store i64 111, ptr %ft0
  store i64 -222, ptr %ft2
  %fhv = load i32, ptr %fh
  %ft0v = load i64, ptr %ft0
  %ft2v = load i64, ptr %ft2
  call i32 (ptr, ...) @printf(ptr @fz, i64 %fsz, i32 %fhv, i64 %ft0v, i64 %ft2v)

  ; { i1, i7 }
  %a7 = trunc i32 %argc to i7
  %sm0 = insertvalue %small { i1 true, i7 poison }, i7 %a7, 1
  %smm = alloca %small
  store %small %sm0, ptr %smm
  %sml = load %small, ptr %smm
  %sb = extractvalue %small %sml, 0
  %sv = extractvalue %small %sml, 1
  %sbn = xor i1 %sb, true
  %svn = mul i7 %sv, -3
  %sm1 = insertvalue %small %sml, i1 %sbn, 0
  %sm2 = insertvalue %small %sm1, i7 %svn, 1
  %ob = extractvalue %small %sm2, 0
  %ov = extractvalue %small %sm2, 1
  %sbz = zext i1 %sb to i32
  %svz = sext i7 %sv to i32
  %obz = zext i1 %ob to i32
  %ovz = sext i7 %ov to i32
  %ssz = ptrtoint ptr getelementptr (%small, ptr null, i64 1) to i64
  call i32 (ptr, ...) @printf(ptr @fsm, i32 %sbz, i32 %svz, i32 %obz, i32 %ovz, i64 %ssz)

  ; results of two aggregate-returning calls meet in a phi
  %a64b = sext i32 %argc to i64
  %even = icmp eq i32 %argc, 4
  br i1 %even, label %ca, label %cb
ca:
  %ra = call { i64, i64 } @pair_a(i64 %a64b)
  br label %cj2
cb:
  %rb = call { i64, i64 } @pair_b(i64 %a64b)
  br label %cj2
cj2:
  %rp = phi { i64, i64 } [ %ra, %ca ], [ %rb, %cb ]
  %rb2 = call { i64, i64 } @pair_b(i64 %a64b)
  %rsel = select i1 %even, { i64, i64 } %rb2, { i64, i64 } %rp
  %r0 = extractvalue { i64, i64 } %rp, 0
  %r1 = extractvalue { i64, i64 } %rsel, 1
  call i32 (ptr, ...) @printf(ptr @fr, i64 %r0, i64 %r1)
  %ret = add i32 %f3, %h00
  ret i32 %ret
}
