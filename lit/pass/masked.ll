; Masked and vector-predicated accesses are checked lane by lane, never a
; byte more than they access: constant masks give one check per run of
; enabled lanes, other masks one check per lane under its (frozen) mask bit;
; gathers and scatters check each lane's pointer with the tag of the scalar
; pointer it was computed from; expandload/compressstore check popcount(mask)
; consecutive elements. Scalable vectors, sub-byte lanes and lanes of unknown
; origin are skipped and counted.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -S %s | FileCheck %s --check-prefix=FAST
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan,verify -disable-output %s
; RUN: %opt -passes=sbsan,verify -sbsan-inline-fast-path=false -disable-output %s

declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, <4 x i1>, <4 x i32>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, <4 x i1>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, <4 x i1>, <4 x i32>)
declare void @llvm.masked.scatter.v4i32.v4p0(<4 x i32>, <4 x ptr>, <4 x i1>)
declare <2 x i64> @llvm.masked.gather.v2i64.v2p0(<2 x ptr>, <2 x i1>, <2 x i64>)
declare <4 x i32> @llvm.masked.expandload.v4i32(ptr, <4 x i1>, <4 x i32>)
declare void @llvm.masked.compressstore.v4i32(<4 x i32>, ptr, <4 x i1>)
declare <4 x i32> @llvm.vp.load.v4i32.p0(ptr, <4 x i1>, i32)
declare void @llvm.vp.store.v4i32.p0(<4 x i32>, ptr, <4 x i1>, i32)
declare <vscale x 4 x i32> @llvm.masked.load.nxv4i32.p0(ptr, <vscale x 4 x i1>, <vscale x 4 x i32>)
declare <8 x i1> @llvm.masked.load.v8i1.p0(ptr, <8 x i1>, <8 x i1>)

; CHECK-LABEL: define <4 x i32> @constant_mask(ptr %p)
; Lanes 0-1 and 3 of the load: two runs.
; CHECK: call void @__sbsan_read8(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %[[L3:.*]] = getelementptr i8, ptr %p, i64 12
; CHECK-NEXT: call void @__sbsan_read4(ptr %[[L3]], i64 %sbsan.tag.p)
; CHECK-NEXT: %a = call <4 x i32> @llvm.masked.load
; All lanes of the store.
; CHECK-NEXT: call void @__sbsan_write16(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: call void @llvm.masked.store
; An undef lane is neither checked nor merged into a run: lanes 0 and 2.
; CHECK-NEXT: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %[[U2:.*]] = getelementptr i8, ptr %p, i64 8
; CHECK-NEXT: call void @__sbsan_read4(ptr %[[U2]], i64 %sbsan.tag.p)
; CHECK-NEXT: %u = call <4 x i32> @llvm.masked.load
define <4 x i32> @constant_mask(ptr %p) {
  %a = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> <i1 1, i1 1, i1 0, i1 1>, <4 x i32> zeroinitializer)
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %a, ptr align 4 %p, <4 x i1> <i1 1, i1 1, i1 1, i1 1>)
  %u = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> <i1 1, i1 undef, i1 1, i1 0>, <4 x i32> %a)
  ret <4 x i32> %u
}

