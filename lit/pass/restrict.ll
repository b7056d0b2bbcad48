; C restrict parameters (noalias in C functions): each gets a protected tag
; from __sbsan_retag_restrict, whose items the runtime creates per byte on
; first access (reads never conflict, a write through one pointer to memory
; another pointer accesses during the call does). On by default
; (-sbsan-restrict=false turns it off); C functions never get Rust retags.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-restrict=false -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan -S %s | FileCheck %s --check-prefix=SITE
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define i32 @sum(ptr noalias %a, ptr noalias %b, ptr %c)
; CHECK: call void @__sbsan_func_enter(ptr %[[F:sbsan.frame]])
; CHECK-NEXT: %[[RA:sbsan.restrict]] = call i64 @__sbsan_retag_restrict(ptr %a, i64 %sbsan.tag.a, ptr @[[SA:sbsan.site[.0-9]*]])
; CHECK-NEXT: %[[RB:sbsan.restrict[0-9]+]] = call i64 @__sbsan_retag_restrict(ptr %b, i64 %sbsan.tag.b, ptr @{{sbsan.site[.0-9]*}})
; CHECK-NOT: __sbsan_retag_restrict(ptr %c
; CHECK: call void @__sbsan_read4(ptr %a, i64 %[[RA]])
; CHECK: call void @__sbsan_read4(ptr %b, i64 %[[RB]])
; CHECK: call void @__sbsan_write4(ptr %c, i64 %sbsan.tag.c)
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; The site says which parameter and that the origin is "restrict" (6).
; SITE: @[[NAME:sbsan.str[.0-9]*]] = private unnamed_addr constant [24 x i8] c"parameter #0 (restrict)\00"
; SITE: @sbsan.site = private unnamed_addr constant { ptr, ptr, i32, i32 } { ptr @{{sbsan.str[.0-9]*}}, ptr @[[NAME]], i32 6, i32 0 }
; OFF-LABEL: define i32 @sum(
; OFF-NOT: __sbsan_retag
; OFF-NOT: __sbsan_func_enter
; OFF: ret i32
define i32 @sum(ptr noalias %a, ptr noalias %b, ptr %c) !dbg !10 {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %s = add i32 %x, %y
  store i32 %s, ptr %c
  ret i32 %s, !dbg !11
}

; sret is noalias too, but it is not a restrict parameter.
%big = type { [8 x i64] }
; CHECK-LABEL: define void @make(
; CHECK-NOT: __sbsan_retag_restrict
; CHECK: ret void
define void @make(ptr noalias sret(%big) %out) !dbg !12 {
  store i64 0, ptr %out
  ret void, !dbg !13
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 5}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.c", directory: "/tmp")
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!10 = distinct !DISubprogram(name: "sum", scope: !3, file: !3, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!11 = !DILocation(line: 1, scope: !10)
!12 = distinct !DISubprogram(name: "make", scope: !3, file: !3, line: 2, type: !4, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!13 = !DILocation(line: 2, scope: !12)
