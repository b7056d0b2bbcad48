; After inlining, a retag whose tag reaches only the checks of its own
; accesses and the retags of its children, with nothing between it and its
; last use that could invalidate its item, gets SBSAN_RETAG_NO_CHILD (128):
; the runtime answers it with the parent's tag when the parent is on top.
; The call runs only when the shadow words do not already let the parent
; make that access without a change, and its users get the parent's tag:
; for a range of at most 32 bytes the words of its granules, for a larger
; one (or one of unknown size) the words of its first and last granules,
; which must point to one run without holes, and that run's top.
; RUN: %opt -passes=sbsan-retag-chains -S %s | FileCheck %s
; RUN: %opt -passes=sbsan-retag-chains -sbsan-retags-without-child=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan-retag-chains -sbsan-fold-retag-chains=false -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=sbsan-retag-chains,verify -disable-output %s
; -sbsan-debug says why each retag keeps its tag.
; RUN: %opt -passes=sbsan-retag-chains -sbsan-debug -disable-output %s 2>&1 | FileCheck %s --check-prefix=WHY
; A second run (the pipeline may run the pass again after link-time
; inlining) changes nothing more.
; RUN: %opt -passes=sbsan-retag-chains -S %s | %opt -passes=sbsan-retag-chains -S | FileCheck %s --check-prefix=TWICE

@__sbsan_arg_slots = external thread_local(initialexec) global [16 x { i64, i64 }]
@site = private constant i8 0

declare i64 @__sbsan_retag(ptr, i64, i64, i32, ptr)
declare void @__sbsan_read8(ptr, i64)
declare void @__sbsan_write8(ptr, i64)
declare void @__sbsan_func_enter(ptr)
declare void @__sbsan_func_exit(ptr)
declare i64 @__sbsan_load_ptr(ptr, ptr)
declare void @__sbsan_expose(ptr, i64)
declare i64 @__sbsan_alloca(ptr, i64, ptr)
declare void @__sbsan_dealloca(ptr, i64)
declare void @other()
declare void @use_tag(i64)

; `*v[i] += 1` on a `&mut Vec<u64>`: the slice's Unique retag (its raw child,
; 64) is only the element's parent; the element's only uses are the checks
; of a read and a write. Both are answered by their parent on top, tested
; inline: the slice (of any size) from its ends' words and their run's top
; without holes (a hole would have a stack of its own), the element's 8
; bytes from its granule's word.
; CHECK-LABEL: define void @unique_chain(
; CHECK: %[[EMPTY:.*]] = icmp eq i64 %n, 0
; CHECK: %sbsan.first.word = load i64
; CHECK: %sbsan.last.word = load i64
; CHECK: icmp eq i64 %sbsan.first.word, %sbsan.last.word
; CHECK: %sbsan.one.run = and i1
; CHECK: add i64 %{{.*}}, 8
; CHECK: %sbsan.whole.top = load i64
; CHECK: select i1 %sbsan.one.run, i64 %sbsan.whole.top, i64 3
; CHECK: %sbsan.parent.refuses = xor i1
; CHECK: br i1 %sbsan.parent.refuses, label %[[SCALL:[0-9]+]], label %[[SJOIN:[0-9]+]], !prof
; CHECK: [[SCALL]]:
; CHECK-NEXT: %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 192, ptr @site)
; CHECK: [[SJOIN]]:
; CHECK-NEXT: %[[S:.*]] = phi i64 [ %t, %entry ], [ %s, %[[SCALL]] ]
; CHECK: %sbsan.word = load i64
; CHECK: %sbsan.top = load i64
; CHECK: %sbsan.parent.refuses{{[0-9]+}} = xor i1
; CHECK: br i1 %sbsan.parent.refuses{{[0-9]+}}, label %[[CALL:[0-9]+]], label %[[JOIN:[0-9]+]], !prof
; CHECK: [[CALL]]:
; CHECK-NEXT: %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %[[S]], i32 128, ptr @site)
; CHECK: [[JOIN]]:
; CHECK-NEXT: %[[E:.*]] = phi i64 [ %[[S]], %{{.*}} ], [ %e, %[[CALL]] ]
; CHECK: call void @__sbsan_read8(ptr %q, i64 %[[E]])
; CHECK: call void @__sbsan_write8(ptr %q, i64 %[[E]])
; OFF-LABEL: define void @unique_chain(
; OFF: %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 64, ptr @site)
; OFF: %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %s, i32 0, ptr @site)
; TWICE-LABEL: define void @unique_chain(
; TWICE: %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 192, ptr @site)
; TWICE: %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %sbsan.retag.parent, i32 128, ptr @site)
; TWICE-NOT: sbsan.parent.refuses
; TWICE-LABEL: define i64 @escapes(
define void @unique_chain(ptr %p, i64 %n, i64 %i, i64 %t) {
entry:
  %s = call i64 @__sbsan_retag(ptr %p, i64 %n, i64 %t, i32 64, ptr @site)
  %q = getelementptr inbounds i64, ptr %p, i64 %i
  %e = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %s, i32 0, ptr @site)
  %top = load i64, ptr %q
  %tagword = shl i64 %e, 2
  %slow = icmp ne i64 %top, %tagword
  br i1 %slow, label %check, label %rest
check:
  call void @__sbsan_read8(ptr %q, i64 %e)
  br label %rest
rest:
  %v = load i64, ptr %q
  %v1 = add i64 %v, 1
  call void @__sbsan_write8(ptr %q, i64 %e)
  store i64 %v1, ptr %q
  ret void
}

