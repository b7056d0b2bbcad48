; After a call to a function that is not defined in the module (C code, the
; C library functions the runtime intercepts), the caller clears the values
; of the slots it wrote, so that no later reader can match them. A callee
; defined here is instrumented and clears them itself; nothing may follow a
; musttail call.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare void @cfun(ptr, ptr)

define void @defined(ptr %p) {
  ret void
}

; CHECK-LABEL: define void @to_declaration(
; CHECK: call void @cfun(ptr %a, ptr %b)
; CHECK-NEXT: %[[V0:.*]] = getelementptr inbounds { i64, i64 }, ptr %{{.*}}, i32 0, i32 0
; CHECK-NEXT: store i64 0, ptr %[[V0]]
; CHECK-NEXT: %[[V1:.*]] = getelementptr inbounds { i64, i64 }, ptr %{{.*}}, i32 1, i32 0
; CHECK-NEXT: store i64 0, ptr %[[V1]]
; CHECK-NEXT: ret void
define void @to_declaration(ptr %a, ptr %b) {
  call void @cfun(ptr %a, ptr %b)
  ret void
}

; CHECK-LABEL: define void @to_definition(
; CHECK: call void @defined(ptr %a)
; CHECK-NEXT: ret void
define void @to_definition(ptr %a) {
  call void @defined(ptr %a)
  ret void
}

; CHECK-LABEL: define void @musttail_to_declaration(
; CHECK: musttail call void @cfun(ptr %a, ptr %b)
; CHECK-NEXT: ret void
define void @musttail_to_declaration(ptr %a, ptr %b) {
  musttail call void @cfun(ptr %a, ptr %b)
  ret void
}
