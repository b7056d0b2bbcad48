; After inlining, SBSanRetagChainsPass folds a retag into the next retag of
; the same range when nothing but frame entries and exits lies between, and
; answers an unprotected shared retag of a shared parent retag, and a shared
; retag under a live protected shared parent, with the parent's tag while
; the runtime's elision flag is set.
; RUN: %opt -passes=sbsan-retag-chains -S %s | FileCheck %s
; RUN: %opt -passes=sbsan-retag-chains -sbsan-fold-retag-chains=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan-retag-chains,verify -disable-output %s

@__sbsan_arg_slots = external thread_local(initialexec) global [16 x { i64, i64 }]
@__sbsan_ret_slot = external thread_local(initialexec) global { i64, i64 }
@site = private constant i8 0

declare i64 @__sbsan_retag(ptr, i64, i64, i32, ptr)
declare void @__sbsan_func_enter(ptr)
declare void @__sbsan_func_exit(ptr)
declare void @other()
declare void @use_tag(i64)
declare ptr @llvm.threadlocal.address.p0(ptr)

; A Unique return retag whose only other use is a return-slot store that the
; caller's own stores overwrite: one retag remains, from the first parent.
; CHECK-LABEL: define i64 @fold_unique(
; CHECK-NOT: __sbsan_retag
; CHECK: %c2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64, ptr @site)
; CHECK-NOT: __sbsan_retag
; CHECK: ret i64 %c2
; OFF-LABEL: define i64 @fold_unique(
; OFF: %c1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64
; OFF: %c2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %c1, i32 64
define i64 @fold_unique(ptr %p, i64 %t, ptr %f) {
  %slot = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_ret_slot)
  %tagf = getelementptr inbounds i8, ptr %slot, i64 8
  %c1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64, ptr @site)
  %v = ptrtoint ptr %p to i64
  store i64 %v, ptr %slot
  store i64 %c1, ptr %tagf
  call void @__sbsan_func_exit(ptr %f)
  %c2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %c1, i32 64, ptr @site)
  store i64 0, ptr %slot
  ret i64 %c2
}

; An unprotected shared retag followed by a protected one of the same range
; (a returned `&T` passed to a `&self` method) and a third one: all fold.
; CHECK-LABEL: define i64 @fold_shared_chain(
; CHECK-NOT: __sbsan_retag
; CHECK: %c3 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 2, ptr @site)
; CHECK-NOT: __sbsan_retag
define i64 @fold_shared_chain(ptr %p, i64 %t, ptr %f) {
  %c1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 2, ptr @site)
  %c2 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %c1, i32 2, ptr @site)
  %c3 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %c2, i32 2, ptr @site)
  ret i64 %c3
}

; Reuse asks nothing of the code between: a call, another block, the end of
; the parent's protecting frame. An unprotected SharedReadOnly child of a
; SharedReadOnly parent (protected or not) takes its tag while the runtime
; elides frozen reborrows, and its call runs only when it does not.
; CHECK-LABEL: define void @reuse_across_code(
; CHECK: %s1 = call i64 @__sbsan_retag(ptr %q, i64 %n, i64 %t, i32 18, ptr @site)
; CHECK: next:
; CHECK-NEXT: %[[FLAG:.*]] = load i8, ptr @__sbsan_elide_frozen_reborrows
; CHECK-NEXT: %[[DISABLED:.*]] = icmp eq i8 %[[FLAG]], 0
; CHECK-NEXT: br i1 %[[DISABLED]], label %[[CALL:.*]], label %[[JOIN:.*]]
; CHECK: [[CALL]]:
; CHECK-NEXT: %s2 = call i64 @__sbsan_retag(ptr %q, i64 %n, i64 %s1, i32 2, ptr @site)
; CHECK: [[JOIN]]:
; CHECK-NEXT: %[[TAG:.*]] = phi i64 [ %s1, %next ], [ %s2, %[[CALL]] ]
; CHECK-NEXT: call void @use_tag(i64 %[[TAG]])
; OFF-LABEL: define void @reuse_across_code(
; OFF-NOT: __sbsan_elide_frozen_reborrows
; OFF: call void @use_tag(i64 %s2)
define void @reuse_across_code(ptr %q, i64 %n, i64 %t, ptr %f, i1 %b) {
entry:
  call void @__sbsan_func_enter(ptr %f)
  %s1 = call i64 @__sbsan_retag(ptr %q, i64 %n, i64 %t, i32 18, ptr @site)
  call void @other()
  call void @__sbsan_func_exit(ptr %f)
  br i1 %b, label %next, label %out
next:
  %s2 = call i64 @__sbsan_retag(ptr %q, i64 %n, i64 %s1, i32 2, ptr @site)
  call void @use_tag(i64 %s2)
  br label %out
out:
  ret void
}

; An element of a shared slice (another range) and its own reborrow: both
; answered, the second from the first one's answer.
; CHECK-LABEL: define i64 @reuse_element(
; CHECK: %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 2, ptr @site)
; CHECK: %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %s, i32 2, ptr @site)
; CHECK: %[[E:.*]] = phi i64 [ %s, %{{.*}} ], [ %e, %{{.*}} ]
; CHECK: load i8, ptr @__sbsan_elide_frozen_reborrows
; CHECK: %f = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %[[E]], i32 2, ptr @site)
; CHECK: %[[F:.*]] = phi i64 [ %[[E]], %{{.*}} ], [ %f, %{{.*}} ]
; CHECK: ret i64 %[[F]]
define i64 @reuse_element(ptr %p, i64 %n, i64 %i, i64 %t) {
  %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 2, ptr @site)
  %q = getelementptr inbounds i64, ptr %p, i64 %i
  %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %s, i32 2, ptr @site)
  call void @other()
  %f = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %e, i32 2, ptr @site)
  call void @use_tag(i64 %s)
  ret i64 %f
}

