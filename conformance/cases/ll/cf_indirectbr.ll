; indirectbr with blockaddress: a threaded bytecode interpreter whose
; dispatch table is a global array of blockaddress constants, a second
; function choosing targets with select and phi over blockaddresses,
; blockaddress compared with null (the only defined comparison), and `unreachable` on a path that is never taken.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; opcodes: 0 push imm, 1 add, 2 mul, 3 dup, 4 swap, 5 jnz back by imm, 6 dec, 7 print, 8 halt, 9 over, 10 sub
@dispatch = internal constant [11 x ptr] [
  ptr blockaddress(@run, %op_push), ptr blockaddress(@run, %op_add),
  ptr blockaddress(@run, %op_mul),  ptr blockaddress(@run, %op_dup),
  ptr blockaddress(@run, %op_swap), ptr blockaddress(@run, %op_jnz),
  ptr blockaddress(@run, %op_dec),  ptr blockaddress(@run, %op_print),
  ptr blockaddress(@run, %op_halt), ptr blockaddress(@run, %op_over),
  ptr blockaddress(@run, %op_sub) ]

; factorial of N = argc+2, then 2*(N! + 5 - 3)
@prog = internal global [22 x i8] [
  i8 0, i8 1,     ;  0: push 1        [acc]
  i8 0, i8 0,     ;  2: push N        [acc n]   (N patched at run time)
  i8 7,           ;  4: print n                 <- loop
  i8 4,           ;  5: swap          [n acc]
  i8 9,           ;  6: over          [n acc n]
  i8 2,           ;  7: mul           [n acc*n]
  i8 4,           ;  8: swap          [acc n]
  i8 6,           ;  9: dec           [acc n-1]
  i8 5, i8 6,     ; 10: jnz back 6 -> pc 4
  i8 4,           ; 12: swap          [0 acc]
  i8 0, i8 5,     ; 13: push 5
  i8 1,           ; 15: add
  i8 0, i8 3,     ; 16: push 3
  i8 10,          ; 18: sub
  i8 3,           ; 19: dup
  i8 1,           ; 20: add
  i8 8 ]          ; 21: halt

@fpr = private unnamed_addr constant [16 x i8] c"vm print: %lld\0A\00"
@fres = private unnamed_addr constant [39 x i8] c"vm result: top=%lld depth=%d steps=%d\0A\00"
@fsel = private unnamed_addr constant [36 x i8] c"pick(%d) -> %s (same as first: %d)\0A\00"
@s_low = private unnamed_addr constant [4 x i8] c"low\00"
@s_mid = private unnamed_addr constant [4 x i8] c"mid\00"
@s_high = private unnamed_addr constant [5 x i8] c"high\00"

declare i32 @printf(ptr, ...)

