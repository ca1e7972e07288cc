; Hint and query intrinsics whose results are fully determined: llvm.expect
; (value passthrough; llvm.expect.with.probability is left out because
; clang-19 -O0 cannot select it), llvm.assume (plain
; and with an "align" operand bundle, conditions true), llvm.objectsize on
; allocas, globals and interior pointers with constant offsets (min and
; max modes; only the soundness of the bound is printed, since returning
; "unknown" is always legal), llvm.ptrmask, llvm.lifetime.start/end, llvm.invariant.start,
; llvm.launder/strip.invariant.group, llvm.prefetch, llvm.donothing,
; llvm.sideeffect and llvm.var.annotation.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@garr = internal global [100 x i16] zeroinitializer, align 16
@gstruct = internal global { i64, [7 x i8], i32 } zeroinitializer
@ann = private unnamed_addr constant [15 x i8] c"jir-annotation\00", section "llvm.metadata"
@file = private unnamed_addr constant [9 x i8] c"hints.ll\00", section "llvm.metadata"
@fe = private unnamed_addr constant [36 x i8] c"expect: %ld %d %ld; branch sum %ld\0A\00"
@fo = private unnamed_addr constant [138 x i8] c"objectsize bounds sound (alloca 40, interior 27, interior-min 27, global 200, global+50 100, field 16, past-end 0): %d %d %d %d %d %d %d\0A\00"
@fp = private unnamed_addr constant [73 x i8] c"ptrmask: offset in 16-block=%ld masked back=%ld aligned=%d keep-high=%d\0A\00"
@fl = private unnamed_addr constant [89 x i8] c"lifetime-scoped buffer sum=%d, invariant value=%d, laundered equal=%d stripped equal=%d\0A\00"

declare i32 @printf(ptr, ...)
declare i64 @llvm.expect.i64(i64, i64)
declare i1 @llvm.expect.i1(i1, i1)
declare i32 @llvm.expect.i32(i32, i32)
declare void @llvm.assume(i1)
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
declare i32 @llvm.objectsize.i32.p0(ptr, i1, i1, i1)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
declare ptr @llvm.invariant.start.p0(i64, ptr)
declare ptr @llvm.launder.invariant.group.p0(ptr)
declare ptr @llvm.strip.invariant.group.p0(ptr)
declare void @llvm.prefetch.p0(ptr, i32, i32, i32)
declare void @llvm.donothing()
declare void @llvm.sideeffect()
declare void @llvm.var.annotation.p0.p0(ptr, ptr, ptr, i32, ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a64 = sext i32 %argc to i64
  %e1 = call i64 @llvm.expect.i64(i64 %a64, i64 1)
  %e2 = call i32 @llvm.expect.i32(i32 %argc, i32 4)
  %big = icmp sgt i32 %argc, 0
  %e3 = call i1 @llvm.expect.i1(i1 %big, i1 true)
  call void @llvm.assume(i1 %big)
  call void @llvm.donothing()
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %cont ]
  %acc = phi i64 [ 0, %entry ], [ %acc2, %cont ]
  call void @llvm.sideeffect()
  %r = urem i64 %i, 7
  %rare = icmp eq i64 %r, 0
  %rx = call i1 @llvm.expect.i1(i1 %rare, i1 false)
  br i1 %rx, label %unlikely, label %cont
unlikely:
  %accu = add i64 %acc, 1000
  br label %cont
cont:
  %acc1 = phi i64 [ %acc, %loop ], [ %accu, %unlikely ]
  %acc2 = add i64 %acc1, %i
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %e1
  br i1 %c, label %loop, label %done

