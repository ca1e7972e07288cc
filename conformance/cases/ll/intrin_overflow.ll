; llvm.{s,u}{add,sub,mul}.with.overflow on i8, i16, i24, i32, i64, i128
; and <4 x i32>: both the wrapped value and the overflow bit are printed,
; and overflow bits steer branches (checked arithmetic with a fallback).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fr = private unnamed_addr constant [34 x i8] c"%s %-4s(%lld, %lld) = %lld ov=%d\0A\00"
@f128 = private unnamed_addr constant [34 x i8] c"i128 %-4s = %016llx%016llx ov=%d\0A\00"
@fv = private unnamed_addr constant [43 x i8] c"v4i32 %s = [%d %d %d %d] ov=[%d %d %d %d]\0A\00"
@ffact = private unnamed_addr constant [30 x i8] c"largest n with n! in i%d: %d\0A\00"
@fsum = private unnamed_addr constant [19 x i8] c"overflow count=%d\0A\00"

@n_sadd = private unnamed_addr constant [5 x i8] c"sadd\00"
@n_uadd = private unnamed_addr constant [5 x i8] c"uadd\00"
@n_ssub = private unnamed_addr constant [5 x i8] c"ssub\00"
@n_usub = private unnamed_addr constant [5 x i8] c"usub\00"
@n_smul = private unnamed_addr constant [5 x i8] c"smul\00"
@n_umul = private unnamed_addr constant [5 x i8] c"umul\00"
@w8 = private unnamed_addr constant [3 x i8] c"i8\00"
@w16 = private unnamed_addr constant [4 x i8] c"i16\00"
@w24 = private unnamed_addr constant [4 x i8] c"i24\00"
@w32 = private unnamed_addr constant [4 x i8] c"i32\00"
@w64 = private unnamed_addr constant [4 x i8] c"i64\00"

declare i32 @printf(ptr, ...)
declare { i8, i1 } @llvm.sadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.uadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.ssub.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.usub.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)
declare { i16, i1 } @llvm.sadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.uadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.ssub.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.usub.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.smul.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.umul.with.overflow.i16(i16, i16)
declare { i24, i1 } @llvm.sadd.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.uadd.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.ssub.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.usub.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.smul.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.umul.with.overflow.i24(i24, i24)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.usub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare { i128, i1 } @llvm.sadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.uadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.ssub.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.usub.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.smul.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128)
declare { <4 x i32>, <4 x i1> } @llvm.sadd.with.overflow.v4i32(<4 x i32>, <4 x i32>)
declare { <4 x i32>, <4 x i1> } @llvm.umul.with.overflow.v4i32(<4 x i32>, <4 x i32>)
declare { <4 x i32>, <4 x i1> } @llvm.ssub.with.overflow.v4i32(<4 x i32>, <4 x i32>)

define internal i32 @all_i8(i8 %a, i8 %b) {
  %a64 = sext i8 %a to i64
  %b64 = sext i8 %b to i64
  %sadd = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %a, i8 %b)
  %sadd.v = extractvalue { i8, i1 } %sadd, 0
  %sadd.o = extractvalue { i8, i1 } %sadd, 1
  %sadd.v64 = sext i8 %sadd.v to i64
  %sadd.o32 = zext i1 %sadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_sadd, i64 %a64, i64 %b64, i64 %sadd.v64, i32 %sadd.o32)
  %sadd.acc = add i32 0, %sadd.o32
  %uadd = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %a, i8 %b)
  %uadd.v = extractvalue { i8, i1 } %uadd, 0
  %uadd.o = extractvalue { i8, i1 } %uadd, 1
  %uadd.v64 = zext i8 %uadd.v to i64
  %uadd.o32 = zext i1 %uadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_uadd, i64 %a64, i64 %b64, i64 %uadd.v64, i32 %uadd.o32)
  %uadd.acc = add i32 %sadd.acc, %uadd.o32
  %ssub = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %a, i8 %b)
  %ssub.v = extractvalue { i8, i1 } %ssub, 0
  %ssub.o = extractvalue { i8, i1 } %ssub, 1
  %ssub.v64 = sext i8 %ssub.v to i64
  %ssub.o32 = zext i1 %ssub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_ssub, i64 %a64, i64 %b64, i64 %ssub.v64, i32 %ssub.o32)
  %ssub.acc = add i32 %uadd.acc, %ssub.o32
  %usub = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %a, i8 %b)
  %usub.v = extractvalue { i8, i1 } %usub, 0
  %usub.o = extractvalue { i8, i1 } %usub, 1
  %usub.v64 = zext i8 %usub.v to i64
  %usub.o32 = zext i1 %usub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_usub, i64 %a64, i64 %b64, i64 %usub.v64, i32 %usub.o32)
  %usub.acc = add i32 %ssub.acc, %usub.o32
  %smul = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %a, i8 %b)
  %smul.v = extractvalue { i8, i1 } %smul, 0
  %smul.o = extractvalue { i8, i1 } %smul, 1
  %smul.v64 = sext i8 %smul.v to i64
  %smul.o32 = zext i1 %smul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_smul, i64 %a64, i64 %b64, i64 %smul.v64, i32 %smul.o32)
  %smul.acc = add i32 %usub.acc, %smul.o32
  %umul = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %a, i8 %b)
  %umul.v = extractvalue { i8, i1 } %umul, 0
  %umul.o = extractvalue { i8, i1 } %umul, 1
  %umul.v64 = zext i8 %umul.v to i64
  %umul.o32 = zext i1 %umul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w8, ptr @n_umul, i64 %a64, i64 %b64, i64 %umul.v64, i32 %umul.o32)
  %umul.acc = add i32 %smul.acc, %umul.o32
  ret i32 %umul.acc
}

