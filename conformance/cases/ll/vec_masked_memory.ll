; Vector memory operations: whole-vector loads/stores (aligned and align 1),
; vector getelementptr producing <4 x ptr>, llvm.masked.load/store with
; passthru (including masked-off lanes past the end of an array),
; llvm.masked.gather/scatter (null pointers in masked-off lanes, ordered
; scatter to a repeated address), and masked.expandload/compressstore.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@data = internal global [10 x i32] [i32 0, i32 10, i32 20, i32 30, i32 40, i32 50, i32 60, i32 70, i32 80, i32 90], align 16
@dbl = internal global [6 x double] [double 0.5, double 1.5, double 2.5, double 3.5, double 4.5, double 5.5], align 8
@names = internal constant [4 x ptr] [ptr @s_a, ptr @s_b, ptr @s_c, ptr @s_d]
@s_a = private unnamed_addr constant [6 x i8] c"alpha\00"
@s_b = private unnamed_addr constant [6 x i8] c"bravo\00"
@s_c = private unnamed_addr constant [8 x i8] c"charlie\00"
@s_d = private unnamed_addr constant [6 x i8] c"delta\00"

@fv = private unnamed_addr constant [19 x i8] c"%-14s %d %d %d %d\0A\00"
@fd = private unnamed_addr constant [19 x i8] c"%-14s %g %g %g %g\0A\00"
@farr = private unnamed_addr constant [6 x i8] c"%-14s\00"
@fe = private unnamed_addr constant [4 x i8] c" %d\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fp = private unnamed_addr constant [41 x i8] c"ptr gather: %s %s %s; diffs %ld %ld %ld\0A\00"
@n_ld = private unnamed_addr constant [8 x i8] c"vload+1\00"
@n_un = private unnamed_addr constant [10 x i8] c"unaligned\00"
@n_ml = private unnamed_addr constant [12 x i8] c"masked.load\00"
@n_mt = private unnamed_addr constant [12 x i8] c"masked tail\00"
@n_ms = private unnamed_addr constant [13 x i8] c"after mstore\00"
@n_g = private unnamed_addr constant [7 x i8] c"gather\00"
@n_gd = private unnamed_addr constant [11 x i8] c"gather f64\00"
@n_sc = private unnamed_addr constant [14 x i8] c"after scatter\00"
@n_ex = private unnamed_addr constant [11 x i8] c"expandload\00"
@n_cs = private unnamed_addr constant [11 x i8] c"compressed\00"

declare i32 @printf(ptr, ...)
declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, i32, <4 x i1>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x i32>)
declare <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x double>)
declare <4 x ptr> @llvm.masked.gather.v4p0.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x ptr>)
declare void @llvm.masked.scatter.v4i32.v4p0(<4 x i32>, <4 x ptr>, i32, <4 x i1>)
declare <4 x i32> @llvm.masked.expandload.v4i32(ptr, <4 x i1>, <4 x i32>)
declare void @llvm.masked.compressstore.v4i32(<4 x i32>, ptr, <4 x i1>)