; Kept: a tag that is passed on (a call, a store, a return, a phi that
; carries it around a loop) outlives its checks.
; WHY: sbsan: escapes: retag {{.*}}%a = call {{.*}} keeps its tag: its tag is passed to a call: {{.*}}@use_tag(i64 %a)
; WHY: sbsan: escapes: retag {{.*}}%b = call {{.*}} keeps its tag: its tag is stored, returned or passed on: {{.*}}store i64 %b
; WHY: sbsan: unique_between: retag {{.*}}%a = call {{.*}} keeps its tag: a call before its last use could invalidate it: {{.*}}call void @other()
; CHECK-LABEL: define i64 @escapes(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %d = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
define i64 @escapes(ptr %p, i64 %t, ptr %m, i64 %n) {
entry:
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @use_tag(i64 %a)
  %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  store i64 %b, ptr %m
  %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  br label %loop
loop:
  %carried = phi i64 [ %t, %entry ], [ %d, %loop ]
  %d = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %carried)
  %again = icmp ult i64 %carried, %n
  br i1 %again, label %loop, label %out
out:
  ret i64 %c
}

; Kept: between a Unique retag and its use, a call of the program, a write
; through another tag, a read through its parent (which would disable it),
; a retag from another parent.
; CHECK-LABEL: define void @unique_between(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %d = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
define void @unique_between(ptr %p, ptr %o, i64 %t, i64 %u) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @other()
  call void @__sbsan_read8(ptr %p, i64 %a)
  %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @__sbsan_write8(ptr %o, i64 %u)
  call void @__sbsan_read8(ptr %p, i64 %b)
  %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %t)
  call void @__sbsan_read8(ptr %p, i64 %c)
  %d = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %x = call i64 @__sbsan_retag(ptr %o, i64 8, i64 %u, i32 2, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %d)
  call void @use_tag(i64 %x)
  ret void
}

; A SharedReadOnly retag may see reads through its parent and the parent's
; descendants, and shared retags from them, between it and its use (`&it.start`
; and `&it.end` of one `&mut Range`): reads disable neither. The loaded
; pointer's tag is only read. A write check through it, or a raw child of it
; (whose retag is refused), keeps it.
; CHECK-LABEL: define void @shared_siblings(
; CHECK: %r = call i64 @__sbsan_retag(ptr %it, i64 16, i64 %t, i32 64, ptr @site)
; CHECK: %s = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 130, ptr @site)
; CHECK: %e = call i64 @__sbsan_retag(ptr %end, i64 8, i64 %r, i32 130, ptr @site)
; CHECK: %w = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
; CHECK: %x = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
; OFF-LABEL: define void @shared_siblings(
; OFF: %s = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
define void @shared_siblings(ptr %it, i64 %t) {
  %r = call i64 @__sbsan_retag(ptr %it, i64 16, i64 %t, i32 64, ptr @site)
  %end = getelementptr inbounds i8, ptr %it, i64 8
  %s = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
  %e = call i64 @__sbsan_retag(ptr %end, i64 8, i64 %r, i32 2, ptr @site)
  call void @__sbsan_read8(ptr %it, i64 %s)
  %ptag = call i64 @__sbsan_load_ptr(ptr %it, ptr %it)
  call void @__sbsan_read8(ptr %end, i64 %e)
  call void @__sbsan_read8(ptr %it, i64 %r)
  %w = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
  call void @__sbsan_write8(ptr %it, i64 %w)
  %x = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %r, i32 2, ptr @site)
  %raw = call i64 @__sbsan_retag(ptr %it, i64 8, i64 %x, i32 1, ptr @site)
  call void @use_tag(i64 %r)
  call void @use_tag(i64 %raw)
  ret void
}

