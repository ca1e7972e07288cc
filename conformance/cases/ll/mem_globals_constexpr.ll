; Globals whose initialisers are constant expressions: getelementptr into
; other globals (including negative and nested indices), pointers to
; functions, a statically linked list, ptrtoint/sub relocation-style values,
; aliases of variables, of interior pointers and of functions, and globals
; with section/align attributes, weak/linkonce_odr linkage and
; unnamed_addr.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%node = type { i32, ptr }
%vt = type { ptr, ptr, ptr }

@arr = internal global [8 x i32] [i32 1, i32 1, i32 2, i32 3, i32 5, i32 8, i32 13, i32 21], align 16
@p_mid = internal global ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 4)
@p_back = internal global ptr getelementptr (i32, ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 1, i64 0), i64 -3)
@matrix = internal global [3 x [4 x i16]] [[4 x i16] [i16 1, i16 2, i16 3, i16 4], [4 x i16] [i16 5, i16 6, i16 7, i16 8], [4 x i16] [i16 9, i16 10, i16 11, i16 12]]
@p_cell = internal global ptr getelementptr inbounds ([3 x [4 x i16]], ptr @matrix, i64 0, i64 2, i64 1)

; linked list 3 -> 2 -> 1 -> null, built entirely from initialisers
@n1 = internal global %node { i32 10, ptr null }
@n2 = internal global %node { i32 20, ptr @n1 }
@n3 = internal global %node { i32 30, ptr @n2 }
@head = internal global ptr @n3
; a cycle between two globals
@ca = internal global { i32, ptr } { i32 111, ptr @cb }
@cb = internal global { i32, ptr } { i32 222, ptr @ca }

; a "vtable" of function pointers and an object pointing at it
@vtable = internal constant %vt { ptr @op_double, ptr @op_square, ptr @op_negate }
@obj = internal global { ptr, i32 } { ptr @vtable, i32 7 }
@ops_by_name = internal constant [3 x { ptr, ptr }] [
  { ptr, ptr } { ptr @s_double, ptr @op_double },
  { ptr, ptr } { ptr @s_square, ptr @op_square },
  { ptr, ptr } { ptr @s_negate, ptr @op_negate } ]

; byte distance between two globals' fields, as a link-time constant
@dist = internal global i64 sub (i64 ptrtoint (ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 7) to i64), i64 ptrtoint (ptr @arr to i64))
@self = internal global ptr @self

@aligned = internal global [5 x i8] c"algn\00", section ".data.jir_aligned", align 64
@sect_const = internal constant [3 x i32] [i32 7, i32 8, i32 9], section ".rodata.jir", align 32
@weak_val = weak global i32 41
@odr_val = linkonce_odr global i32 59
@shared_str = private unnamed_addr constant [20 x i8] c"unnamed_addr string\00"

; aliases: to a whole global, to an interior element, to a function
@arr_alias = internal alias [8 x i32], ptr @arr
@fourth = internal alias i32, getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 3)
@twice = internal alias i32 (i32), ptr @op_double

@s_double = private unnamed_addr constant [7 x i8] c"double\00"
@s_square = private unnamed_addr constant [7 x i8] c"square\00"
@s_negate = private unnamed_addr constant [7 x i8] c"negate\00"
@f1 = private unnamed_addr constant [51 x i8] c"p_mid=%d p_back=%d cell=%d dist=%lld self-loop=%d\0A\00"
@f2 = private unnamed_addr constant [6 x i8] c"list:\00"
@f3 = private unnamed_addr constant [4 x i8] c" %d\00"
@f4 = private unnamed_addr constant [18 x i8] c"\0Acycle: %d %d %d\0A\00"
@f5 = private unnamed_addr constant [24 x i8] c"vtable on %d: %d %d %d\0A\00"
@f6 = private unnamed_addr constant [21 x i8] c"by name %s(%d) = %d\0A\00"
@f7 = private unnamed_addr constant [72 x i8] c"aliases: arr_alias[7]=%d fourth=%d twice(21)=%d; after store arr[3]=%d\0A\00"
@f8 = private unnamed_addr constant [71 x i8] c"attrs: aligned %% 64 = %ld text=%s sect_const[2]=%d weak=%d odr=%d %s\0A\00"

declare i32 @printf(ptr, ...)

