; Vector casts: trunc/zext/sext between <8 x i16>, <8 x i32>, <8 x i8>,
; <4 x i64>; fptosi/fptoui/sitofp/uitofp between <4 x float>/<4 x double>
; and integer vectors (in-range values only); fpext/fptrunc; and bitcasts
; between vector shapes of equal size (<2 x i64> <-> <4 x i32> <-> <16 x i8>
; <-> <2 x double> <-> i128, <4 x i16> <-> double).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fi = private unnamed_addr constant [27 x i8] c"%-14s %lld %lld %lld %lld\0A\00"
@ff = private unnamed_addr constant [27 x i8] c"%-14s %.9g %.9g %.9g %.9g\0A\00"
@fx = private unnamed_addr constant [23 x i8] c"%-14s %016llx %016llx\0A\00"
@n_tr = private unnamed_addr constant [12 x i8] c"trunc 32->8\00"
@n_zx = private unnamed_addr constant [11 x i8] c"zext 8->64\00"
@n_sx = private unnamed_addr constant [12 x i8] c"sext 16->64\00"
@n_tr2 = private unnamed_addr constant [13 x i8] c"trunc 64->16\00"
@n_fsi = private unnamed_addr constant [14 x i8] c"fptosi f->i32\00"
@n_fui = private unnamed_addr constant [14 x i8] c"fptoui d->i16\00"
@n_sif = private unnamed_addr constant [14 x i8] c"sitofp i64->f\00"
@n_uif = private unnamed_addr constant [14 x i8] c"uitofp i32->d\00"
@n_ext = private unnamed_addr constant [11 x i8] c"fpext f->d\00"
@n_trn = private unnamed_addr constant [13 x i8] c"fptrunc d->f\00"
@n_bc1 = private unnamed_addr constant [15 x i8] c"bc v4i32->i128\00"
@n_bc2 = private unnamed_addr constant [16 x i8] c"bc v16i8->v2i64\00"
@n_bc3 = private unnamed_addr constant [16 x i8] c"bc v2f64->v2i64\00"
@n_bc4 = private unnamed_addr constant [14 x i8] c"bc v4i16->f64\00"
@n_bc5 = private unnamed_addr constant [16 x i8] c"bc v8f32->v4i64\00"

declare i32 @printf(ptr, ...)

define internal void @p4i64(ptr %n, <4 x i64> %v) {
  %a = extractelement <4 x i64> %v, i32 0
  %b = extractelement <4 x i64> %v, i32 1
  %c = extractelement <4 x i64> %v, i32 2
  %d = extractelement <4 x i64> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @fi, ptr %n, i64 %a, i64 %b, i64 %c, i64 %d)
  ret void
}

define internal void @p4f64(ptr %n, <4 x double> %v) {
  %a = extractelement <4 x double> %v, i32 0
  %b = extractelement <4 x double> %v, i32 1
  %c = extractelement <4 x double> %v, i32 2
  %d = extractelement <4 x double> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @ff, ptr %n, double %a, double %b, double %c, double %d)
  ret void
}

