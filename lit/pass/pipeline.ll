; The plugin also registers itself at the start of the default pipelines
; (what clang -fpass-plugin and rustc -Zllvm-plugins use), at every -O
; level, and instruments a module only once.
; RUN: %opt -O0 -S %s | FileCheck %s
; RUN: %opt -O2 -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s --check-prefix=ONCE

; CHECK: @llvm.global_ctors = {{.*}} @sbsan.module_ctor
; CHECK-LABEL: define {{.*}}i32 @f(ptr
; CHECK: call void @__sbsan_read4(
; ONCE: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; ONCE-NOT: call void @__sbsan_read4(
; ONCE: ret i32
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
