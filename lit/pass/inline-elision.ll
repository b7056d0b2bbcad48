; An unprotected SharedReadOnly retag of at most 8 bytes (here the return
; retag of a `&i32`) is answered inline with the parent's tag when the
; runtime would elide it: elision is on (__sbsan_elide_frozen_reborrows),
; the parent is a frozen-shared tag (bit 2, not a restrict tag), the bytes
; lie in one granule, and that granule is untracked or its top item is the
; parent. Otherwise the runtime is called as before. Protected retags and
; runtime-sized ones are never answered inline.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define ptr @get(
; The protected entry retag of the parameter: always a call.
; CHECK: %[[E:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %sbsan.tag.x, i32 18,
; CHECK: %[[A:.*]] = ptrtoint ptr %x to i64
; CHECK-NEXT: %[[LOW:.*]] = and i64 %[[A]], 7
; CHECK-NEXT: %[[END:.*]] = add i64 %[[LOW]], 4
; CHECK-NEXT: %[[IN:.*]] = icmp ule i64 %[[END]], 8
; CHECK: %sbsan.elide = load i8, ptr @__sbsan_elide_frozen_reborrows
; CHECK: %sbsan.word = load i64
; CHECK: %sbsan.top = load i64
; CHECK: %sbsan.elided = and i1
; CHECK: br i1 %{{.*}}, label %[[CALL:[0-9a-z.]+]], label %[[JOIN:[0-9a-z.]+]]{{.*}}, !prof
; CHECK: [[CALL]]:
; CHECK-NEXT: %[[R:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %[[E]], i32 2,
; CHECK: [[JOIN]]:
; CHECK-NEXT: %sbsan.retag.elided = phi i64 [ %[[E]], %{{.*}} ], [ %[[R]], %[[CALL]] ]
; CHECK: store i64 %sbsan.retag.elided, ptr
; CHECK: ret ptr %x
; OFF-LABEL: define ptr @get(
; OFF-NOT: __sbsan_elide_frozen_reborrows
; OFF: ret ptr %x
define ptr @get(ptr noalias readonly align 4 dereferenceable(4) %x) !dbg !10 {
    #dbg_value(ptr %x, !20, !DIExpression(), !30)
  ret ptr %x, !dbg !30
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!4 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!10 = distinct !DISubprogram(name: "get", scope: !3, file: !3, line: 1, type: !50, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!50 = !DISubroutineType(types: !51)
!51 = !{!8, !8}
!20 = !DILocalVariable(name: "x", arg: 1, scope: !10, file: !3, line: 1, type: !8)
!30 = !DILocation(line: 1, scope: !10)