define internal i32 @all_i16(i16 %a, i16 %b) {
  %a64 = sext i16 %a to i64
  %b64 = sext i16 %b to i64
  %sadd = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %a, i16 %b)
  %sadd.v = extractvalue { i16, i1 } %sadd, 0
  %sadd.o = extractvalue { i16, i1 } %sadd, 1
  %sadd.v64 = sext i16 %sadd.v to i64
  %sadd.o32 = zext i1 %sadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_sadd, i64 %a64, i64 %b64, i64 %sadd.v64, i32 %sadd.o32)
  %sadd.acc = add i32 0, %sadd.o32
  %uadd = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %a, i16 %b)
  %uadd.v = extractvalue { i16, i1 } %uadd, 0
  %uadd.o = extractvalue { i16, i1 } %uadd, 1
  %uadd.v64 = zext i16 %uadd.v to i64
  %uadd.o32 = zext i1 %uadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_uadd, i64 %a64, i64 %b64, i64 %uadd.v64, i32 %uadd.o32)
  %uadd.acc = add i32 %sadd.acc, %uadd.o32
  %ssub = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %a, i16 %b)
  %ssub.v = extractvalue { i16, i1 } %ssub, 0
  %ssub.o = extractvalue { i16, i1 } %ssub, 1
  %ssub.v64 = sext i16 %ssub.v to i64
  %ssub.o32 = zext i1 %ssub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_ssub, i64 %a64, i64 %b64, i64 %ssub.v64, i32 %ssub.o32)
  %ssub.acc = add i32 %uadd.acc, %ssub.o32
  %usub = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %a, i16 %b)
  %usub.v = extractvalue { i16, i1 } %usub, 0
  %usub.o = extractvalue { i16, i1 } %usub, 1
  %usub.v64 = zext i16 %usub.v to i64
  %usub.o32 = zext i1 %usub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_usub, i64 %a64, i64 %b64, i64 %usub.v64, i32 %usub.o32)
  %usub.acc = add i32 %ssub.acc, %usub.o32
  %smul = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %a, i16 %b)
  %smul.v = extractvalue { i16, i1 } %smul, 0
  %smul.o = extractvalue { i16, i1 } %smul, 1
  %smul.v64 = sext i16 %smul.v to i64
  %smul.o32 = zext i1 %smul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_smul, i64 %a64, i64 %b64, i64 %smul.v64, i32 %smul.o32)
  %smul.acc = add i32 %usub.acc, %smul.o32
  %umul = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %a, i16 %b)
  %umul.v = extractvalue { i16, i1 } %umul, 0
  %umul.o = extractvalue { i16, i1 } %umul, 1
  %umul.v64 = zext i16 %umul.v to i64
  %umul.o32 = zext i1 %umul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w16, ptr @n_umul, i64 %a64, i64 %b64, i64 %umul.v64, i32 %umul.o32)
  %umul.acc = add i32 %smul.acc, %umul.o32
  ret i32 %umul.acc
}

