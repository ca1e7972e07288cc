; Integer vector arithmetic on <2 x i64>, <4 x i32>, <8 x i16>, <16 x i8>:
; add/sub/mul, udiv/sdiv/urem/srem with non-zero lanes, shifts by per-lane
; amounts, bitwise ops, icmp producing <N x i1>, and select with vector
; conditions. Lanes are printed by storing the vector and walking memory.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fname = private unnamed_addr constant [6 x i8] c"%-10s\00"
@fd = private unnamed_addr constant [6 x i8] c" %lld\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fsum = private unnamed_addr constant [15 x i8] c"checksum %llx\0A\00"
@n_add64 = private unnamed_addr constant [6 x i8] c"add64\00"
@n_mul64 = private unnamed_addr constant [6 x i8] c"mul64\00"
@n_div64 = private unnamed_addr constant [7 x i8] c"sdiv64\00"
@n_rem64 = private unnamed_addr constant [7 x i8] c"urem64\00"
@n_add32 = private unnamed_addr constant [6 x i8] c"add32\00"
@n_sub32 = private unnamed_addr constant [6 x i8] c"sub32\00"
@n_mul32 = private unnamed_addr constant [6 x i8] c"mul32\00"
@n_udiv32 = private unnamed_addr constant [7 x i8] c"udiv32\00"
@n_srem32 = private unnamed_addr constant [7 x i8] c"srem32\00"
@n_shl32 = private unnamed_addr constant [6 x i8] c"shl32\00"
@n_ashr32 = private unnamed_addr constant [7 x i8] c"ashr32\00"
@n_lshr32 = private unnamed_addr constant [7 x i8] c"lshr32\00"
@n_cmp32 = private unnamed_addr constant [6 x i8] c"cmp32\00"
@n_sel32 = private unnamed_addr constant [6 x i8] c"sel32\00"
@n_mul16 = private unnamed_addr constant [6 x i8] c"mul16\00"
@n_sdiv16 = private unnamed_addr constant [7 x i8] c"sdiv16\00"
@n_xor16 = private unnamed_addr constant [6 x i8] c"xor16\00"
@n_cmp16 = private unnamed_addr constant [6 x i8] c"ugt16\00"
@n_add8 = private unnamed_addr constant [5 x i8] c"add8\00"
@n_mul8 = private unnamed_addr constant [5 x i8] c"mul8\00"
@n_sel8 = private unnamed_addr constant [5 x i8] c"sel8\00"
@n_udiv8 = private unnamed_addr constant [6 x i8] c"udiv8\00"

declare i32 @printf(ptr, ...)