; A Unique retag may see its own children's accesses; it is kept when a
; sibling's read lies between it and its use.
; CHECK-LABEL: define void @unique_children(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %t, i32 128, ptr @site)
; CHECK: %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %sbsan.retag.parent, i32 2, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
define void @unique_children(ptr %p, i64 %t) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %t, i32 0, ptr @site)
  %c = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a, i32 2, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %c)
  call void @__sbsan_write8(ptr %p, i64 %a)
  call void @use_tag(i64 %c)
  %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %s = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %s)
  call void @__sbsan_write8(ptr %p, i64 %b)
  call void @use_tag(i64 %s)
  ret void
}

; Kept: a protected retag whose frame's exit is not in sight (the
; protector lasts until then). A zero-sized retag changes nothing: its
; users take the parent's tag.
; CHECK-LABEL: define void @protected_and_empty(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 16, ptr @site)
; CHECK-NOT: %z = call
; CHECK: call void @__sbsan_read8(ptr %p, i64 %t)
define void @protected_and_empty(ptr %p, i64 %t) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 16, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %a)
  %z = call i64 @__sbsan_retag(ptr %p, i64 0, i64 %t, i32 0, ptr @site)
  call void @__sbsan_read8(ptr %p, i64 %z)
  ret void
}

; A protected retag (a function-entry `&mut`/`&T`) whose tag dies at once
; is answered when nothing harmful to it runs until its frame's exit: the
; frames of calls inlined after instrumentation come and go in between,
; and what follows the exit does not matter. Kept when something harmful
; runs before the exit, even after the last use.
; CHECK-LABEL: define void @protected_until_exit(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 144, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %u, i32 18, ptr @site)
; OFF-LABEL: define void @protected_until_exit(
; OFF: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 16, ptr @site)
define void @protected_until_exit(ptr %p, ptr %q, i64 %t, i64 %u, ptr %f,
                                  ptr %g, i1 %c) {
entry:
  call void @__sbsan_func_enter(ptr %f)
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 16, ptr @site)
  call void @__sbsan_write8(ptr %p, i64 %a)
  br i1 %c, label %inlined, label %done
inlined:
  call void @__sbsan_func_enter(ptr %g)
  call void @__sbsan_func_exit(ptr %g)
  br label %done
done:
  call void @__sbsan_func_exit(ptr %f)
  call void @other()
  call void @__sbsan_func_enter(ptr %f)
  %b = call i64 @__sbsan_retag(ptr %q, i64 8, i64 %u, i32 18, ptr @site)
  call void @__sbsan_read8(ptr %q, i64 %b)
  call void @__sbsan_write8(ptr %p, i64 %t)
  call void @__sbsan_func_exit(ptr %f)
  ret void
}

; A retag left without a child by an earlier run returns its parent's tag:
; its users count as the parent's (here one passes it on, so the parent is
; kept), and a shared retag from it is not reused as if its parent were a
; shared tag.
; CHECK-LABEL: define void @earlier_run(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a, i32 128, ptr @site)
; CHECK: %s = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %t, i32 130, ptr @site)
; CHECK-NEXT: %f = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %s, i32 2, ptr @site)
; CHECK-NOT: __sbsan_elide_frozen_reborrows
; CHECK: ret void
define void @earlier_run(ptr %p, i64 %t) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %b = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %a, i32 128, ptr @site)
  call void @use_tag(i64 %b)
  %s = call i64 @__sbsan_retag(ptr %p, i64 16, i64 %t, i32 130, ptr @site)
  %f = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %s, i32 2, ptr @site)
  call void @use_tag(i64 %f)
  ret void
}

; Frame entries and exits (they add and end protectors, never items) and
; exposing a tag (it marks items, removes none) are harmless.
; CHECK-LABEL: define void @frames_and_exposes(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 128, ptr @site)
; OFF-LABEL: define void @frames_and_exposes(
; OFF: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
define void @frames_and_exposes(ptr %p, ptr %o, i64 %t, i64 %u, ptr %f) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  call void @__sbsan_func_enter(ptr %f)
  call void @__sbsan_expose(ptr %o, i64 %u)
  call void @__sbsan_func_exit(ptr %f)
  call void @__sbsan_write8(ptr %p, i64 %a)
  ret void
}

