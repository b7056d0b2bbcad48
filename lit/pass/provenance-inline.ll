; A pointer loaded from an 8-aligned slot reads its provenance inline, with
; the runtime's own check (sbsan_interface.h): the tag at slot ^ 0x100000000000
; counts only if the value at slot ^ 0x400000000000 equals the loaded pointer
; XOR (tag * 0x9e3779b97f4a7c15). A slot that may be misaligned (a smaller
; alignment, or a leaf at an offset that is not a multiple of 8) calls the
; runtime, which refuses misaligned slots.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s --check-prefix=CALL
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define void @aligned(ptr %slot)
; CHECK: %q = load ptr, ptr %slot, align 8
; CHECK-NEXT: %[[A:.*]] = ptrtoint ptr %slot to i64
; CHECK-NEXT: %[[TA:.*]] = xor i64 %[[A]], 17592186044416
; CHECK-NEXT: %[[TP:.*]] = inttoptr i64 %[[TA]] to ptr
; CHECK-NEXT: %[[T:.*]] = load i64, ptr %[[TP]], align 8
; CHECK-NEXT: %[[VA:.*]] = xor i64 %[[A]], 70368744177664
; CHECK-NEXT: %[[VP:.*]] = inttoptr i64 %[[VA]] to ptr
; CHECK-NEXT: %[[V:.*]] = load i64, ptr %[[VP]], align 8
; CHECK-NEXT: %[[M:.*]] = mul i64 %[[T]], -7046029254386353131
; CHECK-NEXT: %[[Q:.*]] = ptrtoint ptr %q to i64
; CHECK-NEXT: %[[E:.*]] = xor i64 %[[Q]], %[[M]]
; CHECK-NEXT: %[[OK:.*]] = icmp eq i64 %[[V]], %[[E]]
; CHECK-NEXT: %[[TAG:.*]] = select i1 %[[OK]], i64 %[[T]], i64 0
; CHECK-NOT: __sbsan_load_ptr
; CHECK: call void @__sbsan_write1(ptr %q, i64 %[[TAG]])
; CALL-LABEL: define void @aligned(ptr %slot)
; CALL: %[[CT:.*]] = call i64 @__sbsan_load_ptr(ptr %slot, ptr %q)
; CALL: call void @__sbsan_write1(ptr %q, i64 %[[CT]])
define void @aligned(ptr %slot) {
  %q = load ptr, ptr %slot, align 8
  store i8 0, ptr %q
  ret void
}

; CHECK-LABEL: define void @underaligned(ptr %slot)
; CHECK: %[[UT:.*]] = call i64 @__sbsan_load_ptr(ptr %slot, ptr %q)
; CHECK: call void @__sbsan_write1(ptr %q, i64 %[[UT]])
define void @underaligned(ptr %slot) {
  %q = load ptr, ptr %slot, align 4
  store i8 0, ptr %q
  ret void
}

; The first leaf is at offset 0 of an 8-aligned slot, the second at 12.
; CHECK-LABEL: define void @packed(ptr %slot)
; CHECK: %l = load <{ ptr, i32, ptr }>, ptr %slot, align 8
; CHECK-NOT: call i64 @__sbsan_load_ptr(ptr %slot
; CHECK: %[[O:.*]] = getelementptr inbounds i8, ptr %slot, i64 12
; CHECK-NEXT: %[[B:.*]] = extractvalue <{ ptr, i32, ptr }> %l, 2
; CHECK-NEXT: call i64 @__sbsan_load_ptr(ptr %[[O]], ptr %[[B]])
define void @packed(ptr %slot) {
  %l = load <{ ptr, i32, ptr }>, ptr %slot, align 8
  %a = extractvalue <{ ptr, i32, ptr }> %l, 0
  %b = extractvalue <{ ptr, i32, ptr }> %l, 2
  store i8 0, ptr %a
  store i8 0, ptr %b
  ret void
}
