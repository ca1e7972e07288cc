; Calls into libc with IR callbacks and out-parameters: qsort with IR
; comparators (ints descending, structs by key then name, strings via
; strcmp), bsearch, strtol/strtoull with end pointers and several bases,
; snprintf into fixed buffers (including truncation), and the program's
; own argv (argv[1..3]; argv[0] is not printed).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%item = type { i32, ptr }

@ints = internal global [12 x i32] [i32 42, i32 -7, i32 1000, i32 0, i32 13, i32 -7, i32 99, i32 5, i32 -100, i32 64, i32 8, i32 21]
@s1 = private unnamed_addr constant [5 x i8] c"pear\00"
@s2 = private unnamed_addr constant [6 x i8] c"apple\00"
@s3 = private unnamed_addr constant [4 x i8] c"fig\00"
@s4 = private unnamed_addr constant [7 x i8] c"banana\00"
@s5 = private unnamed_addr constant [7 x i8] c"cherry\00"
@items = internal global [5 x %item] [%item { i32 2, ptr @s1 }, %item { i32 1, ptr @s2 }, %item { i32 2, ptr @s3 }, %item { i32 1, ptr @s4 }, %item { i32 0, ptr @s5 }]
@words = internal global [5 x ptr] [ptr @s1, ptr @s2, ptr @s3, ptr @s4, ptr @s5]
@keys = internal constant [5 x i32] [i32 -100, i32 8, i32 3, i32 64, i32 1000]
@nums = private unnamed_addr constant [48 x i8] c"  -12345xyz 0x1fz 0777 z10 18446744073709551615\00"

@fint = private unnamed_addr constant [11 x i8] c"ints desc:\00"
@fe = private unnamed_addr constant [4 x i8] c" %d\00"
@fs = private unnamed_addr constant [4 x i8] c" %s\00"
@fnl = private unnamed_addr constant [2 x i8] c"\0A\00"
@fit = private unnamed_addr constant [19 x i8] c"items by key,name:\00"
@fitem = private unnamed_addr constant [7 x i8] c" %d:%s\00"
@fwd = private unnamed_addr constant [14 x i8] c"words sorted:\00"
@fbs = private unnamed_addr constant [30 x i8] c"bsearch %d -> %s (index %ld)\0A\00"
@ffound = private unnamed_addr constant [6 x i8] c"found\00"
@fmiss = private unnamed_addr constant [8 x i8] c"missing\00"
@fstrtol = private unnamed_addr constant [35 x i8] c"strtol base %d: %ld, consumed %ld\0A\00"
@fstrtoull = private unnamed_addr constant [31 x i8] c"strtoull: %llu (consumed %ld)\0A\00"
@fsn = private unnamed_addr constant [26 x i8] c"snprintf ret=%d buf='%s'\0A\00"
@fsnfmt = private unnamed_addr constant [16 x i8] c"%s-%s-%d-%08.3f\00"
@fargs = private unnamed_addr constant [63 x i8] c"argc=%d argv[1]=%s argv[2]=%s atoi(argv[3])=%d strlen sum=%ld\0A\00"

declare i32 @printf(ptr, ...)
declare void @qsort(ptr, i64, i64, ptr)
declare ptr @bsearch(ptr, ptr, i64, i64, ptr)
declare i64 @strtol(ptr, ptr, i32)
declare i64 @strtoull(ptr, ptr, i32)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @strcmp(ptr, ptr)
declare i32 @atoi(ptr)
declare i64 @strlen(ptr)

define internal i32 @cmp_int_desc(ptr %a, ptr %b) {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %lt = icmp slt i32 %x, %y
  %gt = icmp sgt i32 %x, %y
  %l = zext i1 %lt to i32
  %g = zext i1 %gt to i32
  %r = sub i32 %l, %g
  ret i32 %r
}

define internal i32 @cmp_int_asc(ptr %a, ptr %b) {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %lt = icmp slt i32 %x, %y
  %gt = icmp sgt i32 %x, %y
  %l = zext i1 %lt to i32
  %g = zext i1 %gt to i32
  %r = sub i32 %g, %l
  ret i32 %r
}

define internal i32 @cmp_item(ptr %a, ptr %b) {
entry:
  %ka = load i32, ptr %a
  %kb = load i32, ptr %b
  %eq = icmp eq i32 %ka, %kb
  br i1 %eq, label %byname, label %bykey
bykey:
  %d = sub i32 %ka, %kb
  ret i32 %d
byname:
  %pa = getelementptr inbounds %item, ptr %a, i32 0, i32 1
  %pb = getelementptr inbounds %item, ptr %b, i32 0, i32 1
  %na = load ptr, ptr %pa
  %nb = load ptr, ptr %pb
  %c = call i32 @strcmp(ptr %na, ptr %nb)
  ret i32 %c
}

define internal i32 @cmp_str(ptr %a, ptr %b) {
  %sa = load ptr, ptr %a
  %sb = load ptr, ptr %b
  %c = call i32 @strcmp(ptr %sa, ptr %sb)
  ret i32 %c
}

