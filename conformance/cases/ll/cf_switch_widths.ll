; switch on i8 (dense table with shared destinations), i64 (sparse, huge
; case values), i17 and i3 (odd widths, i3 fully covered so its default is
; unreachable), and i128; destinations shared by several cases receive
; phi values once per incoming edge; a switch-driven state machine loop.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@f8 = private unnamed_addr constant [13 x i8] c"i8 classes: \00"
@fch = private unnamed_addr constant [3 x i8] c"%c\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@f64 = private unnamed_addr constant [16 x i8] c"i64 %lld -> %d\0A\00"
@f17 = private unnamed_addr constant [58 x i8] c"i17 sum of mapped values over -70000..70000 step 997: %d\0A\00"
@f3 = private unnamed_addr constant [40 x i8] c"i3 gray codes: %d %d %d %d %d %d %d %d\0A\00"
@f128 = private unnamed_addr constant [26 x i8] c"i128 case -> %d %d %d %d\0A\00"
@fsm = private unnamed_addr constant [60 x i8] c"state machine: '%s' -> numbers=%d words=%d other=%d sum=%d\0A\00"
@text = private unnamed_addr constant [21 x i8] c"abc 12 x7 345, zz 9!\00"
@k64 = internal constant [8 x i64] [i64 0, i64 -1, i64 4294967296, i64 9223372036854775807, i64 -9223372036854775808, i64 1000000007, i64 42, i64 4294967295]

declare i32 @printf(ptr, ...)

; dense 0..15 over i8, several cases share blocks, phis get per-edge values
define internal i8 @class8(i8 %x) {
entry:
  %lo = and i8 %x, 15
  switch i8 %lo, label %other [
    i8 0, label %zero
    i8 1, label %odd
    i8 3, label %odd
    i8 5, label %odd
    i8 7, label %odd
    i8 2, label %even
    i8 4, label %even
    i8 6, label %even
    i8 8, label %even
    i8 9, label %nine
    i8 10, label %big
    i8 11, label %big
    i8 12, label %big
    i8 13, label %big
    i8 14, label %big
  ]
zero:
  br label %out
odd:
  br label %out
even:
  br label %out
nine:
  br label %out
big:
  %b = add i8 %lo, 55
  br label %out
other:
  br label %out
out:
  %r = phi i8 [ 90, %zero ], [ 111, %odd ], [ 101, %even ], [ 57, %nine ], [ %b, %big ], [ 63, %other ]
  ret i8 %r
}

; switch whose cases go straight to the join block: the phi lists the
; switch block once per edge (with equal values per block)
define internal i32 @direct(i64 %x) {
entry:
  switch i64 %x, label %dflt [
    i64 0, label %join
    i64 -1, label %join
    i64 4294967296, label %mid
    i64 9223372036854775807, label %join
    i64 -9223372036854775808, label %mid
    i64 1000000007, label %mid
  ]
mid:
  %m = trunc i64 %x to i32
  %m2 = xor i32 %m, 21845
  br label %join
dflt:
  br label %join
join:
  %r = phi i32 [ 1, %entry ], [ 1, %entry ], [ %m2, %mid ], [ 1, %entry ], [ -7, %dflt ]
  ret i32 %r
}

define internal i32 @map17(i17 %x) {
entry:
  switch i17 %x, label %d [
    i17 -65536, label %a
    i17 65535, label %b
    i17 0, label %c
    i17 -1, label %c
    i17 12345, label %e
    i17 -30000, label %e
    i17 997, label %f
  ]
a:
  ret i32 1000
b:
  ret i32 2000
c:
  ret i32 3
e:
  %xs = sext i17 %x to i32
  ret i32 %xs
f:
  ret i32 -997
d:
  %y = and i17 %x, 7
  %yz = zext i17 %y to i32
  ret i32 %yz
}

define internal i32 @gray3(i3 %x) {
entry:
  switch i3 %x, label %never [
    i3 0, label %g0
    i3 1, label %g1
    i3 2, label %g3
    i3 3, label %g2
    i3 -4, label %g6
    i3 -3, label %g7
    i3 -2, label %g5
    i3 -1, label %g4
  ]
g0:
  ret i32 0
g1:
  ret i32 1
g2:
  ret i32 2
g3:
  ret i32 3
g4:
  ret i32 4
g5:
  ret i32 5
g6:
  ret i32 6
g7:
  ret i32 7
never:
  unreachable
}

