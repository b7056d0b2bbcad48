; Above -O0, SBSanInlineStdPass inlines calls of small functions whose source
; is rustc's library/ into their callers before SBSanPass runs, and keeps
; their entry and return retags at the call as placeholders, which SBSanPass
; lowers to unprotected retags that the code adopts.
; RUN: %opt -passes=sbsan-inline-std -S %s | FileCheck %s
; RUN: %opt -passes=sbsan-inline-std,sbsan -S %s | FileCheck %s --check-prefix=LOWERED
; RUN: %opt -passes=sbsan-inline-std -sbsan-inline-std-limit=0 -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan-inline-std -sbsan-inline-std-limit=3 -S %s | FileCheck %s --check-prefix=SMALL
; RUN: %opt -passes=sbsan-inline-std,sbsan,verify -disable-output %s

; fn get_mut(&mut i32) -> &mut i32 in library/core, four instructions (one
; more than SMALL's limit): inlined with a Unique
; placeholder (flags 2) for the parameter and one for the result.
; CHECK-LABEL: define void @caller(
; CHECK: %[[ARG:.*]] = call ptr @__sbsan_inlined_retag(ptr %x, i64 4, i8 2, ptr null, ptr null)
; CHECK-NOT: call ptr @std_get_mut
; CHECK: %[[RES:.*]] = call ptr @__sbsan_inlined_retag(ptr %[[ARG]], i64 4, i8 2, ptr null, ptr null)
; The caller's variable `r` now describes the retagged value.
; CHECK: #dbg_value(ptr %[[RES]], !{{[0-9]+}},
; CHECK: store i32 1, ptr %[[RES]]
; The same body in the program's own source stays a call.
; CHECK: call ptr @user_get_mut(ptr %x)
; OFF-LABEL: define void @caller(
; OFF: call ptr @std_get_mut(ptr %x)
; OFF-NOT: __sbsan_inlined_retag
; SMALL-LABEL: define void @caller(
; SMALL: call ptr @std_get_mut(ptr %x)

; After SBSanPass: unprotected Unique retags (0) with their SharedReadWrite
; child (0x40), no protector frame from the inlined call, no placeholder.
; LOWERED-LABEL: define void @caller(
; LOWERED-NOT: __sbsan_inlined_retag
; LOWERED: call i64 @__sbsan_retag(ptr %{{.*}}, i64 4, i64 %{{.*}}, i32 64,
; LOWERED: %[[RET:.*]] = call i64 @__sbsan_retag(ptr %{{.*}}, i64 4, i64 %{{.*}}, i32 64,
; `r` is a `&mut i32` used only as that reference: as after a call, its
; own Unique retag (0, no child) from the returned tag, sized 0 when null.
; LOWERED: %[[SIZE:.*]] = select i1 %{{.*}}, i64 0, i64 4
; LOWERED: call i64 @__sbsan_retag(ptr %{{.*}}, i64 %[[SIZE]], i64 %[[RET]], i32 0,
; LOWERED-NOT: __sbsan_inlined_retag
; LOWERED: {{call|invoke}} ptr @user_get_mut(
; LOWERED: ret void
; The function itself, where still called, keeps its protected entry retag.
; LOWERED-LABEL: define internal ptr @user_get_mut(
; LOWERED: call void @__sbsan_func_enter(
; LOWERED: call i64 @__sbsan_retag(ptr %p, i64 4, i64 %{{.*}}, i32 80,

define void @caller(ptr noalias dereferenceable(4) %x) !dbg !30 {
  %r = call ptr @std_get_mut(ptr %x), !dbg !31
    #dbg_value(ptr %r, !32, !DIExpression(), !31)
  store i32 1, ptr %r, !dbg !31
  %u = call ptr @user_get_mut(ptr %x), !dbg !31
  store i32 2, ptr %u, !dbg !31
  ret void, !dbg !31
}

define internal ptr @std_get_mut(ptr noalias dereferenceable(4) %p) !dbg !10 {
    #dbg_value(ptr %p, !20, !DIExpression(), !21)
  %v = load i32, ptr %p, !dbg !21
  %w = add i32 %v, 1, !dbg !21
  store i32 %w, ptr %p, !dbg !21
  ret ptr %p, !dbg !21
}

define internal ptr @user_get_mut(ptr noalias dereferenceable(4) %p) !dbg !40 {
    #dbg_value(ptr %p, !41, !DIExpression(), !42)
  ret ptr %p, !dbg !42
}

; A variable of the program's own code whose address an inlined call took
; stays tracked (the call would have let it escape) when the program then
; uses what the call handed back (a pointer into it); one of std's own code
; does not (nor does one only std's code reaches: allocas-left-to-std.ll).
; CHECK-LABEL: define void @program_var(
; CHECK: %v = alloca i32, align 4, !sbsan.escaped
; CHECK-LABEL: define void @std_var(
; CHECK: %s = alloca i32, align 4{{$}}
; LOWERED-LABEL: define void @program_var(
; LOWERED: call i64 @__sbsan_alloca(ptr %v, i64 8,
; LOWERED-LABEL: define void @std_var(
; LOWERED-NOT: __sbsan_alloca
; LOWERED: ret void
define void @program_var() !dbg !50 {
  %v = alloca i32, align 4
    #dbg_declare(ptr %v, !51, !DIExpression(), !52)
  %r = call ptr @std_get_mut(ptr %v), !dbg !52
  store i32 3, ptr %r, !dbg !52
  ret void, !dbg !52
}

define void @std_var() !dbg !60 {
  %s = alloca i32, align 4
    #dbg_declare(ptr %s, !61, !DIExpression(), !62)
  %r = call ptr @std_get_mut(ptr %s), !dbg !62
  ret void, !dbg !62
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "src/main.rs", directory: "/home/u/t")
!4 = !DIFile(filename: "library/core/src/get.rs", directory: "/rustc/0123456789abcdef")
!13 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut i32", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DISubroutineType(types: !17)
!17 = !{!15, !15}
!10 = distinct !DISubprogram(name: "get_mut", scope: !4, file: !4, line: 1, type: !16, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!20 = !DILocalVariable(name: "p", arg: 1, scope: !10, file: !4, line: 1, type: !15)
!21 = !DILocation(line: 1, scope: !10)
!30 = distinct !DISubprogram(name: "caller", scope: !3, file: !3, line: 1, type: !16, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocation(line: 2, scope: !30)
!32 = !DILocalVariable(name: "r", scope: !30, file: !3, line: 2, type: !15)
!40 = distinct !DISubprogram(name: "user_get_mut", scope: !3, file: !3, line: 5, type: !16, scopeLine: 5, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!41 = !DILocalVariable(name: "p", arg: 1, scope: !40, file: !3, line: 5, type: !15)
!42 = !DILocation(line: 5, scope: !40)
!50 = distinct !DISubprogram(name: "program_var", scope: !3, file: !3, line: 7, type: !16, scopeLine: 7, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!51 = !DILocalVariable(name: "v", scope: !50, file: !3, line: 7, type: !13)
!52 = !DILocation(line: 7, scope: !50)
!60 = distinct !DISubprogram(name: "std_var", scope: !4, file: !4, line: 9, type: !16, scopeLine: 9, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!61 = !DILocalVariable(name: "s", scope: !60, file: !4, line: 9, type: !13)
!62 = !DILocation(line: 9, scope: !60)