define internal void @pv(ptr %n, <4 x i32> %v) {
  %a = extractelement <4 x i32> %v, i32 0
  %b = extractelement <4 x i32> %v, i32 1
  %c = extractelement <4 x i32> %v, i32 2
  %d = extractelement <4 x i32> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @fv, ptr %n, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

define internal void @parr(ptr %n, ptr %p, i32 %len) {
entry:
  call i32 (ptr, ...) @printf(ptr @farr, ptr %n)
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %i1, %l ]
  %q = getelementptr inbounds i32, ptr %p, i32 %i
  %e = load i32, ptr %q
  call i32 (ptr, ...) @printf(ptr @fe, i32 %e)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %len
  br i1 %c, label %l, label %x
x:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  ; whole-vector load/store, aligned and unaligned
  %p4 = getelementptr inbounds [10 x i32], ptr @data, i64 0, i64 4
  %v = load <4 x i32>, ptr %p4, align 16
  %v1 = add <4 x i32> %v, <i32 1, i32 1, i32 1, i32 1>
  store <4 x i32> %v1, ptr %p4, align 16
  call void @pv(ptr @n_ld, <4 x i32> %v1)
  %p1 = getelementptr inbounds i32, ptr @data, i64 1
  %u = load <4 x i32>, ptr %p1, align 4
  %bp = getelementptr inbounds i8, ptr @data, i64 6
  %ub = load <2 x i32>, ptr %bp, align 1
  %ub4 = shufflevector <2 x i32> %ub, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  %ux = xor <4 x i32> %u, %ub4
  call void @pv(ptr @n_un, <4 x i32> %ux)

  ; masked load with a runtime mask: lanes where argc-based compare holds
  %a = insertelement <4 x i32> poison, i32 %argc, i32 0
  %as = shufflevector <4 x i32> %a, <4 x i32> poison, <4 x i32> zeroinitializer
  %mask = icmp ult <4 x i32> <i32 1, i32 9, i32 3, i32 2>, %as
  %ml = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr @data, i32 4, <4 x i1> %mask, <4 x i32> <i32 -1, i32 -2, i32 -3, i32 -4>)
  call void @pv(ptr @n_ml, <4 x i32> %ml)
  ; last two lanes would be past the end of @data: masked off
  %p8 = getelementptr inbounds [10 x i32], ptr @data, i64 0, i64 8
  %mt = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p8, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 false>, <4 x i32> <i32 7, i32 7, i32 7, i32 7>)
  call void @pv(ptr @n_mt, <4 x i32> %mt)
  call void @llvm.masked.store.v4i32.p0(<4 x i32> <i32 100, i32 101, i32 102, i32 103>, ptr %p8, i32 4, <4 x i1> <i1 false, i1 true, i1 false, i1 false>)
  %p2 = getelementptr inbounds i32, ptr @data, i64 2
  call void @llvm.masked.store.v4i32.p0(<4 x i32> <i32 200, i32 201, i32 202, i32 203>, ptr %p2, i32 4, <4 x i1> %mask)
  call void @parr(ptr @n_ms, ptr @data, i32 10)

  ; vector gep: base + <4 x i64> indices -> <4 x ptr>
  %ptrs = getelementptr inbounds i32, ptr @data, <4 x i64> <i64 9, i64 0, i64 5, i64 3>
  %g = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ptrs, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i32> poison)
  call void @pv(ptr @n_g, <4 x i32> %g)
  ; a null pointer in a masked-off lane is never touched
  %ptrs2 = insertelement <4 x ptr> %ptrs, ptr null, i32 2
  %g2 = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ptrs2, i32 4, <4 x i1> <i1 true, i1 false, i1 false, i1 true>, <4 x i32> <i32 -9, i32 -9, i32 -9, i32 -9>)
  call void @pv(ptr @n_g, <4 x i32> %g2)
  ; splat base with vector of indices, double elements
  %dbase = insertelement <4 x ptr> poison, ptr @dbl, i32 0
  %dspl = shufflevector <4 x ptr> %dbase, <4 x ptr> poison, <4 x i32> zeroinitializer
  %dptrs = getelementptr double, <4 x ptr> %dspl, <4 x i32> <i32 5, i32 3, i32 1, i32 0>
  %gd = call <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr> %dptrs, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x double> <double -1.0, double -1.0, double -1.0, double -1.0>)
  %gd0 = extractelement <4 x double> %gd, i32 0
  %gd1 = extractelement <4 x double> %gd, i32 1
  %gd2 = extractelement <4 x double> %gd, i32 2
  %gd3 = extractelement <4 x double> %gd, i32 3
  call i32 (ptr, ...) @printf(ptr @fd, ptr @n_gd, double %gd0, double %gd1, double %gd2, double %gd3)

  ; gather pointers out of a table, then use them
  %nptrs = getelementptr inbounds [4 x ptr], ptr @names, i64 0, <4 x i64> <i64 3, i64 0, i64 2, i64 1>
  %gp = call <4 x ptr> @llvm.masked.gather.v4p0.v4p0(<4 x ptr> %nptrs, i32 8, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x ptr> zeroinitializer)
  %gp0 = extractelement <4 x ptr> %gp, i32 0
  %gp1 = extractelement <4 x ptr> %gp, i32 1
  %gp2 = extractelement <4 x ptr> %gp, i32 2
  %pi = ptrtoint <4 x ptr> %ptrs to <4 x i64>
  %pbase = ptrtoint ptr @data to i64
  %pb = insertelement <4 x i64> poison, i64 %pbase, i32 0
  %pbs = shufflevector <4 x i64> %pb, <4 x i64> poison, <4 x i32> zeroinitializer
  %pdiff = sub <4 x i64> %pi, %pbs
  %pd0 = extractelement <4 x i64> %pdiff, i32 0
  %pd2 = extractelement <4 x i64> %pdiff, i32 2
  %pd3 = extractelement <4 x i64> %pdiff, i32 3
  call i32 (ptr, ...) @printf(ptr @fp, ptr %gp0, ptr %gp1, ptr %gp2, i64 %pd0, i64 %pd2, i64 %pd3)

  ; scatter; lanes 1 and 3 both write data[0]: the higher lane wins
  %sptrs = getelementptr inbounds i32, ptr @data, <4 x i64> <i64 7, i64 0, i64 6, i64 0>
  %sv = mul <4 x i32> %as, <i32 1000, i32 2000, i32 3000, i32 4000>
  call void @llvm.masked.scatter.v4i32.v4p0(<4 x i32> %sv, <4 x ptr> %sptrs, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>)
  call void @parr(ptr @n_sc, ptr @data, i32 10)

  ; expandload reads consecutive elements into the enabled lanes
  %p5 = getelementptr inbounds i32, ptr @data, i64 5
  %ex = call <4 x i32> @llvm.masked.expandload.v4i32(ptr %p5, <4 x i1> <i1 false, i1 true, i1 false, i1 true>, <4 x i32> <i32 -5, i32 -6, i32 -7, i32 -8>)
  call void @pv(ptr @n_ex, <4 x i32> %ex)
  %buf = alloca [4 x i32], align 4
  store <4 x i32> zeroinitializer, ptr %buf, align 4
  call void @llvm.masked.compressstore.v4i32(<4 x i32> <i32 11, i32 22, i32 33, i32 44>, ptr %buf, <4 x i1> %mask)
  call void @parr(ptr @n_cs, ptr %buf, i32 4)
  %f0 = load i32, ptr @data
  %r = urem i32 %f0, 113
  ret i32 %r
}