; A mask known only at run time: every lane is checked on its own, only if
; its (frozen) mask bit is set.
; CHECK-LABEL: define <4 x i32> @dynamic_mask(ptr %p, <4 x i1> %m)
; CHECK: %[[M:sbsan.mask]] = freeze <4 x i1> %m
; CHECK-NEXT: %[[B0:.*]] = extractelement <4 x i1> %[[M]], i64 0
; CHECK-NEXT: %[[B1:.*]] = extractelement <4 x i1> %[[M]], i64 1
; CHECK-NEXT: %[[B2:.*]] = extractelement <4 x i1> %[[M]], i64 2
; CHECK-NEXT: %[[B3:.*]] = extractelement <4 x i1> %[[M]], i64 3
; CHECK-NEXT: br i1 %[[B0]], label %[[T0:.*]], label %[[J0:.*]]
; CHECK: [[T0]]:
; CHECK-NEXT: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: br label %[[J0]]
; CHECK: [[J0]]:
; CHECK-NEXT: %[[A1:.*]] = getelementptr i8, ptr %p, i64 4
; CHECK-NEXT: br i1 %[[B1]], label %[[T1:.*]], label %[[J1:.*]]
; CHECK: [[T1]]:
; CHECK-NEXT: call void @__sbsan_read4(ptr %[[A1]], i64 %sbsan.tag.p)
; CHECK: %[[A2:.*]] = getelementptr i8, ptr %p, i64 8
; CHECK-NEXT: br i1 %[[B2]]
; CHECK: call void @__sbsan_read4(ptr %[[A2]], i64 %sbsan.tag.p)
; CHECK: %[[A3:.*]] = getelementptr i8, ptr %p, i64 12
; CHECK-NEXT: br i1 %[[B3]]
; CHECK: call void @__sbsan_read4(ptr %[[A3]], i64 %sbsan.tag.p)
; CHECK-NOT: __sbsan_read
; CHECK: %b = call <4 x i32> @llvm.masked.load
; The store: four guarded writes of 4 bytes.
; CHECK: extractelement <4 x i1> %{{.*}}, i64 3
; CHECK-NEXT: br i1
; CHECK-COUNT-4: call void @__sbsan_write4(
; CHECK-NOT: __sbsan_write
; CHECK: call void @llvm.masked.store
define <4 x i32> @dynamic_mask(ptr %p, <4 x i1> %m) {
  %b = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> %m, <4 x i32> zeroinitializer)
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %b, ptr align 4 %p, <4 x i1> %m)
  ret <4 x i32> %b
}

; With the fast path, each lane's inline shadow test sits inside the lane's
; branch; the call only runs when the test fails.
; FAST-LABEL: define <4 x i32> @dynamic_mask(
; FAST: br i1 %sbsan.lane.on, label %[[T:.*]], label
; FAST: [[T]]:
; FAST-NEXT: ptrtoint ptr %p to i64
; FAST: %sbsan.word = load i64
; FAST: br i1 %sbsan.slow, label %[[S:.*]], label
; FAST: [[S]]:
; FAST-NEXT: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)

; A gather through a vector GEP of a scalar pointer: each lane's own pointer,
; with the scalar's tag, under its mask bit. The scatter's constant mask
; enables lanes 0 and 2 only, without branches.
; CHECK-LABEL: define <4 x i32> @gather_scatter(ptr %p, <4 x i1> %m, <4 x i64> %idx)
; CHECK: %ps = getelementptr i32, ptr %p, <4 x i64> %idx
; CHECK-NEXT: %[[GM:.*]] = freeze <4 x i1> %m
; CHECK-NEXT: %[[G0:.*]] = extractelement <4 x i1> %[[GM]], i64 0
; CHECK-NEXT: %[[P0:.*]] = extractelement <4 x ptr> %ps, i64 0
; CHECK-NEXT: br i1 %[[G0]], label %[[GT0:.*]], label
; CHECK: [[GT0]]:
; CHECK-NEXT: call void @__sbsan_read4(ptr %[[P0]], i64 %sbsan.tag.p)
; CHECK: %[[P3:.*]] = extractelement <4 x ptr> %ps, i64 3
; CHECK-NEXT: br i1
; CHECK: call void @__sbsan_read4(ptr %[[P3]], i64 %sbsan.tag.p)
; CHECK: %c = call <4 x i32> @llvm.masked.gather
; CHECK-NEXT: %[[S0:.*]] = extractelement <4 x ptr> %ps, i64 0
; CHECK-NEXT: call void @__sbsan_write4(ptr %[[S0]], i64 %sbsan.tag.p)
; CHECK-NEXT: %[[S2:.*]] = extractelement <4 x ptr> %ps, i64 2
; CHECK-NEXT: call void @__sbsan_write4(ptr %[[S2]], i64 %sbsan.tag.p)
; CHECK-NEXT: call void @llvm.masked.scatter
define <4 x i32> @gather_scatter(ptr %p, <4 x i1> %m, <4 x i64> %idx) {
  %ps = getelementptr i32, ptr %p, <4 x i64> %idx
  %c = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> align 4 %ps, <4 x i1> %m, <4 x i32> zeroinitializer)
  call void @llvm.masked.scatter.v4i32.v4p0(<4 x i32> %c, <4 x ptr> align 4 %ps, <4 x i1> <i1 1, i1 0, i1 1, i1 0>)
  ret <4 x i32> %c
}

