; Miri retags a reference returned by a call in the caller. When the result
; is bound to a `&mut` variable and used only as that reference (accesses,
; pointers derived for accesses), the caller retags it Unique (kind 0, no
; protector) and uses that item itself rather than a SharedReadWrite child,
; so a read through the parent before its next use is caught. A result that
; is also bound to a raw-pointer variable, or escapes (passed on, stored),
; keeps the callee's tag. Without nonnull the retag's size is 0 for null.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-call-result-retags=false -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare ptr @get(ptr)
declare void @use(ptr)
declare { ptr, i64 } @get_slice(ptr, i64)

; CHECK-LABEL: define void @only_ref(
; CHECK: %r = call nonnull ptr @get(ptr %x)
; CHECK: %[[T:sbsan.tag.ret]] = select
; CHECK-NEXT: %[[U:.*]] = call i64 @__sbsan_retag(ptr %r, i64 4, i64 %[[T]], i32 0, ptr @[[SITE:sbsan.site[.0-9]*]])
; CHECK-NOT: __sbsan_retag
; CHECK: call void @__sbsan_write4(ptr %r, i64 %[[U]])
; CHECK: %[[G:.*]] = getelementptr i8, ptr %r, i64 1
; CHECK: call void @__sbsan_read1(ptr %[[G]], i64 %[[U]])
; OFF-LABEL: define void @only_ref(
; OFF-NOT: __sbsan_retag
; OFF: ret void
define void @only_ref(ptr %x) !dbg !10 {
  %r = call nonnull ptr @get(ptr %x), !dbg !30
    #dbg_value(ptr %r, !20, !DIExpression(), !30)
  store i32 1, ptr %r, !dbg !30
  %g = getelementptr i8, ptr %r, i64 1, !dbg !30
  %v = load i8, ptr %g, !dbg !30
  ret void, !dbg !30
}

; At -O0 the result goes to a debug-info spill slot; no nonnull: size 0 if
; null.
; CHECK-LABEL: define void @spilled(
; CHECK: %r = call ptr @get(ptr %x)
; CHECK: %[[N:.*]] = icmp eq ptr %r, null
; CHECK-NEXT: %[[SZ:.*]] = select i1 %[[N]], i64 0, i64 4
; CHECK-NEXT: %[[U:.*]] = call i64 @__sbsan_retag(ptr %r, i64 %[[SZ]], i64 %sbsan.tag.ret, i32 0,
; CHECK: call void @__sbsan_write4(ptr %r, i64 %[[U]])
define void @spilled(ptr %x) !dbg !11 {
  %r.dbg.spill = alloca [8 x i8], align 8
  %r = call ptr @get(ptr %x), !dbg !31
  store ptr %r, ptr %r.dbg.spill, align 8
    #dbg_declare(ptr %r.dbg.spill, !21, !DIExpression(), !31)
  store i32 1, ptr %r, !dbg !31
  ret void, !dbg !31
}

; Also bound to a `*mut i32` variable: it may be used as a raw pointer.
; CHECK-LABEL: define void @also_raw(
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
define void @also_raw(ptr %x) !dbg !12 {
  %r = call nonnull ptr @get(ptr %x), !dbg !32
    #dbg_value(ptr %r, !22, !DIExpression(), !32)
    #dbg_value(ptr %r, !23, !DIExpression(), !32)
  store i32 1, ptr %r, !dbg !32
  ret void, !dbg !32
}

; Passed on (the callee may take a raw pointer) or stored: it escapes.
; CHECK-LABEL: define void @escapes(
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
define void @escapes(ptr %x, ptr %slot) !dbg !13 {
  %r = call nonnull ptr @get(ptr %x), !dbg !33
    #dbg_value(ptr %r, !24, !DIExpression(), !33)
  call void @use(ptr %r), !dbg !33
  %s = call nonnull ptr @get(ptr %x), !dbg !33
    #dbg_value(ptr %s, !25, !DIExpression(), !33)
  store ptr %s, ptr %slot, !dbg !33
  ret void, !dbg !33
}

; A `&mut [i32]` result is {data, length}; the variable's pieces are taken
; out of it and spilled (as rustc does at every opt level). The data
; pointer is retagged Unique for length * 4 bytes (0 if it is null).
; CHECK-LABEL: define void @slice(
; CHECK: %r = call { ptr, i64 } @get_slice(ptr %x, i64 %n)
; CHECK: insertvalue { i64, {} } zeroinitializer, i64 %sbsan.tag.ret, 0
; CHECK-NEXT: %[[D:.*]] = extractvalue { ptr, i64 } %r, 0
; CHECK-NEXT: %[[L:.*]] = extractvalue { ptr, i64 } %r, 1
; CHECK-NEXT: %[[N:.*]] = icmp eq ptr %[[D]], null
; CHECK-NEXT: %[[LEN:.*]] = select i1 %[[N]], i64 0, i64 %[[L]]
; CHECK-NEXT: %[[DT:.*]] = extractvalue { i64, {} } %{{.*}}, 0
; CHECK-NEXT: %[[SZ:.*]] = mul i64 %[[LEN]], 4
; CHECK-NEXT: %[[U:.*]] = call i64 @__sbsan_retag(ptr %[[D]], i64 %[[SZ]], i64 %[[DT]], i32 0,
; CHECK-NEXT: %[[AG:.*]] = insertvalue { i64, {} } %{{.*}}, i64 %[[U]], 0
; CHECK: %[[EV:.*]] = extractvalue { i64, {} } %[[AG]], 0
; CHECK: call void @__sbsan_write4(ptr %r.0, i64 %[[EV]])
; A slice result passed on escapes: no retag.
; CHECK-LABEL: define void @slice_escapes(
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
define void @slice(ptr %x, i64 %n) !dbg !14 {
  %r.dbg.spill = alloca [16 x i8], align 8
  %r = call { ptr, i64 } @get_slice(ptr %x, i64 %n), !dbg !34
  %r.0 = extractvalue { ptr, i64 } %r, 0, !dbg !34
  %r.1 = extractvalue { ptr, i64 } %r, 1, !dbg !34
  store ptr %r.0, ptr %r.dbg.spill, align 8
  %len = getelementptr inbounds i8, ptr %r.dbg.spill, i64 8
  store i64 %r.1, ptr %len, align 8
    #dbg_declare(ptr %r.dbg.spill, !26, !DIExpression(), !34)
  store i32 1, ptr %r.0, !dbg !34
  ret void, !dbg !34
}

define void @slice_escapes(ptr %x, i64 %n) !dbg !15 {
  %r.dbg.spill = alloca [16 x i8], align 8
  %r = call { ptr, i64 } @get_slice(ptr %x, i64 %n), !dbg !35
  %r.0 = extractvalue { ptr, i64 } %r, 0, !dbg !35
  %r.1 = extractvalue { ptr, i64 } %r, 1, !dbg !35
  store ptr %r.0, ptr %r.dbg.spill, align 8
  %len = getelementptr inbounds i8, ptr %r.dbg.spill, i64 8
  store i64 %r.1, ptr %len, align 8
    #dbg_declare(ptr %r.dbg.spill, !27, !DIExpression(), !35)
  call void @use(ptr %r.0), !dbg !35
  ret void, !dbg !35
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!4 = !DINamespace(name: "t", scope: null)
!5 = !DISubroutineType(types: !6)
!6 = !{null}
!7 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!10 = distinct !DISubprogram(name: "only_ref", scope: !4, file: !3, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = distinct !DISubprogram(name: "spilled", scope: !4, file: !3, line: 2, type: !5, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!12 = distinct !DISubprogram(name: "also_raw", scope: !4, file: !3, line: 3, type: !5, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!13 = distinct !DISubprogram(name: "escapes", scope: !4, file: !3, line: 4, type: !5, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!20 = !DILocalVariable(name: "r", scope: !10, file: !3, line: 1, type: !8)
!21 = !DILocalVariable(name: "r", scope: !11, file: !3, line: 2, type: !8)
!22 = !DILocalVariable(name: "r", scope: !12, file: !3, line: 3, type: !8)
!23 = !DILocalVariable(name: "p", scope: !12, file: !3, line: 3, type: !9)
!24 = !DILocalVariable(name: "r", scope: !13, file: !3, line: 4, type: !8)
!25 = !DILocalVariable(name: "s", scope: !13, file: !3, line: 4, type: !8)
!26 = !DILocalVariable(name: "r", scope: !14, file: !3, line: 5, type: !40)
!27 = !DILocalVariable(name: "r", scope: !15, file: !3, line: 6, type: !40)
!14 = distinct !DISubprogram(name: "slice", scope: !4, file: !3, line: 5, type: !5, scopeLine: 5, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!15 = distinct !DISubprogram(name: "slice_escapes", scope: !4, file: !3, line: 6, type: !5, scopeLine: 6, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!34 = !DILocation(line: 5, scope: !14)
!35 = !DILocation(line: 6, scope: !15)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [i32]", file: !3, size: 128, align: 64, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !40, file: !3, baseType: !44, size: 64, align: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !40, file: !3, baseType: !45, size: 64, align: 64, offset: 64)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!30 = !DILocation(line: 1, scope: !10)
!31 = !DILocation(line: 2, scope: !11)
!32 = !DILocation(line: 3, scope: !12)
!33 = !DILocation(line: 4, scope: !13)