define internal i32 @all_i24(i24 %a, i24 %b) {
  %a64 = sext i24 %a to i64
  %b64 = sext i24 %b to i64
  %sadd = call { i24, i1 } @llvm.sadd.with.overflow.i24(i24 %a, i24 %b)
  %sadd.v = extractvalue { i24, i1 } %sadd, 0
  %sadd.o = extractvalue { i24, i1 } %sadd, 1
  %sadd.v64 = sext i24 %sadd.v to i64
  %sadd.o32 = zext i1 %sadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_sadd, i64 %a64, i64 %b64, i64 %sadd.v64, i32 %sadd.o32)
  %sadd.acc = add i32 0, %sadd.o32
  %uadd = call { i24, i1 } @llvm.uadd.with.overflow.i24(i24 %a, i24 %b)
  %uadd.v = extractvalue { i24, i1 } %uadd, 0
  %uadd.o = extractvalue { i24, i1 } %uadd, 1
  %uadd.v64 = zext i24 %uadd.v to i64
  %uadd.o32 = zext i1 %uadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_uadd, i64 %a64, i64 %b64, i64 %uadd.v64, i32 %uadd.o32)
  %uadd.acc = add i32 %sadd.acc, %uadd.o32
  %ssub = call { i24, i1 } @llvm.ssub.with.overflow.i24(i24 %a, i24 %b)
  %ssub.v = extractvalue { i24, i1 } %ssub, 0
  %ssub.o = extractvalue { i24, i1 } %ssub, 1
  %ssub.v64 = sext i24 %ssub.v to i64
  %ssub.o32 = zext i1 %ssub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_ssub, i64 %a64, i64 %b64, i64 %ssub.v64, i32 %ssub.o32)
  %ssub.acc = add i32 %uadd.acc, %ssub.o32
  %usub = call { i24, i1 } @llvm.usub.with.overflow.i24(i24 %a, i24 %b)
  %usub.v = extractvalue { i24, i1 } %usub, 0
  %usub.o = extractvalue { i24, i1 } %usub, 1
  %usub.v64 = zext i24 %usub.v to i64
  %usub.o32 = zext i1 %usub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_usub, i64 %a64, i64 %b64, i64 %usub.v64, i32 %usub.o32)
  %usub.acc = add i32 %ssub.acc, %usub.o32
  %smul = call { i24, i1 } @llvm.smul.with.overflow.i24(i24 %a, i24 %b)
  %smul.v = extractvalue { i24, i1 } %smul, 0
  %smul.o = extractvalue { i24, i1 } %smul, 1
  %smul.v64 = sext i24 %smul.v to i64
  %smul.o32 = zext i1 %smul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_smul, i64 %a64, i64 %b64, i64 %smul.v64, i32 %smul.o32)
  %smul.acc = add i32 %usub.acc, %smul.o32
  %umul = call { i24, i1 } @llvm.umul.with.overflow.i24(i24 %a, i24 %b)
  %umul.v = extractvalue { i24, i1 } %umul, 0
  %umul.o = extractvalue { i24, i1 } %umul, 1
  %umul.v64 = zext i24 %umul.v to i64
  %umul.o32 = zext i1 %umul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w24, ptr @n_umul, i64 %a64, i64 %b64, i64 %umul.v64, i32 %umul.o32)
  %umul.acc = add i32 %smul.acc, %umul.o32
  ret i32 %umul.acc
}