done:
  %e3z = zext i1 %e3 to i64
  call i32 (ptr, ...) @printf(ptr @fe, i64 %e1, i32 %e2, i64 %e3z, i64 %acc2)

  ; objectsize with statically known objects and constant offsets
  %buf = alloca [40 x i8], align 16
  call void @llvm.assume(i1 true) [ "align"(ptr %buf, i64 16) ]
  %os1 = call i64 @llvm.objectsize.i64.p0(ptr %buf, i1 false, i1 true, i1 false)
  %in = getelementptr inbounds [40 x i8], ptr %buf, i64 0, i64 13
  %os2 = call i64 @llvm.objectsize.i64.p0(ptr %in, i1 false, i1 true, i1 false)
  %os3 = call i64 @llvm.objectsize.i64.p0(ptr %in, i1 true, i1 true, i1 false)
  %os4 = call i64 @llvm.objectsize.i64.p0(ptr @garr, i1 false, i1 true, i1 false)
  %os5 = call i64 @llvm.objectsize.i64.p0(ptr getelementptr inbounds ([100 x i16], ptr @garr, i64 0, i64 50), i1 false, i1 true, i1 false)
  %fld = getelementptr inbounds { i64, [7 x i8], i32 }, ptr @gstruct, i32 0, i32 1
  %os6 = call i32 @llvm.objectsize.i32.p0(ptr %fld, i1 false, i1 true, i1 false)
  %os6e = sext i32 %os6 to i64
  %end = getelementptr inbounds [40 x i8], ptr %buf, i64 1
  %os7 = call i64 @llvm.objectsize.i64.p0(ptr %end, i1 true, i1 true, i1 false)
  ; the exact answer is up to the compiler ("unknown" is always legal), so
  ; only its soundness is printed: max mode (min=false) must be an upper
  ; bound or -1, min mode a lower bound or 0
  %b1 = icmp uge i64 %os1, 40
  %b2 = icmp uge i64 %os2, 27
  %b3 = icmp ule i64 %os3, 27
  %b4 = icmp uge i64 %os4, 200
  %b5 = icmp uge i64 %os5, 100
  %b6 = icmp uge i64 %os6e, 16
  %b6u = icmp eq i32 %os6, -1
  %b6x = or i1 %b6, %b6u
  %b7 = icmp ule i64 %os7, 0
  %z1 = zext i1 %b1 to i32
  %z2 = zext i1 %b2 to i32
  %z3 = zext i1 %b3 to i32
  %z4 = zext i1 %b4 to i32
  %z5 = zext i1 %b5 to i32
  %z6 = zext i1 %b6x to i32
  %z7 = zext i1 %b7 to i32
  call i32 (ptr, ...) @printf(ptr @fo, i32 %z1, i32 %z2, i32 %z3, i32 %z4, i32 %z5, i32 %z6, i32 %z7)

  ; ptrmask: clear the low 4 bits of an interior pointer of a 16-aligned buffer
  %off = add i64 %a64, 1
  %q = getelementptr inbounds i8, ptr %buf, i64 %off
  %qm = call ptr @llvm.ptrmask.p0.i64(ptr %q, i64 -16)
  %qi = ptrtoint ptr %q to i64
  %qmi = ptrtoint ptr %qm to i64
  %d = sub i64 %qi, %qmi
  %bi = ptrtoint ptr %buf to i64
  %back = sub i64 %qmi, %bi
  %al = and i64 %qmi, 15
  %alok = icmp eq i64 %al, 0
  %alz = zext i1 %alok to i32
  %keep = call ptr @llvm.ptrmask.p0.i64(ptr %q, i64 -1)
  %same = icmp eq ptr %keep, %q
  %samez = zext i1 %same to i32
  call i32 (ptr, ...) @printf(ptr @fp, i64 %d, i64 %back, i32 %alz, i32 %samez)

  ; lifetime-scoped temporary, prefetch, annotations, invariant.start
  %tmp = alloca [16 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 64, ptr %tmp)
  call void @llvm.var.annotation.p0.p0(ptr %tmp, ptr @ann, ptr @file, i32 42, ptr null)
  call void @llvm.memset.p0.i64(ptr %tmp, i8 1, i64 64, i1 false)
  call void @llvm.prefetch.p0(ptr %tmp, i32 0, i32 3, i32 1)
  %t5 = getelementptr inbounds [16 x i32], ptr %tmp, i64 0, i64 5
  %t5v = load i32, ptr %t5
  %t15 = getelementptr inbounds [16 x i32], ptr %tmp, i64 0, i64 15
  store i32 %argc, ptr %t15
  %t15v = load i32, ptr %t15
  %tsum = add i32 %t5v, %t15v
  call void @llvm.lifetime.end.p0(i64 64, ptr %tmp)
  %konst = alloca i32, align 4
  store i32 1234, ptr %konst
  %inv = call ptr @llvm.invariant.start.p0(i64 4, ptr %konst)
  %kv = load i32, ptr %konst
  %la = call ptr @llvm.launder.invariant.group.p0(ptr %konst)
  %st = call ptr @llvm.strip.invariant.group.p0(ptr %konst)
  %leq = icmp eq ptr %la, %konst
  %seq = icmp eq ptr %st, %konst
  %leqz = zext i1 %leq to i32
  %seqz = zext i1 %seq to i32
  call i32 (ptr, ...) @printf(ptr @fl, i32 %tsum, i32 %kv, i32 %leqz, i32 %seqz)
  %ret0 = add i64 %back, %d
  %ret1 = trunc i64 %ret0 to i32
  %ret = add i32 %ret1, %z2
  ret i32 %ret
}
