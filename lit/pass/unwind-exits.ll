; A function that entered a protector frame leaves it on every exit: at ret
; and resume, and when an exception unwinds out of it through a call that
; had no landing pad. Such calls (the ones that may unwind) become invokes
; of one cleanup that calls __sbsan_func_exit and resumes; nounwind calls,
; runtime calls and intrinsics stay calls. A function without a personality
; gets Rust's. Functions without a frame, and nounwind functions, are not
; changed.
; RUN: %opt -passes=sbsan -sbsan-language=rust -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-language=rust -sbsan-unwind-exits=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan,verify -sbsan-language=rust -disable-output %s

declare void @may_throw(ptr)
declare void @no_throw(ptr) nounwind
declare void @cleanup()
declare i32 @rust_eh_personality(...)

; CHECK-LABEL: define void @calls(ptr {{.*}}%x) personality ptr @rust_eh_personality
; CHECK: %[[F:sbsan.frame]] = call ptr @llvm.frameaddress.p0(i32 0)
; CHECK-NEXT: call void @__sbsan_func_enter(ptr %[[F]])
; CHECK: invoke void @may_throw(ptr %x)
; CHECK-NEXT: to label %[[CONT:.*]] unwind label %[[CLEANUP:sbsan.cleanup]]
; CHECK: [[CONT]]:
; CHECK: call void @no_throw(ptr %x)
; CHECK: invoke void @may_throw(ptr %x)
; CHECK-NEXT: to label %{{.*}} unwind label %[[CLEANUP]]
; CHECK: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NEXT: ret void
; CHECK: [[CLEANUP]]:
; CHECK-NEXT: %[[LP:.*]] = landingpad { ptr, i32 }
; CHECK-NEXT: cleanup
; CHECK-NEXT: call void @__sbsan_func_exit(ptr %[[F]])
; CHECK-NEXT: resume { ptr, i32 } %[[LP]]
; OFF-LABEL: define void @calls(
; OFF-NOT: invoke
; OFF-NOT: landingpad
; OFF: ret void
define void @calls(ptr noalias noundef align 4 dereferenceable(4) %x) {
  call void @may_throw(ptr %x)
  call void @no_throw(ptr %x)
  call void @may_throw(ptr %x)
  store i32 1, ptr %x
  ret void
}

; An existing invoke keeps its landing pad, whose resume leaves the frame;
; the call inside the landing pad may unwind too and gets the cleanup.
; CHECK-LABEL: define void @has_pad(
; CHECK: invoke void @may_throw(ptr %x)
; CHECK-NEXT: to label %ok unwind label %lpad
; CHECK: ok:
; CHECK: call void @__sbsan_func_exit(
; CHECK-NEXT: ret void
; CHECK: lpad:
; CHECK: invoke void @cleanup()
; CHECK-NEXT: to label %{{.*}} unwind label %sbsan.cleanup
; CHECK: call void @__sbsan_func_exit(
; CHECK-NEXT: resume
; CHECK: sbsan.cleanup:
; CHECK: call void @__sbsan_func_exit(
; CHECK-NEXT: resume
define void @has_pad(ptr noalias noundef align 4 dereferenceable(4) %x) personality ptr @rust_eh_personality {
  invoke void @may_throw(ptr %x) to label %ok unwind label %lpad
ok:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  call void @cleanup()
  resume { ptr, i32 } %lp
}

; No protector frame: calls stay calls, no personality is added.
; CHECK-LABEL: define void @no_frame(ptr %p) {
; CHECK-NOT: invoke
; CHECK: ret void
define void @no_frame(ptr %p) {
  call void @may_throw(ptr %p)
  ret void
}

; A nounwind function cannot be left by unwinding.
; CHECK-LABEL: define void @nounwind_fn(
; CHECK-NOT: invoke
; CHECK: ret void
define void @nounwind_fn(ptr noalias noundef align 4 dereferenceable(4) %x) nounwind {
  call void @may_throw(ptr %x)
  ret void
}
