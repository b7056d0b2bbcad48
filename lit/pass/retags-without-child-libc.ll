; A C library function that only reads through its pointer arguments
; (memcmp, bcmp, strlen, ...) reads through the tags its caller put in the
; argument slots, and the runtime's interceptor does nothing else. So a
; retag whose tag only goes to such a call, through a slot that is cleared
; right after it, is used by a read there; and such a call between a retag
; and its last use counts as reads through the tags of its slots. `a == b`
; on two `&str` is a shared retag of each string's bytes for bcmp.
; RUN: %opt -passes=sbsan-retag-chains -S %s | FileCheck %s
; RUN: %opt -passes=sbsan-retag-chains -sbsan-retags-without-child=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan-retag-chains,verify -disable-output %s
; RUN: %opt -passes=sbsan-retag-chains -sbsan-debug -disable-output %s 2>&1 | FileCheck %s --check-prefix=WHY

@__sbsan_arg_slots = external thread_local(initialexec) global [16 x { i64, i64 }]
@site = private constant i8 0

declare i64 @__sbsan_retag(ptr, i64, i64, i32, ptr)
declare void @__sbsan_read8(ptr, i64)
declare void @__sbsan_func_enter(ptr)
declare void @__sbsan_func_exit(ptr)
declare i32 @memcmp(ptr, ptr, i64)
declare i32 @bcmp(ptr, ptr, i64)
declare ptr @memcpy(ptr, ptr, i64)

