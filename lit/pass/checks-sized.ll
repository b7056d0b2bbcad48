; Every load and store is checked with exactly its size and its pointer's
; tag: sized hooks for 1, 2, 4, 8 and 16 bytes, the generic ones otherwise.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

; CHECK-LABEL: define void @sizes(ptr %p)
; CHECK: %[[T:sbsan.tag.p]] = select i1 %{{.*}}, i64 %sbsan.arg.tag, i64 0
; CHECK: call void @__sbsan_read1(ptr %p, i64 %[[T]])
; CHECK-NEXT: load i8, ptr %p
; CHECK: call void @__sbsan_read2(ptr %p, i64 %[[T]])
; CHECK-NEXT: load i16, ptr %p
; CHECK: call void @__sbsan_read4(ptr %p, i64 %[[T]])
; CHECK-NEXT: load float, ptr %p
; CHECK: call void @__sbsan_read8(ptr %p, i64 %[[T]])
; CHECK-NEXT: load i64, ptr %p
; CHECK: call void @__sbsan_read16(ptr %p, i64 %[[T]])
; CHECK-NEXT: load i128, ptr %p
; CHECK: call void @__sbsan_read(ptr %p, i64 3, i64 %[[T]])
; CHECK-NEXT: load i24, ptr %p
; CHECK: call void @__sbsan_read(ptr %p, i64 32, i64 %[[T]])
; CHECK-NEXT: load <8 x i32>, ptr %p
; CHECK: call void @__sbsan_read(ptr %p, i64 12, i64 %[[T]])
; CHECK-NEXT: load { i32, i64 }
; CHECK: call void @__sbsan_write1(ptr %p, i64 %[[T]])
; CHECK-NEXT: store i1 true, ptr %p
; CHECK: call void @__sbsan_write2(ptr %p, i64 %[[T]])
; CHECK-NEXT: store half
; CHECK: call void @__sbsan_write4(ptr %p, i64 %[[T]])
; CHECK-NEXT: store i32 7
; CHECK: call void @__sbsan_write8(ptr %p, i64 %[[T]])
; CHECK-NEXT: store double
; CHECK: call void @__sbsan_write16(ptr %p, i64 %[[T]])
; CHECK-NEXT: store <4 x i32>
; CHECK: call void @__sbsan_write(ptr %p, i64 10, i64 %[[T]])
; CHECK-NEXT: store x86_fp80
; CHECK: call void @__sbsan_write(ptr %p, i64 5, i64 %[[T]])
; CHECK-NEXT: store i40
; CHECK: ret void
define void @sizes(ptr %p) {
  %a = load i8, ptr %p
  %b = load i16, ptr %p
  %c = load float, ptr %p
  %d = load i64, ptr %p
  %e = load i128, ptr %p
  %f = load i24, ptr %p
  %g = load <8 x i32>, ptr %p
  %h = load { i32, i64 }, ptr %p, align 4
  store i1 true, ptr %p
  store half 1.0, ptr %p
  store i32 7, ptr %p
  store double 1.0, ptr %p
  store <4 x i32> zeroinitializer, ptr %p
  store x86_fp80 0xK3FFF8000000000000000, ptr %p
  store i40 5, ptr %p
  ret void
}

; Volatile accesses are accesses too.
; CHECK-LABEL: define void @volatile(ptr %q)
; CHECK: call void @__sbsan_write4(ptr %q, i64 %sbsan.tag.q)
; CHECK-NEXT: store volatile i32 1, ptr %q
define void @volatile(ptr %q) {
  store volatile i32 1, ptr %q
  ret void
}
