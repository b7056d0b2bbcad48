; A variable of the program whose value holds only std's data, and whose
; address reaches only std's code, is not registered: loads and stores
; through it, lifetime markers, and calls of std's functions that take it
; as their receiver (the first argument after a return slot) and give back
; nothing that may hold a pointer. Every other use keeps it tracked: a std
; call that returns a pointer, or takes it as another argument, or is
; instantiated with a program type (a closure it would call); a program
; function; its address stored as a value. A call inlined before
; instrumentation counts as std's code where its placeholder's result is
; used only by std's inlined code. -sbsan-track-std-allocas registers all.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-track-std-allocas -S %s | FileCheck %s --check-prefix=ALL
; RUN: %opt -passes=sbsan-inline-std,sbsan -S %s | FileCheck %s --check-prefix=INLINED
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define void @receiver_of_std_call(
; CHECK-NOT: __sbsan_alloca
; CHECK: ret void
; ALL-LABEL: define void @receiver_of_std_call(
; ALL: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @receiver_of_std_call() !dbg !30 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !40, !DIExpression(), !31)
  store i64 0, ptr %it, !dbg !31
  %n = call { i64, i64 } @std_next(ptr %it), !dbg !31
  %f = getelementptr inbounds i8, ptr %it, i64 8, !dbg !31
  %e = load i64, ptr %f, !dbg !31
  ret void, !dbg !31
}

; CHECK-LABEL: define void @std_call_returns_pointer(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @std_call_returns_pointer() !dbg !32 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !41, !DIExpression(), !33)
  %p = call ptr @std_as_mut(ptr %it), !dbg !33
  store i64 1, ptr %p, !dbg !33
  ret void, !dbg !33
}

; CHECK-LABEL: define void @second_argument(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @second_argument(ptr %other) !dbg !34 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !42, !DIExpression(), !35)
  call void @std_push(ptr %other, ptr %it), !dbg !35
  ret void, !dbg !35
}

; CHECK-LABEL: define void @program_callee(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @program_callee() !dbg !36 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !43, !DIExpression(), !37)
  call void @program_fn(ptr %it), !dbg !37
  ret void, !dbg !37
}

; CHECK-LABEL: define void @std_call_with_program_closure(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @std_call_with_program_closure() !dbg !38 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !44, !DIExpression(), !39)
  call void @std_sort_by(ptr %it), !dbg !39
  ret void, !dbg !39
}

; CHECK-LABEL: define void @address_stored(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%it,
define void @address_stored(ptr %out) !dbg !60 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !45, !DIExpression(), !61)
  store ptr %it, ptr %out, !dbg !61
  call { i64, i64 } @std_next(ptr %it), !dbg !61
  ret void, !dbg !61
}

