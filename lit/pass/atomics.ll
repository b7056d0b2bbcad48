; Atomic accesses: atomic loads/stores like plain ones, atomicrmw as a
; write, cmpxchg as a read before and a write only if it succeeded (a failed
; exchange only reads; checking a write there could report a sound program).
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define void @atomics(ptr %p, ptr %v)
; CHECK: call void @__sbsan_read8(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: load atomic i64, ptr %p seq_cst
; CHECK: call void @__sbsan_write4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: store atomic i32 1, ptr %p release
; CHECK: call void @__sbsan_write4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: atomicrmw add ptr %p, i32 1 seq_cst
; CHECK: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %cx = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
; CHECK-NEXT: %[[OK:sbsan.cx.ok]] = extractvalue { i32, i1 } %cx, 1
; CHECK-NEXT: br i1 %[[OK]], label %[[W:.*]], label %[[C:.*]]
; CHECK: [[W]]:
; CHECK-NEXT: call void @__sbsan_write4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: br label %[[C]]
define void @atomics(ptr %p, ptr %v) {
  %a = load atomic i64, ptr %p seq_cst, align 8
  store atomic i32 1, ptr %p release, align 4
  %b = atomicrmw add ptr %p, i32 1 seq_cst
  %cx = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
  ret void
}

; Exchanging pointers records the new pointer's provenance (for cmpxchg
; only when it succeeded); the old value of a cmpxchg has the compare
; operand's tag when it succeeded, else the wildcard.
; CHECK-LABEL: define ptr @ptr_xchg(ptr %slot, ptr %old, ptr %new)
; CHECK: atomicrmw xchg ptr %slot, ptr %new seq_cst
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %slot, ptr %new, i64 %sbsan.tag.new)
; CHECK: %cx = cmpxchg ptr %slot, ptr %old, ptr %new seq_cst seq_cst
; CHECK-NEXT: %[[OKT:.*]] = extractvalue { ptr, i1 } %cx, 1
; CHECK-NEXT: %[[LEAF:.*]] = select i1 %[[OKT]], i64 %sbsan.tag.old, i64 0
; CHECK: br i1 %sbsan.cx.ok, label %[[THEN:.*]], label
; CHECK: [[THEN]]:
; CHECK-NEXT: call void @__sbsan_write8(ptr %slot, i64 %sbsan.tag.slot)
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %slot, ptr %new, i64 %sbsan.tag.new)
; CHECK-NEXT: br label
; CHECK: ret ptr %r
define ptr @ptr_xchg(ptr %slot, ptr %old, ptr %new) {
  %x = atomicrmw xchg ptr %slot, ptr %new seq_cst
  %cx = cmpxchg ptr %slot, ptr %old, ptr %new seq_cst seq_cst
  %r = extractvalue { ptr, i1 } %cx, 0
  ret ptr %r
}
