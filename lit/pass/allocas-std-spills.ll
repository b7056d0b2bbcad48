; Storing a stack variable's address into the debug-info spill of a
; standard-library variable (a slot only ever stored to: the parameter of an
; inlined std function) does not let it escape; storing it into a spill of
; the program's own variable, or into a slot that is read back, does.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; CHECK-LABEL: define i32 @into_std_spill(
; CHECK-NOT: __sbsan_alloca
; CHECK: ret i32
define i32 @into_std_spill() !dbg !10 {
  %self.dbg.spill = alloca [8 x i8], align 8
  %x = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %self.dbg.spill)
  store ptr %x, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !20, !DIExpression(), !31)
  call void @llvm.lifetime.end.p0(ptr %self.dbg.spill)
  store i32 1, ptr %x, align 4
  %v = load i32, ptr %x, align 4
  ret i32 %v
}

; The same store into a spill of a fat `&[T]` parameter (two stores, one at
; an offset): still only written.
; CHECK-LABEL: define i32 @into_std_fat_spill(
; CHECK-NOT: __sbsan_alloca
; CHECK: ret i32
define i32 @into_std_fat_spill() !dbg !11 {
  %s.dbg.spill = alloca [16 x i8], align 8
  %x = alloca [4 x i32], align 4
  store ptr %x, ptr %s.dbg.spill, align 8
  %len = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8
  store i64 4, ptr %len, align 8
    #dbg_declare(ptr %s.dbg.spill, !21, !DIExpression(), !32)
  store i32 1, ptr %x, align 4
  %v = load i32, ptr %x, align 4
  ret i32 %v
}

; A spill of the program's own variable `c` (`let c = &x;`): x stays
; tracked, as when the calls that took its address were not inlined.
; CHECK-LABEL: define i32 @into_program_spill(
; CHECK: %sbsan.tag.x = call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret i32
define i32 @into_program_spill() !dbg !12 {
  %c.dbg.spill = alloca [8 x i8], align 8
  %x = alloca i32, align 4
  store ptr %x, ptr %c.dbg.spill, align 8
    #dbg_declare(ptr %c.dbg.spill, !22, !DIExpression(), !33)
  store i32 1, ptr %x, align 4
  %v = load i32, ptr %x, align 4
  ret i32 %v
}

; A std variable's slot that is read back is no spill, but a slot that
; gives the pointer back (allocas-spill-slots.ll): x escapes only if what
; is read back does.
; CHECK-LABEL: define i32 @into_std_slot_read_back(
; CHECK: %sbsan.tag.x = call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret i32
define i32 @into_std_slot_read_back() !dbg !13 {
  %self.dbg.spill = alloca [8 x i8], align 8
  %x = alloca i32, align 4
  store ptr %x, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !23, !DIExpression(), !34)
  %p = load ptr, ptr %self.dbg.spill, align 8
  call void @use(ptr %p)
  %v = load i32, ptr %x, align 4
  ret i32 %v
}

declare void @use(ptr)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!4 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/0123456789abcdef")
!5 = !DISubroutineType(types: !6)
!6 = !{null}
!7 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&i32", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!10 = distinct !DISubprogram(name: "into_std_spill", scope: null, file: !3, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = distinct !DISubprogram(name: "into_std_fat_spill", scope: null, file: !3, line: 2, type: !5, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!12 = distinct !DISubprogram(name: "into_program_spill", scope: null, file: !3, line: 3, type: !5, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!13 = distinct !DISubprogram(name: "into_std_slot_read_back", scope: null, file: !3, line: 4, type: !5, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!14 = distinct !DISubprogram(name: "get", scope: null, file: !4, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!20 = !DILocalVariable(name: "self", arg: 1, scope: !14, file: !4, line: 1, type: !8)
!21 = !DILocalVariable(name: "s", arg: 1, scope: !14, file: !4, line: 1, type: !8)
!22 = !DILocalVariable(name: "c", scope: !12, file: !3, line: 3, type: !8)
!23 = !DILocalVariable(name: "self", arg: 1, scope: !14, file: !4, line: 1, type: !8)
!30 = distinct !DILocation(line: 1, scope: !10)
!31 = !DILocation(line: 1, scope: !14, inlinedAt: !30)
!35 = distinct !DILocation(line: 2, scope: !11)
!32 = !DILocation(line: 1, scope: !14, inlinedAt: !35)
!33 = !DILocation(line: 3, scope: !12)
!36 = distinct !DILocation(line: 4, scope: !13)
!34 = !DILocation(line: 1, scope: !14, inlinedAt: !36)
