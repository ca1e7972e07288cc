; trunc/zext/sext chains between odd widths, alloc sizes of odd widths
; (via gep on null), and odd-width loads/stores through memory: same-type
; round trips for non-byte widths, byte-level inspection for byte-multiple
; widths (i24, i40, i48, i96).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fsz = private unnamed_addr constant [95 x i8] c"sizes: i1=%ld i3=%ld i17=%ld i24=%ld i33=%ld i40=%ld i48=%ld i63=%ld i65=%ld i96=%ld i127=%ld\0A\00"
@fcast = private unnamed_addr constant [87 x i8] c"cast %lld: t3=%u t7s=%d t17z=%u t17s=%d s24=%lld z33=%llu s40=%lld t48z=%llu s63=%lld\0A\00"
@fbytes = private unnamed_addr constant [10 x i8] c"%s bytes:\00"
@fbyte = private unnamed_addr constant [6 x i8] c" %02x\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@frt = private unnamed_addr constant [60 x i8] c"roundtrip i17[%d]=%d i33=%lld i63=%lld i65lo=%llx i65hi=%u\0A\00"
@fstruct = private unnamed_addr constant [68 x i8] c"struct {i3,i17,i40,i7}: %d %d %lld %d off=%ld,%ld,%ld,%ld size=%ld\0A\00"
@s24 = private unnamed_addr constant [4 x i8] c"i24\00"
@s40 = private unnamed_addr constant [4 x i8] c"i40\00"
@s48 = private unnamed_addr constant [4 x i8] c"i48\00"
@s96 = private unnamed_addr constant [4 x i8] c"i96\00"

@vals = internal constant [6 x i64] [i64 0, i64 -1, i64 123456789012345, i64 -987654321987, i64 9223372036854775807, i64 1311768467750121216]

%odd = type { i3, i17, i40, i7 }

declare i32 @printf(ptr, ...)

