; x86_fp80 (80-bit extended precision): arithmetic, the extra 11 bits of
; precision over double (exact i64 round trips, 1 + 2^-60), fpext/fptrunc,
; sitofp/uitofp/fptosi, fcmp, frem, llvm.fabs/sqrt/floor on f80, and its
; 10-byte in-memory encoding (store size 10, alloc size 16).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fsz = private unnamed_addr constant [44 x i8] c"sizes: f80 alloc=%ld, [2 x f80] stride=%ld\0A\00"
@fbytes = private unnamed_addr constant [13 x i8] c"%-12s bytes:\00"
@fb = private unnamed_addr constant [6 x i8] c" %02x\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fr = private unnamed_addr constant [13 x i8] c"%-28s %.17g\0A\00"
@fi = private unnamed_addr constant [12 x i8] c"%-28s %lld\0A\00"
@fc = private unnamed_addr constant [80 x i8] c"compare: (1+2^-60) > 1 in f80: %d, after fptrunc: %d; olt nan: %d; uno nan: %d\0A\00"
@fsum = private unnamed_addr constant [57 x i8] c"harmonic H(%d) f80 -> %.17g, double -> %.17g, differ=%d\0A\00"
@n_third = private unnamed_addr constant [4 x i8] c"1/3\00"
@n_neg = private unnamed_addr constant [5 x i8] c"-2.5\00"
@n_one = private unnamed_addr constant [8 x i8] c"1+2^-60\00"
@s1 = private unnamed_addr constant [20 x i8] c"1/3 (f80) -> double\00"
@s2 = private unnamed_addr constant [20 x i8] c"(1+2^-60) - 1 (f80)\00"
@s3 = private unnamed_addr constant [25 x i8] c"(1+2^-60) - 1 via double\00"
@s4 = private unnamed_addr constant [27 x i8] c"i64 max via f80 round trip\00"
@s5 = private unnamed_addr constant [19 x i8] c"i64 max via double\00"
@s6 = private unnamed_addr constant [22 x i8] c"sqrt(2) f80 -> double\00"
@s7 = private unnamed_addr constant [16 x i8] c"floor(-7.5) f80\00"
@s8 = private unnamed_addr constant [19 x i8] c"frem(100, 7.5) f80\00"
@s9 = private unnamed_addr constant [20 x i8] c"fabs(-argc*1e3) f80\00"
@s10 = private unnamed_addr constant [25 x i8] c"uitofp(2^64-1) -> double\00"
@s11 = private unnamed_addr constant [26 x i8] c"(1e300^2/2.5)/1e300/1e300\00"
@s12 = private unnamed_addr constant [22 x i8] c"fptosi(-123456789.75)\00"

declare i32 @printf(ptr, ...)
declare x86_fp80 @llvm.fabs.f80(x86_fp80)
declare x86_fp80 @llvm.sqrt.f80(x86_fp80)
declare x86_fp80 @llvm.floor.f80(x86_fp80)

