; IR the pass does not model is left alone (and counted), never mangled:
; the output must verify. Scalable vectors, other address spaces, inline
; asm, callbr, va_arg, vectors of pointers, funclet EH, naked and
; sanitizer-disabled functions, presplit coroutines, too many pointer
; arguments, phis with unreachable predecessors.
; RUN: %opt -passes=sbsan,verify -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan -sbsan-debug -disable-output %s 2>&1 | FileCheck %s --check-prefix=DEBUG

; CHECK-LABEL: define void @scalable(ptr %p)
; CHECK-NOT: __sbsan_read
; CHECK: load <vscale x 4 x i32>, ptr %p
define void @scalable(ptr %p) {
  %v = load <vscale x 4 x i32>, ptr %p
  ret void
}

; CHECK-LABEL: define i32 @other_as(ptr addrspace(1) %p)
; CHECK-NOT: __sbsan_read
; CHECK: ret i32
define i32 @other_as(ptr addrspace(1) %p) {
  %v = load i32, ptr addrspace(1) %p
  ret i32 %v
}

; The pointer an asm statement returns is a wildcard: the load through it
; is not checked.
; CHECK-LABEL: define i32 @asm(ptr %p)
; CHECK: %q = call ptr asm "mov $1, $0", "=r,r"(ptr %p)
; CHECK-NOT: call void @__sbsan_read4(ptr %q
; CHECK: ret i32
define i32 @asm(ptr %p) {
  %q = call ptr asm "mov $1, $0", "=r,r"(ptr %p)
  %v = load i32, ptr %q
  ret i32 %v
}

; CHECK-LABEL: define i32 @callbr(ptr %p)
; CHECK-NOT: call void @__sbsan_read4(ptr %q
; CHECK: ret i32
define i32 @callbr(ptr %p) {
  %q = callbr ptr asm "", "=r,r,!i"(ptr %p) to label %ok [label %other]
ok:
  %v = load i32, ptr %q
  ret i32 %v
other:
  ret i32 0
}

; CHECK-LABEL: define i32 @vaarg(ptr %ap)
; CHECK: %q = va_arg ptr %ap, ptr
; CHECK-NOT: call void @__sbsan_read4(ptr %q
; CHECK: ret i32
define i32 @vaarg(ptr %ap) {
  %q = va_arg ptr %ap, ptr
  %v = load i32, ptr %q
  ret i32 %v
}

; Vectors of pointers: not tracked; an element taken out is a wildcard.
; CHECK-LABEL: define i32 @vectors(<2 x ptr> %v, ptr %base)
; CHECK: %g = getelementptr i32, ptr %base, <2 x i64> <i64 0, i64 1>
; CHECK: %e = extractelement <2 x ptr> %g, i32 1
; CHECK-NOT: call void @__sbsan_read4(ptr %e
; CHECK: ret i32
define i32 @vectors(<2 x ptr> %v, ptr %base) {
  %g = getelementptr i32, ptr %base, <2 x i64> <i64 0, i64 1>
  %e = extractelement <2 x ptr> %g, i32 1
  %x = load i32, ptr %e
  ret i32 %x
}

; Funclet-based EH is not supported: the function is left as it is.
declare void @may_throw()
declare i32 @__CxxFrameHandler3(...)
; CHECK-LABEL: define void @funclets(ptr %p)
; CHECK-NOT: __sbsan
; CHECK: ret void
define void @funclets(ptr %p) personality ptr @__CxxFrameHandler3 {
  store i32 0, ptr %p
  invoke void @may_throw() to label %ok unwind label %cs
ok:
  ret void
cs:
  %sw = catchswitch within none [label %h] unwind to caller
h:
  %c = catchpad within %sw [ptr null, i32 64, ptr null]
  catchret from %c to label %ok
}

; CHECK-LABEL: define void @naked(ptr %p)
; CHECK-NOT: __sbsan
; CHECK: unreachable
define void @naked(ptr %p) naked {
  call void asm sideeffect "ret", ""()
  unreachable
}

; CHECK-LABEL: define void @nosan(ptr %p)
; CHECK-NOT: __sbsan
; CHECK: ret void
define void @nosan(ptr %p) disable_sanitizer_instrumentation {
  store i32 0, ptr %p
  ret void
}

; CHECK-LABEL: define void @coro(ptr %p)
; CHECK-NOT: __sbsan
; CHECK: ret void
define void @coro(ptr %p) presplitcoroutine {
  store i32 0, ptr %p
  ret void
}

; Pointer arguments beyond the 16 slots are wildcards: %q (the 17th) is not
; checked and gets no slot at the call; %p (the 16th) uses slot 15.
declare void @many(ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr)
; CHECK-LABEL: define void @too_many(
; CHECK: call void @__sbsan_write4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NOT: call void @__sbsan_write4(ptr %q
; CHECK: getelementptr inbounds { i64, i64 }, ptr %sbsan.arg.slots, i32 15, i32 1
; CHECK-NOT: i32 16, i32
; CHECK: call void @many(
define void @too_many(ptr %a, ptr %b, ptr %c, ptr %d, ptr %e, ptr %f, ptr %g, ptr %h, ptr %i, ptr %j, ptr %k, ptr %l, ptr %m, ptr %n, ptr %o, ptr %p, ptr %q) {
  store i32 0, ptr %p
  store i32 0, ptr %q
  call void @many(ptr %a, ptr %b, ptr %c, ptr %d, ptr %e, ptr %f, ptr %g, ptr %h, ptr %i, ptr %j, ptr %k, ptr %l, ptr %m, ptr %n, ptr %o, ptr %p, ptr %q)
  ret void
}

; A phi with an unreachable predecessor, a pointer phi cycle, a select of
; aggregates.
; CHECK-LABEL: define i32 @cfg(i1 %c, ptr %a, ptr %b)
; CHECK: %[[JT:sbsan.tag.phi[0-9]*]] = phi i64 [ %sbsan.tag.a, %entry ], [ 0, %dead ]
; The loop phi of the same tag folds away.
; CHECK-NOT: phi i64
; CHECK: %sbsan.tag.iv{{[0-9]*}} = insertvalue { i64, {} } zeroinitializer, i64 %[[JT]], 0
; CHECK: ret i32
define i32 @cfg(i1 %c, ptr %a, ptr %b) {
entry:
  br label %join
dead:
  br label %join
join:
  %p = phi ptr [ %a, %entry ], [ null, %dead ]
  br label %loop
loop:
  %q = phi ptr [ %p, %join ], [ %q2, %loop ]
  %q2 = getelementptr i8, ptr %q, i64 4
  %s1 = insertvalue { ptr, i32 } poison, ptr %q2, 0
  %s2 = insertvalue { ptr, i32 } poison, ptr %b, 0
  %s = select i1 %c, { ptr, i32 } %s1, { ptr, i32 } %s2
  %x = extractvalue { ptr, i32 } %s, 0
  %v = load i32, ptr %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %v
}

; STATS: 4  Functions skipped (naked, funclets, coroutines, option)
; STATS: 1  Accesses not checked: size unknown (scalable vectors)
; STATS: 2  Pointer arguments beyond the slot count (wildcards)
; DEBUG-DAG: sbsan: skipping naked
; DEBUG-DAG: sbsan: funclets: funclet EH pads, not instrumented
; DEBUG-DAG: sbsan: scalable: scalable access not checked
