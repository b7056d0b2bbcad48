; ModuleID = 'refs.1260b2797cda49ab-cgu.0'
source_filename = "refs.1260b2797cda49ab-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_0625062a5eee489a7813ee965a38d15a = private unnamed_addr constant [198 x i8] c"unsafe precondition(s) violated: Alignment::new_unchecked requires a power of two\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_8cf3531fd3c828ab298b686071a40c17 = private unnamed_addr constant [259 x i8] c"unsafe precondition(s) violated: Layout::from_size_alignment_unchecked requires that the rounded-up allocation size does not exceed isize::MAX\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c403a60f1bccd3ec3540b283635ddacf = private unnamed_addr constant [8 x i8] c"refs.rs\00", align 1
@alloc_5f7fae75dfca9c094ac0609cc6c58956 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c403a60f1bccd3ec3540b283635ddacf, [16 x i8] c"\07\00\00\00\00\00\00\00\09\00\00\00A\00\00\00" }>, align 8
@alloc_4ea0f6566c11ff808221ba0ad33b0f32 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c403a60f1bccd3ec3540b283635ddacf, [16 x i8] c"\07\00\00\00\00\00\00\00\07\00\00\005\00\00\00" }>, align 8
@alloc_650603901cfe60e63d58bde3a43131aa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c403a60f1bccd3ec3540b283635ddacf, [16 x i8] c"\07\00\00\00\00\00\00\00\08\00\00\00A\00\00\00" }>, align 8
@alloc_46f80e04b69ae90958dfa09594b13d8d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c403a60f1bccd3ec3540b283635ddacf, [16 x i8] c"\07\00\00\00\00\00\00\00\04\00\00\006\00\00\00" }>, align 8
@alloc_4f6caa8a4a84c834531934bdfde7b2ea = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/alignment.rs\00", align 1
@alloc_baf8ef05762bb2cbbccf0ad20ba0c118 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_4f6caa8a4a84c834531934bdfde7b2ea, [16 x i8] c"Q\00\00\00\00\00\00\00\7F\00\00\00\12\00\00\00" }>, align 8
@alloc_e94ebeffbe15b2c683ebcfffeb83b79c = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/alloc/layout.rs\00", align 1
@alloc_43b307780025650359e0e1b649546c3c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e94ebeffbe15b2c683ebcfffeb83b79c, [16 x i8] c"P\00\00\00\00\00\00\00\01\01\00\00\12\00\00\00" }>, align 8

; core::ptr::drop_in_place<alloc::boxed::Box<i32>>
; Function Attrs: nounwind nonlazybind uwtable
define void @"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$i32$GT$$GT$17hb5bbab8b415698c0E"(ptr align 8 %_1) unnamed_addr #0 !dbg !79 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !87, !DIExpression(), !90)
  %_6 = load ptr, ptr %_1, align 8, !dbg !90
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h366433c58a33e5bfE"(ptr align 8 %_1) #7, !dbg !90
  ret void, !dbg !90
}

; core::ptr::alignment::Alignment::new_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hb4ea111effe4e578E(i64 %align, ptr align 8 %0) unnamed_addr #1 !dbg !91 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %align.dbg.spill = alloca [8 x i8], align 8
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !130, !DIExpression(), !133)
    #dbg_declare(ptr %align.dbg.spill, !134, !DIExpression(), !143)
    #dbg_declare(ptr %align.dbg.spill, !147, !DIExpression(), !152)
  %2 = call i64 @llvm.ctpop.i64(i64 %align), !dbg !154
  %3 = trunc i64 %2 to i32, !dbg !154
  store i32 %3, ptr %1, align 4, !dbg !154
  %_5 = load i32, ptr %1, align 4, !dbg !154
  %4 = icmp eq i32 %_5, 1, !dbg !155
  br i1 %4, label %bb1, label %bb2, !dbg !155

bb1:                                              ; preds = %start
  ret void, !dbg !156

bb2:                                              ; preds = %start
  store ptr @alloc_0625062a5eee489a7813ee965a38d15a, ptr %msg.dbg.spill, align 8, !dbg !157
  %5 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !157
  store i64 198, ptr %5, align 8, !dbg !157
    #dbg_declare(ptr %msg.dbg.spill, !131, !DIExpression(), !158)
    #dbg_declare(ptr %msg.dbg.spill, !159, !DIExpression(), !252)
    #dbg_declare(ptr %msg.dbg.spill, !254, !DIExpression(), !262)
    #dbg_declare(ptr %msg.dbg.spill, !264, !DIExpression(), !269)
    #dbg_declare(ptr %msg.dbg.spill, !271, !DIExpression(), !280)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_0625062a5eee489a7813ee965a38d15a, ptr inttoptr (i64 397 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !282
  unreachable, !dbg !282
}

; core::cell::Cell<T>::set
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define void @"_ZN4core4cell13Cell$LT$T$GT$3set17h46776cd2ec89fd55E"(ptr align 4 %self, i32 %val) unnamed_addr #1 !dbg !283 {
start:
  %val.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !299, !DIExpression(), !301)
    #dbg_declare(ptr %self.dbg.spill, !302, !DIExpression(), !309)
  store i32 %val, ptr %val.dbg.spill, align 4
    #dbg_declare(ptr %val.dbg.spill, !300, !DIExpression(), !311)
    #dbg_declare(ptr %val.dbg.spill, !308, !DIExpression(), !312)
  %_3 = load i32, ptr %self, align 4, !dbg !313
  store i32 %val, ptr %self, align 4, !dbg !321
  ret void, !dbg !322
}

; core::alloc::layout::Layout::from_size_alignment_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hdfefde2467b8704eE(i64 %size, i64 %alignment, ptr align 8 %0) unnamed_addr #1 !dbg !323 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %alignment.dbg.spill = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  store i64 %size, ptr %size.dbg.spill, align 8
    #dbg_declare(ptr %size.dbg.spill, !334, !DIExpression(), !338)
    #dbg_declare(ptr %size.dbg.spill, !339, !DIExpression(), !351)
  store i64 %alignment, ptr %alignment.dbg.spill, align 8
    #dbg_declare(ptr %alignment.dbg.spill, !335, !DIExpression(), !338)
    #dbg_declare(ptr %alignment.dbg.spill, !350, !DIExpression(), !354)
  %_7 = sub nuw i64 -9223372036854775808, %alignment, !dbg !355
  %_3 = icmp ule i64 %size, %_7, !dbg !361
  br i1 %_3, label %bb1, label %bb2, !dbg !352

bb2:                                              ; preds = %start
  store ptr @alloc_8cf3531fd3c828ab298b686071a40c17, ptr %msg.dbg.spill, align 8, !dbg !362
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !362
  store i64 259, ptr %1, align 8, !dbg !362
    #dbg_declare(ptr %msg.dbg.spill, !336, !DIExpression(), !363)
    #dbg_declare(ptr %msg.dbg.spill, !364, !DIExpression(), !367)
    #dbg_declare(ptr %msg.dbg.spill, !369, !DIExpression(), !372)
    #dbg_declare(ptr %msg.dbg.spill, !374, !DIExpression(), !377)
    #dbg_declare(ptr %msg.dbg.spill, !379, !DIExpression(), !382)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_8cf3531fd3c828ab298b686071a40c17, ptr inttoptr (i64 519 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !384
  unreachable, !dbg !384

bb1:                                              ; preds = %start
  ret void, !dbg !385
}

; refs::raw
; Function Attrs: noinline nounwind nonlazybind uwtable
define ptr @_ZN4refs3raw17hd4f3b3d404791c29E(ptr %p) unnamed_addr #2 !dbg !386 {
start:
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !393, !DIExpression(), !394)
  %_3 = ptrtoint ptr %p to i64, !dbg !395
  %_5 = and i64 %_3, 3, !dbg !395
  %_6 = icmp eq i64 %_5, 0, !dbg !395
  br i1 %_6, label %bb1, label %panic, !dbg !395

bb1:                                              ; preds = %start
  %_8 = ptrtoint ptr %p to i64, !dbg !395
  %_10 = icmp eq i64 %_8, 0, !dbg !395
  %_11 = and i1 %_10, true, !dbg !395
  %_12 = xor i1 %_11, true, !dbg !395
  br i1 %_12, label %bb2, label %panic1, !dbg !395

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_3, ptr align 8 @alloc_5f7fae75dfca9c094ac0609cc6c58956) #8, !dbg !395
  unreachable, !dbg !395

bb2:                                              ; preds = %bb1
  store i32 1, ptr %p, align 4, !dbg !395
  ret ptr %p, !dbg !396

