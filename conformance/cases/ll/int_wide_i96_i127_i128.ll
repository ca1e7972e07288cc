; Wide integer arithmetic on i96, i127 and i128: add/sub/mul, all four
; division kinds, shifts, compares, and a decimal printer for i128 built on
; udiv/urem by 10. Factorials and Fibonacci numbers overflow-check the widths.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fhex = private unnamed_addr constant [22 x i8] c"%-10s %016llx%016llx\0A\00"
@fdec = private unnamed_addr constant [10 x i8] c"%-10s %s\0A\00"
@ffib = private unnamed_addr constant [14 x i8] c"fib(%d) = %s\0A\00"
@ffact = private unnamed_addr constant [25 x i8] c"%d! = %s (i96 low=%llx)\0A\00"
@fcmp = private unnamed_addr constant [38 x i8] c"i127 cmp: slt=%d ult=%d sgt=%d eq=%d\0A\00"
@s_add = private unnamed_addr constant [4 x i8] c"add\00"
@s_sub = private unnamed_addr constant [4 x i8] c"sub\00"
@s_mul = private unnamed_addr constant [4 x i8] c"mul\00"
@s_udiv = private unnamed_addr constant [5 x i8] c"udiv\00"
@s_sdiv = private unnamed_addr constant [5 x i8] c"sdiv\00"
@s_urem = private unnamed_addr constant [5 x i8] c"urem\00"
@s_srem = private unnamed_addr constant [5 x i8] c"srem\00"
@s_shl = private unnamed_addr constant [4 x i8] c"shl\00"
@s_ashr = private unnamed_addr constant [5 x i8] c"ashr\00"
@s_i96 = private unnamed_addr constant [8 x i8] c"i96 mix\00"
@s_i127 = private unnamed_addr constant [10 x i8] c"i127 sdiv\00"
@s_i127r = private unnamed_addr constant [10 x i8] c"i127 srem\00"
@s_i127u = private unnamed_addr constant [10 x i8] c"i127 udiv\00"

declare i32 @printf(ptr, ...)

define internal void @hex128(ptr %name, i128 %v) {
  %lo = trunc i128 %v to i64
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  call i32 (ptr, ...) @printf(ptr @fhex, ptr %name, i64 %hi, i64 %lo)
  ret void
}

; writes the signed decimal representation of %v into %buf (>= 42 bytes)
define internal ptr @dec128(ptr %buf, i128 %v) {
entry:
  %end = getelementptr inbounds i8, ptr %buf, i64 41
  store i8 0, ptr %end
  %neg = icmp slt i128 %v, 0
  %nv = sub i128 0, %v
  %mag = select i1 %neg, i128 %nv, i128 %v
  br label %loop

loop:
  %p = phi ptr [ %end, %entry ], [ %p1, %loop ]
  %x = phi i128 [ %mag, %entry ], [ %q, %loop ]
  %q = udiv i128 %x, 10
  %r = urem i128 %x, 10
  %r8 = trunc i128 %r to i8
  %ch = add i8 %r8, 48
  %p1 = getelementptr inbounds i8, ptr %p, i64 -1
  store i8 %ch, ptr %p1
  %more = icmp ne i128 %q, 0
  br i1 %more, label %loop, label %sign

sign:
  br i1 %neg, label %minus, label %out

minus:
  %p2 = getelementptr inbounds i8, ptr %p1, i64 -1
  store i8 45, ptr %p2
  br label %out

out:
  %res = phi ptr [ %p1, %sign ], [ %p2, %minus ]
  ret ptr %res
}

