; A constructor (priority 1) initializes the runtime and registers each
; global the module defines; constants, thread-locals, globals in explicit
; sections, llvm.* and declarations are left untracked.
; RUN: %opt -passes=sbsan -S %s | FileCheck %s
; RUN: %opt -passes=sbsan -sbsan-register-constant-globals -S %s | FileCheck %s --check-prefix=CONST
; RUN: %opt -passes=sbsan -sbsan-register-globals=false -S %s | FileCheck %s --check-prefix=NOREG

@data = global [10 x i32] zeroinitializer
@weak = weak global i64 0
@ro = constant i32 5
@tls = thread_local global i32 0
@sect = global i32 0, section "my_section"
@ext = external global i32
@empty = global {} zeroinitializer
@llvm.used = appending global [1 x ptr] [ptr @data], section "llvm.metadata"

; CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @sbsan.module_ctor, ptr null }]
; CHECK-LABEL: define internal void @sbsan.module_ctor()
; CHECK-NEXT: call void @__sbsan_init()
; CHECK-NEXT: call void @__sbsan_register_global(ptr @data, i64 40)
; CHECK-NEXT: call void @__sbsan_register_global(ptr @weak, i64 8)
; CHECK-NEXT: ret void
; CONST-LABEL: define internal void @sbsan.module_ctor()
; CONST: call void @__sbsan_register_global(ptr @ro, i64 4)
; NOREG-LABEL: define internal void @sbsan.module_ctor()
; NOREG-NEXT: call void @__sbsan_init()
; NOREG-NEXT: ret void
