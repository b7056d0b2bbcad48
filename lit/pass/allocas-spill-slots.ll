; A stack variable's address stored into a local slot that only gives it
; back (stored to once, otherwise only loaded as a pointer, address going
; nowhere else: a MIR temporary before SROA) does not escape by that
; store: the walk follows what is loaded. Any other use of the slot, or a
; slot that is the program's own variable, keeps the variable tracked.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
declare void @use(ptr)

; Two temporaries in a row, then a plain access: x and y stay untracked.
; CHECK-LABEL: define i64 @through_temporaries(
; CHECK-NOT: __sbsan_alloca
; CHECK: ret i64
define i64 @through_temporaries(i1 %c) {
  %t1 = alloca [8 x i8], align 8
  %t2 = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  %y = alloca i64, align 8
  store i64 1, ptr %x, align 8
  store i64 2, ptr %y, align 8
  call void @llvm.lifetime.start.p0(ptr %t1)
  %pick = select i1 %c, ptr %x, ptr %y
  store ptr %pick, ptr %t1, align 8
  %a = load ptr, ptr %t1, align 8
  call void @llvm.lifetime.end.p0(ptr %t1)
  store ptr %a, ptr %t2, align 8
  %b = load ptr, ptr %t2, align 8
  %v = load i64, ptr %b, align 8
  ret i64 %v
}

; What comes back out of the slot is passed to a call: x escapes.
; CHECK-LABEL: define void @loaded_then_passed(
; CHECK: call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret void
define void @loaded_then_passed() {
  %t = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  store ptr %x, ptr %t, align 8
  %p = load ptr, ptr %t, align 8
  call void @use(ptr %p)
  ret void
}

; A slot stored to twice may give back either pointer: x escapes.
; CHECK-LABEL: define i64 @stored_twice(
; CHECK: call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret i64
define i64 @stored_twice(ptr %other) {
  %t = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  store i64 1, ptr %x, align 8
  store ptr %x, ptr %t, align 8
  store ptr %other, ptr %t, align 8
  %p = load ptr, ptr %t, align 8
  %v = load i64, ptr %p, align 8
  ret i64 %v
}

; The slot's own address goes to a call, which may read the pointer: x
; escapes.
; CHECK-LABEL: define void @slot_passed(
; CHECK: call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret void
define void @slot_passed() {
  %t = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  store ptr %x, ptr %t, align 8
  call void @use(ptr %t)
  ret void
}

; A pointer read back as an integer is an address taken: x escapes.
; CHECK-LABEL: define i64 @read_back_as_integer(
; CHECK: call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret i64
define i64 @read_back_as_integer() {
  %t = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  store ptr %x, ptr %t, align 8
  %i = load i64, ptr %t, align 8
  ret i64 %i
}

; The program's own variable `r = &x` keeps x tracked, read back or not.
; CHECK-LABEL: define i64 @program_variable(
; CHECK: call i64 @__sbsan_alloca(ptr %x, i64 8
; CHECK: ret i64
define i64 @program_variable() !dbg !10 {
  %r = alloca [8 x i8], align 8
  %x = alloca i64, align 8
  store i64 1, ptr %x, align 8
  store ptr %x, ptr %r, align 8
    #dbg_declare(ptr %r, !20, !DIExpression(), !30)
  %p = load ptr, ptr %r, align 8
  %v = load i64, ptr %p, align 8
  ret i64 %v
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1, !2}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 7, !"Dwarf Version", i32 4}
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DIFile(filename: "t.rs", directory: "/tmp")
!5 = !DISubroutineType(types: !6)
!6 = !{null}
!7 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u64", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!10 = distinct !DISubprogram(name: "program_variable", scope: null, file: !3, line: 1, type: !5, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!20 = !DILocalVariable(name: "r", scope: !10, file: !3, line: 1, type: !8)
!30 = !DILocation(line: 1, scope: !10)
