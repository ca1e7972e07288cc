; Tail calls: musttail self recursion and mutual recursion 200000 deep
; (needs real tail calls: that many frames would overflow the stack),
; musttail through a function pointer, `tail`/`notail` markers, fastcc and
; coldcc internal functions, and dispatch through tables of function
; pointers (global constant table and a table built at run time).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@ftab = internal constant [4 x ptr] [ptr @f_add, ptr @f_sub, ptr @f_mul, ptr @f_xor]
@fnames = internal constant [4 x ptr] [ptr @s_add, ptr @s_sub, ptr @s_mul, ptr @s_xor]
@s_add = private unnamed_addr constant [4 x i8] c"add\00"
@s_sub = private unnamed_addr constant [4 x i8] c"sub\00"
@s_mul = private unnamed_addr constant [4 x i8] c"mul\00"
@s_xor = private unnamed_addr constant [4 x i8] c"xor\00"
@fsum = private unnamed_addr constant [28 x i8] c"musttail sum(1..%d) = %lld\0A\00"
@feo = private unnamed_addr constant [35 x i8] c"is_even(%d) = %d, is_odd(%d) = %d\0A\00"
@fgcd = private unnamed_addr constant [36 x i8] c"gcd via musttail pointer hop: %lld\0A\00"
@fop = private unnamed_addr constant [26 x i8] c"table[%d] %s(%d, 7) = %d\0A\00"
@ffold = private unnamed_addr constant [29 x i8] c"fold over runtime table: %d\0A\00"
@fcc = private unnamed_addr constant [43 x i8] c"fastcc ackermann(2, %d) = %d, coldcc = %d\0A\00"

declare i32 @printf(ptr, ...)

define internal i64 @sum_to(i64 %n, i64 %acc) {
entry:
  %z = icmp eq i64 %n, 0
  br i1 %z, label %done, label %rec
done:
  ret i64 %acc
rec:
  %acc1 = add i64 %acc, %n
  %n1 = sub i64 %n, 1
  %r = musttail call i64 @sum_to(i64 %n1, i64 %acc1)
  ret i64 %r
}

define internal i1 @is_even(i32 %n) {
  %z = icmp eq i32 %n, 0
  br i1 %z, label %yes, label %rec
yes:
  ret i1 true
rec:
  %n1 = sub i32 %n, 1
  %r = musttail call i1 @is_odd(i32 %n1)
  ret i1 %r
}

define internal i1 @is_odd(i32 %n) {
  %z = icmp eq i32 %n, 0
  br i1 %z, label %no, label %rec
no:
  ret i1 false
rec:
  %n1 = sub i32 %n, 1
  %r = musttail call i1 @is_even(i32 %n1)
  ret i1 %r
}

; Euclid where each step jumps through a function pointer argument
define internal i64 @gcd_step(i64 %a, i64 %b, ptr %self) {
  %z = icmp eq i64 %b, 0
  br i1 %z, label %done, label %rec
done:
  ret i64 %a
rec:
  %r = urem i64 %a, %b
  %res = musttail call i64 %self(i64 %b, i64 %r, ptr %self)
  ret i64 %res
}

define internal i32 @f_add(i32 %a, i32 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}
define internal i32 @f_sub(i32 %a, i32 %b) {
  %r = sub i32 %a, %b
  ret i32 %r
}
define internal i32 @f_mul(i32 %a, i32 %b) {
  %r = mul i32 %a, %b
  ret i32 %r
}
define internal i32 @f_xor(i32 %a, i32 %b) {
  %r = xor i32 %a, %b
  ret i32 %r
}

define internal fastcc i32 @ack(i32 %m, i32 %n) {
entry:
  %m0 = icmp eq i32 %m, 0
  br i1 %m0, label %base, label %m_pos
base:
  %r0 = add i32 %n, 1
  ret i32 %r0
m_pos:
  %n0 = icmp eq i32 %n, 0
  %m1 = sub i32 %m, 1
  br i1 %n0, label %n_zero, label %both
n_zero:
  %r1 = tail call fastcc i32 @ack(i32 %m1, i32 1)
  ret i32 %r1
both:
  %n1 = sub i32 %n, 1
  %inner = call fastcc i32 @ack(i32 %m, i32 %n1)
  %r2 = tail call fastcc i32 @ack(i32 %m1, i32 %inner)
  ret i32 %r2
}

define internal coldcc i32 @rarely(i32 %x) noinline {
  %r = mul i32 %x, 1001
  ret i32 %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %s = call i64 @sum_to(i64 200000, i64 0)
  call i32 (ptr, ...) @printf(ptr @fsum, i32 200000, i64 %s)
  %n = add i32 %argc, 199996
  %e = call i1 @is_even(i32 %n)
  %n2 = add i32 %n, 1
  %o = call i1 @is_odd(i32 %n2)
  %ez = zext i1 %e to i32
  %oz = zext i1 %o to i32
  call i32 (ptr, ...) @printf(ptr @feo, i32 %n, i32 %ez, i32 %n2, i32 %oz)
  %g = call i64 @gcd_step(i64 1134903170, i64 701408733, ptr @gcd_step)
  %g2 = call i64 @gcd_step(i64 123456789012, i64 9876543210, ptr @gcd_step)
  %gg = add i64 %g, %g2
  call i32 (ptr, ...) @printf(ptr @fgcd, i64 %gg)
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %idx = and i32 %i, 3
  %fp = getelementptr inbounds [4 x ptr], ptr @ftab, i32 0, i32 %idx
  %f = load ptr, ptr %fp
  %np = getelementptr inbounds [4 x ptr], ptr @fnames, i32 0, i32 %idx
  %nm = load ptr, ptr %np
  %arg = mul i32 %i, %argc
  %r = tail call i32 %f(i32 %arg, i32 7)
  call i32 (ptr, ...) @printf(ptr @fop, i32 %idx, ptr %nm, i32 %arg, i32 %r)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 6
  br i1 %c, label %loop, label %rt

rt:
  ; build a table on the stack in reverse order and fold through it
  %tab = alloca [8 x ptr], align 8
  br label %build
build:
  %k = phi i32 [ 0, %rt ], [ %k1, %build ]
  %ksrc = sub i32 3, %k
  %ksm = and i32 %ksrc, 3
  %sp = getelementptr inbounds [4 x ptr], ptr @ftab, i32 0, i32 %ksm
  %sf = load ptr, ptr %sp
  %dp = getelementptr inbounds [8 x ptr], ptr %tab, i32 0, i32 %k
  store ptr %sf, ptr %dp
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 8
  br i1 %ck, label %build, label %fold
fold:
  %j = phi i32 [ 0, %build ], [ %j1, %fold ]
  %acc = phi i32 [ %argc, %build ], [ %acc1, %fold ]
  %fp2 = getelementptr inbounds [8 x ptr], ptr %tab, i32 0, i32 %j
  %f2 = load ptr, ptr %fp2
  %jj = add i32 %j, 3
  %acc1 = notail call i32 %f2(i32 %acc, i32 %jj)
  %j1 = add i32 %j, 1
  %cj = icmp slt i32 %j1, 8
  br i1 %cj, label %fold, label %done
done:
  call i32 (ptr, ...) @printf(ptr @ffold, i32 %acc1)
  %ak = call fastcc i32 @ack(i32 2, i32 %argc)
  %cc = call coldcc i32 @rarely(i32 %ak)
  call i32 (ptr, ...) @printf(ptr @fcc, i32 %argc, i32 %ak, i32 %cc)
  %ret = urem i32 %acc1, 119
  ret i32 %ret
}
