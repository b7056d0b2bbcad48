; Allocas whose address escapes are registered (__sbsan_alloca returns their
; root tag) and deregistered at llvm.lifetime.end and at every exit.
; Allocas that do not escape are not tracked: wildcard tag, no checks.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -S %s | FileCheck %s --check-prefix=SITE
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @use(ptr)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; CHECK-LABEL: define i32 @escape_vs_local()
; CHECK: %esc = alloca [16 x i8]
; CHECK-NEXT: %local = alloca i32
; CHECK-NEXT: %[[T:sbsan.tag.esc]] = call i64 @__sbsan_alloca(ptr %esc, i64 16, ptr null)
; CHECK-NOT: __sbsan_write4(ptr %local
; CHECK: store i32 1, ptr %local
; CHECK: call void @__sbsan_write4(ptr %esc, i64 %[[T]])
; CHECK-NEXT: store i32 2, ptr %esc
; CHECK: call void @use(ptr %esc)
; CHECK: call void @__sbsan_dealloca(ptr %esc, i64 16)
; CHECK-NEXT: ret i32
define i32 @escape_vs_local() {
  %esc = alloca [16 x i8]
  %local = alloca i32
  store i32 1, ptr %local
  store i32 2, ptr %esc
  call void @use(ptr %esc)
  %v = load i32, ptr %local
  ret i32 %v
}

; Life begins at the one lifetime.start that dominates the uses; it ends at
; lifetime.end (and again, harmlessly, at the exit). A tracked variable gets
; whole 8-byte granules: alignment 8, the size rounded up and registered
; with its padding; its site keeps its own size (4) for reports.
; CHECK-LABEL: define void @lifetimes(i1 %c)
; CHECK: %x = alloca [8 x i8], align 8
; CHECK: call void @llvm.lifetime.start.p0(ptr %x)
; CHECK-NEXT: %sbsan.tag.x = call i64 @__sbsan_alloca(ptr %x, i64 8, ptr null)
; CHECK: call void @use(ptr %x)
; CHECK: call void @__sbsan_dealloca(ptr %x, i64 8)
; CHECK-NEXT: call void @llvm.lifetime.end.p0(ptr %x)
; CHECK: call void @__sbsan_dealloca(ptr %x, i64 8)
; CHECK-NEXT: ret void
define void @lifetimes(i1 %c) {
  %x = alloca i32
  call void @llvm.lifetime.start.p0(ptr %x)
  call void @use(ptr %x)
  call void @llvm.lifetime.end.p0(ptr %x)
  ret void
}

; Two lifetime starts: registering at entry could wipe another alloca that
; shares the slot later, so this one stays untracked.
; CHECK-LABEL: define void @two_starts(i1 %c)
; CHECK-NOT: __sbsan_alloca
; CHECK: ret void
define void @two_starts(i1 %c) {
  %x = alloca i32
  br i1 %c, label %a, label %b
a:
  call void @llvm.lifetime.start.p0(ptr %x)
  br label %j
b:
  call void @llvm.lifetime.start.p0(ptr %x)
  br label %j
j:
  call void @use(ptr %x)
  ret void
}

; A dynamic alloca: size computed at run time, registered right after it.
; CHECK-LABEL: define void @dynamic(i32 %n)
; CHECK: %d = alloca i64, i32 %n
; CHECK-NEXT: %[[Z:.*]] = zext i32 %n to i64
; CHECK-NEXT: %[[S:sbsan.alloca.size]] = mul i64 %[[Z]], 8
; CHECK-NEXT: call i64 @__sbsan_alloca(ptr %d, i64 %[[S]], ptr null)
; CHECK: call void @__sbsan_dealloca(ptr %d, i64 %[[S]])
; CHECK-NEXT: ret void
define void @dynamic(i32 %n) {
  %d = alloca i64, i32 %n
  call void @use(ptr %d)
  ret void
}

; Escapes through a store of the address, a ptrtoint, a return.
; CHECK-LABEL: define ptr @escapes(ptr %out)
; CHECK: call i64 @__sbsan_alloca(ptr %a, i64 8, ptr null)
; CHECK: call i64 @__sbsan_alloca(ptr %b, i64 8, ptr null)
; CHECK: call i64 @__sbsan_alloca(ptr %c, i64 8, ptr null)
define ptr @escapes(ptr %out) {
  %a = alloca i32
  %b = alloca i32
  %c = alloca i32
  store ptr %a, ptr %out
  %i = ptrtoint ptr %b to i64
  store i64 %i, ptr %out
  ret ptr %c
}

; The variable declared in an alloca names it in reports: a site constant
; with "variable `x`", the function, SBSAN_ORIGIN_STACK_VAR (7) and its own
; size (4; it is registered with 8). Two different variables declared in
; one alloca name none.
; CHECK-LABEL: define void @named()
; CHECK: call i64 @__sbsan_alloca(ptr %slot, i64 8, ptr @[[VS:sbsan.site[.0-9]*]])
; CHECK-LABEL: define void @two_names()
; CHECK: call i64 @__sbsan_alloca(ptr %shared, i64 8, ptr null)
; SITE-DAG: @[[WHAT:sbsan.str[.0-9]*]] = {{.*}}c"variable `x`\00"
; SITE-DAG: @[[FN:sbsan.str[.0-9]*]] = {{.*}}c"named\00"
; SITE-DAG: @[[VS:sbsan.site[.0-9]*]] = private unnamed_addr constant { ptr, ptr, i32, i32 } { ptr @[[FN]], ptr @[[WHAT]], i32 7, i32 4 }
; SITE-NOT: sbsan.site
; SITE: call i64 @__sbsan_alloca(ptr %slot, i64 8, ptr @[[VS]])
; SITE: call i64 @__sbsan_alloca(ptr %shared, i64 8, ptr null)
define void @named() !dbg !5 {
  %slot = alloca i32
    #dbg_declare(ptr %slot, !8, !DIExpression(), !10)
  call void @use(ptr %slot)
  ret void
}

define void @two_names() !dbg !11 {
  %shared = alloca i32
    #dbg_declare(ptr %shared, !12, !DIExpression(), !14)
    #dbg_declare(ptr %shared, !13, !DIExpression(), !14)
  call void @use(ptr %shared)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "t", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "allocas.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "named", scope: !1, file: !1, line: 1, type: !6, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !{null})
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DILocalVariable(name: "x", scope: !5, file: !1, line: 2, type: !7)
!10 = !DILocation(line: 2, column: 7, scope: !5)
!11 = distinct !DISubprogram(name: "two_names", scope: !1, file: !1, line: 5, type: !6, spFlags: DISPFlagDefinition, unit: !0)
!12 = !DILocalVariable(name: "a", scope: !11, file: !1, line: 6, type: !7)
!13 = !DILocalVariable(name: "b", scope: !11, file: !1, line: 6, type: !7)
!14 = !DILocation(line: 6, column: 7, scope: !11)

; STATS: 8  Escaping allocas registered
; STATS: 1  Non-escaping allocas not tracked
; STATS: 1  Escaping allocas not registered
