; Odd widths flowing through phis and selects: an i7 counter that wraps,
; a 24-bit Galois LFSR, Euclid's gcd on i33, Collatz on i48, i1 arithmetic,
; and nuw/nsw flags on values where they provably hold.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fwrap = private unnamed_addr constant [42 x i8] c"i7 wrap: steps=%d final=%d min=%d max=%d\0A\00"
@flfsr = private unnamed_addr constant [22 x i8] c"lfsr24 step %d: %06x\0A\00"
@fgcd = private unnamed_addr constant [38 x i8] c"gcd33(%llu, %llu) = %llu in %d steps\0A\00"
@fcol = private unnamed_addr constant [38 x i8] c"collatz48(%llu): %d steps, peak %llu\0A\00"
@fi1 = private unnamed_addr constant [80 x i8] c"i1: add=%d sub=%d mul=%d and=%d or=%d xor=%d udiv=%d urem=%d sext=%d select=%d\0A\00"
@fflags = private unnamed_addr constant [27 x i8] c"flags: %d %d %lld %llu %d\0A\00"
@fsel = private unnamed_addr constant [31 x i8] c"select chain i19: %d %d %d %d\0A\00"

declare i32 @printf(ptr, ...)

define internal i19 @clamp19(i19 %x, i19 %lo, i19 %hi) {
  %lt = icmp slt i19 %x, %lo
  %a = select i1 %lt, i19 %lo, i19 %x
  %gt = icmp sgt i19 %a, %hi
  %b = select i1 %gt, i19 %hi, i19 %a
  ret i19 %b
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %start7 = trunc i32 %argc to i7
  br label %wrap

; i7 counter stepping by 37 (no wrap flags) until it hits a value again
wrap:
  %n = phi i32 [ 0, %entry ], [ %n1, %wrap ]
  %x7 = phi i7 [ %start7, %entry ], [ %x7n, %wrap ]
  %mn = phi i7 [ 63, %entry ], [ %mn1, %wrap ]
  %mx = phi i7 [ -64, %entry ], [ %mx1, %wrap ]
  %x7n = add i7 %x7, 37
  %lt = icmp slt i7 %x7n, %mn
  %mn1 = select i1 %lt, i7 %x7n, i7 %mn
  %gt = icmp sgt i7 %x7n, %mx
  %mx1 = select i1 %gt, i7 %x7n, i7 %mx
  %n1 = add nuw nsw i32 %n, 1
  %back = icmp eq i7 %x7n, %start7
  br i1 %back, label %wrapdone, label %wrap

wrapdone:
  %fin = sext i7 %x7n to i32
  %mn32 = sext i7 %mn1 to i32
  %mx32 = sext i7 %mx1 to i32
  call i32 (ptr, ...) @printf(ptr @fwrap, i32 %n1, i32 %fin, i32 %mn32, i32 %mx32)
  br label %lfsr

; Galois LFSR, taps 0xD80000 (x^24+x^23+x^21+x^20+1)
lfsr:
  %s = phi i24 [ 11259375, %wrapdone ], [ %s1, %lfsrnext ]
  %k = phi i32 [ 0, %wrapdone ], [ %k1, %lfsrnext ]
  %lsb = trunc i24 %s to i1
  %sh = lshr i24 %s, 1
  %tap = xor i24 %sh, -2621440
  %s1 = select i1 %lsb, i24 %tap, i24 %sh
  %k1 = add i32 %k, 1
  %pm = and i32 %k1, 127
  %pz = icmp eq i32 %pm, 0
  br i1 %pz, label %lfsrprint, label %lfsrnext

lfsrprint:
  %sz = zext i24 %s1 to i32
  call i32 (ptr, ...) @printf(ptr @flfsr, i32 %k1, i32 %sz)
  br label %lfsrnext

lfsrnext:
  %ld = icmp ult i32 %k1, 1000
  br i1 %ld, label %lfsr, label %gcd

gcd:
  %ga0 = phi i33 [ 7778742049, %lfsrnext ]
  br label %gcdloop

gcdloop:
  %ga = phi i33 [ %ga0, %gcd ], [ %gb, %gcdloop ]
  %gb = phi i33 [ 4807526976, %gcd ], [ %gr, %gcdloop ]
  %gs = phi i32 [ 0, %gcd ], [ %gs1, %gcdloop ]
  %gr = urem i33 %ga, %gb
  %gs1 = add i32 %gs, 1
  %gz = icmp eq i33 %gr, 0
  br i1 %gz, label %gcddone, label %gcdloop

gcddone:
  %g64 = zext i33 %gb to i64
  %ga64 = zext i33 %ga0 to i64
  call i32 (ptr, ...) @printf(ptr @fgcd, i64 %ga64, i64 4807526976, i64 %g64, i32 %gs1)
  %ac48 = zext i32 %argc to i48
  %c0 = add i48 %ac48, 77031
  br label %col

col:
  %cx = phi i48 [ %c0, %gcddone ], [ %cn, %col ]
  %cs = phi i32 [ 0, %gcddone ], [ %cs1, %col ]
  %cp = phi i48 [ %c0, %gcddone ], [ %cp1, %col ]
  %odd = trunc i48 %cx to i1
  %even = and i48 %cx, -2
  %half = lshr exact i48 %even, 1
  %tr = mul nuw i48 %cx, 3
  %tr1 = add nuw i48 %tr, 1
  %cn = select i1 %odd, i48 %tr1, i48 %half
  %big = icmp ugt i48 %cn, %cp
  %cp1 = select i1 %big, i48 %cn, i48 %cp
  %cs1 = add i32 %cs, 1
  %one = icmp eq i48 %cn, 1
  br i1 %one, label %coldone, label %col

coldone:
  %c064 = zext i48 %c0 to i64
  %cp64 = zext i48 %cp1 to i64
  call i32 (ptr, ...) @printf(ptr @fcol, i64 %c064, i32 %cs1, i64 %cp64)

  ; i1 arithmetic: values from argc so they are not all constants
  %t = icmp sgt i32 %argc, 0
  %f = icmp slt i32 %argc, 0
  %i1add = add i1 %t, %t
  %i1sub = sub i1 %f, %t
  %i1mul = mul i1 %t, %t
  %i1and = and i1 %t, %f
  %i1or = or i1 %t, %f
  %i1xor = xor i1 %t, %f
  %i1udiv = udiv i1 %f, %t
  %i1urem = urem i1 %t, %t
  %i1sext = sext i1 %t to i32
  %i1sel = select i1 %t, i1 %f, i1 %t
  %z0 = zext i1 %i1add to i32
  %z1 = zext i1 %i1sub to i32
  %z2 = zext i1 %i1mul to i32
  %z3 = zext i1 %i1and to i32
  %z4 = zext i1 %i1or to i32
  %z5 = zext i1 %i1xor to i32
  %z6 = zext i1 %i1udiv to i32
  %z7 = zext i1 %i1urem to i32
  %z9 = zext i1 %i1sel to i32
  call i32 (ptr, ...) @printf(ptr @fi1, i32 %z0, i32 %z1, i32 %z2, i32 %z3, i32 %z4, i32 %z5, i32 %z6, i32 %z7, i32 %i1sext, i32 %z9)

  ; flags that hold for these operands
  %a13 = trunc i32 %argc to i13
  %fa = add nuw nsw i13 %a13, 4000
  %fb = sub nsw i13 %a13, 4090
  %fc = mul nsw i41 -1000000, 1000000
  %fd = shl nuw i57 3, 54
  %fe = udiv exact i13 4004, 4
  %fa32 = sext i13 %fa to i32
  %fb32 = sext i13 %fb to i32
  %fc64 = sext i41 %fc to i64
  %fd64 = zext i57 %fd to i64
  %fe32 = zext i13 %fe to i32
  call i32 (ptr, ...) @printf(ptr @fflags, i32 %fa32, i32 %fb32, i64 %fc64, i64 %fd64, i32 %fe32)

  %c1 = call i19 @clamp19(i19 -300000, i19 -1000, i19 1000)
  %c2 = call i19 @clamp19(i19 262143, i19 -1000, i19 1000)
  %c3 = call i19 @clamp19(i19 -17, i19 -1000, i19 1000)
  %c4 = call i19 @clamp19(i19 200000, i19 -262144, i19 150000)
  %c1s = sext i19 %c1 to i32
  %c2s = sext i19 %c2 to i32
  %c3s = sext i19 %c3 to i32
  %c4s = sext i19 %c4 to i32
  call i32 (ptr, ...) @printf(ptr @fsel, i32 %c1s, i32 %c2s, i32 %c3s, i32 %c4s)
  %r0 = urem i32 %cs1, 50
  %r = add i32 %r0, %fin
  ret i32 %r
}
