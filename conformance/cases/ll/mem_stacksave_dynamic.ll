; Dynamic allocas: variable-sized alloca inside a loop bracketed by
; llvm.stacksave/llvm.stackrestore (20000 iterations x 8 KiB would exhaust
; an 8 MiB stack without the restores), allocas with element counts of
; several integer types, over-aligned allocas (align 64/4096, checked), and
; nested save/restore scopes.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%pair = type { i32, double }

@fl = private unnamed_addr constant [36 x i8] c"loop: %d iterations, checksum %llu\0A\00"
@fa = private unnamed_addr constant [40 x i8] c"alignment ok: a64=%d a4096=%d dyn64=%d\0A\00"
@fp = private unnamed_addr constant [33 x i8] c"pairs: n=%d sum_i=%d sum_d=%.3f\0A\00"
@fn = private unnamed_addr constant [40 x i8] c"nested scopes: outer=%d inner total=%d\0A\00"
@fs = private unnamed_addr constant [57 x i8] c"sieve via i16-count alloca: %d primes below %d, last %d\0A\00"

declare i32 @printf(ptr, ...)
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define internal i64 @churn(i32 %iters) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %sp = call ptr @llvm.stacksave.p0()
  ; 1024..1031 i64 elements: 8 KiB each time
  %extra = and i32 %i, 7
  %n = add i32 %extra, 1024
  %buf = alloca i64, i32 %n, align 16
  %first = getelementptr inbounds i64, ptr %buf, i32 0
  %ii = zext i32 %i to i64
  store i64 %ii, ptr %first
  %nm1 = sub i32 %n, 1
  %last = getelementptr inbounds i64, ptr %buf, i32 %nm1
  %sq = mul i64 %ii, %ii
  store i64 %sq, ptr %last
  %a = load i64, ptr %first
  %b = load volatile i64, ptr %last
  %ab = add i64 %a, %b
  %acc1 = add i64 %acc, %ab
  call void @llvm.stackrestore.p0(ptr %sp)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %iters
  br i1 %c, label %loop, label %done
done:
  ret i64 %acc1
}

define internal i32 @pairs(i64 %n) {
entry:
  %p = alloca %pair, i64 %n, align 8
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i1, %fill ]
  %fi = getelementptr inbounds %pair, ptr %p, i64 %i, i32 0
  %fd = getelementptr inbounds %pair, ptr %p, i64 %i, i32 1
  %i32 = trunc i64 %i to i32
  store i32 %i32, ptr %fi
  %d = sitofp i64 %i to double
  %d2 = fmul double %d, 0.25
  store double %d2, ptr %fd
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %fill, label %sum
sum:
  %j = phi i64 [ 0, %fill ], [ %j1, %sum ]
  %si = phi i32 [ 0, %fill ], [ %si1, %sum ]
  %sd = phi double [ 0.0, %fill ], [ %sd1, %sum ]
  %v = getelementptr inbounds %pair, ptr %p, i64 %j
  %pv = load %pair, ptr %v
  %pi = extractvalue %pair %pv, 0
  %pd = extractvalue %pair %pv, 1
  %si1 = add i32 %si, %pi
  %sd1 = fadd double %sd, %pd
  %j1 = add i64 %j, 1
  %c2 = icmp ult i64 %j1, %n
  br i1 %c2, label %sum, label %out
