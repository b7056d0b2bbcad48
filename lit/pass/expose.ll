; A ptr-to-int cast exposes the pointer's tag only where the address may
; become a pointer again: stored, passed, returned, cast back, or carried
; there through integer arithmetic. Comparisons (rustc's niche tests of
; `Option<Box<T>>`, alignment checks), GEP indices and distances between
; two addresses (`offset_from_unsigned`: `sub nuw`; `offset_from`: divided
; by `exact`) expose nothing. -sbsan-expose-all exposes at every cast.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-expose-all -S %s | FileCheck %s --check-prefix=ALL
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS

declare void @take(i64)

; CHECK-LABEL: define i1 @compared(
; CHECK-NOT: __sbsan_expose
; CHECK: ret i1
; ALL-LABEL: define i1 @compared(
; ALL: call void @__sbsan_expose(ptr %p,
; ALL: call void @__sbsan_expose(ptr %q,
define i1 @compared(ptr %p, ptr %q, ptr %base) {
  %a = ptrtoint ptr %p to i64
  %null = icmp eq i64 %a, 0
  %b = ptrtoint ptr %q to i64
  %low = and i64 %b, 7
  %sel = select i1 %null, i64 %low, i64 1
  %aligned = icmp eq i64 %sel, 0
  %moved = getelementptr i8, ptr %base, i64 %b
  %r = icmp eq ptr %moved, %p
  %both = and i1 %aligned, %r
  ret i1 %both
}

; CHECK-LABEL: define void @distances(
; CHECK-NOT: __sbsan_expose
; CHECK: ret void
define void @distances(ptr %p, ptr %q, ptr %out) {
  %a = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %q to i64
  %len = sub nuw i64 %a, %b
  store i64 %len, ptr %out
  %c = ptrtoint ptr %p to i64
  %d = ptrtoint ptr %q to i64
  %diff = sub i64 %c, %d
  %count = sdiv exact i64 %diff, 4
  call void @take(i64 %count)
  ret void
}

; CHECK-LABEL: define ptr @carried(
; CHECK: %a = ptrtoint ptr %p to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %p,
; CHECK: %b = ptrtoint ptr %q to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %q,
; CHECK: %c = ptrtoint ptr %r to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %r,
; CHECK: %d = ptrtoint ptr %s to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %s,
; CHECK: %e = ptrtoint ptr %u to i64
; CHECK-NEXT: call void @__sbsan_expose(ptr %u,
define ptr @carried(ptr %p, ptr %q, ptr %r, ptr %s, ptr %u, ptr %out, i1 %k) {
entry:
  %a = ptrtoint ptr %p to i64
  %a8 = add i64 %a, 8
  %back = inttoptr i64 %a8 to ptr
  %b = ptrtoint ptr %q to i64
  store i64 %b, ptr %out
  %c = ptrtoint ptr %r to i64
  %masked = and i64 %c, -16
  call void @take(i64 %masked)
  %d = ptrtoint ptr %s to i64
  br i1 %k, label %join, label %other
other:
  br label %join
join:
  %m = phi i64 [ %d, %entry ], [ 0, %other ]
  store i64 %m, ptr %out
  ; The program's own `a as usize - b as usize` (no `nuw`): the difference
  ; is stored, so both addresses are exposed.
  %e = ptrtoint ptr %u to i64
  %f = ptrtoint ptr %p to i64
  %g = sub i64 %e, %f
  store i64 %g, ptr %out
  ret ptr %back
}

; STATS: 6  ptr-to-int casts exposing a tag
; STATS: 6  ptr-to-int casts left unexposed: the address never becomes a pointer
