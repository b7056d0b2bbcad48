; rustc cannot pass -sbsan-* options (it parses -Cllvm-args before loading
; plugins), so the plugin also reads SBSAN_PASS_OPTIONS. Anything but
; -sbsan-* options there, or a bad value, is a clear fatal error.
; RUN: env SBSAN_PASS_OPTIONS="-sbsan-inline-fast-path=false  -sbsan-stats" %opt -passes=sbsan -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=STATS < %t.err
; RUN: env SBSAN_PASS_OPTIONS="-O3" not %opt -passes=sbsan -S %s 2>&1 | FileCheck %s --check-prefix=NOTOURS
; RUN: env SBSAN_PASS_OPTIONS="-sbsan-stats=maybe" not %opt -passes=sbsan -S %s 2>&1 | FileCheck %s --check-prefix=BADVALUE

; CHECK-LABEL: define i32 @f(ptr %p)
; CHECK-NOT: sbsan.word
; CHECK: call void @__sbsan_read4(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %v = load i32, ptr %p
; STATS: sbsan: statistics after
; NOTOURS: sbsan: SBSAN_PASS_OPTIONS: '-O3' is not a -sbsan-* option
; BADVALUE: 'maybe' is invalid value for boolean argument
; BADVALUE: sbsan: SBSAN_PASS_OPTIONS: cannot use '-sbsan-stats=maybe'
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