define internal i32 @all_i32(i32 %a, i32 %b) {
  %a64 = sext i32 %a to i64
  %b64 = sext i32 %b to i64
  %sadd = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %sadd.v = extractvalue { i32, i1 } %sadd, 0
  %sadd.o = extractvalue { i32, i1 } %sadd, 1
  %sadd.v64 = sext i32 %sadd.v to i64
  %sadd.o32 = zext i1 %sadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_sadd, i64 %a64, i64 %b64, i64 %sadd.v64, i32 %sadd.o32)
  %sadd.acc = add i32 0, %sadd.o32
  %uadd = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %a, i32 %b)
  %uadd.v = extractvalue { i32, i1 } %uadd, 0
  %uadd.o = extractvalue { i32, i1 } %uadd, 1
  %uadd.v64 = zext i32 %uadd.v to i64
  %uadd.o32 = zext i1 %uadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_uadd, i64 %a64, i64 %b64, i64 %uadd.v64, i32 %uadd.o32)
  %uadd.acc = add i32 %sadd.acc, %uadd.o32
  %ssub = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %a, i32 %b)
  %ssub.v = extractvalue { i32, i1 } %ssub, 0
  %ssub.o = extractvalue { i32, i1 } %ssub, 1
  %ssub.v64 = sext i32 %ssub.v to i64
  %ssub.o32 = zext i1 %ssub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_ssub, i64 %a64, i64 %b64, i64 %ssub.v64, i32 %ssub.o32)
  %ssub.acc = add i32 %uadd.acc, %ssub.o32
  %usub = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %a, i32 %b)
  %usub.v = extractvalue { i32, i1 } %usub, 0
  %usub.o = extractvalue { i32, i1 } %usub, 1
  %usub.v64 = zext i32 %usub.v to i64
  %usub.o32 = zext i1 %usub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_usub, i64 %a64, i64 %b64, i64 %usub.v64, i32 %usub.o32)
  %usub.acc = add i32 %ssub.acc, %usub.o32
  %smul = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %a, i32 %b)
  %smul.v = extractvalue { i32, i1 } %smul, 0
  %smul.o = extractvalue { i32, i1 } %smul, 1
  %smul.v64 = sext i32 %smul.v to i64
  %smul.o32 = zext i1 %smul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_smul, i64 %a64, i64 %b64, i64 %smul.v64, i32 %smul.o32)
  %smul.acc = add i32 %usub.acc, %smul.o32
  %umul = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %a, i32 %b)
  %umul.v = extractvalue { i32, i1 } %umul, 0
  %umul.o = extractvalue { i32, i1 } %umul, 1
  %umul.v64 = zext i32 %umul.v to i64
  %umul.o32 = zext i1 %umul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w32, ptr @n_umul, i64 %a64, i64 %b64, i64 %umul.v64, i32 %umul.o32)
  %umul.acc = add i32 %smul.acc, %umul.o32
  ret i32 %umul.acc
}

define internal i32 @all_i64(i64 %a, i64 %b) {
  %a64 = add i64 %a, 0
  %b64 = add i64 %b, 0
  %sadd = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  %sadd.v = extractvalue { i64, i1 } %sadd, 0
  %sadd.o = extractvalue { i64, i1 } %sadd, 1
  %sadd.v64 = add i64 %sadd.v, 0
  %sadd.o32 = zext i1 %sadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_sadd, i64 %a64, i64 %b64, i64 %sadd.v64, i32 %sadd.o32)
  %sadd.acc = add i32 0, %sadd.o32
  %uadd = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %a, i64 %b)
  %uadd.v = extractvalue { i64, i1 } %uadd, 0
  %uadd.o = extractvalue { i64, i1 } %uadd, 1
  %uadd.v64 = add i64 %uadd.v, 0
  %uadd.o32 = zext i1 %uadd.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_uadd, i64 %a64, i64 %b64, i64 %uadd.v64, i32 %uadd.o32)
  %uadd.acc = add i32 %sadd.acc, %uadd.o32
  %ssub = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %a, i64 %b)
  %ssub.v = extractvalue { i64, i1 } %ssub, 0
  %ssub.o = extractvalue { i64, i1 } %ssub, 1
  %ssub.v64 = add i64 %ssub.v, 0
  %ssub.o32 = zext i1 %ssub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_ssub, i64 %a64, i64 %b64, i64 %ssub.v64, i32 %ssub.o32)
  %ssub.acc = add i32 %uadd.acc, %ssub.o32
  %usub = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %a, i64 %b)
  %usub.v = extractvalue { i64, i1 } %usub, 0
  %usub.o = extractvalue { i64, i1 } %usub, 1
  %usub.v64 = add i64 %usub.v, 0
  %usub.o32 = zext i1 %usub.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_usub, i64 %a64, i64 %b64, i64 %usub.v64, i32 %usub.o32)
  %usub.acc = add i32 %ssub.acc, %usub.o32
  %smul = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %a, i64 %b)
  %smul.v = extractvalue { i64, i1 } %smul, 0
  %smul.o = extractvalue { i64, i1 } %smul, 1
  %smul.v64 = add i64 %smul.v, 0
  %smul.o32 = zext i1 %smul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_smul, i64 %a64, i64 %b64, i64 %smul.v64, i32 %smul.o32)
  %smul.acc = add i32 %usub.acc, %smul.o32
  %umul = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %umul.v = extractvalue { i64, i1 } %umul, 0
  %umul.o = extractvalue { i64, i1 } %umul, 1
  %umul.v64 = add i64 %umul.v, 0
  %umul.o32 = zext i1 %umul.o to i32
  call i32 (ptr, ...) @printf(ptr @fr, ptr @w64, ptr @n_umul, i64 %a64, i64 %b64, i64 %umul.v64, i32 %umul.o32)
  %umul.acc = add i32 %smul.acc, %umul.o32
  ret i32 %umul.acc
}