panic1:                                           ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_5f7fae75dfca9c094ac0609cc6c58956) #8, !dbg !395
  unreachable, !dbg !395
}

; refs::boxed
; Function Attrs: noinline nounwind nonlazybind uwtable
define i32 @_ZN4refs5boxed17ha58892d05a4e7d72E(ptr align 4 %0) unnamed_addr #2 !dbg !397 {
start:
  %b = alloca [8 x i8], align 8
  store ptr %0, ptr %b, align 8
    #dbg_declare(ptr %b, !401, !DIExpression(), !402)
  %_2 = load ptr, ptr %b, align 8, !dbg !403
  %_4 = ptrtoint ptr %_2 to i64, !dbg !403
  %_6 = and i64 %_4, 3, !dbg !403
  %_7 = icmp eq i64 %_6, 0, !dbg !403
  br i1 %_7, label %bb2, label %panic, !dbg !403

bb2:                                              ; preds = %start
  %_9 = ptrtoint ptr %_2 to i64, !dbg !403
  %_11 = icmp eq i64 %_9, 0, !dbg !403
  %_12 = and i1 %_11, true, !dbg !403
  %_13 = xor i1 %_12, true, !dbg !403
  br i1 %_13, label %bb3, label %panic1, !dbg !403

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_4, ptr align 8 @alloc_4ea0f6566c11ff808221ba0ad33b0f32) #8, !dbg !403
  unreachable, !dbg !403

bb3:                                              ; preds = %bb2
  %_0 = load i32, ptr %_2, align 4, !dbg !403
; call core::ptr::drop_in_place<alloc::boxed::Box<i32>>
  call void @"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$i32$GT$$GT$17hb5bbab8b415698c0E"(ptr align 8 %b) #9, !dbg !404
  ret i32 %_0, !dbg !405

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_4ea0f6566c11ff808221ba0ad33b0f32) #8, !dbg !403
  unreachable, !dbg !403
}

; refs::shref
; Function Attrs: noinline nounwind nonlazybind uwtable
define i32 @_ZN4refs5shref17h14cd10981dba1193E(ptr align 4 %x) unnamed_addr #2 !dbg !406 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !411, !DIExpression(), !412)
  %_0 = load i32, ptr %x, align 4, !dbg !413
  ret i32 %_0, !dbg !414
}

; refs::slice
; Function Attrs: noinline nounwind nonlazybind uwtable
define align 4 ptr @_ZN4refs5slice17h6715231515b64b70E(ptr align 4 %s.0, i64 %s.1) unnamed_addr #2 !dbg !415 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  store ptr %s.0, ptr %s.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8
  store i64 %s.1, ptr %0, align 8
    #dbg_declare(ptr %s.dbg.spill, !424, !DIExpression(), !425)
  %_5 = icmp ult i64 1, %s.1, !dbg !426
  br i1 %_5, label %bb1, label %panic, !dbg !426

bb1:                                              ; preds = %start
  %_0 = getelementptr inbounds nuw i32, ptr %s.0, i64 1, !dbg !427
  ret ptr %_0, !dbg !428

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 1, i64 %s.1, ptr align 8 @alloc_650603901cfe60e63d58bde3a43131aa) #8, !dbg !426
  unreachable, !dbg !426
}

; refs::mutref
; Function Attrs: noinline nounwind nonlazybind uwtable
define i32 @_ZN4refs6mutref17h438f4453b63f8401E(ptr align 4 %x) unnamed_addr #2 !dbg !429 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !433, !DIExpression(), !434)
  %0 = load i32, ptr %x, align 4, !dbg !435
  %1 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %0, i32 1), !dbg !435
  %_2.0 = extractvalue { i32, i1 } %1, 0, !dbg !435
  %_2.1 = extractvalue { i32, i1 } %1, 1, !dbg !435
  br i1 %_2.1, label %panic, label %bb1, !dbg !435

bb1:                                              ; preds = %start
  store i32 %_2.0, ptr %x, align 4, !dbg !435
  %_0 = load i32, ptr %x, align 4, !dbg !436
  ret i32 %_0, !dbg !437

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_46f80e04b69ae90958dfa09594b13d8d) #8, !dbg !435
  unreachable, !dbg !435
}

; refs::cellref
; Function Attrs: noinline nounwind nonlazybind uwtable
define i32 @_ZN4refs7cellref17hd0d6f14cc5fc85edE(ptr align 4 %x) unnamed_addr #2 !dbg !438 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !447, !DIExpression(), !448)
  %_3 = getelementptr inbounds i8, ptr %x, i64 4, !dbg !449
; call core::cell::Cell<T>::set
  call void @"_ZN4core4cell13Cell$LT$T$GT$3set17h46776cd2ec89fd55E"(ptr align 4 %_3, i32 3) #7, !dbg !450
  %_0 = load i32, ptr %x, align 4, !dbg !451
  ret i32 %_0, !dbg !452
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17hce7d326db26eb2b5E"(ptr align 1 %self, ptr %ptr, i64 %layout.0, i64 %layout.1) unnamed_addr #1 !dbg !453 {
start:
  %ptr.dbg.spill1 = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !463, !DIExpression(), !466)
    #dbg_declare(ptr %self.dbg.spill, !467, !DIExpression(), !473)
  store ptr %ptr, ptr %ptr.dbg.spill, align 8
    #dbg_declare(ptr %ptr.dbg.spill, !464, !DIExpression(), !475)
    #dbg_declare(ptr %ptr.dbg.spill, !471, !DIExpression(), !476)
    #dbg_declare(ptr %ptr.dbg.spill, !477, !DIExpression(), !484)
    #dbg_declare(ptr %ptr.dbg.spill, !486, !DIExpression(), !494)
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !465, !DIExpression(), !496)
    #dbg_declare(ptr %layout.dbg.spill, !472, !DIExpression(), !497)
    #dbg_declare(ptr %layout.dbg.spill, !483, !DIExpression(), !498)
    #dbg_declare(ptr %layout.dbg.spill, !499, !DIExpression(), !505)
    #dbg_value(ptr poison, !507, !DIExpression(), !514)
  %1 = icmp eq i64 %layout.1, 0, !dbg !516
  br i1 %1, label %bb2, label %bb1, !dbg !516

bb2:                                              ; preds = %bb1, %start
  ret void, !dbg !517

bb1:                                              ; preds = %start
  store ptr %ptr, ptr %ptr.dbg.spill1, align 8, !dbg !518
    #dbg_declare(ptr %ptr.dbg.spill1, !504, !DIExpression(), !519)
    #dbg_value(ptr poison, !507, !DIExpression(), !520)
    #dbg_value(ptr poison, !522, !DIExpression(), !528)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr %ptr, i64 %layout.1, i64 %layout.0) #9, !dbg !530
  br label %bb2, !dbg !531
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h366433c58a33e5bfE"(ptr align 8 %self) unnamed_addr #1 !dbg !532 {
start:
  %unique.dbg.spill = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %alignment.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %0 = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %t.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !540, !DIExpression(), !557)
  %ptr = load ptr, ptr %self, align 8, !dbg !558
  store ptr %ptr, ptr %ptr.dbg.spill, align 8, !dbg !558
    #dbg_declare(ptr %ptr.dbg.spill, !541, !DIExpression(), !559)
    #dbg_declare(ptr %ptr.dbg.spill, !560, !DIExpression(), !567)
    #dbg_declare(ptr %ptr.dbg.spill, !569, !DIExpression(), !582)
  store ptr %ptr, ptr %t.dbg.spill, align 8, !dbg !584
    #dbg_declare(ptr %t.dbg.spill, !585, !DIExpression(), !594)
    #dbg_declare(ptr %t.dbg.spill, !596, !DIExpression(), !601)
    #dbg_declare(ptr %t.dbg.spill, !603, !DIExpression(), !611)
    #dbg_declare(ptr %t.dbg.spill, !613, !DIExpression(), !616)
  store i64 4, ptr %1, align 8, !dbg !618
  %size = load i64, ptr %1, align 8, !dbg !618
  store i64 %size, ptr %size.dbg.spill, align 8, !dbg !618
    #dbg_declare(ptr %size.dbg.spill, !591, !DIExpression(), !619)
    #dbg_declare(ptr %size.dbg.spill, !620, !DIExpression(), !627)
  store i64 4, ptr %0, align 8, !dbg !629
  %align = load i64, ptr %0, align 8, !dbg !629
  store i64 %align, ptr %align.dbg.spill, align 8, !dbg !629
    #dbg_declare(ptr %align.dbg.spill, !609, !DIExpression(), !630)
    #dbg_declare(ptr %align.dbg.spill, !631, !DIExpression(), !637)
  br label %bb6, !dbg !639