; The program's own type: tracked.
; CHECK-LABEL: define void @program_data(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%pt,
define void @program_data() !dbg !62 {
  %pt = alloca [16 x i8], align 8
    #dbg_declare(ptr %pt, !46, !DIExpression(), !63)
  call { i64, i64 } @std_next(ptr %pt), !dbg !63
  ret void, !dbg !63
}

; Inlined first: std's next reads and writes the variable and gives back
; integers (not registered); std's get_mut gives back a pointer into it,
; which the program writes through (registered).
; INLINED-LABEL: define void @inlined_next(
; INLINED-NOT: __sbsan_alloca
; INLINED: ret void
; INLINED-LABEL: define void @inlined_get_mut(
; INLINED: call i64 @__sbsan_alloca(ptr {{.*}}%v,
define void @inlined_next() !dbg !64 {
  %it = alloca [16 x i8], align 8
    #dbg_declare(ptr %it, !47, !DIExpression(), !65)
  store i64 0, ptr %it, !dbg !65
  %n = call { i64, i64 } @std_next(ptr %it), !dbg !65
  ret void, !dbg !65
}

define void @inlined_get_mut() !dbg !66 {
  %v = alloca [16 x i8], align 8
    #dbg_declare(ptr %v, !48, !DIExpression(), !67)
  %p = call ptr @std_as_mut(ptr %v), !dbg !67
  store i64 1, ptr %p, !dbg !67
  ret void, !dbg !67
}

define internal { i64, i64 } @std_next(ptr noalias dereferenceable(16) %self) !dbg !10 {
  %a = load i64, ptr %self, !dbg !11
  %b = add i64 %a, 1, !dbg !11
  store i64 %b, ptr %self, !dbg !11
  %r = insertvalue { i64, i64 } { i64 1, i64 0 }, i64 %a, 1, !dbg !11
  ret { i64, i64 } %r, !dbg !11
}

define internal ptr @std_as_mut(ptr noalias dereferenceable(16) %self) !dbg !12 {
  %f = getelementptr inbounds i8, ptr %self, i64 8, !dbg !14
  ret ptr %f, !dbg !14
}

declare !dbg !15 void @std_push(ptr, ptr)
declare !dbg !16 void @std_sort_by(ptr)
declare void @program_fn(ptr)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "src/main.rs", directory: "/home/user/prog")
!4 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/0123456789abcdef")
!5 = !DISubroutineType(types: !6)
!6 = !{null}
!7 = !{}
!8 = !DIFile(filename: "<unknown>", directory: "")
!10 = distinct !DISubprogram(name: "next", scope: null, file: !4, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocation(line: 1, scope: !10)
!12 = distinct !DISubprogram(name: "as_mut", scope: null, file: !4, line: 2, type: !5, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!14 = !DILocation(line: 2, scope: !12)
!15 = !DISubprogram(name: "push", scope: null, file: !4, line: 3, type: !5, spFlags: DISPFlagOptimized)
!16 = !DISubprogram(name: "sort_by<prog::main::{closure#0}>", scope: null, file: !4, line: 4, type: !5, spFlags: DISPFlagOptimized, templateParams: !17)
!17 = !{!18}
!18 = !DITemplateTypeParameter(name: "F", type: !19)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !20, file: !8, align: 8, elements: !7, identifier: "closure0")
!20 = !DINamespace(name: "main", scope: !21)
!21 = !DINamespace(name: "prog", scope: null)
!22 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!23 = !DINamespace(name: "range", scope: !24)
!24 = !DINamespace(name: "ops", scope: !25)
!25 = !DINamespace(name: "core", scope: null)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<u64>", scope: !23, file: !8, size: 128, align: 64, elements: !27, identifier: "range_u64")
!27 = !{!28, !29}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !26, file: !8, baseType: !22, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !26, file: !8, baseType: !22, size: 64, align: 64, offset: 64)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "Point", scope: !21, file: !8, size: 128, align: 64, elements: !27, identifier: "point")
!30 = distinct !DISubprogram(name: "receiver_of_std_call", scope: null, file: !3, line: 10, type: !5, scopeLine: 10, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocation(line: 10, scope: !30)
!32 = distinct !DISubprogram(name: "std_call_returns_pointer", scope: null, file: !3, line: 11, type: !5, scopeLine: 11, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!33 = !DILocation(line: 11, scope: !32)
!34 = distinct !DISubprogram(name: "second_argument", scope: null, file: !3, line: 12, type: !5, scopeLine: 12, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!35 = !DILocation(line: 12, scope: !34)
!36 = distinct !DISubprogram(name: "program_callee", scope: null, file: !3, line: 13, type: !5, scopeLine: 13, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!37 = !DILocation(line: 13, scope: !36)
!38 = distinct !DISubprogram(name: "std_call_with_program_closure", scope: null, file: !3, line: 14, type: !5, scopeLine: 14, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!39 = !DILocation(line: 14, scope: !38)
!40 = !DILocalVariable(name: "it", scope: !30, file: !3, line: 10, type: !26)
!41 = !DILocalVariable(name: "it", scope: !32, file: !3, line: 11, type: !26)
!42 = !DILocalVariable(name: "it", scope: !34, file: !3, line: 12, type: !26)
!43 = !DILocalVariable(name: "it", scope: !36, file: !3, line: 13, type: !26)
!44 = !DILocalVariable(name: "it", scope: !38, file: !3, line: 14, type: !26)
!45 = !DILocalVariable(name: "it", scope: !60, file: !3, line: 15, type: !26)
!46 = !DILocalVariable(name: "pt", scope: !62, file: !3, line: 16, type: !50)
!47 = !DILocalVariable(name: "it", scope: !64, file: !3, line: 17, type: !26)
!48 = !DILocalVariable(name: "v", scope: !66, file: !3, line: 18, type: !26)
!60 = distinct !DISubprogram(name: "address_stored", scope: null, file: !3, line: 15, type: !5, scopeLine: 15, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!61 = !DILocation(line: 15, scope: !60)
!62 = distinct !DISubprogram(name: "program_data", scope: null, file: !3, line: 16, type: !5, scopeLine: 16, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!63 = !DILocation(line: 16, scope: !62)
!64 = distinct !DISubprogram(name: "inlined_next", scope: null, file: !3, line: 17, type: !5, scopeLine: 17, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!65 = !DILocation(line: 17, scope: !64)
!66 = distinct !DISubprogram(name: "inlined_get_mut", scope: null, file: !3, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!67 = !DILocation(line: 18, scope: !66)