define internal void @p2x(ptr %n, <2 x i64> %v) {
  %a = extractelement <2 x i64> %v, i32 1
  %b = extractelement <2 x i64> %v, i32 0
  call i32 (ptr, ...) @printf(ptr @fx, ptr %n, i64 %a, i64 %b)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %w = insertelement <8 x i32> <i32 255, i32 256, i32 -1, i32 -129, i32 1000, i32 65535, i32 -65536, i32 poison>, i32 %argc, i32 7
  %t8 = trunc <8 x i32> %w to <8 x i8>
  %t8lo = shufflevector <8 x i8> %t8, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %t8hi = shufflevector <8 x i8> %t8, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %t8los = sext <4 x i8> %t8lo to <4 x i64>
  call void @p4i64(ptr @n_tr, <4 x i64> %t8los)
  %z64 = zext <4 x i8> %t8hi to <4 x i64>
  call void @p4i64(ptr @n_zx, <4 x i64> %z64)
  %h = trunc <8 x i32> %w to <8 x i16>
  %h4 = shufflevector <8 x i16> %h, <8 x i16> poison, <4 x i32> <i32 2, i32 3, i32 5, i32 6>
  %s64 = sext <4 x i16> %h4 to <4 x i64>
  call void @p4i64(ptr @n_sx, <4 x i64> %s64)
  %big = shl <4 x i64> %s64, <i64 16, i64 20, i64 1, i64 40>
  %t16 = trunc <4 x i64> %big to <4 x i16>
  %t16s = sext <4 x i16> %t16 to <4 x i64>
  call void @p4i64(ptr @n_tr2, <4 x i64> %t16s)

  %af = sitofp i32 %argc to float
  %fv = insertelement <4 x float> <float -2.75, float 2.75, float 2147483520.0, float poison>, float %af, i32 3
  %fi = fptosi <4 x float> %fv to <4 x i32>
  %fi64 = sext <4 x i32> %fi to <4 x i64>
  call void @p4i64(ptr @n_fsi, <4 x i64> %fi64)
  %dv = fpext <4 x float> %fv to <4 x double>
  call void @p4f64(ptr @n_ext, <4 x double> %dv)
  %du = fmul <4 x double> %dv, <double -1.0, double 1000.0, double 0.0, double 16000.5>
  %ui = fptoui <4 x double> %du to <4 x i16>
  %ui64 = zext <4 x i16> %ui to <4 x i64>
  call void @p4i64(ptr @n_fui, <4 x i64> %ui64)
  %iv = insertelement <4 x i64> <i64 9007199254740993, i64 -9223372036854775807, i64 16777217, i64 poison>, i64 -33554431, i32 3
  %sf = sitofp <4 x i64> %iv to <4 x float>
  %sfd = fpext <4 x float> %sf to <4 x double>
  call void @p4f64(ptr @n_sif, <4 x double> %sfd)
  %uv = insertelement <4 x i32> <i32 -1, i32 -2147483648, i32 123456789, i32 0>, i32 %argc, i32 3
  %ud = uitofp <4 x i32> %uv to <4 x double>
  call void @p4f64(ptr @n_uif, <4 x double> %ud)
  %tr = fptrunc <4 x double> <double 0x3FB999999999999A, double 1.0e30, double -1.0e-50, double 3.141592653589793> to <4 x float>
  %trd = fpext <4 x float> %tr to <4 x double>
  call void @p4f64(ptr @n_trn, <4 x double> %trd)

  ; bitcasts between shapes
  %bv = insertelement <4 x i32> <i32 1, i32 2, i32 3, i32 poison>, i32 %argc, i32 3
  %b128 = bitcast <4 x i32> %bv to i128
  %b2 = bitcast i128 %b128 to <2 x i64>
  call void @p2x(ptr @n_bc1, <2 x i64> %b2)
  %bytes = bitcast <2 x i64> %b2 to <16 x i8>
  %bytes2 = add <16 x i8> %bytes, <i8 16, i8 17, i8 18, i8 19, i8 20, i8 21, i8 22, i8 23, i8 24, i8 25, i8 26, i8 27, i8 28, i8 29, i8 30, i8 31>
  %b3 = bitcast <16 x i8> %bytes2 to <2 x i64>
  call void @p2x(ptr @n_bc2, <2 x i64> %b3)
  %dd = insertelement <2 x double> <double -0.0, double poison>, double 1.0, i32 1
  %b4 = bitcast <2 x double> %dd to <2 x i64>
  call void @p2x(ptr @n_bc3, <2 x i64> %b4)
  %hv = insertelement <4 x i16> <i16 0, i16 0, i16 0, i16 16368>, i16 0, i32 0
  %hd = bitcast <4 x i16> %hv to double
  %hdi = bitcast double %hd to i64
  %hd2 = insertelement <2 x i64> poison, i64 %hdi, i32 0
  %hd3 = insertelement <2 x i64> %hd2, i64 0, i32 1
  call void @p2x(ptr @n_bc4, <2 x i64> %hd3)
  %v8f = insertelement <8 x float> <float 1.0, float -1.0, float 0.5, float 2.0, float 0.0, float -0.0, float 1.5, float poison>, float %af, i32 7
  %v4i = bitcast <8 x float> %v8f to <4 x i64>
  %v4lo = shufflevector <4 x i64> %v4i, <4 x i64> poison, <2 x i32> <i32 0, i32 1>
  %v4hi = shufflevector <4 x i64> %v4i, <4 x i64> poison, <2 x i32> <i32 2, i32 3>
  call void @p2x(ptr @n_bc5, <2 x i64> %v4lo)
  call void @p2x(ptr @n_bc5, <2 x i64> %v4hi)
  %r0 = extractelement <4 x i32> %fi, i32 0
  %r1 = extractelement <4 x i16> %ui, i32 1
  %r1z = zext i16 %r1 to i32
  %r = add i32 %r0, %r1z
  %rr = urem i32 %r, 111
  ret i32 %rr
}