bb6:                                              ; preds = %start
; call core::ptr::alignment::Alignment::new_unchecked::precondition_check
  call void @_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hb4ea111effe4e578E(i64 %align, ptr align 8 @alloc_baf8ef05762bb2cbbccf0ad20ba0c118) #7, !dbg !641
  br label %bb7, !dbg !641

bb7:                                              ; preds = %bb6
  store i64 %align, ptr %alignment.dbg.spill, align 8, !dbg !642
    #dbg_declare(ptr %alignment.dbg.spill, !593, !DIExpression(), !643)
    #dbg_declare(ptr %alignment.dbg.spill, !626, !DIExpression(), !644)
  br label %bb8, !dbg !645

bb8:                                              ; preds = %bb7
; call core::alloc::layout::Layout::from_size_alignment_unchecked::precondition_check
  call void @_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hdfefde2467b8704eE(i64 %size, i64 %align, ptr align 8 @alloc_43b307780025650359e0e1b649546c3c) #7, !dbg !647
  br label %bb9, !dbg !647

bb9:                                              ; preds = %bb8
  store i64 %align, ptr %layout.dbg.spill, align 8, !dbg !648
  %2 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8, !dbg !648
  store i64 %size, ptr %2, align 8, !dbg !648
    #dbg_declare(ptr %layout.dbg.spill, !553, !DIExpression(), !649)
    #dbg_value(ptr poison, !650, !DIExpression(), !653)
  %3 = icmp eq i64 %size, 0, !dbg !655
  br i1 %3, label %bb3, label %bb1, !dbg !655

