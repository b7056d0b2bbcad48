; Pointers stored to memory record their tag in the runtime's provenance
; shadow; loading a pointer asks for it back with the loaded value (the
; runtime's value check turns a stale record into the wildcard). Pointer
; leaves of aggregates use their own offsets. Vectors of pointers are not
; tracked: their store clears the slots' old records.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-track-provenance=false -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define void @store_load(ptr %slot, ptr %p)
; CHECK: store ptr %p, ptr %slot
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %slot, ptr %p, i64 %sbsan.tag.p)
; CHECK: %q = load ptr, ptr %slot
; CHECK-NEXT: %[[T:.*]] = call i64 @__sbsan_load_ptr(ptr %slot, ptr %q)
; CHECK: call void @__sbsan_write1(ptr %q, i64 %[[T]])
; OFF-LABEL: define void @store_load(ptr %slot, ptr %p)
; OFF-NOT: __sbsan_store_ptr
; OFF-NOT: __sbsan_load_ptr
; OFF: ret void
define void @store_load(ptr %slot, ptr %p) {
  store ptr %p, ptr %slot
  %q = load ptr, ptr %slot
  store i8 0, ptr %q
  ret void
}

; A loaded pointer nobody uses needs no tag: no provenance call.
; CHECK-LABEL: define void @unused(ptr %slot)
; CHECK-NOT: __sbsan_load_ptr
; CHECK: ret void
define void @unused(ptr %slot) {
  %q = load ptr, ptr %slot
  ret void
}

; CHECK-LABEL: define void @aggregate(ptr %slot, ptr %a, ptr %b)
; CHECK: store { ptr, i64, ptr } %s2, ptr %slot
; CHECK-NEXT: %[[A:.*]] = extractvalue { ptr, i64, ptr } %s2, 0
; CHECK-NEXT: %[[TA:.*]] = extractvalue { i64, {}, i64 } %{{.*}}, 0
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %slot, ptr %[[A]], i64 %[[TA]])
; CHECK-NEXT: %[[O:.*]] = getelementptr inbounds i8, ptr %slot, i64 16
; CHECK-NEXT: %[[B:.*]] = extractvalue { ptr, i64, ptr } %s2, 2
; CHECK-NEXT: %[[TB:.*]] = extractvalue { i64, {}, i64 } %{{.*}}, 2
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %[[O]], ptr %[[B]], i64 %[[TB]])
; CHECK: %l = load { ptr, i64, ptr }, ptr %slot
; CHECK-NEXT: %[[LA:.*]] = extractvalue { ptr, i64, ptr } %l, 0
; CHECK-NEXT: %[[LTA:.*]] = call i64 @__sbsan_load_ptr(ptr %slot, ptr %[[LA]])
; CHECK: %[[LO:.*]] = getelementptr inbounds i8, ptr %slot, i64 16
; CHECK-NEXT: %[[LB:.*]] = extractvalue { ptr, i64, ptr } %l, 2
; CHECK-NEXT: %[[LTB:.*]] = call i64 @__sbsan_load_ptr(ptr %[[LO]], ptr %[[LB]])
; CHECK-NEXT: %[[AGG:.*]] = insertvalue { i64, {}, i64 } %{{.*}}, i64 %[[LTB]], 2
; CHECK: %[[XT:.*]] = extractvalue { i64, {}, i64 } %[[AGG]], 2
; CHECK-NEXT: call void @__sbsan_write4(ptr %x, i64 %[[XT]])
define void @aggregate(ptr %slot, ptr %a, ptr %b) {
  %s0 = insertvalue { ptr, i64, ptr } poison, ptr %a, 0
  %s1 = insertvalue { ptr, i64, ptr } %s0, i64 3, 1
  %s2 = insertvalue { ptr, i64, ptr } %s1, ptr %b, 2
  store { ptr, i64, ptr } %s2, ptr %slot
  %l = load { ptr, i64, ptr }, ptr %slot
  %x = extractvalue { ptr, i64, ptr } %l, 2
  store i32 0, ptr %x
  ret void
}

; CHECK-LABEL: define void @vector(ptr %slot, <2 x ptr> %v)
; CHECK: store <2 x ptr> %v, ptr %slot
; CHECK-NEXT: call void @__sbsan_clear_provenance(ptr %slot, i64 16)
define void @vector(ptr %slot, <2 x ptr> %v) {
  store <2 x ptr> %v, ptr %slot
  ret void
}
