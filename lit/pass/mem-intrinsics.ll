; memcpy/memmove: read the source and write the destination with their own
; tags, then copy the provenance of the pointers they held; memset: write
; and clear provenance. Lengths are passed through; constant sizes with a
; sized hook use it.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr, ptr, i64, i32)

; CHECK-LABEL: define void @copy(ptr %d, ptr %s, i64 %n)
; CHECK: call void @__sbsan_read(ptr %s, i64 %n, i64 %sbsan.tag.s)
; CHECK-NEXT: call void @__sbsan_write(ptr %d, i64 %n, i64 %sbsan.tag.d)
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
; CHECK-NEXT: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 %n)
; CHECK: call void @__sbsan_read16(ptr %s, i64 %sbsan.tag.s)
; CHECK-NEXT: call void @__sbsan_write16(ptr %d, i64 %sbsan.tag.d)
; CHECK-NEXT: call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
; CHECK-NEXT: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 16)
; CHECK: call void @__sbsan_write(ptr %d, i64 100, i64 %sbsan.tag.d)
; CHECK-NEXT: call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 100, i1 false)
; CHECK-NEXT: call void @__sbsan_clear_provenance(ptr %d, i64 100)
; CHECK: call void @__sbsan_read(ptr %s, i64 %n, i64 %sbsan.tag.s)
; CHECK-NEXT: call void @__sbsan_write(ptr %d, i64 %n, i64 %sbsan.tag.d)
; CHECK-NEXT: call void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 %n, i32 4)
; CHECK-NEXT: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 %n)
define void @copy(ptr %d, ptr %s, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 100, i1 false)
  call void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 %n, i32 4)
  ret void
}

; A zero-length copy checks nothing, but still copies (no) provenance.
; CHECK-LABEL: define void @zero(ptr %d, ptr %s)
; CHECK-NOT: __sbsan_read
; CHECK-NOT: __sbsan_write
; CHECK: call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 0, i1 false)
define void @zero(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 0, i1 false)
  ret void
}

; The source here is a global (root tag 2), the destination a local that
; does not escape (wildcard: not checked, and never read as pointers, so no
; provenance either).
@g = global [4 x i32] zeroinitializer
; CHECK-LABEL: define i32 @from_global()
; CHECK: call void @__sbsan_read16(ptr @g, i64 2)
; CHECK-NOT: __sbsan_write
; CHECK-NOT: __sbsan_copy_provenance
; CHECK: ret i32
define i32 @from_global() {
  %buf = alloca [4 x i32]
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @g, i64 16, i1 false)
  %v = load i32, ptr %buf
  ret i32 %v
}