define internal void @dump(ptr %name, ptr %p, i64 %n) {
entry:
  call i32 (ptr, ...) @printf(ptr @fbytes, ptr %name)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %q = getelementptr inbounds i8, ptr %p, i64 %i
  %b = load i8, ptr %q
  %b32 = zext i8 %b to i32
  call i32 (ptr, ...) @printf(ptr @fbyte, i32 %b32)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @casts(i64 %v) {
  %t3 = trunc i64 %v to i3
  %t3z = zext i3 %t3 to i32
  %t7 = trunc i64 %v to i7
  %t7s = sext i7 %t7 to i32
  %t17 = trunc i64 %v to i17
  %t17z = zext i17 %t17 to i32
  %t17s = sext i17 %t17 to i32
  %t24 = trunc i64 %v to i24
  %s24 = sext i24 %t24 to i64
  %t33 = trunc i64 %v to i33
  %z33 = zext i33 %t33 to i64
  %t40 = trunc i64 %v to i40
  %s40a = sext i40 %t40 to i65
  %s40 = trunc i65 %s40a to i64
  %t48 = trunc i64 %v to i48
  %t48b = trunc i48 %t48 to i45
  %t48z = zext i45 %t48b to i64
  %t63 = trunc i64 %v to i63
  %s63a = sext i63 %t63 to i127
  %s63b = trunc i127 %s63a to i96
  %s63 = trunc i96 %s63b to i64
  call i32 (ptr, ...) @printf(ptr @fcast, i64 %v, i32 %t3z, i32 %t7s, i32 %t17z, i32 %t17s, i64 %s24, i64 %z33, i64 %s40, i64 %t48z, i64 %s63)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  ; alloc sizes from gep on null
  %z1 = ptrtoint ptr getelementptr (i1, ptr null, i64 1) to i64
  %z3 = ptrtoint ptr getelementptr (i3, ptr null, i64 1) to i64
  %z17 = ptrtoint ptr getelementptr (i17, ptr null, i64 1) to i64
  %z24 = ptrtoint ptr getelementptr (i24, ptr null, i64 1) to i64
  %z33 = ptrtoint ptr getelementptr (i33, ptr null, i64 1) to i64
  %z40 = ptrtoint ptr getelementptr (i40, ptr null, i64 1) to i64
  %z48 = ptrtoint ptr getelementptr (i48, ptr null, i64 1) to i64
  %z63 = ptrtoint ptr getelementptr (i63, ptr null, i64 1) to i64
  %z65 = ptrtoint ptr getelementptr (i65, ptr null, i64 1) to i64
  %z96 = ptrtoint ptr getelementptr (i96, ptr null, i64 1) to i64
  %z127 = ptrtoint ptr getelementptr (i127, ptr null, i64 1) to i64
  call i32 (ptr, ...) @printf(ptr @fsz, i64 %z1, i64 %z3, i64 %z17, i64 %z24, i64 %z33, i64 %z40, i64 %z48, i64 %z63, i64 %z65, i64 %z96, i64 %z127)
  br label %castloop

castloop:
  %i = phi i64 [ 0, %entry ], [ %i1, %castloop ]
  %pv = getelementptr inbounds [6 x i64], ptr @vals, i64 0, i64 %i
  %v = load i64, ptr %pv
  call void @casts(i64 %v)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 6
  br i1 %c, label %castloop, label %mem

mem:
  ; byte-multiple odd widths: inspect the stored bytes
  %b24 = alloca [4 x i8], align 4
  store i32 0, ptr %b24
  store i24 -1193046, ptr %b24          ; 0xedcba9... low 24 bits
  call void @dump(ptr @s24, ptr %b24, i64 3)
  %b40 = alloca [8 x i8], align 8
  store i64 0, ptr %b40
  store i40 1099511627775, ptr %b40     ; all 40 bits set
  %b40p = getelementptr inbounds i8, ptr %b40, i64 2
  store i8 90, ptr %b40p                ; overwrite one byte inside it
  call void @dump(ptr @s40, ptr %b40, i64 5)
  %rl40 = load i40, ptr %b40
  %b48 = alloca [8 x i8], align 8
  %rl48 = zext i40 %rl40 to i48
  %rl48b = shl i48 %rl48, 4
  store i48 %rl48b, ptr %b48
  call void @dump(ptr @s48, ptr %b48, i64 6)
  %b96 = alloca [16 x i8], align 16
  store i96 -2, ptr %b96
  %b96p = getelementptr inbounds i8, ptr %b96, i64 11
  store i8 18, ptr %b96p
  call void @dump(ptr @s96, ptr %b96, i64 12)
  %r96 = load i96, ptr %b96
  %r96s = lshr i96 %r96, 80
  %r96t = trunc i96 %r96s to i32

  ; non-byte widths: same-type round trips in an array
  %arr = alloca [5 x i17], align 4
  br label %fill

fill:
  %j = phi i32 [ 0, %mem ], [ %j1, %fill ]
  %jv = trunc i32 %j to i17
  %jm = mul i17 %jv, -12345
  %pj = getelementptr inbounds [5 x i17], ptr %arr, i32 0, i32 %j
  store i17 %jm, ptr %pj
  %j1 = add i32 %j, 1
  %cj = icmp slt i32 %j1, 5
  br i1 %cj, label %fill, label %read

read:
  %k = phi i32 [ 0, %fill ], [ %k1, %read ]
  %pk = getelementptr inbounds i17, ptr %arr, i32 %k
  %lv = load i17, ptr %pk
  %lv32 = sext i17 %lv to i32
  %s33 = alloca i33
  %k33 = sext i32 %k to i33
  %v33 = mul i33 %k33, -1431655765
  store i33 %v33, ptr %s33
  %l33 = load i33, ptr %s33
  %l33s = sext i33 %l33 to i64
  %s63 = alloca i63
  %k63 = zext i32 %k to i63
  %v63 = shl i63 %k63, 60
  store volatile i63 %v63, ptr %s63
  %l63 = load volatile i63, ptr %s63
  %l63s = sext i63 %l63 to i64
  %s65 = alloca i65
  %k65 = sext i32 %k to i65
  %v65 = sub i65 %k65, 3
  store i65 %v65, ptr %s65
  %l65 = load i65, ptr %s65
  %l65lo = trunc i65 %l65 to i64
  %l65h = lshr i65 %l65, 64
  %l65hi = trunc i65 %l65h to i32
  call i32 (ptr, ...) @printf(ptr @frt, i32 %k, i32 %lv32, i64 %l33s, i64 %l63s, i64 %l65lo, i32 %l65hi)
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 5
  br i1 %ck, label %read, label %st

st:
  ; a struct of odd widths, with field offsets computed by gep
  %so = alloca %odd, align 8
  %f0 = getelementptr inbounds %odd, ptr %so, i32 0, i32 0
  %f1 = getelementptr inbounds %odd, ptr %so, i32 0, i32 1
  %f2 = getelementptr inbounds %odd, ptr %so, i32 0, i32 2
  %f3 = getelementptr inbounds %odd, ptr %so, i32 0, i32 3
  store i3 -3, ptr %f0
  store i17 -70000, ptr %f1
  store i40 -549755813000, ptr %f2
  store i7 -60, ptr %f3
  %sv = load %odd, ptr %so
  %e0 = extractvalue %odd %sv, 0
  %e1 = extractvalue %odd %sv, 1
  %e2 = extractvalue %odd %sv, 2
  %e3 = extractvalue %odd %sv, 3
  %e0s = sext i3 %e0 to i32
  %e1s = sext i17 %e1 to i32
  %e2s = sext i40 %e2 to i64
  %e3s = sext i7 %e3 to i32
  %base = ptrtoint ptr %so to i64
  %o0 = ptrtoint ptr %f0 to i64
  %o1 = ptrtoint ptr %f1 to i64
  %o2 = ptrtoint ptr %f2 to i64
  %o3 = ptrtoint ptr %f3 to i64
  %d0 = sub i64 %o0, %base
  %d1 = sub i64 %o1, %base
  %d2 = sub i64 %o2, %base
  %d3 = sub i64 %o3, %base
  %ssz = ptrtoint ptr getelementptr (%odd, ptr null, i64 1) to i64
  call i32 (ptr, ...) @printf(ptr @fstruct, i32 %e0s, i32 %e1s, i64 %e2s, i32 %e3s, i64 %d0, i64 %d1, i64 %d2, i64 %d3, i64 %ssz)
  %ret0 = urem i32 %r96t, 113
  %ret = add i32 %ret0, 1
  ret i32 %ret
}
