; rustc -Zcodegen-emit-retag marks retags with calls to
;   ptr  @__rust_retag_reg(ptr, i64 size, i8 flags, ptr im, ptr pin)
;   void @__rust_retag_mem(ptr place, i64 size, i8 flags, ptr im, ptr pin)
; flags: 1 protected, 2 mutable, 4 Box, 8 Freeze. The pass lowers them to
; runtime retags and then infers no retags from attributes.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare ptr @__rust_retag_reg(ptr, i64, i8, ptr, ptr)
declare void @__rust_retag_mem(ptr, i64, i8, ptr, ptr)
declare i32 @rust_eh_personality(...)

; Two (offset, length) pairs of interior-mutable bytes.
@im = private unnamed_addr constant [32 x i8] c"\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\0C\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", align 8
@pin = private unnamed_addr constant [16 x i8] zeroinitializer, align 8

; The noalias/dereferenceable attributes are ignored here: the intrinsic
; decides. &mut at entry: flags 3 -> Unique strong + SRW child, with a frame.
; CHECK-LABEL: define void @entry_mut(ptr noalias align 4 dereferenceable(4) %x)
; CHECK: call void @__sbsan_func_enter(ptr %[[F:sbsan.frame]])
; CHECK-NOT: __sbsan_retag
; CHECK: %x1 = getelementptr inbounds i8, ptr %x, i64 0
; CHECK-NEXT: %[[CH:.*]] = call i64 @__sbsan_retag(ptr %x1, i64 4, i64 %sbsan.tag.x, i32 80, ptr @[[S:sbsan.site[.0-9]*]])
; CHECK-NEXT: call void @__sbsan_write4(ptr %x1, i64 %[[CH]])
; CHECK-NEXT: store i32 1, ptr %x1
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NOT: __rust_retag
; CHECK: ret void
define void @entry_mut(ptr noalias align 4 dereferenceable(4) %x) personality ptr @rust_eh_personality {
  %x1 = call ptr @__rust_retag_reg(ptr %x, i64 4, i8 3, ptr null, ptr null)
  store i32 1, ptr %x1
  ret void
}

; Box (7: weak protector), shared Freeze (9: SharedReadOnly strong), shared
; with UnsafeCell ranges (1: mixed, 2 pairs), shared !Freeze without ranges
; (0: SharedReadWrite), mutable with pinned bytes (2: SharedReadWrite, no
; protector), a dynamic size.
; CHECK-LABEL: define void @kinds(ptr %a, ptr %b, ptr %c, ptr %d, ptr %e, i64 %n)
; CHECK: call i64 @__sbsan_retag(ptr %a1, i64 8, i64 %sbsan.tag.a, i32 96,
; CHECK: call i64 @__sbsan_retag(ptr %b1, i64 8, i64 %sbsan.tag.b, i32 18,
; CHECK: call i64 @__sbsan_retag_shared_mixed(ptr %c1, i64 16, i64 %sbsan.tag.c, ptr @im, i64 2, i32 16,
; CHECK: call i64 @__sbsan_retag(ptr %d1, i64 8, i64 %sbsan.tag.d, i32 1,
; CHECK: call i64 @__sbsan_retag(ptr %e1, i64 %n, i64 %sbsan.tag.e, i32 1,
define void @kinds(ptr %a, ptr %b, ptr %c, ptr %d, ptr %e, i64 %n) {
  %a1 = call ptr @__rust_retag_reg(ptr %a, i64 8, i8 7, ptr null, ptr null)
  %b1 = call ptr @__rust_retag_reg(ptr %b, i64 8, i8 9, ptr null, ptr null)
  %c1 = call ptr @__rust_retag_reg(ptr %c, i64 16, i8 1, ptr @im, ptr null)
  %d1 = call ptr @__rust_retag_reg(ptr %d, i64 8, i8 0, ptr null, ptr null)
  %e1 = call ptr @__rust_retag_reg(ptr %e, i64 %n, i8 2, ptr null, ptr @pin)
  store i8 0, ptr %a1
  load i8, ptr %b1
  load i8, ptr %c1
  load i8, ptr %d1
  store i8 0, ptr %e1
  ret void
}

; In-place retag of the reference stored at %place: load it, retag with the
; tag from the provenance shadow, record the new tag for the same value.
; CHECK-LABEL: define void @in_memory(ptr %place)
; CHECK: %[[P:.*]] = load ptr, ptr %place, align 1
; CHECK-NEXT: %[[T:.*]] = call i64 @__sbsan_load_ptr(ptr %place, ptr %[[P]])
; CHECK-NEXT: %[[N:.*]] = call i64 @__sbsan_retag(ptr %[[P]], i64 4, i64 %[[T]], i32 2,
; CHECK-NEXT: call void @__sbsan_store_ptr(ptr %place, ptr %[[P]], i64 %[[N]])
; CHECK-NOT: __rust_retag_mem
; CHECK: ret void
define void @in_memory(ptr %place) {
  call void @__rust_retag_mem(ptr %place, i64 4, i8 8, ptr null, ptr null)
  ret void
}

; Flags that are not a constant: dropped, the result is the operand.
; CHECK-LABEL: define i8 @unknown(ptr %p, i8 %f)
; CHECK-NOT: __sbsan_retag
; CHECK: call void @__sbsan_read1(ptr %p1, i64 %sbsan.tag.p)
define i8 @unknown(ptr %p, i8 %f) {
  %p1 = call ptr @__rust_retag_reg(ptr %p, i64 1, i8 %f, ptr null, ptr null)
  %v = load i8, ptr %p1
  ret i8 %v
}

; rustc passes size 0 for slices, str and dyn (their size is in the
; pointer's metadata) and for zero-sized types: no retag, the parent's tag
; stays, in a register and in memory. (With the inline fast path, the
; load's check splits the block before the mem call, which must still be
; erased exactly once.)
; CHECK-LABEL: define i8 @unsized(ptr %p, i64 %len, ptr %place)
; CHECK-NOT: __sbsan_retag(
; CHECK: call void @__sbsan_read1(ptr %q, i64 %sbsan.tag.p)
; CHECK-NOT: __sbsan_retag(
; CHECK-NOT: __sbsan_store_ptr
; CHECK: ret i8
define i8 @unsized(ptr %p, i64 %len, ptr %place) {
  %q = call ptr @__rust_retag_reg(ptr %p, i64 0, i8 9, ptr null, ptr null)
  %v = load i8, ptr %q
  call void @__rust_retag_mem(ptr %place, i64 0, i8 3, ptr null, ptr null)
  ret i8 %v
}

; STATS: 8  __rust_retag_* calls lowered
; STATS: 2  __rust_retag_* calls of size 0
; STATS: 2  __rust_retag_* calls not understood

; The functions do not exist at link time: every call goes, also invokes,
; calls in unreachable blocks and calls with a shape the pass does not know.
; CHECK-LABEL: define void @leftovers(ptr %p)
; CHECK-NOT: @__rust_retag
; CHECK: ret void
define void @leftovers(ptr %p) personality ptr @rust_eh_personality {
  %q = invoke ptr @__rust_retag_reg(ptr %p, i64 4, i8 8, ptr null, ptr null) to label %ok unwind label %lp
ok:
  %odd = call ptr @__rust_retag_reg(ptr %q)
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
dead:
  call void @__rust_retag_mem(ptr %p, i64 4, i8 8, ptr null, ptr null)
  ret void
}
