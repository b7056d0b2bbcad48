; Tags cross calls in thread-local slots holding (value, tag). The callee
; uses a slot's tag only when the value matches its argument, then clears
; the value. The caller fills one slot per pointer leaf of the fixed
; arguments (an aggregate's leaves included), clears the return slot's value
; before the call and reads it back with the same value check.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

declare ptr @callee(ptr, i32, { ptr, i64 }, ptr)
declare void @vararg(ptr, ...)
declare void @byval(ptr byval(i64), ptr)

; CHECK-LABEL: define ptr @caller(ptr %a, ptr %b, i64 %n)
; Callee side: argument 0 is checked against slot 0, argument 1 slot 1.
; CHECK: %[[SLOTS:sbsan.arg.slots]] = call ptr @llvm.threadlocal.address.p0(ptr @__sbsan_arg_slots)
; CHECK-NEXT: %[[V0:.*]] = getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 0, i32 0
; CHECK-NEXT: %[[T0:.*]] = getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 0, i32 1
; CHECK-NEXT: %[[RV:.*]] = load i64, ptr %[[V0]]
; CHECK-NEXT: %[[RT:.*]] = load i64, ptr %[[T0]]
; CHECK-NEXT: %[[PA:.*]] = ptrtoint ptr %a to i64
; CHECK-NEXT: %[[EQ:.*]] = icmp eq i64 %[[RV]], %[[PA]]
; CHECK-NEXT: %sbsan.tag.a = select i1 %[[EQ]], i64 %[[RT]], i64 0
; CHECK-NEXT: store i64 0, ptr %[[V0]]
; CHECK: getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 1, i32 0
; CHECK: %sbsan.tag.b = select
; Caller side: %a -> slot 0, the slice's pointer -> slot 1, %b -> slot 2.
; CHECK: %[[S0V:.*]] = getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 0, i32 0
; CHECK-NEXT: store i64 %{{.*}}, ptr %[[S0V]]
; CHECK-NEXT: %[[S0T:.*]] = getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 0, i32 1
; CHECK-NEXT: store i64 %sbsan.tag.a, ptr %[[S0T]]
; CHECK: %[[LT:.*]] = extractvalue { i64, {} } %sbsan.tag.iv, 0
; CHECK: getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 1, i32 1
; CHECK-NEXT: store i64 %[[LT]], ptr
; CHECK: getelementptr inbounds { i64, i64 }, ptr %[[SLOTS]], i32 2, i32 1
; CHECK-NEXT: store i64 %sbsan.tag.b, ptr
; CHECK: %[[RETV:.*]] = getelementptr inbounds { i64, i64 }, ptr %sbsan.ret.slot, i32 0, i32 0
; CHECK-NEXT: store i64 0, ptr %[[RETV]]
; CHECK-NEXT: %r = call ptr @callee(ptr %a, i32 7, { ptr, i64 } %s, ptr %b)
; CHECK: %sbsan.ret.value = load i64
; CHECK-NEXT: %sbsan.ret.tag = load i64
; CHECK-NEXT: %[[PR:.*]] = ptrtoint ptr %r to i64
; CHECK-NEXT: %[[EQR:.*]] = icmp eq i64 %sbsan.ret.value, %[[PR]]
; CHECK-NEXT: %[[TR:sbsan.tag.ret]] = select i1 %[[EQR]], i64 %sbsan.ret.tag, i64 0
; CHECK: call void @__sbsan_read4(ptr %r, i64 %[[TR]])
; Returning %r: its value and tag go to the return slot.
; CHECK: %[[RP:.*]] = ptrtoint ptr %r to i64
; CHECK-NEXT: store i64 %[[RP]], ptr
; CHECK-NEXT: store i64 %[[TR]], ptr
; CHECK-NEXT: ret ptr %r
define ptr @caller(ptr %a, ptr %b, i64 %n) {
  %s0 = insertvalue { ptr, i64 } poison, ptr %b, 0
  %s = insertvalue { ptr, i64 } %s0, i64 %n, 1
  %r = call ptr @callee(ptr %a, i32 7, { ptr, i64 } %s, ptr %b)
  %v = load i32, ptr %r
  ret ptr %r
}

; Variadic arguments get no slots (the callee cannot read them); a byval
; argument is a copy in the callee's frame and gets none either, but still
; takes its slot number.
; CHECK-LABEL: define void @special(ptr %a, ptr %b)
; CHECK: %sbsan.tag.b = select
; CHECK: i32 0, i32 1
; CHECK-NEXT: store i64 %sbsan.tag.a, ptr
; CHECK-NOT: i32 1, i32 1
; CHECK: call void (ptr, ...) @vararg(ptr %a, ptr %b)
; CHECK: i32 1, i32 1
; CHECK-NEXT: store i64 %sbsan.tag.b, ptr
; CHECK-NEXT: call void @byval(ptr byval(i64) %a, ptr %b)
define void @special(ptr %a, ptr %b) {
  call void (ptr, ...) @vararg(ptr %a, ptr %b)
  call void @byval(ptr byval(i64) %a, ptr %b)
  ret void
}

; A slice returned as an aggregate: its pointer's tag goes to the return
; slot; the caller reads it back into a tag aggregate.
declare { ptr, i64 } @get_slice()
; CHECK-LABEL: define { ptr, i64 } @slice_ret()
; CHECK: %s = call { ptr, i64 } @get_slice()
; CHECK: %[[P:.*]] = extractvalue { ptr, i64 } %s, 0
; CHECK: %[[T:.*]] = select i1 %{{.*}}, i64 %sbsan.ret.tag, i64 0
; CHECK-NEXT: %[[AGG:.*]] = insertvalue { i64, {} } zeroinitializer, i64 %[[T]], 0
; CHECK: %[[L:.*]] = extractvalue { i64, {} } %[[AGG]], 0
; CHECK: store i64 %[[L]], ptr
; CHECK-NEXT: ret { ptr, i64 } %s
define { ptr, i64 } @slice_ret() {
  %s = call { ptr, i64 } @get_slice()
  ret { ptr, i64 } %s
}

; The result of an invoke is read in the normal destination; when that
; block has other predecessors, the edge gets a block of its own.
declare ptr @may_throw()
declare i32 @__gxx_personality_v0(...)
; CHECK-LABEL: define ptr @invoke(i1 %c)
; CHECK: %r = invoke ptr @may_throw()
; CHECK-NEXT: to label %[[MID:sbsan.invoke.cont]] unwind label %lpad
; CHECK: [[MID]]:
; CHECK: %sbsan.tag.ret = select
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: %sbsan.tag.phi = phi i64 [ %sbsan.tag.ret, %[[MID]] ], [ 0, %entry ]
; CHECK-NEXT: %p = phi ptr [ %r, %[[MID]] ], [ null, %entry ]
define ptr @invoke(i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %join
call:
  %r = invoke ptr @may_throw() to label %join unwind label %lpad
join:
  %p = phi ptr [ %r, %call ], [ null, %entry ]
  ret ptr %p
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}