define internal i32 @op_double(i32 %x) {
  %r = shl i32 %x, 1
  ret i32 %r
}
define internal i32 @op_square(i32 %x) {
  %r = mul i32 %x, %x
  ret i32 %r
}
define internal i32 @op_negate(i32 %x) {
  %r = sub i32 0, %x
  ret i32 %r
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %pm = load ptr, ptr @p_mid
  %vm = load i32, ptr %pm
  %pb = load ptr, ptr @p_back
  %vb = load i32, ptr %pb
  %pc = load ptr, ptr @p_cell
  %vc = load i16, ptr %pc
  %vcz = sext i16 %vc to i32
  %d = load i64, ptr @dist
  %sp = load ptr, ptr @self
  %sl = icmp eq ptr %sp, @self
  %slz = zext i1 %sl to i32
  call i32 (ptr, ...) @printf(ptr @f1, i32 %vm, i32 %vb, i32 %vcz, i64 %d, i32 %slz)
  call i32 (ptr, ...) @printf(ptr @f2)
  %h = load ptr, ptr @head
  br label %walk
walk:
  %n = phi ptr [ %h, %entry ], [ %nx, %walk ]
  %sum = phi i32 [ 0, %entry ], [ %sum1, %walk ]
  %vp = getelementptr inbounds %node, ptr %n, i32 0, i32 0
  %v = load i32, ptr %vp
  call i32 (ptr, ...) @printf(ptr @f3, i32 %v)
  %sum1 = add i32 %sum, %v
  %np = getelementptr inbounds %node, ptr %n, i32 0, i32 1
  %nx = load ptr, ptr %np
  %end = icmp eq ptr %nx, null
  br i1 %end, label %cyc, label %walk
cyc:
  ; follow the two-element cycle argc times
  br label %cl
cl:
  %k = phi i32 [ 0, %cyc ], [ %k1, %cl ]
  %cp = phi ptr [ @ca, %cyc ], [ %cn, %cl ]
  %cnp = getelementptr inbounds { i32, ptr }, ptr %cp, i32 0, i32 1
  %cn = load ptr, ptr %cnp
  %k1 = add i32 %k, 1
  %ck = icmp slt i32 %k1, %argc
  br i1 %ck, label %cl, label %cdone
cdone:
  %cv = load i32, ptr %cn
  %cav = load i32, ptr @ca
  %cbp = getelementptr inbounds { i32, ptr }, ptr @ca, i32 0, i32 1
  %cbptr = load ptr, ptr %cbp
  %cbv = load i32, ptr %cbptr
  call i32 (ptr, ...) @printf(ptr @f4, i32 %cv, i32 %cav, i32 %cbv)

  %vtp = load ptr, ptr @obj
  %valp = getelementptr inbounds { ptr, i32 }, ptr @obj, i32 0, i32 1
  %val = load i32, ptr %valp
  %fp0 = getelementptr inbounds %vt, ptr %vtp, i32 0, i32 0
  %fp1 = getelementptr inbounds %vt, ptr %vtp, i32 0, i32 1
  %fp2 = getelementptr inbounds %vt, ptr %vtp, i32 0, i32 2
  %f0 = load ptr, ptr %fp0
  %f1v = load ptr, ptr %fp1
  %f2v = load ptr, ptr %fp2
  %r0 = call i32 %f0(i32 %val)
  %r1 = call i32 %f1v(i32 %val)
  %r2 = call i32 %f2v(i32 %val)
  call i32 (ptr, ...) @printf(ptr @f5, i32 %val, i32 %r0, i32 %r1, i32 %r2)
  br label %byname
byname:
  %j = phi i64 [ 0, %cdone ], [ %j1, %byname ]
  %namep = getelementptr inbounds [3 x { ptr, ptr }], ptr @ops_by_name, i64 0, i64 %j, i32 0
  %fnp = getelementptr inbounds [3 x { ptr, ptr }], ptr @ops_by_name, i64 0, i64 %j, i32 1
  %name = load ptr, ptr %namep
  %fn = load ptr, ptr %fnp
  %res = call i32 %fn(i32 %argc)
  call i32 (ptr, ...) @printf(ptr @f6, ptr %name, i32 %argc, i32 %res)
  %j1 = add i64 %j, 1
  %cj = icmp ult i64 %j1, 3
  br i1 %cj, label %byname, label %aliases
aliases:
  %a7p = getelementptr inbounds [8 x i32], ptr @arr_alias, i64 0, i64 7
  %a7 = load i32, ptr %a7p
  %fo = load i32, ptr @fourth
  %tw = call i32 @twice(i32 21)
  store i32 -33, ptr @fourth
  %a3p = getelementptr inbounds [8 x i32], ptr @arr, i64 0, i64 3
  %a3 = load i32, ptr %a3p
  call i32 (ptr, ...) @printf(ptr @f7, i32 %a7, i32 %fo, i32 %tw, i32 %a3)
  %ai = ptrtoint ptr @aligned to i64
  %am = and i64 %ai, 63
  %sc2p = getelementptr inbounds [3 x i32], ptr @sect_const, i64 0, i64 2
  %sc2 = load i32, ptr %sc2p
  %wv = load i32, ptr @weak_val
  %ov = load i32, ptr @odr_val
  call i32 (ptr, ...) @printf(ptr @f8, i64 %am, ptr @aligned, i32 %sc2, i32 %wv, i32 %ov, ptr @shared_str)
  %t = add i32 %sum1, %r1
  %t2 = urem i32 %t, 120
  ret i32 %t2
}