; stack machine over i64; %code is a byte program
define internal i64 @run(ptr %code, ptr %depth_out, ptr %steps_out) {
entry:
  %stack = alloca [32 x i64], align 16
  br label %next

; fetch: pc, sp (number of elements), steps
next:
  %pc = phi i64 [ 0, %entry ], [ %pc.push, %op_push ], [ %pc1, %op_add ], [ %pc1, %op_mul ], [ %pc1, %op_dup ], [ %pc1, %op_swap ], [ %pc.j, %op_jnz ], [ %pc1, %op_dec ], [ %pc1, %op_print ], [ %pc1, %op_over ], [ %pc1, %op_sub ]
  %sp = phi i64 [ 0, %entry ], [ %sp.push, %op_push ], [ %sp.m1, %op_add ], [ %sp.m1, %op_mul ], [ %sp.dup, %op_dup ], [ %sp, %op_swap ], [ %sp, %op_jnz ], [ %sp, %op_dec ], [ %sp, %op_print ], [ %sp.dup, %op_over ], [ %sp.m1, %op_sub ]
  %steps = phi i32 [ 0, %entry ], [ %steps1, %op_push ], [ %steps1, %op_add ], [ %steps1, %op_mul ], [ %steps1, %op_dup ], [ %steps1, %op_swap ], [ %steps1, %op_jnz ], [ %steps1, %op_dec ], [ %steps1, %op_print ], [ %steps1, %op_over ], [ %steps1, %op_sub ]
  %steps1 = add i32 %steps, 1
  %opp = getelementptr inbounds i8, ptr %code, i64 %pc
  %op = load i8, ptr %opp
  %pc1 = add i64 %pc, 1
  %sp.dup = add i64 %sp, 1
  %sp.m1 = sub i64 %sp, 1
  %sp.m2 = sub i64 %sp, 2
  %topp = getelementptr [32 x i64], ptr %stack, i64 0, i64 %sp.m1
  %belowp = getelementptr [32 x i64], ptr %stack, i64 0, i64 %sp.m2
  %opz = zext i8 %op to i64
  %tgtp = getelementptr inbounds [11 x ptr], ptr @dispatch, i64 0, i64 %opz
  %tgt = load ptr, ptr %tgtp
  indirectbr ptr %tgt, [label %op_push, label %op_add, label %op_mul, label %op_dup, label %op_swap, label %op_jnz, label %op_dec, label %op_print, label %op_halt, label %op_over, label %op_sub]

op_push:
  %immp = getelementptr inbounds i8, ptr %code, i64 %pc1
  %imm = load i8, ptr %immp
  %imm64 = sext i8 %imm to i64
  %slot = getelementptr inbounds [32 x i64], ptr %stack, i64 0, i64 %sp
  store i64 %imm64, ptr %slot
  %sp.push = add i64 %sp, 1
  %pc.push = add i64 %pc, 2
  br label %next

op_add:
  %a1 = load i64, ptr %topp
  %b1 = load i64, ptr %belowp
  %s1 = add i64 %b1, %a1
  store i64 %s1, ptr %belowp
  br label %next

op_sub:
  %a9 = load i64, ptr %topp
  %b9 = load i64, ptr %belowp
  %s9 = sub i64 %b9, %a9
  store i64 %s9, ptr %belowp
  br label %next

op_mul:
  %a2 = load i64, ptr %topp
  %b2 = load i64, ptr %belowp
  %s2 = mul i64 %b2, %a2
  store i64 %s2, ptr %belowp
  br label %next

op_dup:
  %a3 = load i64, ptr %topp
  %dslot = getelementptr inbounds [32 x i64], ptr %stack, i64 0, i64 %sp
  store i64 %a3, ptr %dslot
  br label %next

op_over:
  %a8 = load i64, ptr %belowp
  %oslot = getelementptr inbounds [32 x i64], ptr %stack, i64 0, i64 %sp
  store i64 %a8, ptr %oslot
  br label %next

op_swap:
  %a4 = load i64, ptr %topp
  %b4 = load i64, ptr %belowp
  store i64 %b4, ptr %topp
  store i64 %a4, ptr %belowp
  br label %next

; jnz: if top != 0 jump back by imm (byte after opcode), top is kept
op_jnz:
  %a5 = load i64, ptr %topp
  %jp = getelementptr inbounds i8, ptr %code, i64 %pc1
  %off = load i8, ptr %jp
  %off64 = zext i8 %off to i64
  %nz = icmp ne i64 %a5, 0
  %back = sub i64 %pc, %off64
  %fwd = add i64 %pc, 2
  %pc.j = select i1 %nz, i64 %back, i64 %fwd
  br label %next

op_dec:
  %a6 = load i64, ptr %topp
  %d6 = sub i64 %a6, 1
  store i64 %d6, ptr %topp
  br label %next

op_print:
  %a7 = load i64, ptr %topp
  call i32 (ptr, ...) @printf(ptr @fpr, i64 %a7)
  br label %next

op_halt:
  %dep = trunc i64 %sp to i32
  store i32 %dep, ptr %depth_out
  store i32 %steps1, ptr %steps_out
  %res = load i64, ptr %topp
  ret i64 %res
}

define internal ptr @pick(i32 %x) {
entry:
  %neg = icmp slt i32 %x, 0
  br i1 %neg, label %impossible, label %ok
impossible:
  ; callers never pass negative values
  unreachable
ok:
  %lo = icmp slt i32 %x, 10
  %hi = icmp sgt i32 %x, 100
  %t1 = select i1 %lo, ptr blockaddress(@pick, %L), ptr blockaddress(@pick, %M)
  br i1 %hi, label %forcehigh, label %go
forcehigh:
  br label %go
go:
  %t = phi ptr [ %t1, %ok ], [ blockaddress(@pick, %H), %forcehigh ]
  indirectbr ptr %t, [label %L, label %M, label %H]
L:
  ret ptr @s_low
M:
  ret ptr @s_mid
H:
  ret ptr @s_high
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %n8 = trunc i32 %argc to i8
  %n8b = add i8 %n8, 2
  %np = getelementptr inbounds [22 x i8], ptr @prog, i64 0, i64 3
  store i8 %n8b, ptr %np
  %depth = alloca i32
  %steps = alloca i32
  %r = call i64 @run(ptr @prog, ptr %depth, ptr %steps)
  %dv = load i32, ptr %depth
  %sv = load i32, ptr %steps
  call i32 (ptr, ...) @printf(ptr @fres, i64 %r, i32 %dv, i32 %sv)
  %x = mul i32 %argc, 10
  %p1 = call ptr @pick(i32 3)
  %p2 = call ptr @pick(i32 %x)
  %p3 = call ptr @pick(i32 1000)
  %e1 = icmp eq ptr %p1, %p1
  %e2 = icmp eq ptr %p2, %p1
  %e3 = icmp eq ptr %p3, %p1
  %e1z = zext i1 %e1 to i32
  %e2z = zext i1 %e2 to i32
  %e3z = zext i1 %e3 to i32
  call i32 (ptr, ...) @printf(ptr @fsel, i32 3, ptr %p1, i32 %e1z)
  call i32 (ptr, ...) @printf(ptr @fsel, i32 %x, ptr %p2, i32 %e2z)
  call i32 (ptr, ...) @printf(ptr @fsel, i32 1000, ptr %p3, i32 %e3z)
  ; comparing block addresses with each other is undefined; against null is fine
  %ba1 = icmp eq ptr blockaddress(@pick, %L), null
  %ba1z = zext i1 %ba1 to i32
  %rr = trunc i64 %r to i32
  %ret0 = urem i32 %rr, 113
  %ret = add i32 %ret0, %ba1z
  ret i32 %ret
}