define internal void @parse(ptr %s, i32 %base, ptr %endp) {
  %v = call i64 @strtol(ptr %s, ptr %endp, i32 %base)
  %e = load ptr, ptr %endp
  %si = ptrtoint ptr %s to i64
  %ei = ptrtoint ptr %e to i64
  %n = sub i64 %ei, %si
  call i32 (ptr, ...) @printf(ptr @fstrtol, i32 %base, i64 %v, i64 %n)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  call void @qsort(ptr @ints, i64 12, i64 4, ptr @cmp_int_desc)
  call i32 (ptr, ...) @printf(ptr @fint)
  br label %p1
p1:
  %i = phi i64 [ 0, %entry ], [ %i1, %p1 ]
  %ip = getelementptr inbounds [12 x i32], ptr @ints, i64 0, i64 %i
  %iv = load i32, ptr %ip
  call i32 (ptr, ...) @printf(ptr @fe, i32 %iv)
  %i1 = add i64 %i, 1
  %c1 = icmp ult i64 %i1, 12
  br i1 %c1, label %p1, label %items
items:
  call i32 (ptr, ...) @printf(ptr @fnl)
  call void @qsort(ptr @items, i64 5, i64 16, ptr @cmp_item)
  call i32 (ptr, ...) @printf(ptr @fit)
  br label %p2
p2:
  %j = phi i64 [ 0, %items ], [ %j1, %p2 ]
  %kp = getelementptr inbounds [5 x %item], ptr @items, i64 0, i64 %j, i32 0
  %np = getelementptr inbounds [5 x %item], ptr @items, i64 0, i64 %j, i32 1
  %kv = load i32, ptr %kp
  %nv = load ptr, ptr %np
  call i32 (ptr, ...) @printf(ptr @fitem, i32 %kv, ptr %nv)
  %j1 = add i64 %j, 1
  %c2 = icmp ult i64 %j1, 5
  br i1 %c2, label %p2, label %words
words:
  call i32 (ptr, ...) @printf(ptr @fnl)
  call void @qsort(ptr @words, i64 5, i64 8, ptr @cmp_str)
  call i32 (ptr, ...) @printf(ptr @fwd)
  br label %p3
p3:
  %k = phi i64 [ 0, %words ], [ %k1, %p3 ]
  %wp = getelementptr inbounds [5 x ptr], ptr @words, i64 0, i64 %k
  %wv = load ptr, ptr %wp
  call i32 (ptr, ...) @printf(ptr @fs, ptr %wv)
  %k1 = add i64 %k, 1
  %c3 = icmp ult i64 %k1, 5
  br i1 %c3, label %p3, label %bs
bs:
  call i32 (ptr, ...) @printf(ptr @fnl)
  ; re-sort ascending and binary-search a few keys
  call void @qsort(ptr @ints, i64 12, i64 4, ptr @cmp_int_asc)
  %key = alloca i32
  br label %bsl
bsl:
  %q = phi i32 [ 0, %bs ], [ %q1, %bsnext ]
  %kpp = getelementptr inbounds [5 x i32], ptr @keys, i32 0, i32 %q
  %kv2 = load i32, ptr %kpp
  store i32 %kv2, ptr %key
  %found = call ptr @bsearch(ptr %key, ptr @ints, i64 12, i64 4, ptr @cmp_int_asc)
  %isnull = icmp eq ptr %found, null
  br i1 %isnull, label %miss, label %hit
hit:
  %fi = ptrtoint ptr %found to i64
  %bi = ptrtoint ptr @ints to i64
  %off = sub i64 %fi, %bi
  %idx = sdiv exact i64 %off, 4
  call i32 (ptr, ...) @printf(ptr @fbs, i32 %kv2, ptr @ffound, i64 %idx)
  br label %bsnext
miss:
  call i32 (ptr, ...) @printf(ptr @fbs, i32 %kv2, ptr @fmiss, i64 -1)
  br label %bsnext
bsnext:
  %q1 = add i32 %q, 1
  %cq = icmp slt i32 %q1, 5
  br i1 %cq, label %bsl, label %strto
strto:
  %end = alloca ptr
  call void @parse(ptr @nums, i32 10, ptr %end)
  %e1 = load ptr, ptr %end
  %e1b = getelementptr inbounds i8, ptr %e1, i64 3
  call void @parse(ptr %e1b, i32 16, ptr %end)
  %e2 = load ptr, ptr %end
  %e2b = getelementptr inbounds i8, ptr %e2, i64 1
  call void @parse(ptr %e2b, i32 0, ptr %end)
  %e3 = load ptr, ptr %end
  call void @parse(ptr %e3, i32 36, ptr %end)
  %e4 = load ptr, ptr %end
  %ull = call i64 @strtoull(ptr %e4, ptr %end, i32 10)
  %e5 = load ptr, ptr %end
  %e4i = ptrtoint ptr %e4 to i64
  %e5i = ptrtoint ptr %e5 to i64
  %cons = sub i64 %e5i, %e4i
  call i32 (ptr, ...) @printf(ptr @fstrtoull, i64 %ull, i64 %cons)

  %buf = alloca [16 x i8], align 1
  %a1p = getelementptr inbounds ptr, ptr %argv, i64 1
  %a1 = load ptr, ptr %a1p
  %a2p = getelementptr inbounds ptr, ptr %argv, i64 2
  %a2 = load ptr, ptr %a2p
  %a3p = getelementptr inbounds ptr, ptr %argv, i64 3
  %a3 = load ptr, ptr %a3p
  %sn = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 16, ptr @fsnfmt, ptr %a1, ptr %a2, i32 %argc, double 3.14159)
  call i32 (ptr, ...) @printf(ptr @fsn, i32 %sn, ptr %buf)
  %sn2 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 0, ptr @fsnfmt, ptr %a2, ptr %a1, i32 7, double -2.5)
  call i32 (ptr, ...) @printf(ptr @fsn, i32 %sn2, ptr %buf)
  %n = call i32 @atoi(ptr %a3)
  %l1 = call i64 @strlen(ptr %a1)
  %l2 = call i64 @strlen(ptr %a2)
  %l3 = call i64 @strlen(ptr %a3)
  %ls = add i64 %l1, %l2
  %ls2 = add i64 %ls, %l3
  call i32 (ptr, ...) @printf(ptr @fargs, i32 %argc, ptr %a1, ptr %a2, i32 %n, i64 %ls2)
  %r = add i32 %n, %sn
  ret i32 %r
}
