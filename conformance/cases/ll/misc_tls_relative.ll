; Thread-local globals (general-dynamic, local-dynamic, initial-exec and
; local-exec models, scalar and array, with initialisers) accessed through
; llvm.threadlocal.address; and llvm.load.relative over a table of 32-bit
; self-relative offsets built from constant expressions, in a section with
; explicit alignment.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@tls_counter = internal thread_local global i32 100, align 4
@tls_ld = internal thread_local(localdynamic) global i64 -5, align 8
@tls_ie = internal thread_local(initialexec) global [4 x i16] [i16 1, i16 2, i16 3, i16 4], align 8
@tls_le = internal thread_local(localexec) global double 2.5, align 8
@tls_zero = internal thread_local global [16 x i8] zeroinitializer, align 16

@str0 = private constant [5 x i8] c"zero\00", align 1
@str1 = private constant [4 x i8] c"one\00", align 1
@str2 = private constant [4 x i8] c"two\00", align 1
@str3 = private constant [6 x i8] c"three\00", align 1

; reltab[i] = &str_i - &reltab  (load.relative(ptr, off) = ptr + *(i32*)(ptr + off))
@reltab = internal constant [4 x i32] [
  i32 trunc (i64 sub (i64 ptrtoint (ptr @str0 to i64), i64 ptrtoint (ptr @reltab to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @str1 to i64), i64 ptrtoint (ptr @reltab to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @str2 to i64), i64 ptrtoint (ptr @reltab to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @str3 to i64), i64 ptrtoint (ptr @reltab to i64)) to i32)
], section ".rodata.jir_rel", align 16

@ft = private unnamed_addr constant [60 x i8] c"tls: counter=%d ld=%lld ie=[%d %d %d %d] le=%g zero-sum=%d\0A\00"
@fr = private unnamed_addr constant [25 x i8] c"load.relative[%d] -> %s\0A\00"
@fa = private unnamed_addr constant [60 x i8] c"tls addresses stable: %d, distinct: %d, reltab aligned: %d\0A\00"

declare i32 @printf(ptr, ...)
declare ptr @llvm.threadlocal.address.p0(ptr)
declare ptr @llvm.load.relative.i32(ptr, i32)

define internal void @bump(i32 %by) {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @tls_counter)
  %v = load i32, ptr %p
  %v1 = add i32 %v, %by
  store i32 %v1, ptr %p
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  call void @bump(i32 %argc)
  call void @bump(i32 10)
  %pc = call ptr @llvm.threadlocal.address.p0(ptr @tls_counter)
  %c = load i32, ptr %pc
  %pld = call ptr @llvm.threadlocal.address.p0(ptr @tls_ld)
  %ld = load i64, ptr %pld
  %a64 = sext i32 %argc to i64
  %ld2 = mul i64 %ld, %a64
  store i64 %ld2, ptr %pld
  %ld3 = load i64, ptr %pld
  %pie = call ptr @llvm.threadlocal.address.p0(ptr @tls_ie)
  %ie2p = getelementptr inbounds [4 x i16], ptr %pie, i64 0, i64 2
  %ie2 = load i16, ptr %ie2p
  %ie2n = mul i16 %ie2, 100
  store i16 %ie2n, ptr %ie2p
  %iev = load [4 x i16], ptr %pie
  %i0 = extractvalue [4 x i16] %iev, 0
  %i1 = extractvalue [4 x i16] %iev, 1
  %i2 = extractvalue [4 x i16] %iev, 2
  %i3 = extractvalue [4 x i16] %iev, 3
  %i0z = sext i16 %i0 to i32
  %i1z = sext i16 %i1 to i32
  %i2z = sext i16 %i2 to i32
  %i3z = sext i16 %i3 to i32
  %ple = call ptr @llvm.threadlocal.address.p0(ptr @tls_le)
  %le = load double, ptr %ple
  %le2 = fmul double %le, -4.0
  store double %le2, ptr %ple
  %le3 = load double, ptr %ple
  %pz = call ptr @llvm.threadlocal.address.p0(ptr @tls_zero)
  %pz5 = getelementptr inbounds i8, ptr %pz, i64 5
  store i8 7, ptr %pz5
  %zv = load <16 x i8>, ptr %pz
  %zw = zext <16 x i8> %zv to <16 x i32>
  %zs = call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %zw)
  call i32 (ptr, ...) @printf(ptr @ft, i32 %c, i64 %ld3, i32 %i0z, i32 %i1z, i32 %i2z, i32 %i3z, double %le3, i32 %zs)
  br label %rel

rel:
  %k = phi i32 [ 0, %entry ], [ %k1, %rel ]
  %idx = sub i32 3, %k
  %off = shl i32 %idx, 2
  %s = call ptr @llvm.load.relative.i32(ptr @reltab, i32 %off)
  call i32 (ptr, ...) @printf(ptr @fr, i32 %idx, ptr %s)
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 4
  br i1 %ck, label %rel, label %addr

addr:
  %pc2 = call ptr @llvm.threadlocal.address.p0(ptr @tls_counter)
  %stable = icmp eq ptr %pc, %pc2
  %distinct = icmp ne ptr %pc, %pld
  %ri = ptrtoint ptr @reltab to i64
  %ra = and i64 %ri, 15
  %raz = icmp eq i64 %ra, 0
  %stz = zext i1 %stable to i32
  %dz = zext i1 %distinct to i32
  %rz = zext i1 %raz to i32
  call i32 (ptr, ...) @printf(ptr @fa, i32 %stz, i32 %dz, i32 %rz)
  %ret = sub i32 %c, 100
  ret i32 %ret
}

declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>)