define internal void @pv64(ptr %n, <2 x i64> %v) {
  %m = alloca <2 x i64>
  store <2 x i64> %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  %e0 = load i64, ptr %m
  %p1 = getelementptr inbounds i64, ptr %m, i64 1
  %e1 = load i64, ptr %p1
  call i32 (ptr, ...) @printf(ptr @fd, i64 %e0)
  call i32 (ptr, ...) @printf(ptr @fd, i64 %e1)
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pv32(ptr %n, <4 x i32> %v) {
entry:
  %m = alloca <4 x i32>
  store <4 x i32> %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  br label %l
l:
  %i = phi i64 [ 0, %entry ], [ %i1, %l ]
  %p = getelementptr inbounds i32, ptr %m, i64 %i
  %e = load i32, ptr %p
  %e64 = sext i32 %e to i64
  call i32 (ptr, ...) @printf(ptr @fd, i64 %e64)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 4
  br i1 %c, label %l, label %d
d:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pv16(ptr %n, <8 x i16> %v) {
entry:
  %m = alloca <8 x i16>
  store <8 x i16> %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  br label %l
l:
  %i = phi i64 [ 0, %entry ], [ %i1, %l ]
  %p = getelementptr inbounds i16, ptr %m, i64 %i
  %e = load i16, ptr %p
  %e64 = sext i16 %e to i64
  call i32 (ptr, ...) @printf(ptr @fd, i64 %e64)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 8
  br i1 %c, label %l, label %d
d:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pv8(ptr %n, <16 x i8> %v) {
entry:
  %m = alloca <16 x i8>
  store <16 x i8> %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fname, ptr %n)
  br label %l
l:
  %i = phi i64 [ 0, %entry ], [ %i1, %l ]
  %p = getelementptr inbounds i8, ptr %m, i64 %i
  %e = load i8, ptr %p
  %e64 = zext i8 %e to i64
  call i32 (ptr, ...) @printf(ptr @fd, i64 %e64)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 16
  br i1 %c, label %l, label %d
d:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a64 = sext i32 %argc to i64
  %x64 = insertelement <2 x i64> <i64 -9223372036854775807, i64 poison>, i64 %a64, i32 1
  %y64 = add <2 x i64> %x64, <i64 -5, i64 1000000000000>
  call void @pv64(ptr @n_add64, <2 x i64> %y64)
  %m64 = mul <2 x i64> %y64, <i64 3, i64 -7>
  call void @pv64(ptr @n_mul64, <2 x i64> %m64)
  %d64 = sdiv <2 x i64> %m64, <i64 -1000, i64 13>
  call void @pv64(ptr @n_div64, <2 x i64> %d64)
  %r64 = urem <2 x i64> %m64, <i64 1000000007, i64 65536>
  call void @pv64(ptr @n_rem64, <2 x i64> %r64)

  %a = insertelement <4 x i32> undef, i32 %argc, i32 0
  %sp = shufflevector <4 x i32> %a, <4 x i32> undef, <4 x i32> zeroinitializer
  %base = add <4 x i32> %sp, <i32 0, i32 -100, i32 2147483640, i32 -2147483648>
  call void @pv32(ptr @n_add32, <4 x i32> %base)
  %sub = sub <4 x i32> <i32 10, i32 20, i32 30, i32 40>, %base
  call void @pv32(ptr @n_sub32, <4 x i32> %sub)
  %mul = mul <4 x i32> %base, %sub
  call void @pv32(ptr @n_mul32, <4 x i32> %mul)
  %udiv = udiv <4 x i32> %mul, <i32 3, i32 7, i32 65536, i32 1>
  call void @pv32(ptr @n_udiv32, <4 x i32> %udiv)
  %srem = srem <4 x i32> %mul, <i32 -3, i32 7, i32 100, i32 -1000000>
  call void @pv32(ptr @n_srem32, <4 x i32> %srem)
  %shl = shl <4 x i32> %base, <i32 0, i32 4, i32 31, i32 1>
  call void @pv32(ptr @n_shl32, <4 x i32> %shl)
  %ashr = ashr <4 x i32> %base, <i32 1, i32 2, i32 30, i32 31>
  call void @pv32(ptr @n_ashr32, <4 x i32> %ashr)
  %lshr = lshr <4 x i32> %base, <i32 1, i32 2, i32 30, i32 31>
  call void @pv32(ptr @n_lshr32, <4 x i32> %lshr)
  %cslt = icmp slt <4 x i32> %base, %sub
  %cult = icmp ult <4 x i32> %base, %sub
  %z1 = zext <4 x i1> %cslt to <4 x i32>
  %z2 = sext <4 x i1> %cult to <4 x i32>
  %z3 = shl <4 x i32> %z1, <i32 1, i32 1, i32 1, i32 1>
  %cmb = or <4 x i32> %z3, %z2
  call void @pv32(ptr @n_cmp32, <4 x i32> %cmb)
  %sel = select <4 x i1> %cslt, <4 x i32> %base, <4 x i32> %sub
  %sel2 = select <4 x i1> %cult, <4 x i32> %sel, <4 x i32> <i32 -1, i32 -2, i32 -3, i32 -4>
  call void @pv32(ptr @n_sel32, <4 x i32> %sel2)

  %a16 = trunc i32 %argc to i16
  %h = insertelement <8 x i16> <i16 1, i16 2, i16 -3, i16 300, i16 -32768, i16 32767, i16 255, i16 0>, i16 %a16, i32 7
  %hm = mul <8 x i16> %h, <i16 -1, i16 16384, i16 21846, i16 300, i16 -1, i16 2, i16 257, i16 1000>
  call void @pv16(ptr @n_mul16, <8 x i16> %hm)
  %hd = sdiv <8 x i16> %hm, <i16 2, i16 -3, i16 5, i16 7, i16 3, i16 -9, i16 11, i16 -13>
  call void @pv16(ptr @n_sdiv16, <8 x i16> %hd)
  %hx = xor <8 x i16> %hd, <i16 -1, i16 0, i16 255, i16 -256, i16 21845, i16 -21846, i16 1, i16 -32768>
  call void @pv16(ptr @n_xor16, <8 x i16> %hx)
  %hc = icmp ugt <8 x i16> %hx, %h
  %hcb = bitcast <8 x i1> %hc to i8
  %hce = sext <8 x i1> %hc to <8 x i16>
  call void @pv16(ptr @n_cmp16, <8 x i16> %hce)

  %a8 = trunc i32 %argc to i8
  %bv = insertelement <16 x i8> poison, i8 %a8, i32 0
  %bs = shufflevector <16 x i8> %bv, <16 x i8> poison, <16 x i32> zeroinitializer
  %b = add <16 x i8> %bs, <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>
  %bb = add <16 x i8> %b, <i8 250, i8 250, i8 250, i8 250, i8 250, i8 250, i8 250, i8 250, i8 0, i8 0, i8 0, i8 0, i8 128, i8 128, i8 128, i8 128>
  call void @pv8(ptr @n_add8, <16 x i8> %bb)
  %bm = mul <16 x i8> %bb, %b
  call void @pv8(ptr @n_mul8, <16 x i8> %bm)
  %bc = icmp sgt <16 x i8> %bb, %bm
  %bsel = select <16 x i1> %bc, <16 x i8> %bb, <16 x i8> %bm
  call void @pv8(ptr @n_sel8, <16 x i8> %bsel)
  %bd = udiv <16 x i8> %bsel, %b
  call void @pv8(ptr @n_udiv8, <16 x i8> %bd)

  ; fold everything into a checksum through bitcasts to i128
  %c1 = bitcast <2 x i64> %r64 to i128
  %c2 = bitcast <4 x i32> %sel2 to i128
  %c3 = bitcast <8 x i16> %hx to i128
  %c4 = bitcast <16 x i8> %bd to i128
  %x1 = xor i128 %c1, %c2
  %x2 = mul i128 %x1, 3
  %x3 = xor i128 %x2, %c3
  %x4 = add i128 %x3, %c4
  %lo = trunc i128 %x4 to i64
  %hs = lshr i128 %x4, 64
  %hi = trunc i128 %hs to i64
  %ck = xor i64 %lo, %hi
  call i32 (ptr, ...) @printf(ptr @fsum, i64 %ck)
  %r = zext i8 %hcb to i32
  %r2 = urem i32 %r, 120
  ret i32 %r2
}
