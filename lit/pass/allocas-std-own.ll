; A variable of the standard library's own code (rustc's `library/`, or the
; crates it vendors under `/rust/deps/`) is not registered even when its
; address escapes into a call, if its value holds no data of a type the
; program defines: only std's own code can reach it. A variable of the
; program, or a std variable holding a program type's value (a field or an
; array element of it, not a pointer to it), stays tracked.
; -sbsan-track-std-allocas registers them all.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-track-std-allocas -S %s | FileCheck %s --check-prefix=ALL
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @use(ptr)

; CHECK-LABEL: define void @std_u64(
; CHECK-NOT: __sbsan_alloca
; CHECK: call void @use(ptr %v)
; ALL-LABEL: define void @std_u64(
; ALL: call i64 @__sbsan_alloca(ptr {{.*}}%v,
define void @std_u64() !dbg !10 {
  %v = alloca i64, align 8
    #dbg_declare(ptr %v, !20, !DIExpression(), !30)
  call void @use(ptr %v)
  ret void
}

; A struct of a vendored crate (hashbrown's namespace) holding a pointer
; to a program type: still std's own.
; CHECK-LABEL: define void @vendored_struct(
; CHECK-NOT: __sbsan_alloca
; CHECK: call void @use(ptr %g)
; ALL-LABEL: define void @vendored_struct(
; ALL: call i64 @__sbsan_alloca(ptr {{.*}}%g,
define void @vendored_struct() !dbg !11 {
  %g = alloca [16 x i8], align 8
    #dbg_declare(ptr %g, !21, !DIExpression(), !31)
  call void @use(ptr %g)
  ret void
}

; std's variable holding the program's `Point` by value (a sort's
; temporary copy of an element): tracked.
; CHECK-LABEL: define void @std_holds_program_value(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%t,
define void @std_holds_program_value() !dbg !50 {
  %t = alloca [16 x i8], align 8
    #dbg_declare(ptr %t, !22, !DIExpression(), !53)
  call void @use(ptr %t)
  ret void
}

; The same inside an array: tracked.
; CHECK-LABEL: define void @std_holds_program_array(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%a,
define void @std_holds_program_array() !dbg !51 {
  %a = alloca [32 x i8], align 8
    #dbg_declare(ptr %a, !23, !DIExpression(), !54)
  call void @use(ptr %a)
  ret void
}

; The program's own u64: tracked.
; CHECK-LABEL: define void @program_u64(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%p,
define void @program_u64() !dbg !12 {
  %p = alloca i64, align 8
    #dbg_declare(ptr %p, !24, !DIExpression(), !32)
  call void @use(ptr %p)
  ret void
}

; A temporary of std's code (no variable): what it holds is unknown, so
; it is tracked.
; CHECK-LABEL: define void @std_temporary(
; CHECK: call i64 @__sbsan_alloca(ptr {{.*}}%tmp,
define void @std_temporary() !dbg !52 {
  %tmp = alloca i64, align 8
  call void @use(ptr %tmp)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "src/main.rs", directory: "/home/user/prog")
!4 = !DIFile(filename: "library/core/src/slice/sort.rs", directory: "/rustc/0123456789abcdef")
!5 = !DISubroutineType(types: !6)
!6 = !{null}
!7 = !DIFile(filename: "src/raw/mod.rs", directory: "/rust/deps/hashbrown-0.16.1")
!8 = !DIFile(filename: "<unknown>", directory: "")
!10 = distinct !DISubprogram(name: "sort", scope: null, file: !4, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = distinct !DISubprogram(name: "find", scope: null, file: !7, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!12 = distinct !DISubprogram(name: "main", scope: null, file: !3, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!13 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!14 = !DINamespace(name: "prog", scope: null)
!15 = !DICompositeType(tag: DW_TAG_structure_type, name: "Point", scope: !14, file: !8, size: 128, align: 64, elements: !16, identifier: "point")
!16 = !{!17, !18}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !15, file: !8, baseType: !13, size: 64, align: 64)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !15, file: !8, baseType: !13, size: 64, align: 64, offset: 64)
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&Point", baseType: !15, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DINamespace(name: "raw", scope: !41)
!41 = !DINamespace(name: "hashbrown", scope: null)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "ProbeSeq", scope: !40, file: !8, size: 128, align: 64, elements: !43, identifier: "probeseq")
!43 = !{!44, !45}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "pos", scope: !42, file: !8, baseType: !13, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !42, file: !8, baseType: !19, size: 64, align: 64, offset: 64)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !15, size: 256, align: 64, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 2, lowerBound: 0)
!20 = !DILocalVariable(name: "v", scope: !10, file: !4, line: 1, type: !13)
!21 = !DILocalVariable(name: "g", scope: !11, file: !7, line: 1, type: !42)
!22 = !DILocalVariable(name: "t", scope: !50, file: !4, line: 1, type: !15)
!23 = !DILocalVariable(name: "a", scope: !51, file: !4, line: 1, type: !46)
!24 = !DILocalVariable(name: "p", scope: !12, file: !3, line: 1, type: !13)
!30 = !DILocation(line: 1, scope: !10)
!50 = distinct !DISubprogram(name: "insert_tail", scope: null, file: !4, line: 2, type: !5, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!51 = distinct !DISubprogram(name: "swap_pairs", scope: null, file: !4, line: 3, type: !5, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!52 = distinct !DISubprogram(name: "merge", scope: null, file: !4, line: 4, type: !5, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!53 = !DILocation(line: 2, scope: !50)
!54 = !DILocation(line: 3, scope: !51)
!31 = !DILocation(line: 1, scope: !11)
!32 = !DILocation(line: 1, scope: !12)
