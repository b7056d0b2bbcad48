; ModuleID = 'refs.1260b2797cda49ab-cgu.0'
source_filename = "refs.1260b2797cda49ab-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_c403a60f1bccd3ec3540b283635ddacf = private unnamed_addr constant [8 x i8] c"refs.rs\00", align 1
@alloc_650603901cfe60e63d58bde3a43131aa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c403a60f1bccd3ec3540b283635ddacf, [16 x i8] c"\07\00\00\00\00\00\00\00\08\00\00\00A\00\00\00" }>, align 8

; core::ptr::drop_in_place::<alloc::boxed::Box<i32>>
; Function Attrs: nounwind nonlazybind uwtable
define internal void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc5boxed3BoxlEECs1zP6bxe2aNP_4refs(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #0 !dbg !79 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !87, !DIExpression(), !90)
  %_6 = load ptr, ptr %_1, align 8, !dbg !90, !nonnull !91, !noundef !91
  %0 = icmp ne ptr %_6, null, !dbg !90
  call void @llvm.assume(i1 %0), !dbg !90
; call <alloc::boxed::Box<i32> as core::ops::drop::Drop>::drop
  call void @_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxlENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCs1zP6bxe2aNP_4refs(ptr noalias noundef align 8 dereferenceable(8) %_1) #7, !dbg !90
  ret void, !dbg !90
}

; refs::raw
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef ptr @_RNvCs1zP6bxe2aNP_4refs3raw(ptr noundef %p) unnamed_addr #1 !dbg !92 {
start:
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !99, !DIExpression(), !100)
  store i32 1, ptr %p, align 4, !dbg !101
  ret ptr %p, !dbg !102
}

; refs::boxed
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i32 @_RNvCs1zP6bxe2aNP_4refs5boxed(ptr noalias noundef nonnull align 4 %0) unnamed_addr #1 !dbg !103 {
start:
  %b = alloca [8 x i8], align 8
  store ptr %0, ptr %b, align 8
    #dbg_declare(ptr %b, !107, !DIExpression(), !108)
  %_2 = load ptr, ptr %b, align 8, !dbg !109, !nonnull !91, !noundef !91
  %1 = icmp ne ptr %_2, null, !dbg !109
  call void @llvm.assume(i1 %1), !dbg !109
  %_0 = load i32, ptr %_2, align 4, !dbg !109, !noundef !91
; call core::ptr::drop_in_place::<alloc::boxed::Box<i32>>
  call void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc5boxed3BoxlEECs1zP6bxe2aNP_4refs(ptr noalias noundef align 8 dereferenceable(8) %b) #8, !dbg !110
  ret i32 %_0, !dbg !111
}

; refs::shref
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i32 @_RNvCs1zP6bxe2aNP_4refs5shref(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(4) %x) unnamed_addr #1 !dbg !112 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !117, !DIExpression(), !118)
  %_0 = load i32, ptr %x, align 4, !dbg !119, !noundef !91
  ret i32 %_0, !dbg !120
}

; refs::slice
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef nonnull align 4 ptr @_RNvCs1zP6bxe2aNP_4refs5slice(ptr noalias noundef nonnull align 4 %s.0, i64 noundef range(i64 0, 2305843009213693952) %s.1) unnamed_addr #1 !dbg !121 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  store ptr %s.0, ptr %s.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8
  store i64 %s.1, ptr %0, align 8
    #dbg_declare(ptr %s.dbg.spill, !132, !DIExpression(), !133)
  %_3 = icmp ult i64 1, %s.1, !dbg !134
  br i1 %_3, label %bb1, label %panic, !dbg !134

bb1:                                              ; preds = %start
  %_0 = getelementptr inbounds nuw i32, ptr %s.0, i64 1, !dbg !135
  ret ptr %_0, !dbg !136

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef 1, i64 noundef %s.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_650603901cfe60e63d58bde3a43131aa) #9, !dbg !134
  unreachable, !dbg !134
}

; refs::mutref
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i32 @_RNvCs1zP6bxe2aNP_4refs6mutref(ptr noalias noundef align 4 dereferenceable(4) %x) unnamed_addr #1 !dbg !137 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !141, !DIExpression(), !142)
  %0 = load i32, ptr %x, align 4, !dbg !143, !noundef !91
  %1 = add i32 %0, 1, !dbg !143
  store i32 %1, ptr %x, align 4, !dbg !143
  %_0 = load i32, ptr %x, align 4, !dbg !144, !noundef !91
  ret i32 %_0, !dbg !145
}

; refs::cellref
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i32 @_RNvCs1zP6bxe2aNP_4refs7cellref(ptr noundef nonnull align 4 %x) unnamed_addr #1 !dbg !146 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !164, !DIExpression(), !165)
  %_3 = getelementptr inbounds i8, ptr %x, i64 4, !dbg !166
; call <core::cell::Cell<i32>>::set
  call void @_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE3setCs1zP6bxe2aNP_4refs(ptr noundef nonnull align 4 %_3, i32 noundef 3) #7, !dbg !167
  %_0 = load i32, ptr %x, align 4, !dbg !168, !noundef !91
  ret i32 %_0, !dbg !169
}

; <core::cell::Cell<i32>>::set
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE3setCs1zP6bxe2aNP_4refs(ptr noundef nonnull align 4 %self, i32 noundef %val) unnamed_addr #2 !dbg !170 {
start:
  %val.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !177, !DIExpression(), !179)
    #dbg_declare(ptr %self.dbg.spill, !180, !DIExpression(), !187)
  store i32 %val, ptr %val.dbg.spill, align 4
    #dbg_declare(ptr %val.dbg.spill, !178, !DIExpression(), !189)
    #dbg_declare(ptr %val.dbg.spill, !186, !DIExpression(), !190)
  %_3 = load i32, ptr %self, align 4, !dbg !191, !noundef !91
  store i32 %val, ptr %self, align 4, !dbg !198
  ret void, !dbg !199
}

