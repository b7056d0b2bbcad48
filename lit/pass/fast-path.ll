; The inline fast path of sbsan_interface.h: the shadow word at
; (addr ^ 0x500000000000) & ~7 answers the access without a call when it is
; 0 or when (top ^ tag << 2) is below 3 (read) or 2 (write), where top is
; the word itself or, for a run's granule (low bits 3, not 3 itself), the
; word at (word & ~3). Only accesses that stay inside one 8-byte granule
; (size <= min(align, 8)) get it.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=NOFAST

; CHECK-LABEL: define i32 @read4(ptr %p)
; CHECK: store i64 0, ptr
; CHECK-NEXT: %[[A:.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT: %[[X:.*]] = xor i64 %[[A]], 87960930222080
; CHECK-NEXT: %[[M:.*]] = and i64 %[[X]], -8
; CHECK-NEXT: %[[SP:.*]] = inttoptr i64 %[[M]] to ptr
; CHECK-NEXT: %[[W0:.*]] = load i64, ptr %[[SP]], align 8
; CHECK-NEXT: %[[LB:.*]] = and i64 %[[W0]], 3
; CHECK-NEXT: %[[L3:.*]] = icmp eq i64 %[[LB]], 3
; CHECK-NEXT: %[[N3:.*]] = icmp ne i64 %[[W0]], 3
; CHECK-NEXT: %[[ISR:.*]] = and i1 %[[L3]], %[[N3]]
; CHECK-NEXT: %[[RT:.*]] = and i64 %[[W0]], -4
; CHECK-NEXT: %[[TA:.*]] = select i1 %[[ISR]], i64 %[[RT]], i64 %[[M]]
; CHECK-NEXT: %[[TP:.*]] = inttoptr i64 %[[TA]] to ptr
; CHECK-NEXT: %[[W:.*]] = load i64, ptr %[[TP]], align 8
; CHECK-NEXT: %[[Z:.*]] = icmp eq i64 %[[W]], 0
; CHECK-NEXT: %[[S:.*]] = shl i64 %sbsan.tag.p, 2
; CHECK-NEXT: %[[D:.*]] = xor i64 %[[W]], %[[S]]
; CHECK-NEXT: %[[LT:.*]] = icmp ult i64 %[[D]], 3
; CHECK-NEXT: %[[OK:.*]] = or i1 %[[Z]], %[[LT]]
; CHECK-NEXT: %[[SLOW:.*]] = xor i1 %[[OK]], true
; CHECK-NEXT: br i1 %[[SLOW]], label %[[CALL:.*]], label %[[CONT:.*]], !prof
; CHECK: [[CALL]]:
; CHECK-NEXT: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: br label %[[CONT]]
; CHECK: [[CONT]]:
; CHECK-NEXT: %v = load i32, ptr %p, align 4
; NOFAST-LABEL: define i32 @read4(ptr %p)
; NOFAST-NOT: sbsan.word
; NOFAST: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; NOFAST-NEXT: %v = load i32, ptr %p, align 4
define i32 @read4(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

; Writes need the top item to be Unique or SharedReadWrite: below 2.
; CHECK-LABEL: define void @write8(ptr %p)
; CHECK: icmp ult i64 %{{.*}}, 2
; CHECK: call void @__sbsan_write8(ptr %p, i64 %sbsan.tag.p)
define void @write8(ptr %p) {
  store i64 0, ptr %p, align 8
  ret void
}

; An 8-byte access with 4-byte alignment may straddle two granules; a
; 16-byte access always does: both call the runtime unconditionally.
; CHECK-LABEL: define void @straddle(ptr %p)
; CHECK-NOT: sbsan.word
; CHECK: call void @__sbsan_read8(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: load i64, ptr %p, align 4
; CHECK-NEXT: call void @__sbsan_write16(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: store i128 0, ptr %p, align 16
; CHECK-NEXT: ret void
define void @straddle(ptr %p) {
  %v = load i64, ptr %p, align 4
  store i128 0, ptr %p, align 16
  ret void
}

; A 2-byte access aligned to 2 stays in one granule.
; CHECK-LABEL: define void @small(ptr %p)
; CHECK: sbsan.word
; CHECK: call void @__sbsan_write2(ptr %p, i64 %sbsan.tag.p)
define void @small(ptr %p) {
  store i16 0, ptr %p, align 2
  ret void
}