out:
  %n32 = trunc i64 %n to i32
  call i32 (ptr, ...) @printf(ptr @fp, i32 %n32, i32 %si1, double %sd1)
  ret i32 %si1
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %a64 = alloca [3 x i8], align 64
  %a4k = alloca i32, align 4096
  %r = call i64 @churn(i32 20000)
  call i32 (ptr, ...) @printf(ptr @fl, i32 20000, i64 %r)
  %pa = ptrtoint ptr %a64 to i64
  %pb = ptrtoint ptr %a4k to i64
  %ma = and i64 %pa, 63
  %mb = and i64 %pb, 4095
  %oka = icmp eq i64 %ma, 0
  %okb = icmp eq i64 %mb, 0
  %n16 = trunc i32 %argc to i16
  %dyn = alloca i8, i16 %n16, align 64
  %pd = ptrtoint ptr %dyn to i64
  %md = and i64 %pd, 63
  %okd = icmp eq i64 %md, 0
  %okaz = zext i1 %oka to i32
  %okbz = zext i1 %okb to i32
  %okdz = zext i1 %okd to i32
  call i32 (ptr, ...) @printf(ptr @fa, i32 %okaz, i32 %okbz, i32 %okdz)
  %nn = zext i32 %argc to i64
  %nn2 = mul i64 %nn, 25
  %ps = call i32 @pairs(i64 %nn2)

  ; nested save/restore: inner scopes allocate and are released in order
  %outer = call ptr @llvm.stacksave.p0()
  %ob = alloca i32, i32 %argc
  store i32 1000, ptr %ob
  br label %nest
nest:
  %k = phi i32 [ 0, %entry ], [ %k1, %nest ]
  %tot = phi i32 [ 0, %entry ], [ %tot1, %nest ]
  %inner = call ptr @llvm.stacksave.p0()
  %ksz = add i32 %k, 1
  %ib = alloca i32, i32 %ksz
  store i32 %k, ptr %ib
  %inner2 = call ptr @llvm.stacksave.p0()
  %ib2 = alloca [100 x i32], i32 %ksz
  %ib2l = getelementptr inbounds [100 x i32], ptr %ib2, i32 %k, i32 99
  store i32 7, ptr %ib2l
  %l2 = load i32, ptr %ib2l
  call void @llvm.stackrestore.p0(ptr %inner2)
  %l1 = load i32, ptr %ib
  %t1 = add i32 %tot, %l1
  %tot1 = add i32 %t1, %l2
  call void @llvm.stackrestore.p0(ptr %inner)
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 50
  br i1 %ck, label %nest, label %nestdone
nestdone:
  %ov = load i32, ptr %ob
  call void @llvm.stackrestore.p0(ptr %outer)
  call i32 (ptr, ...) @printf(ptr @fn, i32 %ov, i32 %tot1)

  ; sieve with an alloca whose count is an i16
  %lim = mul i16 %n16, 250
  %sv = alloca i8, i16 %lim
  %lim64 = zext i16 %lim to i64
  call void @llvm.memset.p0.i64(ptr %sv, i8 1, i64 %lim64, i1 false)
  br label %outerl
outerl:
  %q = phi i64 [ 2, %nestdone ], [ %q1, %nextq ]
  %cnt = phi i32 [ 0, %nestdone ], [ %cnt1, %nextq ]
  %lastp = phi i64 [ 0, %nestdone ], [ %lastp1, %nextq ]
  %qp = getelementptr inbounds i8, ptr %sv, i64 %q
  %isp = load i8, ptr %qp
  %prime = icmp ne i8 %isp, 0
  br i1 %prime, label %mark, label %nextq
mark:
  %qq = mul i64 %q, %q
  br label %markl
markl:
  %m = phi i64 [ %qq, %mark ], [ %m1, %markl.body ]
  %inr = icmp ult i64 %m, %lim64
  br i1 %inr, label %markl.body, label %marked
markl.body:
  %mp = getelementptr inbounds i8, ptr %sv, i64 %m
  store i8 0, ptr %mp
  %m1 = add i64 %m, %q
  br label %markl
marked:
  %cnt.inc = add i32 %cnt, 1
  br label %nextq
nextq:
  %cnt1 = phi i32 [ %cnt, %outerl ], [ %cnt.inc, %marked ]
  %lastp1 = phi i64 [ %lastp, %outerl ], [ %q, %marked ]
  %q1 = add i64 %q, 1
  %cq = icmp ult i64 %q1, %lim64
  br i1 %cq, label %outerl, label %sdone
sdone:
  %lim32 = zext i16 %lim to i32
  %lp32 = trunc i64 %lastp1 to i32
  call i32 (ptr, ...) @printf(ptr @fs, i32 %cnt1, i32 %lim32, i32 %lp32)
  %ret = urem i32 %cnt1, 100
  ret i32 %ret
}