define internal void @pdec(ptr %name, i128 %v) {
  %buf = alloca [48 x i8], align 16
  %s = call ptr @dec128(ptr %buf, i128 %v)
  call i32 (ptr, ...) @printf(ptr @fdec, ptr %name, ptr %s)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %buf = alloca [48 x i8], align 16
  %a0 = sext i32 %argc to i128
  ; a = 0x0123456789abcdef_fedcba9876543210 + argc
  %a = add i128 1512366075204170947332355369683137040, %a0
  %b = sub i128 0, 98765432109876543210987654321
  %add = add i128 %a, %b
  call void @hex128(ptr @s_add, i128 %add)
  call void @pdec(ptr @s_add, i128 %add)
  %sub = sub i128 %b, %a
  call void @hex128(ptr @s_sub, i128 %sub)
  call void @pdec(ptr @s_sub, i128 %sub)
  %mul = mul i128 %a, %b
  call void @hex128(ptr @s_mul, i128 %mul)
  call void @pdec(ptr @s_mul, i128 %mul)
  %udiv = udiv i128 %b, %a
  call void @pdec(ptr @s_udiv, i128 %udiv)
  %sdiv = sdiv i128 %a, %b
  call void @pdec(ptr @s_sdiv, i128 %sdiv)
  %urem = urem i128 %b, 1000000000000000000007
  call void @pdec(ptr @s_urem, i128 %urem)
  %srem = srem i128 %b, 1000000000000000000007
  call void @pdec(ptr @s_srem, i128 %srem)
  %sh = zext i32 %argc to i128
  %sha = add i128 %sh, 93
  %shl = shl i128 %a, %sha
  call void @hex128(ptr @s_shl, i128 %shl)
  %ashr = ashr i128 %b, %sha
  call void @hex128(ptr @s_ashr, i128 %ashr)
  call void @pdec(ptr @s_ashr, i128 %ashr)

  ; i96 mix: multiply, divide, and wrap
  %c96 = trunc i128 %a to i96
  %d96 = trunc i128 %b to i96
  %m96 = mul i96 %c96, %d96
  %q96 = sdiv i96 %m96, 12345678901
  %r96 = urem i96 %m96, 12345678901
  %x96 = xor i96 %q96, %r96
  %x96s = sext i96 %x96 to i128
  call void @hex128(ptr @s_i96, i128 %x96s)

  ; i127: sign bit is bit 126
  %e127 = trunc i128 %a to i127
  %f127 = add i127 -85070591730234615865843651857942052863, 0
  %g127 = sdiv i127 %f127, %e127
  %g128 = sext i127 %g127 to i128
  call void @pdec(ptr @s_i127, i128 %g128)
  %h127 = srem i127 %f127, %e127
  %h128 = sext i127 %h127 to i128
  call void @pdec(ptr @s_i127r, i128 %h128)
  %u127 = udiv i127 %f127, 7
  %u128 = zext i127 %u127 to i128
  call void @pdec(ptr @s_i127u, i128 %u128)
  %lt = icmp slt i127 %f127, %e127
  %ult = icmp ult i127 %f127, %e127
  %gt = icmp sgt i127 %f127, %e127
  %eq = icmp eq i127 %f127, %e127
  %lt32 = zext i1 %lt to i32
  %ult32 = zext i1 %ult to i32
  %gt32 = zext i1 %gt to i32
  %eq32 = zext i1 %eq to i32
  call i32 (ptr, ...) @printf(ptr @fcmp, i32 %lt32, i32 %ult32, i32 %gt32, i32 %eq32)
  br label %fib

fib:
  %n = phi i32 [ 0, %entry ], [ %n1, %fibnext ]
  %fa = phi i128 [ 0, %entry ], [ %fb, %fibnext ]
  %fb = phi i128 [ 1, %entry ], [ %fc, %fibnext ]
  %fc = add nuw nsw i128 %fa, %fb
  %n1 = add i32 %n, 1
  %pr = urem i32 %n, 37
  %dopr = icmp eq i32 %pr, 0
  br i1 %dopr, label %fibprint, label %fibnext

fibprint:
  %fs = call ptr @dec128(ptr %buf, i128 %fa)
  call i32 (ptr, ...) @printf(ptr @ffib, i32 %n, ptr %fs)
  br label %fibnext

fibnext:
  %fdone = icmp eq i32 %n1, 180
  br i1 %fdone, label %fact, label %fib

fact:
  %k = phi i32 [ 1, %fibnext ], [ %k1, %fact ]
  %f = phi i128 [ 1, %fibnext ], [ %f1, %fact ]
  %f96 = phi i96 [ 1, %fibnext ], [ %f96n, %fact ]
  %k128 = zext i32 %k to i128
  %f1 = mul nuw i128 %f, %k128
  %k96 = zext i32 %k to i96
  %f96n = mul i96 %f96, %k96
  %k1 = add i32 %k, 1
  %fdone2 = icmp eq i32 %k, 34
  br i1 %fdone2, label %factout, label %fact

factout:
  %fstr = call ptr @dec128(ptr %buf, i128 %f1)
  %lo96 = trunc i96 %f96n to i64
  call i32 (ptr, ...) @printf(ptr @ffact, i32 %k, ptr %fstr, i64 %lo96)
  ; 34! / 33! must be 34
  %back = udiv i128 %f1, %f
  %bk = trunc i128 %back to i32
  %st = add i32 %bk, %argc
  ret i32 %st
}