define internal void @p128(ptr %name, { i128, i1 } %r) {
  %v = extractvalue { i128, i1 } %r, 0
  %o = extractvalue { i128, i1 } %r, 1
  %lo = trunc i128 %v to i64
  %s = lshr i128 %v, 64
  %hi = trunc i128 %s to i64
  %o32 = zext i1 %o to i32
  call i32 (ptr, ...) @printf(ptr @f128, ptr %name, i64 %hi, i64 %lo, i32 %o32)
  ret void
}

define internal void @pv(ptr %name, { <4 x i32>, <4 x i1> } %r) {
  %v = extractvalue { <4 x i32>, <4 x i1> } %r, 0
  %o = extractvalue { <4 x i32>, <4 x i1> } %r, 1
  %oz = zext <4 x i1> %o to <4 x i32>
  %v0 = extractelement <4 x i32> %v, i32 0
  %v1 = extractelement <4 x i32> %v, i32 1
  %v2 = extractelement <4 x i32> %v, i32 2
  %v3 = extractelement <4 x i32> %v, i32 3
  %o0 = extractelement <4 x i32> %oz, i32 0
  %o1 = extractelement <4 x i32> %oz, i32 1
  %o2 = extractelement <4 x i32> %oz, i32 2
  %o3 = extractelement <4 x i32> %oz, i32 3
  call i32 (ptr, ...) @printf(ptr @fv, ptr %name, i32 %v0, i32 %v1, i32 %v2, i32 %v3, i32 %o0, i32 %o1, i32 %o2, i32 %o3)
  ret void
}

; largest n such that n! fits, using umul.with.overflow.i24 / smul i64 / umul i128
define internal void @fact_limits() {
entry:
  br label %l24
l24:
  %n = phi i24 [ 1, %entry ], [ %n1, %c24 ]
  %f = phi i24 [ 1, %entry ], [ %fv, %c24 ]
  %n1 = add i24 %n, 1
  %m = call { i24, i1 } @llvm.umul.with.overflow.i24(i24 %f, i24 %n1)
  %fv = extractvalue { i24, i1 } %m, 0
  %ov = extractvalue { i24, i1 } %m, 1
  br i1 %ov, label %d24, label %c24
c24:
  br label %l24
d24:
  %n32 = zext i24 %n to i32
  call i32 (ptr, ...) @printf(ptr @ffact, i32 24, i32 %n32)
  br label %l64
l64:
  %k = phi i64 [ 1, %d24 ], [ %k1, %l64 ]
  %g = phi i64 [ 1, %d24 ], [ %gv, %l64 ]
  %k1 = add i64 %k, 1
  %mm = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %g, i64 %k1)
  %gv = extractvalue { i64, i1 } %mm, 0
  %ov2 = extractvalue { i64, i1 } %mm, 1
  br i1 %ov2, label %d64, label %l64
d64:
  %k32 = trunc i64 %k to i32
  call i32 (ptr, ...) @printf(ptr @ffact, i32 63, i32 %k32)
  br label %l128
l128:
  %j = phi i128 [ 1, %d64 ], [ %j1, %l128 ]
  %h = phi i128 [ 1, %d64 ], [ %hv, %l128 ]
  %j1 = add i128 %j, 1
  %mh = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %h, i128 %j1)
  %hv = extractvalue { i128, i1 } %mh, 0
  %ov3 = extractvalue { i128, i1 } %mh, 1
  br i1 %ov3, label %d128, label %l128
