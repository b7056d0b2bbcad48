; At -O0 rustc emits no noalias/readonly/dereferenceable; the debug-info type
; of each parameter (found through the #dbg_declare of its spill slot) says
; what it is and how big its pointee is. Box gets a weak protector (+32),
; slices use their length parameter, &T to a type with UnsafeCell gets the
; mixed retag with the cell's byte ranges, &mut to a !Unpin type and raw
; pointers get nothing. The retag site names the parameter.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-debug-info-retags=false -S %s | FileCheck %s --check-prefix=NODI
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-DAG: @[[XNAME:sbsan.str[.0-9]*]] = private unnamed_addr constant [14 x i8] c"parameter `x`\00"
; CHECK-DAG: @[[FN:sbsan.str[.0-9]*]] = private unnamed_addr constant [7 x i8] c"params\00"
; CHECK-DAG: @[[XSITE:sbsan.site[.0-9]*]] = private unnamed_addr constant { ptr, ptr, i32, i32 } { ptr @[[FN]], ptr @[[XNAME]], i32 1, i32 0 }
; CHECK-DAG: @[[CELLS:sbsan.cells[.0-9]*]] = private unnamed_addr constant [2 x i64] [i64 4, i64 4], align 8

; CHECK-LABEL: define void @params(
; CHECK: call void @__sbsan_func_enter(
; x: &mut i32
; CHECK-NEXT: %[[X:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %sbsan.tag.x, i32 80, ptr @[[XSITE]])
; y: &i32
; CHECK-NEXT: call i64 @__sbsan_retag(ptr %y, i64 4, i64 %sbsan.tag.y, i32 18,
; b: Box<i32>: Unique, weak protector
; CHECK-NEXT: %[[B:.*]] = call i64 @__sbsan_retag(ptr %b, i64 4, i64 %sbsan.tag.b, i32 96,
; s: &mut [i32]: length * 4 bytes
; CHECK-NEXT: %[[SZ:.*]] = mul i64 %s.1, 4
; CHECK-NEXT: %[[S:.*]] = call i64 @__sbsan_retag(ptr %s.0, i64 %[[SZ]], i64 %sbsan.tag.s.0, i32 80,
; c: &S with an UnsafeCell<i32> at offset 4
; CHECK-NEXT: call i64 @__sbsan_retag_shared_mixed(ptr %c, i64 8, i64 %sbsan.tag.c, ptr @[[CELLS]], i64 1, i32 16,
; pin (&mut to a !Unpin type) and raw: nothing
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
; NODI-LABEL: define void @params(
; NODI-NOT: __sbsan_retag
; NODI: ret void
define void @params(ptr %x, ptr %y, ptr %b, ptr %s.0, i64 %s.1, ptr %c, ptr %pin, ptr %raw) !dbg !10 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  %y.dbg.spill = alloca [8 x i8], align 8
  %b.dbg.spill = alloca [8 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %c.dbg.spill = alloca [8 x i8], align 8
  %pin.dbg.spill = alloca [8 x i8], align 8
  %raw.dbg.spill = alloca [8 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !20, !DIExpression(), !30)
  store ptr %y, ptr %y.dbg.spill, align 8
    #dbg_declare(ptr %y.dbg.spill, !21, !DIExpression(), !30)
  store ptr %b, ptr %b.dbg.spill, align 8
    #dbg_declare(ptr %b.dbg.spill, !22, !DIExpression(), !30)
  store ptr %s.0, ptr %s.dbg.spill, align 8
  %len = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8
  store i64 %s.1, ptr %len, align 8
    #dbg_declare(ptr %s.dbg.spill, !23, !DIExpression(), !30)
  store ptr %c, ptr %c.dbg.spill, align 8
    #dbg_declare(ptr %c.dbg.spill, !24, !DIExpression(), !30)
  store ptr %pin, ptr %pin.dbg.spill, align 8
    #dbg_declare(ptr %pin.dbg.spill, !25, !DIExpression(), !30)
  store ptr %raw, ptr %raw.dbg.spill, align 8
    #dbg_declare(ptr %raw.dbg.spill, !26, !DIExpression(), !30)
  ret void, !dbg !30
}

; With optimization (isOptimized CU), attributes are trusted: &mut without
; noalias means rustc decided it is not Unique.
; CHECK-LABEL: define void @optimized(
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
define void @optimized(ptr %x) !dbg !50 {
    #dbg_value(ptr %x, !51, !DIExpression(), !52)
  store i32 0, ptr %x
  ret void, !dbg !52
}

!llvm.dbg.cu = !{!0, !40}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!4 = !DINamespace(name: "t", scope: null)
!5 = !DINamespace(name: "core", scope: null)
!6 = !DINamespace(name: "cell", scope: !5)
!7 = !DINamespace(name: "marker", scope: !5)
!10 = distinct !DISubprogram(name: "params", scope: !4, file: !3, line: 1, type: !11, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!11 = !DISubroutineType(types: !12)
!12 = !{null}
!13 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!14 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<i32, alloc::alloc::Global>", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!18 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [i32]", file: !3, size: 128, align: 64, elements: !19, identifier: "slice")
!19 = !{!60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !18, file: !3, baseType: !62, size: 64, align: 64)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !18, file: !3, baseType: !14, size: 64, align: 64, offset: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
; struct S { a: i32, c: Cell<i32> } with Cell { value: UnsafeCell<i32> }
!63 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", scope: !4, file: !3, size: 64, align: 32, elements: !64, identifier: "S")
!64 = !{!65, !66}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !63, file: !3, baseType: !13, size: 32, align: 32)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !63, file: !3, baseType: !67, size: 32, align: 32, offset: 32)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<i32>", scope: !6, file: !3, size: 32, align: 32, elements: !68, identifier: "Cell")
!68 = !{!69}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !67, file: !3, baseType: !70, size: 32, align: 32)
!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<i32>", scope: !6, file: !3, size: 32, align: 32, elements: !71, identifier: "UnsafeCell")
!71 = !{!72}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !70, file: !3, baseType: !13, size: 32, align: 32)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&t::S", baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
; struct Fut { x: i32, _p: PhantomPinned }
!74 = !DICompositeType(tag: DW_TAG_structure_type, name: "Fut", scope: !4, file: !3, size: 32, align: 32, elements: !75, identifier: "Fut")
!75 = !{!76, !77}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !74, file: !3, baseType: !13, size: 32, align: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "_p", scope: !74, file: !3, baseType: !78, align: 8, offset: 32)
!78 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomPinned", scope: !7, file: !3, align: 8, elements: !79, identifier: "PhantomPinned")
!79 = !{}
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut t::Fut", baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!20 = !DILocalVariable(name: "x", arg: 1, scope: !10, file: !3, line: 1, type: !15)
!21 = !DILocalVariable(name: "y", arg: 2, scope: !10, file: !3, line: 1, type: !16)
!22 = !DILocalVariable(name: "b", arg: 3, scope: !10, file: !3, line: 1, type: !17)
!23 = !DILocalVariable(name: "s", arg: 4, scope: !10, file: !3, line: 1, type: !18)
!24 = !DILocalVariable(name: "c", arg: 5, scope: !10, file: !3, line: 1, type: !73)
!25 = !DILocalVariable(name: "pin", arg: 6, scope: !10, file: !3, line: 1, type: !80)
!26 = !DILocalVariable(name: "raw", arg: 7, scope: !10, file: !3, line: 1, type: !81)
!30 = !DILocation(line: 1, scope: !10)
!40 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!50 = distinct !DISubprogram(name: "optimized", scope: !4, file: !3, line: 5, type: !11, scopeLine: 5, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !40)
!51 = !DILocalVariable(name: "x", arg: 1, scope: !50, file: !3, line: 5, type: !15)
!52 = !DILocation(line: 5, scope: !50)
