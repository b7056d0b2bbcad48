; Pointers kept in allocas that do not escape: their tags live in a shadow
; alloca of {value, tag} pairs (plain loads and stores, same value check),
; not in the runtime. Allocas that never give a pointer back (debug spills)
; need no provenance at all. Allocas whose pointers move with memcpy keep
; using the runtime.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-local-provenance=false -sbsan-inline-fast-path=false -sbsan-inline-pointer-loads=false -S %s | FileCheck %s --check-prefix=RT
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: define i32 @local(ptr %p)
; CHECK: %[[SH:slot.sbsan.prov]] = alloca [2 x { i64, i64 }], align 8
; CHECK-NEXT: %slot = alloca [16 x i8]
; CHECK: call void @llvm.memset.p0.i64(ptr align 8 %[[SH]], i8 0, i64 32, i1 false)
; CHECK: store ptr %p, ptr %f1
; CHECK-NEXT: %[[V:.*]] = getelementptr inbounds [2 x { i64, i64 }], ptr %[[SH]], i32 0, i32 1, i32 0
; CHECK-NEXT: %[[T:.*]] = getelementptr inbounds [2 x { i64, i64 }], ptr %[[SH]], i32 0, i32 1, i32 1
; CHECK-NEXT: %[[PI:.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT: store i64 %[[PI]], ptr %[[V]]
; CHECK-NEXT: store i64 %sbsan.tag.p, ptr %[[T]]
; CHECK: %q = load ptr, ptr %f1
; CHECK-NEXT: %[[LV:.*]] = getelementptr inbounds [2 x { i64, i64 }], ptr %[[SH]], i32 0, i32 1, i32 0
; CHECK-NEXT: %[[LT:.*]] = getelementptr inbounds [2 x { i64, i64 }], ptr %[[SH]], i32 0, i32 1, i32 1
; CHECK-NEXT: %[[RV:.*]] = load i64, ptr %[[LV]]
; CHECK-NEXT: %[[RTAG:.*]] = load i64, ptr %[[LT]]
; CHECK-NEXT: %[[QI:.*]] = ptrtoint ptr %q to i64
; CHECK-NEXT: %[[EQ:.*]] = icmp eq i64 %[[RV]], %[[QI]]
; CHECK-NEXT: %[[QT:.*]] = select i1 %[[EQ]], i64 %[[RTAG]], i64 0
; CHECK-NEXT: call void @__sbsan_read4(ptr %q, i64 %[[QT]])
; CHECK-NOT: __sbsan_store_ptr
; CHECK-NOT: __sbsan_load_ptr
; CHECK: ret i32
; RT-LABEL: define i32 @local(ptr %p)
; RT: call void @__sbsan_store_ptr(ptr %f1, ptr %p, i64 %sbsan.tag.p)
; RT: call i64 @__sbsan_load_ptr(ptr %f1, ptr %q)
define i32 @local(ptr %p) {
  %slot = alloca [16 x i8]
  %f1 = getelementptr inbounds i8, ptr %slot, i64 8
  store ptr %p, ptr %f1
  %q = load ptr, ptr %f1
  %v = load i32, ptr %q
  ret i32 %v
}

; A debug-info spill: stored, never loaded as a pointer.
; CHECK-LABEL: define void @spill(ptr %p)
; CHECK-NOT: sbsan.prov
; CHECK-NOT: __sbsan_store_ptr
; CHECK: store ptr %p, ptr %p.spill
; CHECK-NEXT: ret void
define void @spill(ptr %p) {
  %p.spill = alloca ptr
  store ptr %p, ptr %p.spill
  ret void
}

; Pointers arriving by memcpy: the runtime shadow (which the copy updates).
; CHECK-LABEL: define i8 @moved(ptr %src)
; CHECK: call void @__sbsan_copy_provenance(ptr %tmp, ptr %src, i64 16)
; CHECK: %q = load ptr, ptr %tmp
; CHECK-NEXT: %[[T:.*]] = call i64 @__sbsan_load_ptr(ptr %tmp, ptr %q)
; CHECK-NEXT: call void @__sbsan_read1(ptr %q, i64 %[[T]])
define i8 @moved(ptr %src) {
  %tmp = alloca [16 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %tmp, ptr %src, i64 16, i1 false)
  %q = load ptr, ptr %tmp
  %v = load i8, ptr %q
  ret i8 %v
}