d128:
  %j32 = trunc i128 %j to i32
  call i32 (ptr, ...) @printf(ptr @ffact, i32 128, i32 %j32)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a8 = trunc i32 %argc to i8
  %a8b = mul i8 %a8, 30
  %c1 = call i32 @all_i8(i8 %a8b, i8 %a8b)
  %c2 = call i32 @all_i8(i8 -128, i8 -1)
  %c3 = call i32 @all_i8(i8 100, i8 -100)
  %c4 = call i32 @all_i16(i16 -32768, i16 1)
  %c5 = call i32 @all_i16(i16 255, i16 257)
  %c6 = call i32 @all_i24(i24 8388607, i24 1)
  %c7 = call i32 @all_i24(i24 -4096, i24 4096)
  %c8 = call i32 @all_i32(i32 65536, i32 65536)
  %c9 = call i32 @all_i32(i32 %argc, i32 -2147483647)
  %a64 = sext i32 %argc to i64
  %c10 = call i32 @all_i64(i64 4294967296, i64 2147483648)
  %c11 = call i32 @all_i64(i64 -9223372036854775808, i64 %a64)
  %c12 = call i32 @all_i64(i64 3037000499, i64 3037000500)
  %t1 = add i32 %c1, %c2
  %t2 = add i32 %t1, %c3
  %t3 = add i32 %t2, %c4
  %t4 = add i32 %t3, %c5
  %t5 = add i32 %t4, %c6
  %t6 = add i32 %t5, %c7
  %t7 = add i32 %t6, %c8
  %t8 = add i32 %t7, %c9
  %t9 = add i32 %t8, %c10
  %t10 = add i32 %t9, %c11
  %t11 = add i32 %t10, %c12

  %w = zext i32 %argc to i128
  %big = shl i128 %w, 124
  %r1 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %big, i128 %big)
  call void @p128(ptr @n_sadd, { i128, i1 } %r1)
  %r2 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %big, i128 -1)
  call void @p128(ptr @n_uadd, { i128, i1 } %r2)
  %r3 = call { i128, i1 } @llvm.ssub.with.overflow.i128(i128 0, i128 %big)
  call void @p128(ptr @n_ssub, { i128, i1 } %r3)
  %r4 = call { i128, i1 } @llvm.usub.with.overflow.i128(i128 %w, i128 5)
  call void @p128(ptr @n_usub, { i128, i1 } %r4)
  %r5 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 -18446744073709551616, i128 9223372036854775808)
  call void @p128(ptr @n_smul, { i128, i1 } %r5)
  %r5b = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 18446744073709551616, i128 -9223372036854775809)
  call void @p128(ptr @n_smul, { i128, i1 } %r5b)
  %r6 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 18446744073709551616, i128 18446744073709551616)
  call void @p128(ptr @n_umul, { i128, i1 } %r6)
  %r6b = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 18446744073709551615, i128 18446744073709551617)
  call void @p128(ptr @n_umul, { i128, i1 } %r6b)

  %va = insertelement <4 x i32> <i32 2147483647, i32 -2147483648, i32 65536, i32 poison>, i32 %argc, i32 3
  %vs = call { <4 x i32>, <4 x i1> } @llvm.sadd.with.overflow.v4i32(<4 x i32> %va, <4 x i32> <i32 1, i32 -1, i32 65536, i32 10>)
  call void @pv(ptr @n_sadd, { <4 x i32>, <4 x i1> } %vs)
  %vm = call { <4 x i32>, <4 x i1> } @llvm.umul.with.overflow.v4i32(<4 x i32> %va, <4 x i32> <i32 2, i32 2, i32 65536, i32 1073741824>)
  call void @pv(ptr @n_umul, { <4 x i32>, <4 x i1> } %vm)
  %vsub = call { <4 x i32>, <4 x i1> } @llvm.ssub.with.overflow.v4i32(<4 x i32> %va, <4 x i32> <i32 -1, i32 1, i32 0, i32 -2147483648>)
  call void @pv(ptr @n_ssub, { <4 x i32>, <4 x i1> } %vsub)
  call void @fact_limits()
  call i32 (ptr, ...) @printf(ptr @fsum, i32 %t11)
  ret i32 %t11
}
