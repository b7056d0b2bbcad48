; Function-entry retags of Rust reference parameters, from the function's own
; parameter attributes, with protectors (func_enter/func_exit around the
; body). Every Unique retag (kind 0) also makes a SharedReadWrite child
; (+64), whose tag the call returns and the body uses.
; Kinds: 0 Unique, 1 SharedReadWrite, 2 SharedReadOnly; +16 strong, +32 weak,
; +64 with the raw child.
; RUN: %opt -passes=sbsan -sbsan-language=rust -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-language=c -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=C
; RUN: %opt -passes=sbsan -sbsan-language=rust -sbsan-raw-escape-retags=false -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=NORAW
; RUN: %opt -passes=sbsan,verify -sbsan-language=rust -disable-output %s

; &mut i32: Unique, strongly protected, 4 bytes.
; CHECK-LABEL: define i32 @mutref(ptr noalias noundef align 4 dereferenceable(4) %x)
; CHECK: %sbsan.tag.x = select
; CHECK: %[[F:sbsan.frame]] = call ptr @llvm.frameaddress.p0(i32 0)
; CHECK-NEXT: call void @__sbsan_func_enter(ptr %[[F]])
; CHECK-NEXT: %[[CHILD:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %sbsan.tag.x, i32 80, ptr @[[SITE:sbsan.site[.0-9]*]])
; CHECK: call void @__sbsan_write4(ptr %x, i64 %[[CHILD]])
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NEXT: ret i32
; In C, noalias is `restrict`: a restrict retag, never a Rust one.
; C-LABEL: define i32 @mutref(
; C-NOT: @__sbsan_retag(
; C: call i64 @__sbsan_retag_restrict(ptr %x,
; C-NOT: @__sbsan_retag(
; C: ret i32
; NORAW-LABEL: define i32 @mutref(
; NORAW: %[[U:.*]] = call i64 @__sbsan_retag(ptr %x, i64 4, i64 %sbsan.tag.x, i32 16,
; NORAW-NEXT: call void @__sbsan_write4(ptr %x, i64 %[[U]])
define i32 @mutref(ptr noalias noundef align 4 dereferenceable(4) %x) {
  store i32 1, ptr %x
  ret i32 0
}

; &T with T frozen: SharedReadOnly, strong (2 + 16).
; CHECK-LABEL: define i32 @shref(
; CHECK: %[[S:.*]] = call i64 @__sbsan_retag(ptr %x, i64 8, i64 %sbsan.tag.x, i32 18,
; CHECK-NEXT: call void @__sbsan_read4(ptr %x, i64 %[[S]])
define i32 @shref(ptr noalias noundef readonly align 4 dereferenceable(8) %x) {
  %v = load i32, ptr %x
  ret i32 %v
}

; Not references: sret, by-value aggregates passed indirectly
; (dead_on_return), byval, raw pointers, &Cell (nonnull align only) without
; debug info. No retag, no protector frame.
%S = type { [4 x i64] }
; CHECK-LABEL: define void @not_refs(
; CHECK-NOT: __sbsan_retag
; CHECK-NOT: __sbsan_func_enter
; CHECK: ret void
define void @not_refs(ptr noalias sret(%S) dereferenceable(32) %out, ptr noalias dead_on_return dereferenceable(32) %byvalue, ptr byval(%S) %copy, ptr %raw, ptr nonnull align 4 %cell) {
  store i32 0, ptr %out
  ret void
}

; Box without debug info: noalias nonnull, size unknown: no retag.
; CHECK-LABEL: define void @boxed(
; CHECK-NOT: __sbsan_retag
; CHECK: ret void
define void @boxed(ptr noalias nonnull align 4 %b) {
  store i32 0, ptr %b
  ret void
}

; Protectors end at every exit: ret and resume.
declare void @may_unwind()
declare i32 @rust_eh_personality(...)
; CHECK-LABEL: define void @exits(
; CHECK: call void @__sbsan_func_enter(ptr %[[F:sbsan.frame]])
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NEXT: ret void
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NEXT: resume
define void @exits(ptr noalias align 8 dereferenceable(16) %x) personality ptr @rust_eh_personality {
  invoke void @may_unwind() to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}

; A musttail call ends the frame before the call.
declare void @tail(ptr)
; CHECK-LABEL: define void @musttail(
; CHECK: call void @__sbsan_func_exit(
; CHECK-NEXT: musttail call void @tail(ptr %x)
; CHECK-NEXT: ret void
define void @musttail(ptr noalias align 8 dereferenceable(16) %x) {
  musttail call void @tail(ptr %x)
  ret void
}