; Not reused: a Unique chain (a write through the parent between the two
; must still pop the child), a protected child, a child of a raw child,
; another permission.
; CHECK-LABEL: define void @no_reuse(
; CHECK: %u2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %u1, i32 0
; CHECK: %a2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a1, i32 18
; CHECK: %c2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %c1, i32 2
; CHECK: %g2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %g1, i32 2
define void @no_reuse(ptr %p, i64 %t) {
  %u1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @other()
  %u2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %u1, i32 0, ptr @site)
  call void @use_tag(i64 %u2)
  %a1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
  call void @other()
  %a2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a1, i32 18, ptr @site)
  call void @use_tag(i64 %a2)
  %c1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 66, ptr @site)
  call void @other()
  %c2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %c1, i32 2, ptr @site)
  call void @use_tag(i64 %c2)
  %g1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @other()
  %g2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %g1, i32 2, ptr @site)
  call void @use_tag(i64 %g2)
  ret void
}

; CHECK-LABEL: define i64 @fold_into_protected(
; CHECK-NOT: __sbsan_retag
; CHECK: call void @__sbsan_func_enter(ptr %f)
; CHECK-NEXT: %c2 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
; CHECK-NOT: __sbsan_retag
define i64 @fold_into_protected(ptr %p, i64 %t, ptr %f) {
  %c1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 2, ptr @site)
  call void @__sbsan_func_enter(ptr %f)
  %c2 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %c1, i32 18, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  ret i64 %c2
}

; Not folded: a protected first retag, a call between, another use, another
; size, another permission, a slot store that a load reads back. (The first
; retags of another size and another permission die at once: they are left
; with their parent's access, retags-without-child.ll.)
; CHECK-LABEL: define void @no_fold(
; CHECK: %a1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 80
; CHECK: %a2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a1, i32 80
; CHECK: %b1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64
; CHECK: %b2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %b1, i32 64
; CHECK: %d1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64
; CHECK: %d2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %d1, i32 64
; CHECK: %e1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 128
; CHECK: %e2 = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %sbsan.retag.parent, i32 0
; CHECK: %g1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 128
; CHECK: %g2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %sbsan.retag.parent{{[0-9]+}}, i32 2
; CHECK: %h1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64
; CHECK: %h2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %h1, i32 64
define void @no_fold(ptr %p, i64 %t, ptr %f) {
  %a1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 80, ptr @site)
  call void @__sbsan_func_enter(ptr %f)
  %a2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a1, i32 80, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  call void @use_tag(i64 %a2)
  %b1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64, ptr @site)
  call void @other()
  %b2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %b1, i32 64, ptr @site)
  call void @use_tag(i64 %b2)
  %d1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64, ptr @site)
  %d2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %d1, i32 64, ptr @site)
  call void @use_tag(i64 %d1)
  call void @use_tag(i64 %d2)
  %e1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %e2 = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %e1, i32 0, ptr @site)
  call void @use_tag(i64 %e2)
  %g1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %g2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %g1, i32 2, ptr @site)
  call void @use_tag(i64 %g2)
  %slot = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_ret_slot)
  %tagf = getelementptr inbounds i8, ptr %slot, i64 8
  %h1 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 64, ptr @site)
  store i64 %h1, ptr %tagf
  %back = load i64, ptr %tagf
  %h2 = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %h1, i32 64, ptr @site)
  store i64 0, ptr %slot
  call void @use_tag(i64 %back)
  call void @use_tag(i64 %h2)
  ret void
}

