; alloca of arrays, structs and arrays of structs; getelementptr with i8,
; i16, i32, i64 and i128 indices, negative indices walking backwards,
; nested struct/array paths, inbounds vs. plain arithmetic, pointer
; differences via ptrtoint, and an inttoptr round trip.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%rec = type { i8, i64, [3 x i16], { float, [2 x i32] } }
%grid = type [4 x [5 x i32]]

@foff = private unnamed_addr constant [47 x i8] c"rec offsets: %ld %ld %ld %ld %ld %ld size=%ld\0A\00"
@frec = private unnamed_addr constant [45 x i8] c"recs[%d]: %d %lld [%d %d %d] {%.2f [%d %d]}\0A\00"
@fgrid = private unnamed_addr constant [13 x i8] c"grid row %d:\00"
@fe = private unnamed_addr constant [5 x i8] c" %3d\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fidx = private unnamed_addr constant [61 x i8] c"index widths: i8=%d i16=%d i32=%d i128=%d neg=%d wrapped=%d\0A\00"
@fback = private unnamed_addr constant [59 x i8] c"backward walk sum=%d, diff=%ld elements, round trip ok=%d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %recs = alloca [3 x %rec], align 8
  %grid = alloca %grid, align 4
  %arr = alloca [64 x i32], align 16

  ; field offsets via gep from null-based constant expressions
  %o1 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 1) to i64
  %o2 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 2) to i64
  %o22 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 2, i32 2) to i64
  %o3 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 3) to i64
  %o30 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 3, i32 1) to i64
  %o31 = ptrtoint ptr getelementptr (%rec, ptr null, i32 0, i32 3, i32 1, i32 1) to i64
  %sz = ptrtoint ptr getelementptr (%rec, ptr null, i32 1) to i64
  call i32 (ptr, ...) @printf(ptr @foff, i64 %o1, i64 %o2, i64 %o22, i64 %o3, i64 %o30, i64 %o31, i64 %sz)
  br label %fill

fill:
  %i = phi i32 [ 0, %entry ], [ %i1, %fill ]
  %i8 = trunc i32 %i to i8
  %f0 = getelementptr inbounds [3 x %rec], ptr %recs, i32 0, i32 %i, i32 0
  store i8 %i8, ptr %f0
  %f1 = getelementptr inbounds [3 x %rec], ptr %recs, i64 0, i32 %i, i32 1
  %iw = sext i32 %i to i64
  %big = mul i64 %iw, -1000000000000
  store i64 %big, ptr %f1
  ; the i16 array, indexed with an i8 index
  %j8 = trunc i32 %i to i8
  %f2a = getelementptr inbounds [3 x %rec], ptr %recs, i8 0, i8 %j8, i32 2, i8 0
  %v16 = trunc i32 %i to i16
  %v16b = mul i16 %v16, 11
  store i16 %v16b, ptr %f2a
  %f2b = getelementptr inbounds i16, ptr %f2a, i8 1
  %v16c = add i16 %v16b, 1
  store i16 %v16c, ptr %f2b
  %f2c = getelementptr inbounds i16, ptr %f2a, i16 2
  %v16d = add i16 %v16b, 2
  store i16 %v16d, ptr %f2c
  %f30 = getelementptr inbounds [3 x %rec], ptr %recs, i32 0, i32 %i, i32 3, i32 0
  %fl = sitofp i32 %i to float
  %fl2 = fmul float %fl, 1.5
  store float %fl2, ptr %f30
  %f310 = getelementptr inbounds [3 x %rec], ptr %recs, i32 0, i32 %i, i32 3, i32 1, i32 0
  store i32 %argc, ptr %f310
  ; last element addressed by i128 index arithmetic from the record start
  %rbase = getelementptr inbounds [3 x %rec], ptr %recs, i128 0, i128 0
  %idx128 = zext i32 %i to i128
  %rp = getelementptr inbounds %rec, ptr %rbase, i128 %idx128
  %f311 = getelementptr inbounds %rec, ptr %rp, i32 0, i32 3, i32 1, i32 1
  %neg = sub i32 0, %i
  store i32 %neg, ptr %f311
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 3
  br i1 %c, label %fill, label %show

show:
  %k = phi i32 [ 0, %fill ], [ %k1, %show ]
  %rk = getelementptr inbounds [3 x %rec], ptr %recs, i32 0, i32 %k
  %val = load %rec, ptr %rk
  %v0 = extractvalue %rec %val, 0
  %v1 = extractvalue %rec %val, 1
  %v20 = extractvalue %rec %val, 2, 0
  %v21 = extractvalue %rec %val, 2, 1
  %v22 = extractvalue %rec %val, 2, 2
  %v30 = extractvalue %rec %val, 3, 0
  %v310 = extractvalue %rec %val, 3, 1, 0
  %v311 = extractvalue %rec %val, 3, 1, 1
  %v0z = zext i8 %v0 to i32
  %v20z = sext i16 %v20 to i32
  %v21z = sext i16 %v21 to i32
  %v22z = sext i16 %v22 to i32
  %v30d = fpext float %v30 to double
  call i32 (ptr, ...) @printf(ptr @frec, i32 %k, i32 %v0z, i64 %v1, i32 %v20z, i32 %v21z, i32 %v22z, double %v30d, i32 %v310, i32 %v311)
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, 3
  br i1 %ck, label %show, label %gridfill

