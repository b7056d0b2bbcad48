; int-to-ptr gives the wildcard tag: accesses through such pointers are not
; checked (the runtime would grant them anyway). ptr-to-int exposes the
; pointer's tag.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS

; CHECK-LABEL: define i64 @roundtrip(ptr %p)
; CHECK: %i = ptrtoint ptr %p to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %p, i64 %sbsan.tag.p)
; CHECK: %q = inttoptr i64 %j to ptr
; CHECK-NOT: call void @__sbsan_read8(ptr %q
; CHECK: %v = load i64, ptr %q
; CHECK: call void @__sbsan_read8(ptr %p, i64 %sbsan.tag.p)
; CHECK-NEXT: %w = load i64, ptr %p
define i64 @roundtrip(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %j = add i64 %i, 8
  %q = inttoptr i64 %j to ptr
  %v = load i64, ptr %q
  %w = load i64, ptr %p
  %s = add i64 %v, %w
  ret i64 %s
}

; A pointer derived from an int-to-ptr keeps the wildcard; exposing a
; wildcard is a no-op and emits nothing.
; CHECK-LABEL: define i64 @derived(i64 %a)
; CHECK-NOT: __sbsan_
; CHECK: ret i64
define i64 @derived(i64 %a) {
  %q = inttoptr i64 %a to ptr
  %r = getelementptr i8, ptr %q, i64 16
  store i32 0, ptr %r
  %b = ptrtoint ptr %r to i64
  ret i64 %b
}

; STATS: 1  Reads checked
; STATS: 1  ptr-to-int casts exposing a tag
