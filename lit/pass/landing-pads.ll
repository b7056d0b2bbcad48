; Protector frames end on every exit, unwinding included (unwind-exits.ll),
; so a landing pad needs nothing by default. With -sbsan-landing-pad-prune
; a landing pad also ends the frames below its own function's frame (frames
; some exit was missed for): a frame entered and left one byte below this
; function's frame address makes the runtime end every frame strictly below
; that address, and only those.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan -sbsan-landing-pad-prune=true -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s
; RUN: %opt -passes=sbsan,verify -sbsan-landing-pad-prune=true -disable-output %s

declare void @may_throw()
declare void @cleanup()
declare i32 @__gxx_personality_v0(...)

; CHECK-LABEL: define void @f()
; CHECK: %[[F:sbsan.frame]] = call ptr @llvm.frameaddress.p0(i32 0)
; CHECK-NOT: __sbsan_func_enter
; CHECK: invoke void @may_throw()
; CHECK: lpad:
; CHECK-NEXT: %lp = landingpad { ptr, i32 }
; CHECK-NEXT: cleanup
; CHECK-NEXT: %[[B:sbsan.frame.below]] = getelementptr i8, ptr %[[F]], i64 -1
; CHECK-NEXT: call void @__sbsan_func_enter(ptr %[[B]])
; CHECK-NEXT: call void @__sbsan_func_exit(ptr %[[B]])
; CHECK-NEXT: call void @cleanup()
; No protector frame of its own: nothing at ret or resume.
; CHECK-NOT: __sbsan_func_exit
; CHECK: resume
; OFF-LABEL: define void @f()
; OFF-NOT: __sbsan_func
; OFF-NOT: llvm.frameaddress
; OFF: resume
define void @f() personality ptr @__gxx_personality_v0 {
  invoke void @may_throw() to label %ok unwind label %lpad
ok:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  call void @cleanup()
  resume { ptr, i32 } %lp
}