define internal i32 @sw128(i128 %x) {
entry:
  switch i128 %x, label %d [
    i128 0, label %a
    i128 18446744073709551616, label %b
    i128 -170141183460469231731687303715884105728, label %c
    i128 340282366920938463463374607431768211455, label %e
  ]
a:
  ret i32 10
b:
  ret i32 20
c:
  ret i32 30
e:
  ret i32 40
d:
  ret i32 -1
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  call i32 (ptr, ...) @printf(ptr @f8)
  br label %l8

l8:
  %i = phi i32 [ 0, %entry ], [ %i1, %l8 ]
  %i8 = trunc i32 %i to i8
  %v = mul i8 %i8, 7
  %cl = call i8 @class8(i8 %v)
  %clz = zext i8 %cl to i32
  call i32 (ptr, ...) @printf(ptr @fch, i32 %clz)
  %i1 = add i32 %i, 1
  %c8 = icmp slt i32 %i1, 40
  br i1 %c8, label %l8, label %l64pre

l64pre:
  call i32 (ptr, ...) @printf(ptr @fnl)
  br label %l64

l64:
  %j = phi i64 [ 0, %l64pre ], [ %j1, %l64 ]
  %kp = getelementptr inbounds [8 x i64], ptr @k64, i64 0, i64 %j
  %k = load i64, ptr %kp
  %d = call i32 @direct(i64 %k)
  call i32 (ptr, ...) @printf(ptr @f64, i64 %k, i32 %d)
  %j1 = add i64 %j, 1
  %c64 = icmp ult i64 %j1, 8
  br i1 %c64, label %l64, label %l17

l17:
  %x = phi i32 [ -70000, %l64 ], [ %x1, %l17 ]
  %acc = phi i32 [ 0, %l64 ], [ %acc1, %l17 ]
  %x17 = trunc i32 %x to i17
  %m = call i32 @map17(i17 %x17)
  %acc1 = add i32 %acc, %m
  %x1 = add i32 %x, 997
  %c17 = icmp sle i32 %x1, 70000
  br i1 %c17, label %l17, label %g

g:
  %g0 = call i32 @gray3(i3 0)
  %g1 = call i32 @gray3(i3 1)
  %g2 = call i32 @gray3(i3 2)
  %g3 = call i32 @gray3(i3 3)
  %g4 = call i32 @gray3(i3 4)
  %g5 = call i32 @gray3(i3 5)
  %g6 = call i32 @gray3(i3 6)
  %g7 = call i32 @gray3(i3 7)
  call i32 (ptr, ...) @printf(ptr @f17, i32 %acc1)
  call i32 (ptr, ...) @printf(ptr @f3, i32 %g0, i32 %g1, i32 %g2, i32 %g3, i32 %g4, i32 %g5, i32 %g6, i32 %g7)
  %w = zext i32 %argc to i128
  %w64 = shl i128 %w, 62
  %h0 = call i32 @sw128(i128 %w64)
  %h1 = call i32 @sw128(i128 -1)
  %h2 = call i32 @sw128(i128 -170141183460469231731687303715884105728)
  %h3 = call i32 @sw128(i128 0)
  call i32 (ptr, ...) @printf(ptr @f128, i32 %h0, i32 %h1, i32 %h2, i32 %h3)
  br label %sm

; a tiny tokenizer: states 0=space 1=number 2=word, driven by a switch on the char class
sm:
  %p = phi i64 [ 0, %g ], [ %p1, %smnext ]
  %state = phi i32 [ 0, %g ], [ %state1, %smnext ]
  %nums = phi i32 [ 0, %g ], [ %nums1, %smnext ]
  %words = phi i32 [ 0, %g ], [ %words1, %smnext ]
  %oth = phi i32 [ 0, %g ], [ %oth1, %smnext ]
  %cur = phi i32 [ 0, %g ], [ %cur1, %smnext ]
  %sum = phi i32 [ 0, %g ], [ %sum1, %smnext ]
  %cp = getelementptr inbounds i8, ptr @text, i64 %p
  %ch = load i8, ptr %cp
  switch i8 %ch, label %punct [
    i8 0, label %fin
    i8 32, label %space
    i8 48, label %digit
    i8 49, label %digit
    i8 50, label %digit
    i8 51, label %digit
    i8 52, label %digit
    i8 53, label %digit
    i8 54, label %digit
    i8 55, label %digit
    i8 56, label %digit
    i8 57, label %digit
    i8 97, label %letter
    i8 98, label %letter
    i8 99, label %letter
    i8 120, label %letter
    i8 122, label %letter
  ]
space:
  br label %endtok
punct:
  %oth.p = add i32 %oth, 1
  br label %endtok
endtok:
  %othx = phi i32 [ %oth, %space ], [ %oth.p, %punct ]
  %wasnum = icmp eq i32 %state, 1
  %add = select i1 %wasnum, i32 %cur, i32 0
  %sumx = add i32 %sum, %add
  br label %smnext
digit:
  %dv = sub i8 %ch, 48
  %dvz = zext i8 %dv to i32
  %isnum = icmp eq i32 %state, 1
  %base = select i1 %isnum, i32 %cur, i32 0
  %b10 = mul i32 %base, 10
  %curd = add i32 %b10, %dvz
  %newnum = icmp eq i32 %state, 0
  %ninc = zext i1 %newnum to i32
  %numsd = add i32 %nums, %ninc
  %nstate = select i1 %newnum, i32 1, i32 %state
  br label %smnext
letter:
  %inword = icmp eq i32 %state, 2
  %winc0 = select i1 %inword, i32 0, i32 1
  %wordsl = add i32 %words, %winc0
  %flush = icmp eq i32 %state, 1
  %fadd = select i1 %flush, i32 %cur, i32 0
  %suml = add i32 %sum, %fadd
  br label %smnext
smnext:
  %state1 = phi i32 [ 0, %endtok ], [ %nstate, %digit ], [ 2, %letter ]
  %nums1 = phi i32 [ %nums, %endtok ], [ %numsd, %digit ], [ %nums, %letter ]
  %words1 = phi i32 [ %words, %endtok ], [ %words, %digit ], [ %wordsl, %letter ]
  %oth1 = phi i32 [ %othx, %endtok ], [ %oth, %digit ], [ %oth, %letter ]
  %cur1 = phi i32 [ 0, %endtok ], [ %curd, %digit ], [ 0, %letter ]
  %sum1 = phi i32 [ %sumx, %endtok ], [ %sum, %digit ], [ %suml, %letter ]
  %p1 = add i64 %p, 1
  br label %sm
fin:
  %lastnum = icmp eq i32 %state, 1
  %lastadd = select i1 %lastnum, i32 %cur, i32 0
  %sumf = add i32 %sum, %lastadd
  call i32 (ptr, ...) @printf(ptr @fsm, ptr @text, i32 %nums, i32 %words, i32 %oth, i32 %sumf)
  %r = urem i32 %sumf, 100
  ret i32 %r
}
