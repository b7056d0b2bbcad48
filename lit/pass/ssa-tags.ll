; Tags follow SSA values: GEPs, casts and freeze keep their operand's tag,
; phi and select get a phi/select of tags, aggregates carry per-pointer tag
; aggregates, constants are wildcards (not checked) and globals have the
; root tag 2.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

@g = global i32 0
@arr = global [4 x i64] zeroinitializer

; CHECK-LABEL: define i32 @derived(ptr %p)
; CHECK: %q = getelementptr inbounds i8, ptr %p, i64 4
; CHECK-NEXT: %f = freeze ptr %q
; CHECK-NEXT: call void @__sbsan_read4(ptr %f, i64 %sbsan.tag.p)
define i32 @derived(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %f = freeze ptr %q
  %v = load i32, ptr %f
  ret i32 %v
}

; CHECK-LABEL: define i32 @phis(i1 %c, ptr %a, ptr %b)
; CHECK: loop:
; CHECK-NEXT: %[[TP:sbsan.tag.phi]] = phi i64 [ %sbsan.tag.a, %entry ], [ %sbsan.tag.b, %loop ]
; CHECK-NEXT: %p = phi ptr [ %a, %entry ], [ %b, %loop ]
; CHECK: call void @__sbsan_read4(ptr %p, i64 %[[TP]])
; CHECK: %s = select i1 %c, ptr %a, ptr %b
; CHECK-NEXT: %[[TS:.*]] = select i1 %c, i64 %sbsan.tag.a, i64 %sbsan.tag.b
; CHECK: call void @__sbsan_write4(ptr %s, i64 %[[TS]])
define i32 @phis(i1 %c, ptr %a, ptr %b) {
entry:
  br label %loop
loop:
  %p = phi ptr [ %a, %entry ], [ %b, %loop ]
  %v = load i32, ptr %p
  br i1 %c, label %loop, label %exit
exit:
  %s = select i1 %c, ptr %a, ptr %b
  store i32 %v, ptr %s
  ret i32 %v
}

; Globals: tag 2, also through constant GEPs. Null and constants made from
; integers: wildcard, so no check at all.
; CHECK-LABEL: define void @constants()
; CHECK: call void @__sbsan_write4(ptr @g, i64 2)
; CHECK: call void @__sbsan_write8(ptr getelementptr inbounds (i8, ptr @arr, i64 8), i64 2)
; CHECK-NOT: __sbsan_write
; CHECK: ret void
define void @constants() {
  store i32 1, ptr @g
  store i64 1, ptr getelementptr inbounds (i8, ptr @arr, i64 8)
  store i32 1, ptr inttoptr (i64 4096 to ptr)
  store i32 1, ptr null
  ret void
}

; A slice {ptr, i64} built and taken apart again keeps the pointer's tag.
; CHECK-LABEL: define i8 @aggregates(ptr %p, i64 %n)
; CHECK: %[[IV:.*]] = insertvalue { i64, {} } zeroinitializer, i64 %sbsan.tag.p, 0
; CHECK: %[[EV:.*]] = extractvalue { i64, {} } %[[IV]], 0
; CHECK-NEXT: call void @__sbsan_read1(ptr %d, i64 %[[EV]])
define i8 @aggregates(ptr %p, i64 %n) {
  %s0 = insertvalue { ptr, i64 } poison, ptr %p, 0
  %s1 = insertvalue { ptr, i64 } %s0, i64 %n, 1
  %d = extractvalue { ptr, i64 } %s1, 0
  %v = load i8, ptr %d
  ret i8 %v
}

; Values in unreachable blocks have wildcard tags and are not instrumented.
; CHECK-LABEL: define void @unreachable(ptr %p)
; CHECK: dead:
; CHECK-NEXT: store i32 0, ptr %p
define void @unreachable(ptr %p) {
  ret void
dead:
  store i32 0, ptr %p
  ret void
}