; <alloc::boxed::Box<i32> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxlENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCs1zP6bxe2aNP_4refs(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #2 !dbg !200 {
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
    #dbg_declare(ptr %self.dbg.spill, !209, !DIExpression(), !239)
  %ptr = load ptr, ptr %self, align 8, !dbg !240, !nonnull !91, !noundef !91
  store ptr %ptr, ptr %ptr.dbg.spill, align 8, !dbg !240
    #dbg_declare(ptr %ptr.dbg.spill, !210, !DIExpression(), !241)
    #dbg_declare(ptr %ptr.dbg.spill, !242, !DIExpression(), !249)
    #dbg_declare(ptr %ptr.dbg.spill, !251, !DIExpression(), !271)
  %2 = icmp ne ptr %ptr, null, !dbg !273
  call void @llvm.assume(i1 %2), !dbg !273
  %3 = icmp ne ptr %ptr, null, !dbg !280
  call void @llvm.assume(i1 %3), !dbg !280
  store ptr %ptr, ptr %t.dbg.spill, align 8, !dbg !280
    #dbg_declare(ptr %t.dbg.spill, !281, !DIExpression(), !291)
    #dbg_declare(ptr %t.dbg.spill, !293, !DIExpression(), !298)
    #dbg_declare(ptr %t.dbg.spill, !300, !DIExpression(), !309)
    #dbg_declare(ptr %t.dbg.spill, !311, !DIExpression(), !314)
  call void @llvm.lifetime.start.p0(ptr %1), !dbg !316
  store i64 4, ptr %1, align 8, !dbg !316
  %size = load i64, ptr %1, align 8, !dbg !316, !noundef !91
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !316
  store i64 %size, ptr %size.dbg.spill, align 8, !dbg !316
    #dbg_declare(ptr %size.dbg.spill, !288, !DIExpression(), !317)
    #dbg_declare(ptr %size.dbg.spill, !318, !DIExpression(), !350)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !352
  store i64 4, ptr %0, align 8, !dbg !352
  %align = load i64, ptr %0, align 8, !dbg !352, !noundef !91
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !352
  store i64 %align, ptr %align.dbg.spill, align 8, !dbg !352
    #dbg_declare(ptr %align.dbg.spill, !307, !DIExpression(), !353)
    #dbg_declare(ptr %align.dbg.spill, !354, !DIExpression(), !360)
  br label %bb7, !dbg !362

bb7:                                              ; preds = %start
  %4 = sub i64 %align, 1, !dbg !365
  %5 = icmp ule i64 %4, 9223372036854775807, !dbg !365
  call void @llvm.assume(i1 %5), !dbg !365
  store i64 %align, ptr %alignment.dbg.spill, align 8, !dbg !365
    #dbg_declare(ptr %alignment.dbg.spill, !290, !DIExpression(), !366)
    #dbg_declare(ptr %alignment.dbg.spill, !349, !DIExpression(), !367)
  br label %bb9, !dbg !368

bb9:                                              ; preds = %bb7
  store i64 %align, ptr %layout.dbg.spill, align 8, !dbg !370
  %6 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8, !dbg !370
  store i64 %size, ptr %6, align 8, !dbg !370
    #dbg_declare(ptr %layout.dbg.spill, !224, !DIExpression(), !371)
    #dbg_value(ptr poison, !372, !DIExpression(), !379)
  %7 = icmp eq i64 %size, 0, !dbg !381
  br i1 %7, label %bb3, label %bb1, !dbg !381

bb3:                                              ; preds = %bb1, %bb9
  ret void, !dbg !382

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !383
  %8 = icmp ne ptr %ptr, null, !dbg !384
  call void @llvm.assume(i1 %8), !dbg !384
  store ptr %ptr, ptr %unique.dbg.spill, align 8, !dbg !384
    #dbg_declare(ptr %unique.dbg.spill, !390, !DIExpression(), !396)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_7, ptr noundef nonnull %ptr, i64 noundef %align, i64 noundef %size) #7, !dbg !398
  br label %bb3, !dbg !399

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %self, ptr noundef nonnull %ptr, i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #2 !dbg !400 {
start:
  %ptr.dbg.spill1 = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !407, !DIExpression(), !410)
    #dbg_declare(ptr %self.dbg.spill, !411, !DIExpression(), !417)
  store ptr %ptr, ptr %ptr.dbg.spill, align 8
    #dbg_declare(ptr %ptr.dbg.spill, !408, !DIExpression(), !419)
    #dbg_declare(ptr %ptr.dbg.spill, !415, !DIExpression(), !420)
    #dbg_declare(ptr %ptr.dbg.spill, !421, !DIExpression(), !428)
    #dbg_declare(ptr %ptr.dbg.spill, !430, !DIExpression(), !437)
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !409, !DIExpression(), !439)
    #dbg_declare(ptr %layout.dbg.spill, !416, !DIExpression(), !440)
    #dbg_declare(ptr %layout.dbg.spill, !427, !DIExpression(), !441)
    #dbg_declare(ptr %layout.dbg.spill, !442, !DIExpression(), !448)
    #dbg_value(ptr poison, !450, !DIExpression(), !453)
  %1 = icmp eq i64 %layout.1, 0, !dbg !455
  br i1 %1, label %bb2, label %bb1, !dbg !455