; A protected shared retag under a protected shared parent whose frame is
; still running: the call runs only when the runtime's flag is off. (The
; parent's tag is passed on, so it is no retag without a child.)
; CHECK-LABEL: define i64 @elide_same_block(
; CHECK: %p1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
; CHECK: %[[FLAG:.*]] = load i8, ptr @__sbsan_elide_frozen_reborrows
; CHECK: %[[DISABLED:.*]] = icmp eq i8 %[[FLAG]], 0
; CHECK: br i1 %[[DISABLED]], label %[[CALL:.*]], label %[[JOIN:.*]]
; CHECK: [[CALL]]:
; CHECK-NEXT: %c = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %p1, i32 18, ptr @site)
; CHECK: [[JOIN]]:
; CHECK-NEXT: %[[TAG:.*]] = phi i64 [ %p1, %{{.*}} ], [ %c, %[[CALL]] ]
; CHECK: ret i64 %[[TAG]]
; OFF-LABEL: define i64 @elide_same_block(
; OFF-NOT: __sbsan_elide_frozen_reborrows
; OFF: ret i64 %c
define i64 @elide_same_block(ptr %p, i64 %t, ptr %f) {
  call void @__sbsan_func_enter(ptr %f)
  %p1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
  call void @__sbsan_func_enter(ptr %f)
  %c = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %p1, i32 18, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  call void @use_tag(i64 %p1)
  call void @__sbsan_func_exit(ptr %f)
  ret i64 %c
}

; The parent's frame has ended: no elision.
; CHECK-LABEL: define i64 @no_elide_after_exit(
; CHECK-NOT: __sbsan_elide_frozen_reborrows
; CHECK: ret i64 %c
define i64 @no_elide_after_exit(ptr %p, i64 %t, ptr %f) {
  call void @__sbsan_func_enter(ptr %f)
  %p1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  call void @__sbsan_func_enter(ptr %f)
  %c = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %p1, i32 18, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  ret i64 %c
}

; The function's own protected parameter, used in a loop of inlined calls.
; CHECK-LABEL: define void @elide_in_loop(
; CHECK: loop:
; CHECK: load i8, ptr @__sbsan_elide_frozen_reborrows
define void @elide_in_loop(ptr %p, i64 %t, ptr %f, i64 %n) {
entry:
  call void @__sbsan_func_enter(ptr %f)
  %p1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  call void @__sbsan_func_enter(ptr %f)
  %c = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %p1, i32 18, ptr @site)
  call void @use_tag(i64 %c)
  call void @__sbsan_func_exit(ptr %f)
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, %n
  br i1 %done, label %out, label %loop
out:
  call void @__sbsan_func_exit(ptr %f)
  ret void
}

; An inlined callee's frame that ended before a later block: no elision
; there, although the parent dominates the child.
; CHECK-LABEL: define void @no_elide_after_frame(
; CHECK-NOT: __sbsan_elide_frozen_reborrows
; CHECK: ret void
define void @no_elide_after_frame(ptr %p, i64 %t, ptr %f, i1 %b) {
entry:
  call void @__sbsan_func_enter(ptr %f)
  %p1 = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %t, i32 18, ptr @site)
  call void @__sbsan_func_exit(ptr %f)
  br i1 %b, label %next, label %out
next:
  call void @__sbsan_func_enter(ptr %f)
  %c = call i64 @__sbsan_retag(ptr %p, i64 24, i64 %p1, i32 18, ptr @site)
  call void @use_tag(i64 %c)
  call void @__sbsan_func_exit(ptr %f)
  br label %out
out:
  ret void
}

!sbsan.instrumented = !{}
