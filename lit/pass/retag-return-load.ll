; Returned references are retagged (no protector, after the protector frame
; ended) before their tag goes to the return slot; references loaded from
; memory into a reference-typed variable are retagged right after the load,
; but the loaded value keeps its tag (it may also stand for a bigger object,
; e.g. a Box whose first field the variable borrows). Debug info tells the
; kind and size; raw pointers are left alone.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-return-retags=false -sbsan-load-retags=false -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan,verify -disable-output %s

; fn get(x: &mut i32) -> &mut i32
; CHECK-LABEL: define ptr @get(ptr %x)
; CHECK: call void @__sbsan_func_exit(
; CHECK-NEXT: %[[CH:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %{{.*}}, i32 64, ptr @[[RSITE:sbsan.site[.0-9]*]])
; CHECK: %[[P:.*]] = ptrtoint ptr %x to i64
; CHECK-NEXT: store i64 %[[P]], ptr
; CHECK-NEXT: store i64 %[[CH]], ptr
; CHECK-NEXT: ret ptr %x
; OFF-LABEL: define ptr @get(ptr %x)
; OFF: call void @__sbsan_func_exit(
; OFF-NOT: __sbsan_retag
; OFF: ret ptr %x
define ptr @get(ptr %x) !dbg !10 {
    #dbg_value(ptr %x, !20, !DIExpression(), !30)
  ret ptr %x, !dbg !30
}

; fn tail(s: &[u16]) -> &[u16]: a shared slice, size = length * 2.
; CHECK-LABEL: define { ptr, i64 } @tail(ptr %s.0, i64 %s.1)
; CHECK: %[[LEN:.*]] = extractvalue { ptr, i64 } %r, 1
; CHECK: %[[SZ:.*]] = mul i64 %[[LEN]], 2
; CHECK-NEXT: call i64 @__sbsan_retag(ptr %{{.*}}, i64 %[[SZ]], i64 %{{.*}}, i32 2, ptr @{{sbsan.site[.0-9]*}})
; CHECK: ret { ptr, i64 } %r
define { ptr, i64 } @tail(ptr %s.0, i64 %s.1) !dbg !11 {
    #dbg_value(ptr %s.0, !21, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !31)
    #dbg_value(i64 %s.1, !21, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !31)
  %p = getelementptr inbounds i8, ptr %s.0, i64 2
  %n = sub i64 %s.1, 1
  %r0 = insertvalue { ptr, i64 } poison, ptr %p, 0
  %r = insertvalue { ptr, i64 } %r0, i64 %n, 1
  ret { ptr, i64 } %r, !dbg !31
}

; fn as_raw(x: *mut i32) -> *mut i32: nothing to retag.
; CHECK-LABEL: define ptr @as_raw(ptr %x)
; CHECK-NOT: __sbsan_retag
; CHECK: ret ptr %x
define ptr @as_raw(ptr %x) !dbg !12 {
    #dbg_value(ptr %x, !22, !DIExpression(), !32)
  ret ptr %x, !dbg !32
}

; let r: &mut i32 = *pp; let s: &i32 = *qq; let raw: *mut i32 = *rr;
; CHECK-LABEL: define void @loads(ptr %pp, ptr %qq, ptr %rr)
; CHECK: %r = load ptr, ptr %pp
; CHECK: %[[LT:.*]] = call i64 @__sbsan_load_ptr(ptr %pp, ptr %r)
; CHECK-NEXT: call i64 @__sbsan_retag(ptr %r, i64 4, i64 %[[LT]], i32 0, ptr @{{sbsan.site[.0-9]*}})
; CHECK-NOT: __sbsan_retag
; CHECK: call void @__sbsan_write4(ptr %r, i64 %[[LT]])
; CHECK: %s = load ptr, ptr %qq
; CHECK: %[[ST:.*]] = call i64 @__sbsan_load_ptr(ptr %qq, ptr %s)
; CHECK-NEXT: call i64 @__sbsan_retag(ptr %s, i64 4, i64 %[[ST]], i32 2,
; CHECK: call void @__sbsan_read4(ptr %s, i64 %[[ST]])
; CHECK: %raw = load ptr, ptr %rr
; CHECK: %[[RT:.*]] = call i64 @__sbsan_load_ptr(ptr %rr, ptr %raw)
; CHECK-NOT: __sbsan_retag
; CHECK: call void @__sbsan_write4(ptr %raw, i64 %[[RT]])
; OFF-LABEL: define void @loads(
; OFF-NOT: __sbsan_retag
; OFF: ret void
define void @loads(ptr %pp, ptr %qq, ptr %rr) !dbg !13 {
  %r = load ptr, ptr %pp, align 8, !nonnull !40, !align !41
    #dbg_value(ptr %r, !23, !DIExpression(), !33)
  store i32 1, ptr %r
  %s = load ptr, ptr %qq, align 8
    #dbg_value(ptr %s, !24, !DIExpression(), !33)
  %v = load i32, ptr %s
  %raw = load ptr, ptr %rr, align 8
    #dbg_value(ptr %raw, !25, !DIExpression(), !33)
  store i32 %v, ptr %raw
  ret void, !dbg !33
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!4 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!5 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!6 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut i32", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u16]", file: !3, size: 128, align: 64, elements: !15, identifier: "sl")
!15 = !{!16, !17}
!16 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !14, file: !3, baseType: !18, size: 64, align: 64)
!17 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !14, file: !3, baseType: !6, size: 64, align: 64, offset: 64)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64, align: 64, dwarfAddressSpace: 0)
!10 = distinct !DISubprogram(name: "get", scope: !3, file: !3, line: 1, type: !50, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!50 = !DISubroutineType(types: !51)
!51 = !{!7, !7}
!11 = distinct !DISubprogram(name: "tail", scope: !3, file: !3, line: 2, type: !52, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!52 = !DISubroutineType(types: !53)
!53 = !{!14, !14}
!12 = distinct !DISubprogram(name: "as_raw", scope: !3, file: !3, line: 3, type: !54, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)
!54 = !DISubroutineType(types: !55)
!55 = !{!9, !9}
!13 = distinct !DISubprogram(name: "loads", scope: !3, file: !3, line: 4, type: !56, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!56 = !DISubroutineType(types: !57)
!57 = !{null}
!20 = !DILocalVariable(name: "x", arg: 1, scope: !10, file: !3, line: 1, type: !7)
!21 = !DILocalVariable(name: "s", arg: 1, scope: !11, file: !3, line: 2, type: !14)
!22 = !DILocalVariable(name: "x", arg: 1, scope: !12, file: !3, line: 3, type: !9)
!23 = !DILocalVariable(name: "r", scope: !13, file: !3, line: 4, type: !7)
!24 = !DILocalVariable(name: "s", scope: !13, file: !3, line: 4, type: !8)
!25 = !DILocalVariable(name: "raw", scope: !13, file: !3, line: 4, type: !9)
!30 = !DILocation(line: 1, scope: !10)
!31 = !DILocation(line: 2, scope: !11)
!32 = !DILocation(line: 3, scope: !12)
!33 = !DILocation(line: 4, scope: !13)
!40 = !{}
!41 = !{i64 4}