bb3:                                              ; preds = %bb1, %bb9
  ret void, !dbg !656

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !657
  store ptr %ptr, ptr %unique.dbg.spill, align 8, !dbg !658
    #dbg_declare(ptr %unique.dbg.spill, !664, !DIExpression(), !670)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @"_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17hce7d326db26eb2b5E"(ptr align 1 %_7, ptr %ptr, i64 %align, i64 %size) #7, !dbg !672
  br label %bb3, !dbg !673
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #3

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #4

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #5

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #5

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #3

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr captures(address), i64, i64) unnamed_addr #6

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint nounwind }
attributes #8 = { noinline noreturn nounwind }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !7, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "refs.rs/@/refs.1260b2797cda49ab-cgu.0", directory: "/work/main/lit/pass/Inputs")
!7 = !{!8}
!8 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !10, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagEnumClass, elements: !14)
!9 = !DIFile(filename: "<unknown>", directory: "")
!10 = !DINamespace(name: "alignment", scope: !11)
!11 = !DINamespace(name: "ptr", scope: !12)
!12 = !DINamespace(name: "core", scope: null)
!13 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62, !63, !64, !65, !66, !67, !68, !69, !70, !71, !72, !73, !74, !75, !76, !77, !78}
!15 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!16 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!17 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!18 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!19 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!20 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!21 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!22 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!23 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!24 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!25 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!26 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!27 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!28 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!29 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!30 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!31 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!32 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!33 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!34 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!35 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!36 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!37 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!38 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!39 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!40 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!41 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!42 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!43 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!44 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!45 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!46 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!47 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!48 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!49 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!50 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!51 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!52 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!53 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!54 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!55 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!56 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!57 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!58 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!59 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!60 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!61 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!62 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!63 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!64 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!65 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!66 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!67 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!68 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!69 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!70 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!71 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!72 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!73 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!74 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!75 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!76 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!77 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!78 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!79 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<i32, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$i32$GT$$GT$17hb5bbab8b415698c0E", scope: !11, file: !80, line: 805, type: !81, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !88, retainedNodes: !86)
!80 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!81 = !DISubroutineType(types: !82)
!82 = !{null, !83}
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<i32, alloc::alloc::Global>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<i32, alloc::alloc::Global>", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!86 = !{!87}
!87 = !DILocalVariable(arg: 1, scope: !79, file: !80, line: 805, type: !83)
!88 = !{!89}
!89 = !DITemplateTypeParameter(name: "T", type: !84)
!90 = !DILocation(line: 805, column: 1, scope: !79)
!91 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hb4ea111effe4e578E", scope: !93, file: !92, line: 68, type: !95, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !129)
!92 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!93 = !DINamespace(name: "new_unchecked", scope: !94)
!94 = !DINamespace(name: "{impl#0}", scope: !10)
!95 = !DISubroutineType(types: !96)
!96 = !{null, !97, !98}
!97 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!98 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!99 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !100, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !102, templateParams: !114, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!100 = !DINamespace(name: "location", scope: !101)
!101 = !DINamespace(name: "panic", scope: !12)
!102 = !{!103, !117, !119, !120}
!103 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !99, file: !9, baseType: !104, size: 128, align: 64, flags: DIFlagPrivate)
!104 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !105, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !106, templateParams: !115, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!105 = !DINamespace(name: "non_null", scope: !11)
!106 = !{!107}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !104, file: !9, baseType: !108, size: 128, align: 64, flags: DIFlagPrivate)
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !9, size: 128, align: 64, elements: !109, templateParams: !114, identifier: "238a44609877474087c05adf26cd41fa")
!109 = !{!110, !113}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !108, file: !9, baseType: !111, size: 64, align: 64)
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64, align: 64, dwarfAddressSpace: 0)
!112 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !108, file: !9, baseType: !97, size: 64, align: 64, offset: 64)
!114 = !{}
!115 = !{!116}
!116 = !DITemplateTypeParameter(name: "T", type: !112)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !99, file: !9, baseType: !118, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!118 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !99, file: !9, baseType: !118, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !99, file: !9, baseType: !121, align: 8, offset: 192, flags: DIFlagPrivate)
!121 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !122, file: !9, align: 8, flags: DIFlagPublic, elements: !114, templateParams: !123, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!122 = !DINamespace(name: "marker", scope: !12)
!123 = !{!124}
!124 = !DITemplateTypeParameter(name: "T", type: !125)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !9, size: 128, align: 64, elements: !126, templateParams: !114, identifier: "9277eecd40495f85161460476aacc992")
!126 = !{!127, !128}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !125, file: !9, baseType: !111, size: 64, align: 64)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !125, file: !9, baseType: !97, size: 64, align: 64, offset: 64)
!129 = !{!130, !131}
!130 = !DILocalVariable(name: "align", arg: 1, scope: !91, file: !92, line: 68, type: !97)
!131 = !DILocalVariable(name: "msg", scope: !132, file: !92, line: 70, type: !125, align: 64)
!132 = distinct !DILexicalBlock(scope: !91, file: !92, line: 70, column: 21)
!133 = !DILocation(line: 68, column: 43, scope: !91)
!134 = !DILocalVariable(name: "self", arg: 1, scope: !135, file: !136, line: 3761, type: !97)
!135 = distinct !DISubprogram(name: "is_power_of_two", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15is_power_of_two", scope: !137, file: !136, line: 3761, type: !139, scopeLine: 3761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !142)
!136 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!137 = !DINamespace(name: "{impl#11}", scope: !138)
!138 = !DINamespace(name: "num", scope: !12)
!139 = !DISubroutineType(types: !140)
!140 = !{!141, !97}
!141 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!142 = !{!134}
!143 = !DILocation(line: 3761, column: 38, scope: !135, inlinedAt: !144)
!144 = !DILocation(line: 160, column: 45, scope: !145)
!145 = !DILexicalBlockFile(scope: !91, file: !146, discriminator: 0)
!146 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!147 = !DILocalVariable(name: "self", arg: 1, scope: !148, file: !136, line: 84, type: !97)
!148 = distinct !DISubprogram(name: "count_ones", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj10count_ones", scope: !137, file: !136, line: 84, type: !149, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !151)
!149 = !DISubroutineType(types: !150)
!150 = !{!118, !97}
!151 = !{!147}
!152 = !DILocation(line: 84, column: 33, scope: !148, inlinedAt: !153)
!153 = !DILocation(line: 3762, column: 18, scope: !135, inlinedAt: !144)
!154 = !DILocation(line: 85, column: 20, scope: !148, inlinedAt: !153)
!155 = !DILocation(line: 160, column: 39, scope: !145)
!156 = !DILocation(line: 75, column: 14, scope: !91)
!157 = !DILocation(line: 70, column: 31, scope: !91)
!158 = !DILocation(line: 70, column: 25, scope: !132)
!159 = !DILocalVariable(name: "s", arg: 1, scope: !160, file: !161, line: 815, type: !125)
!160 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17haa7ad21d12baf91cE", scope: !162, file: !161, line: 815, type: !248, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !250, retainedNodes: !251)
!161 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!162 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !163, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !164, templateParams: !114, identifier: "e5c67bbe046da39973c72077c7f66185")
!163 = !DINamespace(name: "fmt", scope: !12)
!164 = !{!165, !170}
!165 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !162, file: !9, baseType: !166, size: 64, align: 64, flags: DIFlagPrivate)
!166 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !105, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !167, templateParams: !115, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!167 = !{!168}
!168 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !166, file: !9, baseType: !169, size: 64, align: 64, flags: DIFlagPrivate)
!169 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !112, size: 64, align: 64, dwarfAddressSpace: 0)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !162, file: !9, baseType: !171, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!171 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !105, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !172, templateParams: !246, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!172 = !{!173}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !171, file: !9, baseType: !174, size: 64, align: 64, flags: DIFlagPrivate)
!174 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !175, size: 64, align: 64, dwarfAddressSpace: 0)
!175 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !176, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !177, templateParams: !114, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!176 = !DINamespace(name: "rt", scope: !163)
!177 = !{!178}
!178 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !175, file: !9, baseType: !179, size: 128, align: 64, flags: DIFlagPrivate)
!179 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !176, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !180, templateParams: !114, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!180 = !{!181}
!181 = !DICompositeType(tag: DW_TAG_variant_part, scope: !179, file: !9, size: 128, align: 64, elements: !182, templateParams: !114, identifier: "fbd384083752b747f8b252853b979154", discriminator: !245)
!182 = !{!183, !241}
!183 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !181, file: !9, baseType: !184, size: 128, align: 64)
!184 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !179, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !185, templateParams: !114, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!185 = !{!186, !194, !236}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !184, file: !9, baseType: !187, size: 64, align: 64, flags: DIFlagPrivate)
!187 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !105, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !188, templateParams: !192, identifier: "f4e496144210c619b96aa08326287b92")
!188 = !{!189}
!189 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !187, file: !9, baseType: !190, size: 64, align: 64, flags: DIFlagPrivate)
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !191, size: 64, align: 64, dwarfAddressSpace: 0)
!191 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!192 = !{!193}
!193 = !DITemplateTypeParameter(name: "T", type: !191)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !184, file: !9, baseType: !195, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!195 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !196, size: 64, align: 64, dwarfAddressSpace: 0)
!196 = !DISubroutineType(types: !197)
!197 = !{!198, !187, !215}
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !199, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !200, templateParams: !114, identifier: "1c6752419820cdc3961061cc58b31873")
!199 = !DINamespace(name: "result", scope: !12)
!200 = !{!201}
!201 = !DICompositeType(tag: DW_TAG_variant_part, scope: !198, file: !9, size: 8, align: 8, elements: !202, templateParams: !114, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !214)
!202 = !{!203, !210}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !201, file: !9, baseType: !204, size: 8, align: 8, extraData: i8 0)
!204 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !198, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !205, templateParams: !207, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!205 = !{!206}
!206 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !204, file: !9, baseType: !191, align: 8, offset: 8, flags: DIFlagPublic)
!207 = !{!193, !208}
!208 = !DITemplateTypeParameter(name: "E", type: !209)
!209 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !163, file: !9, align: 8, flags: DIFlagPublic, elements: !114, identifier: "5a24300cdda31093f5fe20c939b4885")
!210 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !201, file: !9, baseType: !211, size: 8, align: 8, extraData: i8 1)
!211 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !198, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !212, templateParams: !207, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!212 = !{!213}
!213 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !211, file: !9, baseType: !209, align: 8, offset: 8, flags: DIFlagPublic)
!214 = !DIDerivedType(tag: DW_TAG_member, scope: !198, file: !9, baseType: !112, size: 8, align: 8, flags: DIFlagArtificial)
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !216, size: 64, align: 64, dwarfAddressSpace: 0)
!216 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !163, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !217, templateParams: !114, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!217 = !{!218, !225}
!218 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !216, file: !9, baseType: !219, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!219 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !163, file: !9, size: 64, align: 32, flags: DIFlagPublic, elements: !220, templateParams: !114, identifier: "ca2f5547247cd95c514a47d5800e09e")
!220 = !{!221, !222, !224}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !219, file: !9, baseType: !118, size: 32, align: 32, flags: DIFlagPrivate)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !219, file: !9, baseType: !223, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!223 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !219, file: !9, baseType: !223, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !216, file: !9, baseType: !226, size: 128, align: 64, flags: DIFlagPrivate)
!226 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !9, size: 128, align: 64, elements: !227, templateParams: !114, identifier: "effe97114690fc58a8e246cb04e37234")
!227 = !{!228, !231}
!228 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !226, file: !9, baseType: !229, size: 64, align: 64)
!229 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !230, size: 64, align: 64, dwarfAddressSpace: 0)
!230 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !9, align: 8, elements: !114, identifier: "64328679825f9c73b507edbfd5b86b47")
!231 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !226, file: !9, baseType: !232, size: 64, align: 64, offset: 64)
!232 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !233, size: 64, align: 64, dwarfAddressSpace: 0)
!233 = !DICompositeType(tag: DW_TAG_array_type, baseType: !97, size: 384, align: 64, elements: !234)
!234 = !{!235}
!235 = !DISubrange(count: 6, lowerBound: 0)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !184, file: !9, baseType: !237, align: 8, offset: 128, flags: DIFlagPrivate)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !122, file: !9, align: 8, flags: DIFlagPublic, elements: !114, templateParams: !238, identifier: "efa596960370766459fc018866dc4048")
!238 = !{!239}
!239 = !DITemplateTypeParameter(name: "T", type: !240)
!240 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !191, size: 64, align: 64, dwarfAddressSpace: 0)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !181, file: !9, baseType: !242, size: 128, align: 64, extraData: i64 0)
!242 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !179, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !243, templateParams: !114, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!243 = !{!244}
!244 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !242, file: !9, baseType: !223, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!245 = !DIDerivedType(tag: DW_TAG_member, scope: !179, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!246 = !{!247}
!247 = !DITemplateTypeParameter(name: "T", type: !175)
!248 = !DISubroutineType(types: !249)
!249 = !{!162, !125}
!250 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17haa7ad21d12baf91cE", scope: !162, file: !161, line: 815, type: !248, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!251 = !{!159}
!252 = !DILocation(line: 815, column: 27, scope: !160, inlinedAt: !253)
!253 = !DILocation(line: 73, column: 59, scope: !132)
!254 = !DILocalVariable(name: "self", arg: 1, scope: !255, file: !256, line: 578, type: !125)
!255 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !257, file: !256, line: 578, type: !259, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !261)
!256 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!257 = !DINamespace(name: "{impl#0}", scope: !258)
!258 = !DINamespace(name: "str", scope: !12)
!259 = !DISubroutineType(types: !260)
!260 = !{!169, !125}
!261 = !{!254}
!262 = !DILocation(line: 578, column: 25, scope: !255, inlinedAt: !263)
!263 = !DILocation(line: 819, column: 44, scope: !160, inlinedAt: !253)
!264 = !DILocalVariable(name: "self", arg: 1, scope: !265, file: !256, line: 157, type: !125)
!265 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h1782e49c7864da2fE", scope: !257, file: !256, line: 157, type: !266, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !268)
!266 = !DISubroutineType(types: !267)
!267 = !{!97, !125}
!268 = !{!264}
!269 = !DILocation(line: 157, column: 22, scope: !265, inlinedAt: !270)
!270 = !DILocation(line: 820, column: 40, scope: !160, inlinedAt: !253)
!271 = !DILocalVariable(name: "self", arg: 1, scope: !272, file: !256, line: 502, type: !125)
!272 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !257, file: !256, line: 502, type: !273, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !279)
!273 = !DISubroutineType(types: !274)
!274 = !{!275, !125}
!275 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !9, size: 128, align: 64, elements: !276, templateParams: !114, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!276 = !{!277, !278}
!277 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !275, file: !9, baseType: !111, size: 64, align: 64)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !275, file: !9, baseType: !97, size: 64, align: 64, offset: 64)
!279 = !{!271}
!280 = !DILocation(line: 502, column: 27, scope: !272, inlinedAt: !281)
!281 = !DILocation(line: 158, column: 14, scope: !265, inlinedAt: !270)
!282 = !DILocation(line: 73, column: 21, scope: !132)
!283 = distinct !DISubprogram(name: "set<i32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h46776cd2ec89fd55E", scope: !285, file: !284, line: 433, type: !294, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, declaration: !297, retainedNodes: !298)
!284 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!285 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<i32>", scope: !286, file: !9, size: 32, align: 32, flags: DIFlagPublic, elements: !287, templateParams: !292, identifier: "4b4aeecfad1f53392ab3dac3e47a7d35")
!286 = !DINamespace(name: "cell", scope: !12)
!287 = !{!288}
!288 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !285, file: !9, baseType: !289, size: 32, align: 32, flags: DIFlagPrivate)
!289 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<i32>", scope: !286, file: !9, size: 32, align: 32, flags: DIFlagPublic, elements: !290, templateParams: !292, identifier: "cc77aa57b8bf71a7185b00070f528bc0")
!290 = !{!291}
!291 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !289, file: !9, baseType: !85, size: 32, align: 32, flags: DIFlagPrivate)
!292 = !{!293}
!293 = !DITemplateTypeParameter(name: "T", type: !85)
!294 = !DISubroutineType(types: !295)
!295 = !{null, !296, !85}
!296 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<i32>", baseType: !285, size: 64, align: 64, dwarfAddressSpace: 0)
!297 = !DISubprogram(name: "set<i32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h46776cd2ec89fd55E", scope: !285, file: !284, line: 433, type: !294, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !292)
!298 = !{!299, !300}
!299 = !DILocalVariable(name: "self", arg: 1, scope: !283, file: !284, line: 433, type: !296)
!300 = !DILocalVariable(name: "val", arg: 2, scope: !283, file: !284, line: 433, type: !85)
!301 = !DILocation(line: 433, column: 22, scope: !283)
!302 = !DILocalVariable(name: "self", arg: 1, scope: !303, file: !284, line: 510, type: !296)
!303 = distinct !DISubprogram(name: "replace<i32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17ha36e9a2eb0680150E", scope: !285, file: !284, line: 510, type: !304, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, declaration: !306, retainedNodes: !307)
!304 = !DISubroutineType(types: !305)
!305 = !{!85, !296, !85}
!306 = !DISubprogram(name: "replace<i32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17ha36e9a2eb0680150E", scope: !285, file: !284, line: 510, type: !304, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !292)
!307 = !{!302, !308}
!308 = !DILocalVariable(name: "val", arg: 2, scope: !303, file: !284, line: 510, type: !85)
!309 = !DILocation(line: 510, column: 26, scope: !303, inlinedAt: !310)
!310 = !DILocation(line: 437, column: 14, scope: !283)
!311 = !DILocation(line: 433, column: 29, scope: !283)
!312 = !DILocation(line: 510, column: 33, scope: !303, inlinedAt: !310)
!313 = !DILocation(line: 901, column: 22, scope: !314, inlinedAt: !320)
!314 = distinct !DISubprogram(name: "replace<i32>", linkageName: "_ZN4core3mem7replace17heb09ad3e1d1a5ca3E", scope: !316, file: !315, line: 887, type: !317, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292)
!315 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!316 = !DINamespace(name: "mem", scope: !12)
!317 = !DISubroutineType(types: !318)
!318 = !{!85, !319, !85}
!319 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!320 = !DILocation(line: 513, column: 9, scope: !303, inlinedAt: !310)
!321 = !DILocation(line: 902, column: 49, scope: !314, inlinedAt: !320)
!322 = !DILocation(line: 438, column: 6, scope: !283)
!323 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hdfefde2467b8704eE", scope: !324, file: !92, line: 68, type: !328, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !333)
!324 = !DINamespace(name: "from_size_alignment_unchecked", scope: !325)
!325 = !DINamespace(name: "{impl#0}", scope: !326)
!326 = !DINamespace(name: "layout", scope: !327)
!327 = !DINamespace(name: "alloc", scope: !12)
!328 = !DISubroutineType(types: !329)
!329 = !{null, !97, !330, !98}
!330 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !10, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !331, templateParams: !114, identifier: "5099570874743123f8e757e4da3ea37b")
!331 = !{!332}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !330, file: !9, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!333 = !{!334, !335, !336}
!334 = !DILocalVariable(name: "size", arg: 1, scope: !323, file: !92, line: 68, type: !97)
!335 = !DILocalVariable(name: "alignment", arg: 2, scope: !323, file: !92, line: 68, type: !330)
!336 = !DILocalVariable(name: "msg", scope: !337, file: !92, line: 70, type: !125, align: 64)
!337 = distinct !DILexicalBlock(scope: !323, file: !92, line: 70, column: 21)
!338 = !DILocation(line: 68, column: 43, scope: !323)
!339 = !DILocalVariable(name: "size", arg: 1, scope: !340, file: !341, line: 74, type: !97)
!340 = distinct !DISubprogram(name: "is_size_alignment_valid", linkageName: "_ZN4core5alloc6layout6Layout23is_size_alignment_valid17h343482110640b439E", scope: !342, file: !341, line: 74, type: !346, scopeLine: 74, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !348, retainedNodes: !349)
!341 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!342 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !326, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !343, templateParams: !114, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!343 = !{!344, !345}
!344 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !342, file: !9, baseType: !97, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !342, file: !9, baseType: !330, size: 64, align: 64, flags: DIFlagPrivate)
!346 = !DISubroutineType(types: !347)
!347 = !{!141, !97, !330}
!348 = !DISubprogram(name: "is_size_alignment_valid", linkageName: "_ZN4core5alloc6layout6Layout23is_size_alignment_valid17h343482110640b439E", scope: !342, file: !341, line: 74, type: !346, scopeLine: 74, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!349 = !{!339, !350}
!350 = !DILocalVariable(name: "alignment", arg: 2, scope: !340, file: !341, line: 74, type: !330)
!351 = !DILocation(line: 74, column: 38, scope: !340, inlinedAt: !352)
!352 = !DILocation(line: 164, column: 18, scope: !353)
!353 = !DILexicalBlockFile(scope: !323, file: !341, discriminator: 0)
!354 = !DILocation(line: 74, column: 51, scope: !340, inlinedAt: !352)
!355 = !DILocation(line: 97, column: 18, scope: !356, inlinedAt: !360)
!356 = distinct !DISubprogram(name: "max_size_for_alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout22max_size_for_alignment", scope: !342, file: !341, line: 79, type: !357, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !359)
!357 = !DISubroutineType(types: !358)
!358 = !{!97, !330}
!359 = !DISubprogram(name: "max_size_for_alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout22max_size_for_alignment", scope: !342, file: !341, line: 79, type: !357, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!360 = !DILocation(line: 75, column: 17, scope: !340, inlinedAt: !352)
!361 = !DILocation(line: 75, column: 9, scope: !340, inlinedAt: !352)
!362 = !DILocation(line: 70, column: 31, scope: !323)
!363 = !DILocation(line: 70, column: 25, scope: !337)
!364 = !DILocalVariable(name: "s", arg: 1, scope: !365, file: !161, line: 815, type: !125)
!365 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17haa7ad21d12baf91cE", scope: !162, file: !161, line: 815, type: !248, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !250, retainedNodes: !366)
!366 = !{!364}
!367 = !DILocation(line: 815, column: 27, scope: !365, inlinedAt: !368)
!368 = !DILocation(line: 73, column: 59, scope: !337)
!369 = !DILocalVariable(name: "self", arg: 1, scope: !370, file: !256, line: 578, type: !125)
!370 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !257, file: !256, line: 578, type: !259, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !371)
!371 = !{!369}
!372 = !DILocation(line: 578, column: 25, scope: !370, inlinedAt: !373)
!373 = !DILocation(line: 819, column: 44, scope: !365, inlinedAt: !368)
!374 = !DILocalVariable(name: "self", arg: 1, scope: !375, file: !256, line: 157, type: !125)
!375 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h1782e49c7864da2fE", scope: !257, file: !256, line: 157, type: !266, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !376)
!376 = !{!374}
!377 = !DILocation(line: 157, column: 22, scope: !375, inlinedAt: !378)
!378 = !DILocation(line: 820, column: 40, scope: !365, inlinedAt: !368)
!379 = !DILocalVariable(name: "self", arg: 1, scope: !380, file: !256, line: 502, type: !125)
!380 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !257, file: !256, line: 502, type: !273, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !381)
!381 = !{!379}
!382 = !DILocation(line: 502, column: 27, scope: !380, inlinedAt: !383)
!383 = !DILocation(line: 158, column: 14, scope: !375, inlinedAt: !378)
!384 = !DILocation(line: 73, column: 21, scope: !337)
!385 = !DILocation(line: 75, column: 14, scope: !323)
!386 = distinct !DISubprogram(name: "raw", linkageName: "_ZN4refs3raw17hd4f3b3d404791c29E", scope: !388, file: !387, line: 9, type: !389, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !392)
!387 = !DIFile(filename: "refs.rs", directory: "/work/main/lit/pass/Inputs", checksumkind: CSK_MD5, checksum: "ba17642632c2f849e818af0a63bce611")
!388 = !DINamespace(name: "refs", scope: null)
!389 = !DISubroutineType(types: !390)
!390 = !{!391, !391}
!391 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!392 = !{!393}
!393 = !DILocalVariable(name: "p", arg: 1, scope: !386, file: !387, line: 9, type: !391)
!394 = !DILocation(line: 9, column: 29, scope: !386)
!395 = !DILocation(line: 9, column: 65, scope: !386)
!396 = !DILocation(line: 9, column: 78, scope: !386)
!397 = distinct !DISubprogram(name: "boxed", linkageName: "_ZN4refs5boxed17ha58892d05a4e7d72E", scope: !388, file: !387, line: 7, type: !398, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !400)
!398 = !DISubroutineType(types: !399)
!399 = !{!85, !84}
!400 = !{!401}
!401 = !DILocalVariable(name: "b", arg: 1, scope: !397, file: !387, line: 7, type: !84)
!402 = !DILocation(line: 7, column: 31, scope: !397)
!403 = !DILocation(line: 7, column: 53, scope: !397)
!404 = !DILocation(line: 7, column: 56, scope: !397)
!405 = !DILocation(line: 7, column: 57, scope: !397)
!406 = distinct !DISubprogram(name: "shref", linkageName: "_ZN4refs5shref17h14cd10981dba1193E", scope: !388, file: !387, line: 5, type: !407, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !410)
!407 = !DISubroutineType(types: !408)
!408 = !{!85, !409}
!409 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!410 = !{!411}
!411 = !DILocalVariable(name: "x", arg: 1, scope: !406, file: !387, line: 5, type: !409)
!412 = !DILocation(line: 5, column: 31, scope: !406)
!413 = !DILocation(line: 5, column: 49, scope: !406)
!414 = !DILocation(line: 5, column: 53, scope: !406)
!415 = distinct !DISubprogram(name: "slice", linkageName: "_ZN4refs5slice17h6715231515b64b70E", scope: !388, file: !387, line: 8, type: !416, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !423)
!416 = !DISubroutineType(types: !417)
!417 = !{!319, !418}
!418 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [i32]", file: !9, size: 128, align: 64, elements: !419, templateParams: !114, identifier: "e3680fc31c9e27246d8bc16832876128")
!419 = !{!420, !422}
!420 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !418, file: !9, baseType: !421, size: 64, align: 64)
!421 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !418, file: !9, baseType: !97, size: 64, align: 64, offset: 64)
!423 = !{!424}
!424 = !DILocalVariable(name: "s", arg: 1, scope: !415, file: !387, line: 8, type: !418)
!425 = !DILocation(line: 8, column: 31, scope: !415)
!426 = !DILocation(line: 8, column: 65, scope: !415)
!427 = !DILocation(line: 8, column: 60, scope: !415)
!428 = !DILocation(line: 8, column: 71, scope: !415)
!429 = distinct !DISubprogram(name: "mutref", linkageName: "_ZN4refs6mutref17h438f4453b63f8401E", scope: !388, file: !387, line: 4, type: !430, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !432)
!430 = !DISubroutineType(types: !431)
!431 = !{!85, !319}
!432 = !{!433}
!433 = !DILocalVariable(name: "x", arg: 1, scope: !429, file: !387, line: 4, type: !319)
!434 = !DILocation(line: 4, column: 32, scope: !429)
!435 = !DILocation(line: 4, column: 54, scope: !429)
!436 = !DILocation(line: 4, column: 63, scope: !429)
!437 = !DILocation(line: 4, column: 67, scope: !429)
!438 = distinct !DISubprogram(name: "cellref", linkageName: "_ZN4refs7cellref17hd0d6f14cc5fc85edE", scope: !388, file: !387, line: 6, type: !439, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !446)
!439 = !DISubroutineType(types: !440)
!440 = !{!85, !441}
!441 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&refs::S", baseType: !442, size: 64, align: 64, dwarfAddressSpace: 0)
!442 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", scope: !388, file: !9, size: 64, align: 32, flags: DIFlagPublic, elements: !443, templateParams: !114, identifier: "c3a89e5afc302fb91c7d4cd732fc1b68")
!443 = !{!444, !445}
!444 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !442, file: !9, baseType: !85, size: 32, align: 32, flags: DIFlagPrivate)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !442, file: !9, baseType: !285, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!446 = !{!447}
!447 = !DILocalVariable(name: "x", arg: 1, scope: !438, file: !387, line: 6, type: !441)
!448 = !DILocation(line: 6, column: 33, scope: !438)
!449 = !DILocation(line: 6, column: 49, scope: !438)
!450 = !DILocation(line: 6, column: 53, scope: !438)
!451 = !DILocation(line: 6, column: 61, scope: !438)
!452 = !DILocation(line: 6, column: 66, scope: !438)
!453 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17hce7d326db26eb2b5E", scope: !455, file: !454, line: 440, type: !458, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !462)
!454 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!455 = !DINamespace(name: "{impl#1}", scope: !456)
!456 = !DINamespace(name: "alloc", scope: !457)
!457 = !DINamespace(name: "alloc", scope: null)
!458 = !DISubroutineType(types: !459)
!459 = !{null, !460, !166, !342}
!460 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !461, size: 64, align: 64, dwarfAddressSpace: 0)
!461 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !456, file: !9, align: 8, flags: DIFlagPublic, elements: !114, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!462 = !{!463, !464, !465}
!463 = !DILocalVariable(name: "self", arg: 1, scope: !453, file: !454, line: 440, type: !460)
!464 = !DILocalVariable(name: "ptr", arg: 2, scope: !453, file: !454, line: 440, type: !166)
!465 = !DILocalVariable(name: "layout", arg: 3, scope: !453, file: !454, line: 440, type: !342)
!466 = !DILocation(line: 440, column: 26, scope: !453)
!467 = !DILocalVariable(name: "self", arg: 1, scope: !468, file: !454, line: 323, type: !460)
!468 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_ZN5alloc5alloc6Global15deallocate_impl17h58f2c8c1510b076cE", scope: !461, file: !454, line: 323, type: !458, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !469, retainedNodes: !470)
!469 = !DISubprogram(name: "deallocate_impl", linkageName: "_ZN5alloc5alloc6Global15deallocate_impl17h58f2c8c1510b076cE", scope: !461, file: !454, line: 323, type: !458, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!470 = !{!467, !471, !472}
!471 = !DILocalVariable(name: "ptr", arg: 2, scope: !468, file: !454, line: 323, type: !166)
!472 = !DILocalVariable(name: "layout", arg: 3, scope: !468, file: !454, line: 323, type: !342)
!473 = !DILocation(line: 323, column: 37, scope: !468, inlinedAt: !474)
!474 = !DILocation(line: 442, column: 23, scope: !453)
!475 = !DILocation(line: 440, column: 33, scope: !453)
!476 = !DILocation(line: 323, column: 44, scope: !468, inlinedAt: !474)
!477 = !DILocalVariable(name: "ptr", arg: 1, scope: !478, file: !454, line: 199, type: !166)
!478 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_ZN5alloc5alloc6Global23deallocate_impl_runtime17h09cf8f19413799d1E", scope: !461, file: !454, line: 199, type: !479, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !481, retainedNodes: !482)
!479 = !DISubroutineType(types: !480)
!480 = !{null, !166, !342}
!481 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_ZN5alloc5alloc6Global23deallocate_impl_runtime17h09cf8f19413799d1E", scope: !461, file: !454, line: 199, type: !479, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!482 = !{!477, !483}
!483 = !DILocalVariable(name: "layout", arg: 2, scope: !478, file: !454, line: 199, type: !342)
!484 = !DILocation(line: 199, column: 32, scope: !478, inlinedAt: !485)
!485 = !DILocation(line: 324, column: 9, scope: !468, inlinedAt: !474)
!486 = !DILocalVariable(name: "self", arg: 1, scope: !487, file: !488, line: 401, type: !166)
!487 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hab3ee527b422512eE", scope: !166, file: !488, line: 401, type: !489, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !115, declaration: !492, retainedNodes: !493)
!488 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!489 = !DISubroutineType(types: !490)
!490 = !{!491, !166}
!491 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !112, size: 64, align: 64, dwarfAddressSpace: 0)
!492 = !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hab3ee527b422512eE", scope: !166, file: !488, line: 401, type: !489, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !115)
!493 = !{!486}
!494 = !DILocation(line: 401, column: 25, scope: !487, inlinedAt: !495)
!495 = !DILocation(line: 209, column: 34, scope: !478, inlinedAt: !485)
!496 = !DILocation(line: 440, column: 51, scope: !453)
!497 = !DILocation(line: 323, column: 62, scope: !468, inlinedAt: !474)
!498 = !DILocation(line: 199, column: 50, scope: !478, inlinedAt: !485)
!499 = !DILocalVariable(name: "layout", arg: 2, scope: !500, file: !454, line: 114, type: !342)
!500 = distinct !DISubprogram(name: "dealloc", linkageName: "_ZN5alloc5alloc7dealloc17h8a073c2ec30df3e4E", scope: !456, file: !454, line: 114, type: !501, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, retainedNodes: !503)
!501 = !DISubroutineType(types: !502)
!502 = !{null, !491, !342}
!503 = !{!504, !499}
!504 = !DILocalVariable(name: "ptr", arg: 1, scope: !500, file: !454, line: 114, type: !491)
!505 = !DILocation(line: 114, column: 37, scope: !500, inlinedAt: !506)
!506 = !DILocation(line: 209, column: 22, scope: !478, inlinedAt: !485)
!507 = !DILocalVariable(name: "self", arg: 1, scope: !508, file: !341, line: 175, type: !511)
!508 = distinct !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17h82d9a9a8666040ecE", scope: !342, file: !341, line: 175, type: !509, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !512, retainedNodes: !513)
!509 = !DISubroutineType(types: !510)
!510 = !{!97, !511}
!511 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::alloc::layout::Layout", baseType: !342, size: 64, align: 64, dwarfAddressSpace: 0)
!512 = !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17h82d9a9a8666040ecE", scope: !342, file: !341, line: 175, type: !509, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!513 = !{!507}
!514 = !DILocation(line: 175, column: 23, scope: !508, inlinedAt: !515)
!515 = !DILocation(line: 200, column: 19, scope: !478, inlinedAt: !485)
!516 = !DILocation(line: 200, column: 12, scope: !478, inlinedAt: !485)
!517 = !DILocation(line: 443, column: 6, scope: !453)
!518 = !DILocation(line: 407, column: 18, scope: !487, inlinedAt: !495)
!519 = !DILocation(line: 114, column: 23, scope: !500, inlinedAt: !506)
!520 = !DILocation(line: 175, column: 23, scope: !508, inlinedAt: !521)
!521 = !DILocation(line: 115, column: 41, scope: !500, inlinedAt: !506)
!522 = !DILocalVariable(name: "self", arg: 1, scope: !523, file: !341, line: 197, type: !511)
!523 = distinct !DISubprogram(name: "alignment", linkageName: "_ZN4core5alloc6layout6Layout9alignment17h4e4b1bb5bdbff0d8E", scope: !342, file: !341, line: 197, type: !524, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !526, retainedNodes: !527)
!524 = !DISubroutineType(types: !525)
!525 = !{!330, !511}
!526 = !DISubprogram(name: "alignment", linkageName: "_ZN4core5alloc6layout6Layout9alignment17h4e4b1bb5bdbff0d8E", scope: !342, file: !341, line: 197, type: !524, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!527 = !{!522}
!528 = !DILocation(line: 197, column: 28, scope: !523, inlinedAt: !529)
!529 = !DILocation(line: 115, column: 56, scope: !500, inlinedAt: !506)
!530 = !DILocation(line: 115, column: 14, scope: !500, inlinedAt: !506)
!531 = !DILocation(line: 200, column: 9, scope: !478, inlinedAt: !485)
!532 = distinct !DISubprogram(name: "drop<i32, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h366433c58a33e5bfE", scope: !534, file: !533, line: 1913, type: !536, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !555, retainedNodes: !539)
!533 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!534 = !DINamespace(name: "{impl#10}", scope: !535)
!535 = !DINamespace(name: "boxed", scope: !457)
!536 = !DISubroutineType(types: !537)
!537 = !{null, !538}
!538 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<i32, alloc::alloc::Global>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!539 = !{!540, !541, !541, !553}
!540 = !DILocalVariable(name: "self", arg: 1, scope: !532, file: !533, line: 1913, type: !538)
!541 = !DILocalVariable(name: "ptr", scope: !542, file: !533, line: 1916, type: !543, align: 64)
!542 = distinct !DILexicalBlock(scope: !532, file: !533, line: 1916, column: 9)
!543 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<i32>", scope: !544, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !545, templateParams: !292, identifier: "4752c24f51c16090ba453892f214804d")
!544 = !DINamespace(name: "unique", scope: !11)
!545 = !{!546, !551}
!546 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !543, file: !9, baseType: !547, size: 64, align: 64, flags: DIFlagPrivate)
!547 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<i32>", scope: !105, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !548, templateParams: !292, identifier: "87c1d4fb7af38623515e849a82dc60eb")
!548 = !{!549}
!549 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !547, file: !9, baseType: !550, size: 64, align: 64, flags: DIFlagPrivate)
!550 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!551 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !543, file: !9, baseType: !552, align: 8, offset: 64, flags: DIFlagPrivate)
!552 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<i32>", scope: !122, file: !9, align: 8, flags: DIFlagPublic, elements: !114, templateParams: !292, identifier: "36fef65918ab20aba40f76cd0c242cca")
!553 = !DILocalVariable(name: "layout", scope: !554, file: !533, line: 1919, type: !342, align: 64)
!554 = distinct !DILexicalBlock(scope: !542, file: !533, line: 1919, column: 13)
!555 = !{!293, !556}
!556 = !DITemplateTypeParameter(name: "A", type: !461)
!557 = !DILocation(line: 1913, column: 13, scope: !532)
!558 = !DILocation(line: 1916, column: 19, scope: !532)
!559 = !DILocation(line: 1916, column: 13, scope: !542)
!560 = !DILocalVariable(name: "self", scope: !561, file: !562, line: 111, type: !543, align: 64)
!561 = distinct !DISubprogram(name: "as_ptr<i32>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$6as_ptr17h30a2d6dca7322ebeE", scope: !543, file: !562, line: 111, type: !563, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, declaration: !565, retainedNodes: !566)
!562 = !DIFile(filename: "library/core/src/ptr/unique.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0c883d1b87b1db3c71f2415930363405")
!563 = !DISubroutineType(types: !564)
!564 = !{!391, !543}
!565 = !DISubprogram(name: "as_ptr<i32>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$6as_ptr17h30a2d6dca7322ebeE", scope: !543, file: !562, line: 111, type: !563, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !292)
!566 = !{!560, !560}
!567 = !DILocation(line: 111, column: 25, scope: !561, inlinedAt: !568)
!568 = !DILocation(line: 1919, column: 52, scope: !542)
!569 = !DILocalVariable(name: "self", scope: !570, file: !562, line: 151, type: !543, align: 64)
!570 = distinct !DISubprogram(name: "cast<i32, u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$4cast17hacd76aeb4df90499E", scope: !543, file: !562, line: 151, type: !571, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !579, declaration: !578, retainedNodes: !581)
!571 = !DISubroutineType(types: !572)
!572 = !{!573, !543}
!573 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !544, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !574, templateParams: !115, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!574 = !{!575, !576}
!575 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !573, file: !9, baseType: !166, size: 64, align: 64, flags: DIFlagPrivate)
!576 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !573, file: !9, baseType: !577, align: 8, offset: 64, flags: DIFlagPrivate)
!577 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !122, file: !9, align: 8, flags: DIFlagPublic, elements: !114, templateParams: !115, identifier: "15bae875c56c7c0f828edf19d836075e")
!578 = !DISubprogram(name: "cast<i32, u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$4cast17hacd76aeb4df90499E", scope: !543, file: !562, line: 151, type: !571, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !579)
!579 = !{!293, !580}
!580 = !DITemplateTypeParameter(name: "U", type: !112)
!581 = !{!569, !569}
!582 = !DILocation(line: 151, column: 26, scope: !570, inlinedAt: !583)
!583 = !DILocation(line: 1921, column: 50, scope: !554)
!584 = !DILocation(line: 1919, column: 48, scope: !542)
!585 = !DILocalVariable(name: "t", arg: 1, scope: !586, file: !341, line: 253, type: !550)
!586 = distinct !DISubprogram(name: "for_value_raw<i32>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h95ce0ca2daf1fdafE", scope: !342, file: !341, line: 253, type: !587, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, declaration: !589, retainedNodes: !590)
!587 = !DISubroutineType(types: !588)
!588 = !{!342, !550}
!589 = !DISubprogram(name: "for_value_raw<i32>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h95ce0ca2daf1fdafE", scope: !342, file: !341, line: 253, type: !587, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !292)
!590 = !{!585, !591, !593}
!591 = !DILocalVariable(name: "size", scope: !592, file: !341, line: 255, type: !97, align: 64)
!592 = distinct !DILexicalBlock(scope: !586, file: !341, line: 255, column: 9)
!593 = !DILocalVariable(name: "alignment", scope: !592, file: !341, line: 255, type: !330, align: 64)
!594 = !DILocation(line: 253, column: 50, scope: !586, inlinedAt: !595)
!595 = !DILocation(line: 1919, column: 26, scope: !542)
!596 = !DILocalVariable(name: "val", arg: 1, scope: !597, file: !315, line: 427, type: !550)
!597 = distinct !DISubprogram(name: "size_of_val_raw<i32>", linkageName: "_ZN4core3mem15size_of_val_raw17hc6f4709dad8f54d0E", scope: !316, file: !315, line: 427, type: !598, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, retainedNodes: !600)
!598 = !DISubroutineType(types: !599)
!599 = !{!97, !550}
!600 = !{!596}
!601 = !DILocation(line: 427, column: 48, scope: !597, inlinedAt: !602)
!602 = !DILocation(line: 255, column: 43, scope: !586, inlinedAt: !595)
!603 = !DILocalVariable(name: "val", arg: 1, scope: !604, file: !146, line: 123, type: !550)
!604 = distinct !DISubprogram(name: "of_val_raw<i32>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h6b121079c45a999bE", scope: !330, file: !146, line: 123, type: !605, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, declaration: !607, retainedNodes: !608)
!605 = !DISubroutineType(types: !606)
!606 = !{!330, !550}
!607 = !DISubprogram(name: "of_val_raw<i32>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h6b121079c45a999bE", scope: !330, file: !146, line: 123, type: !605, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !292)
!608 = !{!603, !609}
!609 = !DILocalVariable(name: "align", scope: !610, file: !146, line: 125, type: !97, align: 64)
!610 = distinct !DILexicalBlock(scope: !604, file: !146, line: 125, column: 9)
!611 = !DILocation(line: 123, column: 50, scope: !604, inlinedAt: !612)
!612 = !DILocation(line: 255, column: 68, scope: !586, inlinedAt: !595)
!613 = !DILocalVariable(name: "val", arg: 1, scope: !614, file: !315, line: 566, type: !550)
!614 = distinct !DISubprogram(name: "align_of_val_raw<i32>", linkageName: "_ZN4core3mem16align_of_val_raw17he10938472015b54cE", scope: !316, file: !315, line: 566, type: !598, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !292, retainedNodes: !615)
!615 = !{!613}
!616 = !DILocation(line: 566, column: 49, scope: !614, inlinedAt: !617)
!617 = !DILocation(line: 125, column: 30, scope: !604, inlinedAt: !612)
!618 = !DILocation(line: 429, column: 14, scope: !597, inlinedAt: !602)
!619 = !DILocation(line: 255, column: 14, scope: !592, inlinedAt: !595)
!620 = !DILocalVariable(name: "size", arg: 1, scope: !621, file: !341, line: 156, type: !97)
!621 = distinct !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked17h07baff2d6c2413c2E", scope: !342, file: !341, line: 156, type: !622, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !624, retainedNodes: !625)
!622 = !DISubroutineType(types: !623)
!623 = !{!342, !97, !330, !98}
!624 = !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked17h07baff2d6c2413c2E", scope: !342, file: !341, line: 156, type: !622, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!625 = !{!620, !626}
!626 = !DILocalVariable(name: "alignment", arg: 2, scope: !621, file: !341, line: 156, type: !330)
!627 = !DILocation(line: 156, column: 55, scope: !621, inlinedAt: !628)
!628 = !DILocation(line: 257, column: 18, scope: !592, inlinedAt: !595)
!629 = !DILocation(line: 568, column: 14, scope: !614, inlinedAt: !617)
!630 = !DILocation(line: 125, column: 13, scope: !610, inlinedAt: !612)
!631 = !DILocalVariable(name: "align", arg: 1, scope: !632, file: !146, line: 156, type: !97)
!632 = distinct !DISubprogram(name: "new_unchecked", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked17he0992c64e6ca3599E", scope: !330, file: !146, line: 156, type: !633, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !635, retainedNodes: !636)
!633 = !DISubroutineType(types: !634)
!634 = !{!330, !97, !98}
!635 = !DISubprogram(name: "new_unchecked", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked17he0992c64e6ca3599E", scope: !330, file: !146, line: 156, type: !633, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !114)
!636 = !{!631}
!637 = !DILocation(line: 156, column: 39, scope: !632, inlinedAt: !638)
!638 = !DILocation(line: 127, column: 18, scope: !610, inlinedAt: !612)
!639 = !DILocation(line: 77, column: 35, scope: !640, inlinedAt: !638)
!640 = !DILexicalBlockFile(scope: !632, file: !92, discriminator: 0)
!641 = !DILocation(line: 78, column: 17, scope: !640, inlinedAt: !638)
!642 = !DILocation(line: 165, column: 18, scope: !632, inlinedAt: !638)
!643 = !DILocation(line: 255, column: 20, scope: !592, inlinedAt: !595)
!644 = !DILocation(line: 156, column: 68, scope: !621, inlinedAt: !628)
!645 = !DILocation(line: 77, column: 35, scope: !646, inlinedAt: !628)
!646 = !DILexicalBlockFile(scope: !621, file: !92, discriminator: 0)
!647 = !DILocation(line: 78, column: 17, scope: !646, inlinedAt: !628)
!648 = !DILocation(line: 167, column: 9, scope: !621, inlinedAt: !628)
!649 = !DILocation(line: 1919, column: 17, scope: !554)
!650 = !DILocalVariable(name: "self", arg: 1, scope: !651, file: !341, line: 175, type: !511)
!651 = distinct !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17h82d9a9a8666040ecE", scope: !342, file: !341, line: 175, type: !509, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !114, declaration: !512, retainedNodes: !652)
!652 = !{!650}
!653 = !DILocation(line: 175, column: 23, scope: !651, inlinedAt: !654)
!654 = !DILocation(line: 1920, column: 23, scope: !554)
!655 = !DILocation(line: 1920, column: 16, scope: !554)
!656 = !DILocation(line: 1924, column: 6, scope: !532)
!657 = !DILocation(line: 1921, column: 17, scope: !554)
!658 = !DILocation(line: 504, column: 18, scope: !659, inlinedAt: !663)
!659 = distinct !DISubprogram(name: "cast<i32, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17hb3e026e0fef8ddb3E", scope: !547, file: !488, line: 502, type: !660, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !579, declaration: !662)
!660 = !DISubroutineType(types: !661)
!661 = !{!166, !547}
!662 = !DISubprogram(name: "cast<i32, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17hb3e026e0fef8ddb3E", scope: !547, file: !488, line: 502, type: !660, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !579)
!663 = !DILocation(line: 154, column: 40, scope: !570, inlinedAt: !583)
!664 = !DILocalVariable(name: "unique", scope: !665, file: !488, line: 1754, type: !573, align: 64)
!665 = distinct !DISubprogram(name: "from<u8>", linkageName: "_ZN119_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..convert..From$LT$core..ptr..unique..Unique$LT$T$GT$$GT$$GT$4from17hdb17fd2667408d0fE", scope: !666, file: !488, line: 1754, type: !667, scopeLine: 1754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !115, retainedNodes: !669)
!666 = !DINamespace(name: "{impl#20}", scope: !105)
!667 = !DISubroutineType(types: !668)
!668 = !{!166, !573}
!669 = !{!664, !664}
!670 = !DILocation(line: 1754, column: 13, scope: !665, inlinedAt: !671)
!671 = !DILocation(line: 1921, column: 35, scope: !554)
!672 = !DILocation(line: 1921, column: 24, scope: !554)
!673 = !DILocation(line: 1920, column: 13, scope: !554)