define internal void @dump(ptr %name, x86_fp80 %v) {
entry:
  %m = alloca x86_fp80, align 16
  store x86_fp80 %v, ptr %m
  call i32 (ptr, ...) @printf(ptr @fbytes, ptr %name)
  br label %l
l:
  %i = phi i64 [ 9, %entry ], [ %i1, %l ]
  %p = getelementptr inbounds i8, ptr %m, i64 %i
  %b = load i8, ptr %p
  %bz = zext i8 %b to i32
  call i32 (ptr, ...) @printf(ptr @fb, i32 %bz)
  %i1 = sub i64 %i, 1
  %c = icmp sge i64 %i1, 0
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define internal void @pr(ptr %name, x86_fp80 %v) {
  %d = fptrunc x86_fp80 %v to double
  call i32 (ptr, ...) @printf(ptr @fr, ptr %name, double %d)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %sz = ptrtoint ptr getelementptr (x86_fp80, ptr null, i64 1) to i64
  %st = ptrtoint ptr getelementptr ([2 x x86_fp80], ptr null, i64 0, i64 1) to i64
  call i32 (ptr, ...) @printf(ptr @fsz, i64 %sz, i64 %st)
  %a = sitofp i32 %argc to x86_fp80
  %one = fdiv x86_fp80 %a, %a
  %three = fadd x86_fp80 %one, 0xK40008000000000000000
  %third = fdiv x86_fp80 %one, %three
  call void @dump(ptr @n_third, x86_fp80 %third)
  call void @dump(ptr @n_neg, x86_fp80 0xKC000A000000000000000)
  %tiny = fpext double 0x3C30000000000000 to x86_fp80
  %onep = fadd x86_fp80 %one, %tiny
  call void @dump(ptr @n_one, x86_fp80 %onep)
  call void @pr(ptr @s1, x86_fp80 %third)
  %diff = fsub x86_fp80 %onep, %one
  call void @pr(ptr @s2, x86_fp80 %diff)
  %onepd = fptrunc x86_fp80 %onep to double
  %diffd = fsub double %onepd, 1.0
  call i32 (ptr, ...) @printf(ptr @fr, ptr @s3, double %diffd)
  %gt1 = fcmp ogt x86_fp80 %onep, %one
  %gt2 = fcmp ogt double %onepd, 1.0
  %zero = fsub x86_fp80 %a, %a
  %nan = fdiv x86_fp80 %zero, %zero
  %lt = fcmp olt x86_fp80 %nan, %one
  %un = fcmp uno x86_fp80 %nan, %one
  %gt1z = zext i1 %gt1 to i32
  %gt2z = zext i1 %gt2 to i32
  %ltz = zext i1 %lt to i32
  %unz = zext i1 %un to i32
  call i32 (ptr, ...) @printf(ptr @fc, i32 %gt1z, i32 %gt2z, i32 %ltz, i32 %unz)

  ; i64 round trips: exact through f80, lossy through double
  %big = sitofp i64 9223372036854775807 to x86_fp80
  %bigm = fsub x86_fp80 %big, %one
  %back = fptosi x86_fp80 %bigm to i64
  call i32 (ptr, ...) @printf(ptr @fi, ptr @s4, i64 %back)
  %bigd = sitofp i64 9223372036854774807 to double
  %backd = fptosi double %bigd to i64
  call i32 (ptr, ...) @printf(ptr @fi, ptr @s5, i64 %backd)
  %two = fadd x86_fp80 %one, %one
  %sq = call x86_fp80 @llvm.sqrt.f80(x86_fp80 %two)
  call void @pr(ptr @s6, x86_fp80 %sq)
  call void @dump(ptr @s6, x86_fp80 %sq)
  %fl = call x86_fp80 @llvm.floor.f80(x86_fp80 0xKC001F000000000000000)
  call void @pr(ptr @s7, x86_fp80 %fl)
  %rm = frem x86_fp80 0xK4005C800000000000000, 0xK4001F000000000000000
  call void @pr(ptr @s8, x86_fp80 %rm)
  %na = fmul x86_fp80 %a, 0xKC008FA00000000000000
  %ab = call x86_fp80 @llvm.fabs.f80(x86_fp80 %na)
  call void @pr(ptr @s9, x86_fp80 %ab)
  %u = uitofp i64 -1 to x86_fp80
  call void @pr(ptr @s10, x86_fp80 %u)
  call void @dump(ptr @s10, x86_fp80 %u)
  ; numbers far outside double's range stay finite in f80
  %e1 = fpext double 1.0e300 to x86_fp80
  %e2 = fmul x86_fp80 %e1, %e1
  %e3 = fdiv x86_fp80 %e2, 0xK4000A000000000000000
  %e4 = fdiv x86_fp80 %e3, %e1
  %e5 = fdiv x86_fp80 %e4, %e1
  call void @pr(ptr @s11, x86_fp80 %e5)
  %ti = fptosi x86_fp80 0xKC019EB79A2B800000000 to i64
  call i32 (ptr, ...) @printf(ptr @fi, ptr @s12, i64 %ti)
  br label %h

; harmonic sum in f80 and double; results differ in the last digits
h:
  %k = phi i32 [ 1, %entry ], [ %k1, %h ]
  %hs = phi x86_fp80 [ 0xK00000000000000000000, %entry ], [ %hs1, %h ]
  %hd = phi double [ 0.0, %entry ], [ %hd1, %h ]
  %kf = sitofp i32 %k to x86_fp80
  %inv = fdiv x86_fp80 %one, %kf
  %hs1 = fadd x86_fp80 %hs, %inv
  %kd = sitofp i32 %k to double
  %invd = fdiv double 1.0, %kd
  %hd1 = fadd double %hd, %invd
  %k1 = add i32 %k, 1
  %c = icmp sle i32 %k1, 2000
  br i1 %c, label %h, label %done

done:
  %hsd = fptrunc x86_fp80 %hs1 to double
  %ne = fcmp one double %hsd, %hd1
  %nez = zext i1 %ne to i32
  call i32 (ptr, ...) @printf(ptr @fsum, i32 %k, double %hsd, double %hd1, i32 %nez)
  %r = fptosi x86_fp80 %hs1 to i32
  %r2 = add i32 %r, %gt1z
  ret i32 %r2
}
