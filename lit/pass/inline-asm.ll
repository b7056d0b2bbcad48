; Inline asm: accesses through indirect memory operands (by element type)
; and through input registers used as addresses in the text (assembled
; with the MC layer, Intel or AT&T) are checked before the statement, and
; written bytes lose their pointer provenance after it. What cannot be
; attributed exactly is not checked and is counted.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS
; RUN: %opt -passes=sbsan -sbsan-debug -disable-output %s 2>&1 | FileCheck %s --check-prefix=WHY
; RUN: %opt -passes=sbsan,verify -disable-output %s
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @store_intel(ptr %p)
; CHECK: %[[A:.*]] = getelementptr i8, ptr %p, i64 0
; CHECK-NEXT: call void @__sbsan_write4(ptr %[[A]], i64 %sbsan.tag.p)
; CHECK-NEXT: call void asm sideeffect inteldialect "mov dword ptr [${0:q}], 42"
; CHECK-NEXT: call void @__sbsan_clear_provenance(ptr %[[A]], i64 4)
define void @store_intel(ptr %p) {
  call void asm sideeffect inteldialect "mov dword ptr [${0:q}], 42", "r,~{memory}"(ptr %p)
  ret void
}

; CHECK-LABEL: define i64 @load_att_indexed(ptr %p, i64 %i)
; CHECK: %[[M:.*]] = mul i64 %i, 8
; CHECK-NEXT: %[[O:.*]] = add i64 16, %[[M]]
; CHECK-NEXT: %[[A:.*]] = getelementptr i8, ptr %p, i64 %[[O]]
; CHECK-NEXT: call void @__sbsan_read8(ptr %[[A]], i64 %sbsan.tag.p)
; CHECK-NEXT: call i64 asm
; CHECK-NOT: __sbsan_clear_provenance
define i64 @load_att_indexed(ptr %p, i64 %i) {
  %v = call i64 asm "movq 16($1,$2,8), $0", "=r,r,r"(ptr %p, i64 %i)
  ret i64 %v
}

; An `=*m` output of an i64 is a write of 8 bytes at the operand.
; CHECK-LABEL: define void @memory_operand(ptr %p)
; CHECK: call void @__sbsan_write8(ptr %{{.*}}, i64 %sbsan.tag.p)
; CHECK-NEXT: call void asm sideeffect "movq $$1, $0"
define void @memory_operand(ptr %p) {
  call void asm sideeffect "movq $$1, $0", "=*m"(ptr elementtype(i64) %p)
  ret void
}

; String instructions through rdi/rsi input operands: rep stos writes rcx
; elements, rep movs reads and writes them unless the destination lies
; inside the source range above its start (a forward overlapping copy).
; CHECK-LABEL: define void @strings(ptr %d, ptr %s, i64 %n)
; CHECK: %[[B:.*]] = mul i64 %n, 8
; CHECK: call void @__sbsan_write(ptr %{{.*}}, i64 %[[B]], i64 %sbsan.tag.d)
; CHECK-NEXT: call void asm sideeffect "rep stosq"
; CHECK: %[[C:.*]] = mul i64 %n, 1
; CHECK-NEXT: %[[C2:.*]] = mul i64 %n, 1
; CHECK: %[[RS:.*]] = select i1 %{{.*}}, i64 0, i64 %[[C]]
; CHECK: call void @__sbsan_read(ptr %{{.*}}, i64 %[[RS]], i64 %sbsan.tag.s)
; CHECK: %[[WS:.*]] = select i1 %{{.*}}, i64 0, i64 %[[C2]]
; CHECK: call void @__sbsan_write(ptr %{{.*}}, i64 %[[WS]], i64 %sbsan.tag.d)
; CHECK-NEXT: call void asm sideeffect "rep movsb"
; CHECK-NOT: call void @__sbsan_{{read|write}}
; CHECK: ret void
define void @strings(ptr %d, ptr %s, i64 %n) {
  call void asm sideeffect "rep stosq", "{cx},{di},{ax},~{memory}"(i64 %n, ptr %d, i64 0)
  call void asm sideeffect "rep movsb", "{cx},{di},{si},~{memory}"(i64 %n, ptr %d, ptr %s)
  call void asm sideeffect "std\0A\09rep movsb\0A\09cld", "{cx},{di},{si},~{memory}"(i64 %n, ptr %d, ptr %s)
  call void asm sideeffect "repe cmpsb", "{cx},{di},{si},~{memory}"(i64 %n, ptr %d, ptr %s)
  ret void
}

; Not checked: an instruction whose operand size the pass does not know, a
; statement with a branch, a base register changed by an earlier
; instruction, a placeholder modifier it does not know, and an address
; passed as an integer (no tag).
; CHECK-LABEL: define void @unchecked(ptr %p, i64 %n)
; CHECK-NOT: call void @__sbsan_{{read|write}}
; CHECK: ret void
define void @unchecked(ptr %p, i64 %n) {
  call void asm sideeffect inteldialect "movaps xmmword ptr [${0:q}], xmm0", "r"(ptr %p)
  call void asm sideeffect "1: movl $$0, ($0)\0A\09jmp 1b", "r"(ptr %p)
  call void asm sideeffect inteldialect "add ${0:q}, 8\0A\09mov dword ptr [${0:q}], 1", "r"(ptr %p)
  call void asm sideeffect "movl $$0, (${0:x})", "r"(ptr %p)
  %a = ptrtoint ptr %p to i64
  call void asm sideeffect inteldialect "mov dword ptr [${0:q}], 1", "r"(i64 %a)
  ret void
}

; STATS: 12  Inline asm statements
; STATS: 6  Inline asm memory accesses checked
; STATS: 6  Inline asm accesses or statements left unchecked
; WHY: inline asm: MOVSB: the direction flag may be set (not checked)
; WHY: inline asm: CMPSB: a repeated compare may stop early (not checked)
; WHY: inline asm: instruction MOVAPSmr (not checked)
; WHY: inline asm: control flow in the statement (not checked)
; WHY: inline asm: address of MOV32mi not from an input operand (not checked)
; WHY: inline asm: operand modifier x (not checked)
