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

; A copy of whole 8-byte slots, at most 32 bytes and 8-aligned on both
; sides, moves its provenance inline: every source slot's tag and check
; word (at addr ^ 0x100000000000 and addr ^ 0x400000000000) is loaded
; before any destination slot is written, so an overlapping memmove moves
; the old values. A slot without a tag leaves the destination's check word
; alone: its check word goes to the tag's slot, which the tag overwrites. Larger, misaligned, partial-slot or variable copies
; call the runtime.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=INLINE
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -sbsan-inline-provenance-copies=false -S %s | FileCheck %s --check-prefix=CALL
; INLINE-LABEL: define void @small_aligned(ptr %d, ptr %s, i64 %n)
; INLINE: call void @llvm.memmove.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 16, i1 false)
; INLINE-NEXT: %[[D:[0-9]+]] = ptrtoint ptr %d to i64
; INLINE-NEXT: %[[S:[0-9]+]] = ptrtoint ptr %s to i64
; INLINE-NEXT: %[[X0:[0-9]+]] = xor i64 %[[S]], 17592186044416
; INLINE-NEXT: %[[P0:[0-9]+]] = inttoptr i64 %[[X0]] to ptr
; INLINE-NEXT: %[[T0:.+]] = load i64, ptr %[[P0]], align 8
; INLINE-NEXT: %[[X1:[0-9]+]] = xor i64 %[[S]], 70368744177664
; INLINE-NEXT: %[[P1:[0-9]+]] = inttoptr i64 %[[X1]] to ptr
; INLINE-NEXT: %[[V0:.+]] = load i64, ptr %[[P1]], align 8
; INLINE-NEXT: %[[S8:[0-9]+]] = add i64 %[[S]], 8
; INLINE-NEXT: %[[X2:[0-9]+]] = xor i64 %[[S8]], 17592186044416
; INLINE-NEXT: %[[P2:[0-9]+]] = inttoptr i64 %[[X2]] to ptr
; INLINE-NEXT: %[[T1:.+]] = load i64, ptr %[[P2]], align 8
; INLINE-NEXT: %[[S8B:[0-9]+]] = add i64 %[[S]], 8
; INLINE-NEXT: %[[X3:[0-9]+]] = xor i64 %[[S8B]], 70368744177664
; INLINE-NEXT: %[[P3:[0-9]+]] = inttoptr i64 %[[X3]] to ptr
; INLINE-NEXT: %[[V1:.+]] = load i64, ptr %[[P3]], align 8
; INLINE-NEXT: %[[X4:[0-9]+]] = xor i64 %[[D]], 17592186044416
; INLINE-NEXT: %[[TS0:[0-9]+]] = inttoptr i64 %[[X4]] to ptr
; INLINE-NEXT: %[[X5:[0-9]+]] = xor i64 %[[D]], 70368744177664
; INLINE-NEXT: %[[VS0:[0-9]+]] = inttoptr i64 %[[X5]] to ptr
; INLINE-NEXT: %[[NONE0:[0-9]+]] = icmp eq i64 %[[T0]], 0
; INLINE-NEXT: %[[CS0:[0-9]+]] = select i1 %[[NONE0]], ptr %[[TS0]], ptr %[[VS0]]
; INLINE-NEXT: store i64 %[[V0]], ptr %[[CS0]], align 8
; INLINE-NEXT: store i64 %[[T0]], ptr %[[TS0]], align 8
; INLINE: icmp eq i64 %[[T1]], 0
; INLINE: store i64 %[[V1]], ptr
; INLINE-NEXT: store i64 %[[T1]], ptr
; INLINE-NOT: __sbsan_copy_provenance(ptr %d, ptr %s, i64 16)
; INLINE: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 40)
; INLINE: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 16)
; INLINE: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 12)
; INLINE: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 %n)
; INLINE: ret void
; CALL-LABEL: define void @small_aligned(ptr %d, ptr %s, i64 %n)
; CALL: call void @__sbsan_copy_provenance(ptr %d, ptr %s, i64 16)
define void @small_aligned(ptr %d, ptr %s, i64 %n) {
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 4 %s, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 %n, i1 false)
  ret void
}