; A variable's registration and end replace the stacks of its bytes
; whole, whether they hold the retag's item or its parent's: harmless.
; CHECK-LABEL: define void @registrations(
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 128, ptr @site)
; OFF-LABEL: define void @registrations(
; OFF: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
define void @registrations(ptr %p, ptr %q, i64 %t) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 0, ptr @site)
  %r = call i64 @__sbsan_alloca(ptr %q, i64 8, ptr @site)
  call void @__sbsan_dealloca(ptr %q, i64 8)
  call void @__sbsan_write8(ptr %p, i64 %a)
  ret void
}

; A SharedReadOnly retag whose parent's permission is unknown, with reads
; and shared retags through other tags before its use (`is_less(&*a, &*b)`
; on two elements of one slice), gets SBSAN_RETAG_PARENT_SHARED too (386):
; it is answered only where the parent's item on top is not Unique, so
; that no read can disable it. The inline test takes the words whose
; (word ^ (parent << 2)) is 1 or 2. A write through another tag keeps it.
; CHECK-LABEL: define void @shared_parent_unknown(
; CHECK: %sbsan.word = load i64
; CHECK: %sbsan.top = load i64
; CHECK: %[[DIFF:.*]] = xor i64 %sbsan.top,
; CHECK-NEXT: %[[LOWERED:.*]] = sub i64 %[[DIFF]], 1
; CHECK-NEXT: %{{.*}} = icmp ult i64 %[[LOWERED]], 2
; CHECK: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 386, ptr @site)
; CHECK: %w = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
; OFF-LABEL: define void @shared_parent_unknown(
; OFF: %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
define void @shared_parent_unknown(ptr %p, ptr %o, i64 %t, i64 %u) {
  %a = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
  %b = call i64 @__sbsan_retag(ptr %o, i64 8, i64 %u, i32 2, ptr @site)
  call void @__sbsan_read8(ptr %o, i64 %u)
  call void @__sbsan_read8(ptr %p, i64 %a)
  call void @__sbsan_read8(ptr %o, i64 %b)
  %w = call i64 @__sbsan_retag(ptr %p, i64 8, i64 %t, i32 2, ptr @site)
  call void @__sbsan_write8(ptr %o, i64 %u)
  call void @__sbsan_read8(ptr %p, i64 %w)
  ret void
}

; A range inside a local variable whose address goes nowhere but loads and
; stores through it, the inline checks and the runtime's hooks cannot be
; reached through a loaded pointer, an argument or another variable:
; accesses and retags through those are harmless (`&mut self` of an
; iterator while it reads the bytes it walks). Kept when the variable's
; address is stored to memory.
; CHECK-LABEL: define void @local_variable(
; CHECK: %a = call i64 @__sbsan_retag(ptr %it, i64 16, i64 %t, i32 128, ptr @site)
; CHECK: %b = call i64 @__sbsan_retag(ptr %leaky, i64 16, i64 %t, i32 0, ptr @site)
; OFF-LABEL: define void @local_variable(
; OFF: %a = call i64 @__sbsan_retag(ptr %it, i64 16, i64 %t, i32 0, ptr @site)
define void @local_variable(ptr %o, ptr %m, i64 %t, i64 %u) {
  %it = alloca [16 x i8], align 8
  %x = alloca [8 x i8], align 8
  %leaky = alloca [16 x i8], align 8
  store ptr %leaky, ptr %m
  %a = call i64 @__sbsan_retag(ptr %it, i64 16, i64 %t, i32 0, ptr @site)
  %cur = load ptr, ptr %it
  %ct = call i64 @__sbsan_load_ptr(ptr %it, ptr %cur)
  call void @__sbsan_read8(ptr %cur, i64 %ct)
  call void @__sbsan_write8(ptr %o, i64 %u)
  %xt = call i64 @__sbsan_alloca(ptr %x, i64 8, ptr @site)
  call void @__sbsan_dealloca(ptr %x, i64 8)
  %next = getelementptr inbounds i8, ptr %cur, i64 8
  call void @__sbsan_write8(ptr %it, i64 %a)
  store ptr %next, ptr %it
  %b = call i64 @__sbsan_retag(ptr %leaky, i64 16, i64 %t, i32 0, ptr @site)
  %lcur = load ptr, ptr %m
  call void @__sbsan_read8(ptr %lcur, i64 %u)
  call void @__sbsan_write8(ptr %leaky, i64 %b)
  ret void
}

!sbsan.instrumented = !{}