; grid[r][c] = r*10 + c, addressed both as 2-D and as a flat array
gridfill:
  %g = phi i32 [ 0, %show ], [ %g1, %gridfill ]
  %gp = getelementptr inbounds i32, ptr %grid, i32 %g
  %r = udiv i32 %g, 5
  %cc = urem i32 %g, 5
  %r10 = mul i32 %r, 10
  %gv = add i32 %r10, %cc
  store i32 %gv, ptr %gp
  %g1 = add i32 %g, 1
  %cg = icmp slt i32 %g1, 20
  br i1 %cg, label %gridfill, label %gridshow

gridshow:
  %row = phi i32 [ 0, %gridfill ], [ %row1, %rowend ]
  call i32 (ptr, ...) @printf(ptr @fgrid, i32 %row)
  br label %col

col:
  %cl = phi i64 [ 0, %gridshow ], [ %cl1, %col ]
  ; walk the row from the end using a negative offset from the next row
  %nextrow = add i32 %row, 1
  %rowp = getelementptr inbounds %grid, ptr %grid, i64 0, i32 %nextrow
  %back = sub i64 -5, 0
  %back2 = add i64 %back, %cl
  %cp = getelementptr inbounds i32, ptr %rowp, i64 %back2
  %cv = load i32, ptr %cp
  call i32 (ptr, ...) @printf(ptr @fe, i32 %cv)
  %cl1 = add i64 %cl, 1
  %ccl = icmp slt i64 %cl1, 5
  br i1 %ccl, label %col, label %rowend

rowend:
  call i32 (ptr, ...) @printf(ptr @fnl)
  %row1 = add i32 %row, 1
  %cr = icmp slt i32 %row1, 4
  br i1 %cr, label %gridshow, label %widths

widths:
  ; fill arr[i] = i*i
  br label %af

af:
  %a = phi i32 [ 0, %widths ], [ %a1, %af ]
  %ap = getelementptr inbounds [64 x i32], ptr %arr, i32 0, i32 %a
  %sq = mul i32 %a, %a
  store i32 %sq, ptr %ap
  %a1 = add i32 %a, 1
  %ca = icmp slt i32 %a1, 64
  br i1 %ca, label %af, label %idx

idx:
  %e8 = getelementptr inbounds [64 x i32], ptr %arr, i8 0, i8 63
  %x8 = load i32, ptr %e8
  %e16 = getelementptr inbounds [64 x i32], ptr %arr, i16 0, i16 40
  %x16 = load i32, ptr %e16
  %e32 = getelementptr inbounds i32, ptr %arr, i32 %argc
  %x32 = load i32, ptr %e32
  %mid = getelementptr inbounds i32, ptr %arr, i128 33
  %x128 = load i32, ptr %mid
  %end = getelementptr inbounds [64 x i32], ptr %arr, i64 1
  %m1 = getelementptr inbounds i32, ptr %end, i64 -1
  %xneg = load i32, ptr %m1
  ; i8 index -1 is sign-extended: one element back
  %m2 = getelementptr inbounds i32, ptr %m1, i8 -1
  %xw = load i32, ptr %m2
  call i32 (ptr, ...) @printf(ptr @fidx, i32 %x8, i32 %x16, i32 %x32, i32 %x128, i32 %xneg, i32 %xw)
  br label %bw

bw:
  %p = phi ptr [ %m1, %idx ], [ %p1, %bw ]
  %s = phi i32 [ 0, %idx ], [ %s1, %bw ]
  %cnt = phi i32 [ 0, %idx ], [ %cnt1, %bw ]
  %pv = load i32, ptr %p
  %s1 = add i32 %s, %pv
  %p1 = getelementptr inbounds i32, ptr %p, i32 -7
  %cnt1 = add i32 %cnt, 1
  %cb = icmp slt i32 %cnt1, 9
  br i1 %cb, label %bw, label %bwdone

bwdone:
  %pi = ptrtoint ptr %p1 to i64
  %bi = ptrtoint ptr %arr to i64
  %d = sub i64 %pi, %bi
  %de = sdiv exact i64 %d, 4
  %rt = inttoptr i64 %pi to ptr
  %rtv = load i32, ptr %rt
  %rte = icmp eq i32 %rtv, 0
  %rtz = zext i1 %rte to i32
  call i32 (ptr, ...) @printf(ptr @fback, i32 %s1, i64 %de, i32 %rtz)
  %ret = urem i32 %s1, 101
  ret i32 %ret
}