; Both shared retags only feed bcmp's reads. Each call also reads through
; the other's tag, which is no descendant of its parent: reads through any
; tag must count as harmless, so both get SBSAN_RETAG_PARENT_SHARED too
; (2 | 128 | 256 = 386).
; CHECK-LABEL: define i32 @strings_equal(
; CHECK: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 386, ptr @site)
; CHECK: %rb = call i64 @__sbsan_retag(ptr %b, i64 %n, i64 %tb, i32 386, ptr @site)
; CHECK: store i64 %[[RA:.*]], ptr %tag0
; CHECK: store i64 %[[RB:.*]], ptr %tag1
; CHECK: call i32 @bcmp(
; OFF-LABEL: define i32 @strings_equal(
; OFF: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
; OFF: %rb = call i64 @__sbsan_retag(ptr %b, i64 %n, i64 %tb, i32 2, ptr @site)
define i32 @strings_equal(ptr %a, ptr %b, i64 %n, i64 %ta, i64 %tb) {
entry:
  %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
  %rb = call i64 @__sbsan_retag(ptr %b, i64 %n, i64 %tb, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %va = ptrtoint ptr %a to i64
  %vb = ptrtoint ptr %b to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  %val1 = getelementptr inbounds i8, ptr %slots, i64 16
  %tag1 = getelementptr inbounds i8, ptr %slots, i64 24
  store i64 %va, ptr %slots
  store i64 %ra, ptr %tag0
  store i64 %vb, ptr %val1
  store i64 %rb, ptr %tag1
  %c = call i32 @bcmp(ptr %a, ptr %b, i64 %n)
  store i64 0, ptr %slots
  store i64 0, ptr %val1
  ret i32 %c
}

; The slot is not cleared after the call: a later interceptor could take
; the tag for its own argument. The retag keeps its tag.
; CHECK-LABEL: define i32 @slot_left_set(
; CHECK: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
; WHY: sbsan: slot_left_set: retag {{.*}}%ra = call {{.*}} keeps its tag: its tag is stored, returned or passed on: {{.*}}store i64 %ra
define i32 @slot_left_set(ptr %a, ptr %b, i64 %n, i64 %ta) {
entry:
  %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %va = ptrtoint ptr %a to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  store i64 %va, ptr %slots
  store i64 %ra, ptr %tag0
  %c = call i32 @memcmp(ptr %a, ptr %b, i64 %n)
  ret i32 %c
}

; memcpy writes through its destination: not a read-only function.
; CHECK-LABEL: define void @copy_source(
; CHECK: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
; WHY: sbsan: copy_source: retag {{.*}}%ra = call {{.*}} keeps its tag: its tag is stored, returned or passed on: {{.*}}store i64 %ra
define void @copy_source(ptr %d, ptr %a, i64 %n, i64 %ta) {
entry:
  %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %va = ptrtoint ptr %a to i64
  %val1 = getelementptr inbounds i8, ptr %slots, i64 16
  %tag1 = getelementptr inbounds i8, ptr %slots, i64 24
  store i64 %va, ptr %val1
  store i64 %ra, ptr %tag1
  %r = call ptr @memcpy(ptr %d, ptr %a, i64 %n)
  store i64 0, ptr %val1
  ret void
}

; `String::cmp` inlined after instrumentation: the protected shared retag
; of `self` lives until its frame exits, and memcmp of the bytes (through
; tags loaded from memory) runs before that. Its reads cannot invalidate
; a shared item, so the protected retag is answered too (18 | 128 | 256).
; CHECK-LABEL: define i32 @protected_across_memcmp(
; CHECK: %self = call i64 @__sbsan_retag(ptr %s, i64 24, i64 %ts, i32 402, ptr @site)
; CHECK: %rx = call i64 @__sbsan_retag(ptr %x, i64 %n, i64 %tx, i32 386, ptr @site)
define i32 @protected_across_memcmp(ptr %s, i64 %ts, ptr %x, ptr %y, i64 %n, i64 %tx, i64 %ty, ptr %frame) {
entry:
  call void @__sbsan_func_enter(ptr %frame)
  %self = call i64 @__sbsan_retag(ptr %s, i64 24, i64 %ts, i32 18, ptr @site)
  call void @__sbsan_read8(ptr %s, i64 %self)
  %rx = call i64 @__sbsan_retag(ptr %x, i64 %n, i64 %tx, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %vx = ptrtoint ptr %x to i64
  %vy = ptrtoint ptr %y to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  %val1 = getelementptr inbounds i8, ptr %slots, i64 16
  %tag1 = getelementptr inbounds i8, ptr %slots, i64 24
  store i64 %vx, ptr %slots
  store i64 %rx, ptr %tag0
  store i64 %vy, ptr %val1
  store i64 %ty, ptr %tag1
  %c = call i32 @memcmp(ptr %x, ptr %y, i64 %n)
  store i64 0, ptr %slots
  store i64 0, ptr %val1
  call void @__sbsan_func_exit(ptr %frame)
  ret i32 %c
}

; A Unique retag is answered only if nothing reads through an unrelated
; tag before its last use (such a read would disable a Unique parent):
; memcmp through %ty comes between it and its read.
; CHECK-LABEL: define i32 @unique_across_memcmp(
; CHECK: %u = call i64 @__sbsan_retag(ptr %s, i64 8, i64 %ts, i32 0, ptr @site)
; WHY: sbsan: unique_across_memcmp: retag {{.*}}%u = call {{.*}} keeps its tag: a call before its last use could invalidate it: {{.*}}call i32 @memcmp
define i32 @unique_across_memcmp(ptr %s, i64 %ts, ptr %x, ptr %y, i64 %n, i64 %tx, i64 %ty) {
entry:
  %u = call i64 @__sbsan_retag(ptr %s, i64 8, i64 %ts, i32 0, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %vx = ptrtoint ptr %x to i64
  %vy = ptrtoint ptr %y to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  %val1 = getelementptr inbounds i8, ptr %slots, i64 16
  %tag1 = getelementptr inbounds i8, ptr %slots, i64 24
  store i64 %vx, ptr %slots
  store i64 %tx, ptr %tag0
  store i64 %vy, ptr %val1
  store i64 %ty, ptr %tag1
  %c = call i32 @memcmp(ptr %x, ptr %y, i64 %n)
  store i64 0, ptr %slots
  store i64 0, ptr %val1
  call void @__sbsan_read8(ptr %s, i64 %u)
  ret i32 %c
}

; The optimizer may drop the clear after the call when every path stores
; the next call's tag into the same slot first; a retag hook on the way
; takes no slot. Where one path leaves the function with the slot still
; set, the caller could hand the tag to an interceptor: kept.
; CHECK-LABEL: define i32 @cleared_by_next_call(
; CHECK: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 386, ptr @site)
; CHECK-LABEL: define i32 @set_on_return(
; CHECK: %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
define i32 @cleared_by_next_call(ptr %a, ptr %b, i64 %n, i64 %ta, i64 %tb, i1 %c) {
entry:
  %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %va = ptrtoint ptr %a to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  store i64 %va, ptr %slots
  store i64 %ra, ptr %tag0
  %r = call i32 @memcmp(ptr %a, ptr %b, i64 %n)
  br i1 %c, label %left, label %right
left:
  %rb = call i64 @__sbsan_retag(ptr %b, i64 %n, i64 %tb, i32 2, ptr @site)
  store i64 %rb, ptr %tag0
  call void @other()
  ret i32 %r
right:
  store i64 0, ptr %slots
  call void @other()
  ret i32 %r
}

define i32 @set_on_return(ptr %a, ptr %b, i64 %n, i64 %ta, i1 %c) {
entry:
  %ra = call i64 @__sbsan_retag(ptr %a, i64 %n, i64 %ta, i32 2, ptr @site)
  %slots = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
  %va = ptrtoint ptr %a to i64
  %tag0 = getelementptr inbounds i8, ptr %slots, i64 8
  store i64 %va, ptr %slots
  store i64 %ra, ptr %tag0
  %r = call i32 @memcmp(ptr %a, ptr %b, i64 %n)
  br i1 %c, label %left, label %right
left:
  store i64 0, ptr %slots
  ret i32 %r
right:
  ret i32 %r
}

declare void @other()

declare ptr @llvm.threadlocal.address.p0(ptr)

!sbsan.instrumented = !{}
