; Without debug info, a module that shows rustc's fingerprints (here
; rust_eh_personality and a v0-mangled definition) is Rust and gets
; reference retags; the same function in a C module does not (its noalias
; parameter is a C restrict parameter).
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: sed -e 's/rust_eh_personality/__gxx_personality_v0/' -e 's/_RNv/cfun/' %s | %opt -passes=sbsan -S | FileCheck %s --check-prefix=C

declare i32 @rust_eh_personality(...)

; CHECK-LABEL: define void @_RNvCs1_4demo3foo(
; CHECK: call i64 @__sbsan_retag(ptr %x, i64 4, i64 %sbsan.tag.x, i32 80,
; C-LABEL: define void @cfunCs1_4demo3foo(
; C-NOT: @__sbsan_retag(
; C: call i64 @__sbsan_retag_restrict(ptr %x,
; C-NOT: @__sbsan_retag(
; C: ret void
define void @_RNvCs1_4demo3foo(ptr noalias align 4 dereferenceable(4) %x) {
  store i32 0, ptr %x
  ret void
}
