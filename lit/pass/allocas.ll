; Allocas whose address escapes are registered (__sbsan_alloca returns their
; root tag) and deregistered at llvm.lifetime.end and at every exit.
; Allocas that do not escape are not tracked: wildcard tag, no checks.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @use(ptr)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; CHECK-LABEL: define i32 @escape_vs_local()
; CHECK: %esc = alloca [16 x i8]
; CHECK-NEXT: %local = alloca i32
; CHECK-NEXT: %[[T:sbsan.tag.esc]] = call i64 @__sbsan_alloca(ptr %esc, i64 16)
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
; lifetime.end (and again, harmlessly, at the exit).
; CHECK-LABEL: define void @lifetimes(i1 %c)
; CHECK: call void @llvm.lifetime.start.p0(ptr %x)
; CHECK-NEXT: %sbsan.tag.x = call i64 @__sbsan_alloca(ptr %x, i64 4)
; CHECK: call void @use(ptr %x)
; CHECK: call void @__sbsan_dealloca(ptr %x, i64 4)
; CHECK-NEXT: call void @llvm.lifetime.end.p0(ptr %x)
; CHECK: call void @__sbsan_dealloca(ptr %x, i64 4)
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
; CHECK-NEXT: call i64 @__sbsan_alloca(ptr %d, i64 %[[S]])
; CHECK: call void @__sbsan_dealloca(ptr %d, i64 %[[S]])
; CHECK-NEXT: ret void
define void @dynamic(i32 %n) {
  %d = alloca i64, i32 %n
  call void @use(ptr %d)
  ret void
}

; Escapes through a store of the address, a ptrtoint, a return.
; CHECK-LABEL: define ptr @escapes(ptr %out)
; CHECK: call i64 @__sbsan_alloca(ptr %a, i64 4)
; CHECK: call i64 @__sbsan_alloca(ptr %b, i64 4)
; CHECK: call i64 @__sbsan_alloca(ptr %c, i64 4)
define ptr @escapes(ptr %out) {
  %a = alloca i32
  %b = alloca i32
  %c = alloca i32
  store ptr %a, ptr %out
  %i = ptrtoint ptr %b to i64
  store i64 %i, ptr %out
  ret ptr %c
}

; STATS: 6  Escaping allocas registered
; STATS: 1  Non-escaping allocas not tracked
; STATS: 1  Escaping allocas not registered
