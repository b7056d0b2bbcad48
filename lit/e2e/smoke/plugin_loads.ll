; The plugin loads into opt-22 and registers the `sbsan` pipeline name; the
; function survives instrumentation.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; CHECK: define i32 @main()

define i32 @main() {
  ret i32 0
}
