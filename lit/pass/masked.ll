; Masked accesses are checked only where the mask is a constant, lane run by
; lane run; gathers, scatters and non-constant masks are skipped and counted
; (checking lanes that are not accessed could report a sound program).
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, <4 x i1>, <4 x i32>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, <4 x i1>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, <4 x i1>, <4 x i32>)

; CHECK-LABEL: define <4 x i32> @masked(ptr %p, <4 x i1> %m, <4 x ptr> %ps)
; Lanes 0-1 and 3 of the load: two runs.
; CHECK: call void @__sbsan_read8(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %[[L3:.*]] = getelementptr i8, ptr %p, i64 12
; CHECK-NEXT: call void @__sbsan_read4(ptr %[[L3]], i64 %sbsan.tag.p)
; CHECK-NEXT: %a = call <4 x i32> @llvm.masked.load
; All lanes of the store.
; CHECK-NEXT: call void @__sbsan_write16(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: call void @llvm.masked.store
; Non-constant mask and gather: nothing.
; CHECK-NEXT: %b = call <4 x i32> @llvm.masked.load
; CHECK-NEXT: %c = call <4 x i32> @llvm.masked.gather
define <4 x i32> @masked(ptr %p, <4 x i1> %m, <4 x ptr> %ps) {
  %a = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> <i1 1, i1 1, i1 0, i1 1>, <4 x i32> zeroinitializer)
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %a, ptr align 4 %p, <4 x i1> <i1 1, i1 1, i1 1, i1 1>)
  %b = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> %m, <4 x i32> %a)
  %c = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> align 4 %ps, <4 x i1> %m, <4 x i32> %b)
  ret <4 x i32> %c
}

; STATS: 2  Masked/gather/scatter accesses not checked