bb2:                                              ; preds = %bb1, %start
  ret void, !dbg !456

bb1:                                              ; preds = %start
  %2 = icmp ne ptr %ptr, null, !dbg !457
  call void @llvm.assume(i1 %2), !dbg !457
  store ptr %ptr, ptr %ptr.dbg.spill1, align 8, !dbg !457
    #dbg_declare(ptr %ptr.dbg.spill1, !447, !DIExpression(), !458)
    #dbg_value(ptr poison, !450, !DIExpression(), !459)
    #dbg_value(ptr poison, !461, !DIExpression(), !467)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef %ptr, i64 noundef %layout.1, i64 noundef %layout.0) #8, !dbg !469
  br label %bb2, !dbg !470
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #6

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint nounwind }
attributes #8 = { nounwind }
attributes #9 = { noinline noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !7, splitDebugInlining: false, nameTableKind: None)
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
!79 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<i32, alloc::alloc::Global>>", linkageName: "_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc5boxed3BoxlEECs1zP6bxe2aNP_4refs", scope: !11, file: !80, line: 805, type: !81, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !88, retainedNodes: !86)
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
!91 = !{}
!92 = distinct !DISubprogram(name: "raw", linkageName: "_RNvCs1zP6bxe2aNP_4refs3raw", scope: !94, file: !93, line: 9, type: !95, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !98)
!93 = !DIFile(filename: "refs.rs", directory: "/work/main/lit/pass/Inputs", checksumkind: CSK_MD5, checksum: "ba17642632c2f849e818af0a63bce611")
!94 = !DINamespace(name: "refs", scope: null)
!95 = !DISubroutineType(types: !96)
!96 = !{!97, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !{!99}
!99 = !DILocalVariable(name: "p", arg: 1, scope: !92, file: !93, line: 9, type: !97)
!100 = !DILocation(line: 9, column: 29, scope: !92)
!101 = !DILocation(line: 9, column: 65, scope: !92)
!102 = !DILocation(line: 9, column: 78, scope: !92)
!103 = distinct !DISubprogram(name: "boxed", linkageName: "_RNvCs1zP6bxe2aNP_4refs5boxed", scope: !94, file: !93, line: 7, type: !104, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !106)
!104 = !DISubroutineType(types: !105)
!105 = !{!85, !84}
!106 = !{!107}
!107 = !DILocalVariable(name: "b", arg: 1, scope: !103, file: !93, line: 7, type: !84)
!108 = !DILocation(line: 7, column: 31, scope: !103)
!109 = !DILocation(line: 7, column: 53, scope: !103)
!110 = !DILocation(line: 7, column: 56, scope: !103)
!111 = !DILocation(line: 7, column: 57, scope: !103)
!112 = distinct !DISubprogram(name: "shref", linkageName: "_RNvCs1zP6bxe2aNP_4refs5shref", scope: !94, file: !93, line: 5, type: !113, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !116)
!113 = !DISubroutineType(types: !114)
!114 = !{!85, !115}
!115 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!116 = !{!117}
!117 = !DILocalVariable(name: "x", arg: 1, scope: !112, file: !93, line: 5, type: !115)
!118 = !DILocation(line: 5, column: 31, scope: !112)
!119 = !DILocation(line: 5, column: 49, scope: !112)
!120 = !DILocation(line: 5, column: 53, scope: !112)
!121 = distinct !DISubprogram(name: "slice", linkageName: "_RNvCs1zP6bxe2aNP_4refs5slice", scope: !94, file: !93, line: 8, type: !122, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !131)
!122 = !DISubroutineType(types: !123)
!123 = !{!124, !125}
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [i32]", file: !9, size: 128, align: 64, elements: !126, templateParams: !91, identifier: "e3680fc31c9e27246d8bc16832876128")
!126 = !{!127, !129}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !125, file: !9, baseType: !128, size: 64, align: 64)
!128 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !125, file: !9, baseType: !130, size: 64, align: 64, offset: 64)
!130 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!131 = !{!132}
!132 = !DILocalVariable(name: "s", arg: 1, scope: !121, file: !93, line: 8, type: !125)
!133 = !DILocation(line: 8, column: 31, scope: !121)
!134 = !DILocation(line: 8, column: 65, scope: !121)
!135 = !DILocation(line: 8, column: 60, scope: !121)
!136 = !DILocation(line: 8, column: 71, scope: !121)
!137 = distinct !DISubprogram(name: "mutref", linkageName: "_RNvCs1zP6bxe2aNP_4refs6mutref", scope: !94, file: !93, line: 4, type: !138, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !140)
!138 = !DISubroutineType(types: !139)
!139 = !{!85, !124}
!140 = !{!141}
!141 = !DILocalVariable(name: "x", arg: 1, scope: !137, file: !93, line: 4, type: !124)
!142 = !DILocation(line: 4, column: 32, scope: !137)
!143 = !DILocation(line: 4, column: 54, scope: !137)
!144 = !DILocation(line: 4, column: 63, scope: !137)
!145 = !DILocation(line: 4, column: 67, scope: !137)
!146 = distinct !DISubprogram(name: "cellref", linkageName: "_RNvCs1zP6bxe2aNP_4refs7cellref", scope: !94, file: !93, line: 6, type: !147, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !163)
!147 = !DISubroutineType(types: !148)
!148 = !{!85, !149}
!149 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&refs::S", baseType: !150, size: 64, align: 64, dwarfAddressSpace: 0)
!150 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", scope: !94, file: !9, size: 64, align: 32, flags: DIFlagPublic, elements: !151, templateParams: !91, identifier: "c3a89e5afc302fb91c7d4cd732fc1b68")
!151 = !{!152, !153}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !150, file: !9, baseType: !85, size: 32, align: 32, flags: DIFlagPrivate)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !150, file: !9, baseType: !154, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!154 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<i32>", scope: !155, file: !9, size: 32, align: 32, flags: DIFlagPublic, elements: !156, templateParams: !161, identifier: "4b4aeecfad1f53392ab3dac3e47a7d35")
!155 = !DINamespace(name: "cell", scope: !12)
!156 = !{!157}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !154, file: !9, baseType: !158, size: 32, align: 32, flags: DIFlagPrivate)
!158 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<i32>", scope: !155, file: !9, size: 32, align: 32, flags: DIFlagPublic, elements: !159, templateParams: !161, identifier: "cc77aa57b8bf71a7185b00070f528bc0")
!159 = !{!160}
!160 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !158, file: !9, baseType: !85, size: 32, align: 32, flags: DIFlagPrivate)
!161 = !{!162}
!162 = !DITemplateTypeParameter(name: "T", type: !85)
!163 = !{!164}
!164 = !DILocalVariable(name: "x", arg: 1, scope: !146, file: !93, line: 6, type: !149)
!165 = !DILocation(line: 6, column: 33, scope: !146)
!166 = !DILocation(line: 6, column: 49, scope: !146)
!167 = !DILocation(line: 6, column: 53, scope: !146)
!168 = !DILocation(line: 6, column: 61, scope: !146)
!169 = !DILocation(line: 6, column: 66, scope: !146)
!170 = distinct !DISubprogram(name: "set<i32>", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE3setCs1zP6bxe2aNP_4refs", scope: !154, file: !171, line: 433, type: !172, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !175, retainedNodes: !176)
!171 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!172 = !DISubroutineType(types: !173)
!173 = !{null, !174, !85}
!174 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<i32>", baseType: !154, size: 64, align: 64, dwarfAddressSpace: 0)
!175 = !DISubprogram(name: "set<i32>", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE3setCs1zP6bxe2aNP_4refs", scope: !154, file: !171, line: 433, type: !172, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!176 = !{!177, !178}
!177 = !DILocalVariable(name: "self", arg: 1, scope: !170, file: !171, line: 433, type: !174)
!178 = !DILocalVariable(name: "val", arg: 2, scope: !170, file: !171, line: 433, type: !85)
!179 = !DILocation(line: 433, column: 22, scope: !170)
!180 = !DILocalVariable(name: "self", arg: 1, scope: !181, file: !171, line: 510, type: !174)
!181 = distinct !DISubprogram(name: "replace<i32>", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE7replaceCs1zP6bxe2aNP_4refs", scope: !154, file: !171, line: 510, type: !182, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !184, retainedNodes: !185)
!182 = !DISubroutineType(types: !183)
!183 = !{!85, !174, !85}
!184 = !DISubprogram(name: "replace<i32>", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CelllE7replaceCs1zP6bxe2aNP_4refs", scope: !154, file: !171, line: 510, type: !182, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!185 = !{!180, !186}
!186 = !DILocalVariable(name: "val", arg: 2, scope: !181, file: !171, line: 510, type: !85)
!187 = !DILocation(line: 510, column: 26, scope: !181, inlinedAt: !188)
!188 = !DILocation(line: 437, column: 14, scope: !170)
!189 = !DILocation(line: 433, column: 29, scope: !170)
!190 = !DILocation(line: 510, column: 33, scope: !181, inlinedAt: !188)
!191 = !DILocation(line: 901, column: 22, scope: !192, inlinedAt: !197)
!192 = distinct !DISubprogram(name: "replace<i32>", linkageName: "_RINvNtCsgEmfK2I1SDS_4core3mem7replacelECs1zP6bxe2aNP_4refs", scope: !194, file: !193, line: 887, type: !195, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161)
!193 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!194 = !DINamespace(name: "mem", scope: !12)
!195 = !DISubroutineType(types: !196)
!196 = !{!85, !124, !85}
!197 = !DILocation(line: 513, column: 9, scope: !181, inlinedAt: !188)
!198 = !DILocation(line: 902, column: 49, scope: !192, inlinedAt: !197)
!199 = !DILocation(line: 438, column: 6, scope: !170)
!200 = distinct !DISubprogram(name: "drop<i32, alloc::alloc::Global>", linkageName: "_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxlENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCs1zP6bxe2aNP_4refs", scope: !202, file: !201, line: 1913, type: !205, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !235, retainedNodes: !208)
!201 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!202 = !DINamespace(name: "{impl#10}", scope: !203)
!203 = !DINamespace(name: "boxed", scope: !204)
!204 = !DINamespace(name: "alloc", scope: null)
!205 = !DISubroutineType(types: !206)
!206 = !{null, !207}
!207 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<i32, alloc::alloc::Global>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!208 = !{!209, !210, !210, !224}
!209 = !DILocalVariable(name: "self", arg: 1, scope: !200, file: !201, line: 1913, type: !207)
!210 = !DILocalVariable(name: "ptr", scope: !211, file: !201, line: 1916, type: !212, align: 64)
!211 = distinct !DILexicalBlock(scope: !200, file: !201, line: 1916, column: 9)
!212 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<i32>", scope: !213, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !214, templateParams: !161, identifier: "4752c24f51c16090ba453892f214804d")
!213 = !DINamespace(name: "unique", scope: !11)
!214 = !{!215, !221}
!215 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !212, file: !9, baseType: !216, size: 64, align: 64, flags: DIFlagPrivate)
!216 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<i32>", scope: !217, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !218, templateParams: !161, identifier: "87c1d4fb7af38623515e849a82dc60eb")
!217 = !DINamespace(name: "non_null", scope: !11)
!218 = !{!219}
!219 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !216, file: !9, baseType: !220, size: 64, align: 64, flags: DIFlagPrivate)
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const i32", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !212, file: !9, baseType: !222, align: 8, offset: 64, flags: DIFlagPrivate)
!222 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<i32>", scope: !223, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !161, identifier: "36fef65918ab20aba40f76cd0c242cca")
!223 = !DINamespace(name: "marker", scope: !12)
!224 = !DILocalVariable(name: "layout", scope: !225, file: !201, line: 1919, type: !226, align: 64)
!225 = distinct !DILexicalBlock(scope: !211, file: !201, line: 1919, column: 13)
!226 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !227, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !229, templateParams: !91, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!227 = !DINamespace(name: "layout", scope: !228)
!228 = !DINamespace(name: "alloc", scope: !12)
!229 = !{!230, !231}
!230 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !226, file: !9, baseType: !130, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !226, file: !9, baseType: !232, size: 64, align: 64, flags: DIFlagPrivate)
!232 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !10, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !233, templateParams: !91, identifier: "5099570874743123f8e757e4da3ea37b")
!233 = !{!234}
!234 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !232, file: !9, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!235 = !{!162, !236}
!236 = !DITemplateTypeParameter(name: "A", type: !237)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !238, file: !9, align: 8, flags: DIFlagPublic, elements: !91, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!238 = !DINamespace(name: "alloc", scope: !204)
!239 = !DILocation(line: 1913, column: 13, scope: !200)
!240 = !DILocation(line: 1916, column: 19, scope: !200)
!241 = !DILocation(line: 1916, column: 13, scope: !211)
!242 = !DILocalVariable(name: "self", scope: !243, file: !244, line: 111, type: !212, align: 64)
!243 = distinct !DISubprogram(name: "as_ptr<i32>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr6uniqueINtB5_6UniquelE6as_ptrCs1zP6bxe2aNP_4refs", scope: !212, file: !244, line: 111, type: !245, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !247, retainedNodes: !248)
!244 = !DIFile(filename: "library/core/src/ptr/unique.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0c883d1b87b1db3c71f2415930363405")
!245 = !DISubroutineType(types: !246)
!246 = !{!97, !212}
!247 = !DISubprogram(name: "as_ptr<i32>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr6uniqueINtB5_6UniquelE6as_ptrCs1zP6bxe2aNP_4refs", scope: !212, file: !244, line: 111, type: !245, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!248 = !{!242, !242}
!249 = !DILocation(line: 111, column: 25, scope: !243, inlinedAt: !250)
!250 = !DILocation(line: 1919, column: 52, scope: !211)
!251 = !DILocalVariable(name: "self", scope: !252, file: !244, line: 151, type: !212, align: 64)
!252 = distinct !DISubprogram(name: "cast<i32, u8>", linkageName: "_RINvMs1_NtNtCsgEmfK2I1SDS_4core3ptr6uniqueINtB6_6UniquelE4casthECs1zP6bxe2aNP_4refs", scope: !212, file: !244, line: 151, type: !253, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !268, declaration: !267, retainedNodes: !270)
!253 = !DISubroutineType(types: !254)
!254 = !{!255, !212}
!255 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !213, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !256, templateParams: !263, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!256 = !{!257, !265}
!257 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !255, file: !9, baseType: !258, size: 64, align: 64, flags: DIFlagPrivate)
!258 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !217, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !259, templateParams: !263, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!259 = !{!260}
!260 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !258, file: !9, baseType: !261, size: 64, align: 64, flags: DIFlagPrivate)
!261 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !262, size: 64, align: 64, dwarfAddressSpace: 0)
!262 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!263 = !{!264}
!264 = !DITemplateTypeParameter(name: "T", type: !262)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !255, file: !9, baseType: !266, align: 8, offset: 64, flags: DIFlagPrivate)
!266 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !223, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !263, identifier: "15bae875c56c7c0f828edf19d836075e")
!267 = !DISubprogram(name: "cast<i32, u8>", linkageName: "_RINvMs1_NtNtCsgEmfK2I1SDS_4core3ptr6uniqueINtB6_6UniquelE4casthECs1zP6bxe2aNP_4refs", scope: !212, file: !244, line: 151, type: !253, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !268)
!268 = !{!162, !269}
!269 = !DITemplateTypeParameter(name: "U", type: !262)
!270 = !{!251, !251}
!271 = !DILocation(line: 151, column: 26, scope: !252, inlinedAt: !272)
!272 = !DILocation(line: 1921, column: 50, scope: !225)
!273 = !DILocation(line: 407, column: 18, scope: !274, inlinedAt: !279)
!274 = distinct !DISubprogram(name: "as_ptr<i32>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB5_7NonNulllE6as_ptrCs1zP6bxe2aNP_4refs", scope: !216, file: !275, line: 401, type: !276, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !278)
!275 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!276 = !DISubroutineType(types: !277)
!277 = !{!97, !216}
!278 = !DISubprogram(name: "as_ptr<i32>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB5_7NonNulllE6as_ptrCs1zP6bxe2aNP_4refs", scope: !216, file: !275, line: 401, type: !276, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!279 = !DILocation(line: 112, column: 22, scope: !243, inlinedAt: !250)
!280 = !DILocation(line: 1919, column: 48, scope: !211)
!281 = !DILocalVariable(name: "t", arg: 1, scope: !282, file: !283, line: 253, type: !220)
!282 = distinct !DISubprogram(name: "for_value_raw<i32>", linkageName: "_RINvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB3_6Layout13for_value_rawlECs1zP6bxe2aNP_4refs", scope: !226, file: !283, line: 253, type: !284, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !286, retainedNodes: !287)
!283 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!284 = !DISubroutineType(types: !285)
!285 = !{!226, !220}
!286 = !DISubprogram(name: "for_value_raw<i32>", linkageName: "_RINvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB3_6Layout13for_value_rawlECs1zP6bxe2aNP_4refs", scope: !226, file: !283, line: 253, type: !284, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!287 = !{!281, !288, !290}
!288 = !DILocalVariable(name: "size", scope: !289, file: !283, line: 255, type: !130, align: 64)
!289 = distinct !DILexicalBlock(scope: !282, file: !283, line: 255, column: 9)
!290 = !DILocalVariable(name: "alignment", scope: !289, file: !283, line: 255, type: !232, align: 64)
!291 = !DILocation(line: 253, column: 50, scope: !282, inlinedAt: !292)
!292 = !DILocation(line: 1919, column: 26, scope: !211)
!293 = !DILocalVariable(name: "val", arg: 1, scope: !294, file: !193, line: 427, type: !220)
!294 = distinct !DISubprogram(name: "size_of_val_raw<i32>", linkageName: "_RINvNtCsgEmfK2I1SDS_4core3mem15size_of_val_rawlECs1zP6bxe2aNP_4refs", scope: !194, file: !193, line: 427, type: !295, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, retainedNodes: !297)
!295 = !DISubroutineType(types: !296)
!296 = !{!130, !220}
!297 = !{!293}
!298 = !DILocation(line: 427, column: 48, scope: !294, inlinedAt: !299)
!299 = !DILocation(line: 255, column: 43, scope: !282, inlinedAt: !292)
!300 = !DILocalVariable(name: "val", arg: 1, scope: !301, file: !302, line: 123, type: !220)
!301 = distinct !DISubprogram(name: "of_val_raw<i32>", linkageName: "_RINvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB3_9Alignment10of_val_rawlECs1zP6bxe2aNP_4refs", scope: !232, file: !302, line: 123, type: !303, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, declaration: !305, retainedNodes: !306)
!302 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!303 = !DISubroutineType(types: !304)
!304 = !{!232, !220}
!305 = !DISubprogram(name: "of_val_raw<i32>", linkageName: "_RINvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB3_9Alignment10of_val_rawlECs1zP6bxe2aNP_4refs", scope: !232, file: !302, line: 123, type: !303, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !161)
!306 = !{!300, !307}
!307 = !DILocalVariable(name: "align", scope: !308, file: !302, line: 125, type: !130, align: 64)
!308 = distinct !DILexicalBlock(scope: !301, file: !302, line: 125, column: 9)
!309 = !DILocation(line: 123, column: 50, scope: !301, inlinedAt: !310)
!310 = !DILocation(line: 255, column: 68, scope: !282, inlinedAt: !292)
!311 = !DILocalVariable(name: "val", arg: 1, scope: !312, file: !193, line: 566, type: !220)
!312 = distinct !DISubprogram(name: "align_of_val_raw<i32>", linkageName: "_RINvNtCsgEmfK2I1SDS_4core3mem16align_of_val_rawlECs1zP6bxe2aNP_4refs", scope: !194, file: !193, line: 566, type: !295, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !161, retainedNodes: !313)
!313 = !{!311}
!314 = !DILocation(line: 566, column: 49, scope: !312, inlinedAt: !315)
!315 = !DILocation(line: 125, column: 30, scope: !301, inlinedAt: !310)
!316 = !DILocation(line: 429, column: 14, scope: !294, inlinedAt: !299)
!317 = !DILocation(line: 255, column: 14, scope: !289, inlinedAt: !292)
!318 = !DILocalVariable(name: "size", arg: 1, scope: !319, file: !283, line: 156, type: !130)
!319 = distinct !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout29from_size_alignment_unchecked", scope: !226, file: !283, line: 156, type: !320, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !347, retainedNodes: !348)
!320 = !DISubroutineType(types: !321)
!321 = !{!226, !130, !232, !322}
!322 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !323, size: 64, align: 64, dwarfAddressSpace: 0)
!323 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !324, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !326, templateParams: !91, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!324 = !DINamespace(name: "location", scope: !325)
!325 = !DINamespace(name: "panic", scope: !12)
!326 = !{!327, !336, !338, !339}
!327 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !323, file: !9, baseType: !328, size: 128, align: 64, flags: DIFlagPrivate)
!328 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !217, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !329, templateParams: !263, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!329 = !{!330}
!330 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !328, file: !9, baseType: !331, size: 128, align: 64, flags: DIFlagPrivate)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !9, size: 128, align: 64, elements: !332, templateParams: !91, identifier: "238a44609877474087c05adf26cd41fa")
!332 = !{!333, !335}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !331, file: !9, baseType: !334, size: 64, align: 64)
!334 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !262, size: 64, align: 64, dwarfAddressSpace: 0)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !331, file: !9, baseType: !130, size: 64, align: 64, offset: 64)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !323, file: !9, baseType: !337, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!337 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !323, file: !9, baseType: !337, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !323, file: !9, baseType: !340, align: 8, offset: 192, flags: DIFlagPrivate)
!340 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !223, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !341, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!341 = !{!342}
!342 = !DITemplateTypeParameter(name: "T", type: !343)
!343 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !9, size: 128, align: 64, elements: !344, templateParams: !91, identifier: "9277eecd40495f85161460476aacc992")
!344 = !{!345, !346}
!345 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !343, file: !9, baseType: !334, size: 64, align: 64)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !343, file: !9, baseType: !130, size: 64, align: 64, offset: 64)
!347 = !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout29from_size_alignment_unchecked", scope: !226, file: !283, line: 156, type: !320, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!348 = !{!318, !349}
!349 = !DILocalVariable(name: "alignment", arg: 2, scope: !319, file: !283, line: 156, type: !232)
!350 = !DILocation(line: 156, column: 55, scope: !319, inlinedAt: !351)
!351 = !DILocation(line: 257, column: 18, scope: !289, inlinedAt: !292)
!352 = !DILocation(line: 568, column: 14, scope: !312, inlinedAt: !315)
!353 = !DILocation(line: 125, column: 13, scope: !308, inlinedAt: !310)
!354 = !DILocalVariable(name: "align", arg: 1, scope: !355, file: !302, line: 156, type: !130)
!355 = distinct !DISubprogram(name: "new_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB2_9Alignment13new_unchecked", scope: !232, file: !302, line: 156, type: !356, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !358, retainedNodes: !359)
!356 = !DISubroutineType(types: !357)
!357 = !{!232, !130, !322}
!358 = !DISubprogram(name: "new_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB2_9Alignment13new_unchecked", scope: !232, file: !302, line: 156, type: !356, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!359 = !{!354}
!360 = !DILocation(line: 156, column: 39, scope: !355, inlinedAt: !361)
!361 = !DILocation(line: 127, column: 18, scope: !308, inlinedAt: !310)
!362 = !DILocation(line: 77, column: 35, scope: !363, inlinedAt: !361)
!363 = !DILexicalBlockFile(scope: !355, file: !364, discriminator: 0)
!364 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!365 = !DILocation(line: 165, column: 18, scope: !355, inlinedAt: !361)
!366 = !DILocation(line: 255, column: 20, scope: !289, inlinedAt: !292)
!367 = !DILocation(line: 156, column: 68, scope: !319, inlinedAt: !351)
!368 = !DILocation(line: 77, column: 35, scope: !369, inlinedAt: !351)
!369 = !DILexicalBlockFile(scope: !319, file: !364, discriminator: 0)
!370 = !DILocation(line: 167, column: 9, scope: !319, inlinedAt: !351)
!371 = !DILocation(line: 1919, column: 17, scope: !225)
!372 = !DILocalVariable(name: "self", arg: 1, scope: !373, file: !283, line: 175, type: !376)
!373 = distinct !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !226, file: !283, line: 175, type: !374, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !377, retainedNodes: !378)
!374 = !DISubroutineType(types: !375)
!375 = !{!130, !376}
!376 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::alloc::layout::Layout", baseType: !226, size: 64, align: 64, dwarfAddressSpace: 0)
!377 = !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !226, file: !283, line: 175, type: !374, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!378 = !{!372}
!379 = !DILocation(line: 175, column: 23, scope: !373, inlinedAt: !380)
!380 = !DILocation(line: 1920, column: 23, scope: !225)
!381 = !DILocation(line: 1920, column: 16, scope: !225)
!382 = !DILocation(line: 1924, column: 6, scope: !200)
!383 = !DILocation(line: 1921, column: 17, scope: !225)
!384 = !DILocation(line: 504, column: 18, scope: !385, inlinedAt: !389)
!385 = distinct !DISubprogram(name: "cast<i32, u8>", linkageName: "_RINvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB6_7NonNulllE4casthECs1zP6bxe2aNP_4refs", scope: !216, file: !275, line: 502, type: !386, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !268, declaration: !388)
!386 = !DISubroutineType(types: !387)
!387 = !{!258, !216}
!388 = !DISubprogram(name: "cast<i32, u8>", linkageName: "_RINvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB6_7NonNulllE4casthECs1zP6bxe2aNP_4refs", scope: !216, file: !275, line: 502, type: !386, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !268)
!389 = !DILocation(line: 154, column: 40, scope: !252, inlinedAt: !272)
!390 = !DILocalVariable(name: "unique", scope: !391, file: !275, line: 1754, type: !255, align: 64)
!391 = distinct !DISubprogram(name: "from<u8>", linkageName: "_RNvXsi_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB5_7NonNullhEINtNtB9_7convert4FromINtNtB7_6unique6UniquehEE4fromCs1zP6bxe2aNP_4refs", scope: !392, file: !275, line: 1754, type: !393, scopeLine: 1754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !263, retainedNodes: !395)
!392 = !DINamespace(name: "{impl#20}", scope: !217)
!393 = !DISubroutineType(types: !394)
!394 = !{!258, !255}
!395 = !{!390, !390}
!396 = !DILocation(line: 1754, column: 13, scope: !391, inlinedAt: !397)
!397 = !DILocation(line: 1921, column: 35, scope: !225)
!398 = !DILocation(line: 1921, column: 24, scope: !225)
!399 = !DILocation(line: 1920, column: 13, scope: !225)
!400 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !402, file: !401, line: 440, type: !403, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !406)
!401 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!402 = !DINamespace(name: "{impl#1}", scope: !238)
!403 = !DISubroutineType(types: !404)
!404 = !{null, !405, !258, !226}
!405 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !237, size: 64, align: 64, dwarfAddressSpace: 0)
!406 = !{!407, !408, !409}
!407 = !DILocalVariable(name: "self", arg: 1, scope: !400, file: !401, line: 440, type: !405)
!408 = !DILocalVariable(name: "ptr", arg: 2, scope: !400, file: !401, line: 440, type: !258)
!409 = !DILocalVariable(name: "layout", arg: 3, scope: !400, file: !401, line: 440, type: !226)
!410 = !DILocation(line: 440, column: 26, scope: !400)
!411 = !DILocalVariable(name: "self", arg: 1, scope: !412, file: !401, line: 323, type: !405)
!412 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !237, file: !401, line: 323, type: !403, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !413, retainedNodes: !414)
!413 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !237, file: !401, line: 323, type: !403, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!414 = !{!411, !415, !416}
!415 = !DILocalVariable(name: "ptr", arg: 2, scope: !412, file: !401, line: 323, type: !258)
!416 = !DILocalVariable(name: "layout", arg: 3, scope: !412, file: !401, line: 323, type: !226)
!417 = !DILocation(line: 323, column: 37, scope: !412, inlinedAt: !418)
!418 = !DILocation(line: 442, column: 23, scope: !400)
!419 = !DILocation(line: 440, column: 33, scope: !400)
!420 = !DILocation(line: 323, column: 44, scope: !412, inlinedAt: !418)
!421 = !DILocalVariable(name: "ptr", arg: 1, scope: !422, file: !401, line: 199, type: !258)
!422 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !237, file: !401, line: 199, type: !423, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !425, retainedNodes: !426)
!423 = !DISubroutineType(types: !424)
!424 = !{null, !258, !226}
!425 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !237, file: !401, line: 199, type: !423, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!426 = !{!421, !427}
!427 = !DILocalVariable(name: "layout", arg: 2, scope: !422, file: !401, line: 199, type: !226)
!428 = !DILocation(line: 199, column: 32, scope: !422, inlinedAt: !429)
!429 = !DILocation(line: 324, column: 9, scope: !412, inlinedAt: !418)
!430 = !DILocalVariable(name: "self", arg: 1, scope: !431, file: !275, line: 401, type: !258)
!431 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB5_7NonNullhE6as_ptrCs1zP6bxe2aNP_4refs", scope: !258, file: !275, line: 401, type: !432, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !263, declaration: !435, retainedNodes: !436)
!432 = !DISubroutineType(types: !433)
!433 = !{!434, !258}
!434 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !262, size: 64, align: 64, dwarfAddressSpace: 0)
!435 = !DISubprogram(name: "as_ptr<u8>", linkageName: "_RNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB5_7NonNullhE6as_ptrCs1zP6bxe2aNP_4refs", scope: !258, file: !275, line: 401, type: !432, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !263)
!436 = !{!430}
!437 = !DILocation(line: 401, column: 25, scope: !431, inlinedAt: !438)
!438 = !DILocation(line: 209, column: 34, scope: !422, inlinedAt: !429)
!439 = !DILocation(line: 440, column: 51, scope: !400)
!440 = !DILocation(line: 323, column: 62, scope: !412, inlinedAt: !418)
!441 = !DILocation(line: 199, column: 50, scope: !422, inlinedAt: !429)
!442 = !DILocalVariable(name: "layout", arg: 2, scope: !443, file: !401, line: 114, type: !226)
!443 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !238, file: !401, line: 114, type: !444, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, retainedNodes: !446)
!444 = !DISubroutineType(types: !445)
!445 = !{null, !434, !226}
!446 = !{!447, !442}
!447 = !DILocalVariable(name: "ptr", arg: 1, scope: !443, file: !401, line: 114, type: !434)
!448 = !DILocation(line: 114, column: 37, scope: !443, inlinedAt: !449)
!449 = !DILocation(line: 209, column: 22, scope: !422, inlinedAt: !429)
!450 = !DILocalVariable(name: "self", arg: 1, scope: !451, file: !283, line: 175, type: !376)
!451 = distinct !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !226, file: !283, line: 175, type: !374, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !377, retainedNodes: !452)
!452 = !{!450}
!453 = !DILocation(line: 175, column: 23, scope: !451, inlinedAt: !454)
!454 = !DILocation(line: 200, column: 19, scope: !422, inlinedAt: !429)
!455 = !DILocation(line: 200, column: 12, scope: !422, inlinedAt: !429)
!456 = !DILocation(line: 443, column: 6, scope: !400)
!457 = !DILocation(line: 407, column: 18, scope: !431, inlinedAt: !438)
!458 = !DILocation(line: 114, column: 23, scope: !443, inlinedAt: !449)
!459 = !DILocation(line: 175, column: 23, scope: !451, inlinedAt: !460)
!460 = !DILocation(line: 115, column: 41, scope: !443, inlinedAt: !449)
!461 = !DILocalVariable(name: "self", arg: 1, scope: !462, file: !283, line: 197, type: !376)
!462 = distinct !DISubprogram(name: "alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout9alignment", scope: !226, file: !283, line: 197, type: !463, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !91, declaration: !465, retainedNodes: !466)
!463 = !DISubroutineType(types: !464)
!464 = !{!232, !376}
!465 = !DISubprogram(name: "alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout9alignment", scope: !226, file: !283, line: 197, type: !463, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!466 = !{!461}
!467 = !DILocation(line: 197, column: 28, scope: !462, inlinedAt: !468)
!468 = !DILocation(line: 115, column: 56, scope: !443, inlinedAt: !449)
!469 = !DILocation(line: 115, column: 14, scope: !443, inlinedAt: !449)
!470 = !DILocation(line: 200, column: 9, scope: !422, inlinedAt: !429)