; Lane origins through a splat (insertelement + shufflevector) and a GEP of
; it, and through an insertelement chain of two different pointers: each
; lane gets the tag of its own scalar.
; CHECK-LABEL: define <2 x i64> @lane_origins(ptr %p, ptr %q, <2 x i64> %idx)
; CHECK: %[[X0:.*]] = extractelement <2 x ptr> %g, i64 0
; CHECK-NEXT: call void @__sbsan_read8(ptr %[[X0]], i64 %sbsan.tag.p)
; CHECK-NEXT: %[[X1:.*]] = extractelement <2 x ptr> %g, i64 1
; CHECK-NEXT: call void @__sbsan_read8(ptr %[[X1]], i64 %sbsan.tag.p)
; CHECK-NEXT: %r = call <2 x i64> @llvm.masked.gather
; CHECK: %pq = insertelement
; CHECK-NEXT: %[[Y0:.*]] = extractelement <2 x ptr> %pq, i64 0
; CHECK-NEXT: call void @__sbsan_read8(ptr %[[Y0]], i64 %sbsan.tag.p)
; CHECK-NEXT: %[[Y1:.*]] = extractelement <2 x ptr> %pq, i64 1
; CHECK-NEXT: call void @__sbsan_read8(ptr %[[Y1]], i64 %sbsan.tag.q)
; CHECK-NEXT: %s = call <2 x i64> @llvm.masked.gather
define <2 x i64> @lane_origins(ptr %p, ptr %q, <2 x i64> %idx) {
  %ins = insertelement <2 x ptr> poison, ptr %p, i64 0
  %splat = shufflevector <2 x ptr> %ins, <2 x ptr> poison, <2 x i32> zeroinitializer
  %g = getelementptr i64, <2 x ptr> %splat, <2 x i64> %idx
  %r = call <2 x i64> @llvm.masked.gather.v2i64.v2p0(<2 x ptr> align 8 %g, <2 x i1> <i1 1, i1 1>, <2 x i64> zeroinitializer)
  %pq0 = insertelement <2 x ptr> poison, ptr %p, i64 0
  %pq = insertelement <2 x ptr> %pq0, ptr %q, i64 1
  %s = call <2 x i64> @llvm.masked.gather.v2i64.v2p0(<2 x ptr> align 8 %pq, <2 x i1> <i1 1, i1 1>, <2 x i64> %r)
  ret <2 x i64> %s
}

; A vector of pointers of unknown origin (an argument): its lanes are
; wildcards, which the runtime grants, so nothing is checked (counted).
; CHECK-LABEL: define <4 x i32> @unknown_origin(<4 x ptr> %ps, <4 x i1> %m)
; CHECK-NOT: __sbsan_read
; CHECK: ret <4 x i32>
define <4 x i32> @unknown_origin(<4 x ptr> %ps, <4 x i1> %m) {
  %c = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> align 4 %ps, <4 x i1> %m, <4 x i32> zeroinitializer)
  ret <4 x i32> %c
}

; Expand/compress: popcount(mask) consecutive elements from the pointer, one
; check of dynamic size (of 12 bytes for a constant mask with three bits).
; CHECK-LABEL: define <4 x i32> @expand_compress(ptr %p, <4 x i1> %m)
; CHECK: %[[EM:.*]] = freeze <4 x i1> %m
; CHECK-NEXT: %[[BITS:.*]] = bitcast <4 x i1> %[[EM]] to i4
; CHECK-NEXT: %[[POP:.*]] = call i4 @llvm.ctpop.i4(i4 %[[BITS]])
; CHECK-NEXT: %[[N:.*]] = zext i4 %[[POP]] to i64
; CHECK-NEXT: %[[SZ:.*]] = mul i64 %[[N]], 4
; CHECK-NEXT: call void @__sbsan_read(ptr %p, i64 %[[SZ]], i64 %sbsan.tag.p)
; CHECK-NEXT: %e = call <4 x i32> @llvm.masked.expandload
; CHECK-NEXT: call void @__sbsan_write(ptr %p, i64 12, i64 %sbsan.tag.p)
; CHECK-NEXT: call void @llvm.masked.compressstore
; CHECK-NEXT: call void @llvm.masked.compressstore
; CHECK-NEXT: ret
define <4 x i32> @expand_compress(ptr %p, <4 x i1> %m) {
  %e = call <4 x i32> @llvm.masked.expandload.v4i32(ptr align 4 %p, <4 x i1> %m, <4 x i32> zeroinitializer)
  call void @llvm.masked.compressstore.v4i32(<4 x i32> %e, ptr align 4 %p, <4 x i1> <i1 1, i1 0, i1 1, i1 1>)
  call void @llvm.masked.compressstore.v4i32(<4 x i32> %e, ptr align 4 %p, <4 x i1> zeroinitializer)
  ret <4 x i32> %e
}

; vp.load with an all-true mask: the first min(evl, 4) lanes. vp.store with
; a mask: lane L only if its bit is set and L < evl.
; CHECK-LABEL: define <4 x i32> @vp(ptr %p, <4 x i1> %m, i32 %n)
; CHECK: %[[E:.*]] = freeze i32 %n
; CHECK-NEXT: %[[MIN:.*]] = call i32 @llvm.umin.i32(i32 %[[E]], i32 4)
; CHECK-NEXT: %[[MIN64:.*]] = zext i32 %[[MIN]] to i64
; CHECK-NEXT: %[[VSZ:.*]] = mul i64 %[[MIN64]], 4
; CHECK-NEXT: call void @__sbsan_read(ptr %p, i64 %[[VSZ]], i64 %sbsan.tag.p)
; CHECK-NEXT: %v = call <4 x i32> @llvm.vp.load
; CHECK-NEXT: %[[VM:.*]] = freeze <4 x i1> %m
; CHECK-NEXT: %[[E2:.*]] = freeze i32 %n
; CHECK-NEXT: %[[VB0:.*]] = extractelement <4 x i1> %[[VM]], i64 0
; CHECK-NEXT: %[[IN0:.*]] = icmp ult i32 0, %[[E2]]
; CHECK-NEXT: %[[C0:.*]] = and i1 %[[VB0]], %[[IN0]]
; CHECK: %[[IN3:.*]] = icmp ult i32 3, %[[E2]]
; CHECK-NEXT: %[[C3:.*]] = and i1 %{{.*}}, %[[IN3]]
; CHECK-NEXT: br i1 %[[C0]], label %[[VT0:.*]], label
; CHECK: [[VT0]]:
; CHECK-NEXT: call void @__sbsan_write4(ptr %p, i64 %sbsan.tag.p)
; CHECK: br i1 %[[C3]]
; CHECK: call void @__sbsan_write4(ptr %{{.*}}, i64 %sbsan.tag.p)
; CHECK: call void @llvm.vp.store
define <4 x i32> @vp(ptr %p, <4 x i1> %m, i32 %n) {
  %v = call <4 x i32> @llvm.vp.load.v4i32.p0(ptr align 4 %p, <4 x i1> <i1 1, i1 1, i1 1, i1 1>, i32 %n)
  call void @llvm.vp.store.v4i32.p0(<4 x i32> %v, ptr align 4 %p, <4 x i1> %m, i32 %n)
  ret <4 x i32> %v
}

; Not sized per lane: scalable vectors, and <8 x i1>, whose eight lanes are
; one byte in memory (a check per lane would cover eight).
; CHECK-LABEL: define void @skipped(ptr %p, <vscale x 4 x i1> %sm, <8 x i1> %m)
; CHECK-NOT: __sbsan_read
; CHECK: ret void
define void @skipped(ptr %p, <vscale x 4 x i1> %sm, <8 x i1> %m) {
  %a = call <vscale x 4 x i32> @llvm.masked.load.nxv4i32.p0(ptr align 4 %p, <vscale x 4 x i1> %sm, <vscale x 4 x i32> zeroinitializer)
  %b = call <8 x i1> @llvm.masked.load.v8i1.p0(ptr align 1 %p, <8 x i1> %m, <8 x i1> zeroinitializer)
  ret void
}

; Skipped: one undef lane, one scalable load, one <8 x i1> load. Unknown
; origin: four gather lanes.
; STATS: 3  Masked/gather/scatter accesses not checked
; STATS: 4  Vectors of pointers treated as wildcards
