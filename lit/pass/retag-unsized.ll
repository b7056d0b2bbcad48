; A retag never covers more or fewer bytes than the pointee has. For a
; reference to an unsized struct (a slice tail: `&mut H<[u32]>`) rustc's
; dereferenceable(N) is only the sized prefix; the real size is
; tail offset + length * element size, rounded up to the struct's alignment,
; with the length from the fat pointer's second parameter. Fat pointers the
; pass cannot size (dyn Trait, tails it does not understand) get no retag,
; and neither does the metadata half (a length or a vtable, which even
; carries noalias readonly dereferenceable). Without debug info a noalias
; dereferenceable pointer followed by an integer may be such a fat pointer:
; no retag either.
; RUN: %opt -passes=sbsan -sbsan-inline-fast-path=false -S %s | FileCheck %s
; RUN: %opt -passes=sbsan,verify -disable-output %s

; &mut H<[u32]> with H { n: u8, data: [u32] }: the tail is at 4, align 4.
; CHECK-LABEL: define i64 @tail_o1(
; CHECK: call void @__sbsan_func_enter(
; CHECK-NEXT: %[[M:.*]] = mul i64 %x.1, 4
; CHECK-NEXT: %[[A:.*]] = add i64 %[[M]], 7
; CHECK-NEXT: %[[SZ:.*]] = and i64 %[[A]], -4
; CHECK-NEXT: %[[U:.*]] = call i64 @__sbsan_retag(ptr %x.0, i64 %[[SZ]], i64 %sbsan.tag.x.0, i32 80,
; CHECK-NOT: __sbsan_retag
; CHECK: ret i64
define i64 @tail_o1(ptr noalias noundef align 4 dereferenceable(4) %x.0, i64 noundef %x.1) !dbg !100 {
start:
    #dbg_value(ptr %x.0, !101, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !102)
    #dbg_value(i64 %x.1, !101, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !102)
  store i8 1, ptr %x.0, align 4, !dbg !102
  ret i64 %x.1, !dbg !102
}

; &N with N { a: u8, inner: H2<[u16]> } and H2 { n: u8, data: [u16] } at
; -O0 (no attributes): the nested tail is at 2 + 2, align 2; a shared
; reference without cells is SharedReadOnly (2 + 16).
; CHECK-LABEL: define i64 @tail_nested(
; CHECK: %[[M:.*]] = mul i64 %x.1, 2
; CHECK-NEXT: %[[A:.*]] = add i64 %[[M]], 5
; CHECK-NEXT: %[[SZ:.*]] = and i64 %[[A]], -2
; CHECK-NEXT: call i64 @__sbsan_retag(ptr %x.0, i64 %[[SZ]], i64 %sbsan.tag.x.0, i32 18,
; CHECK-NOT: __sbsan_retag
; CHECK: ret i64
define i64 @tail_nested(ptr %x.0, i64 %x.1) !dbg !110 {
start:
  %x.dbg.spill = alloca [16 x i8], align 8
  store ptr %x.0, ptr %x.dbg.spill, align 8
  %len = getelementptr inbounds i8, ptr %x.dbg.spill, i64 8
  store i64 %x.1, ptr %len, align 8
    #dbg_declare(ptr %x.dbg.spill, !111, !DIExpression(), !112)
  ret i64 %x.1, !dbg !112
}

; &dyn Tr: neither the data pointer nor the vtable is retagged, and an
; unsized struct whose tail is an enum is not either.
; CHECK-LABEL: define void @dyn_and_unknown(
; CHECK-NOT: __sbsan_retag
; CHECK-NOT: __sbsan_func_enter
; CHECK: ret void
define void @dyn_and_unknown(ptr noundef nonnull align 1 %d.0, ptr noalias noundef readonly align 8 dereferenceable(24) %d.1, ptr noalias noundef align 8 dereferenceable(8) %e.0, i64 noundef %e.1) !dbg !120 {
start:
    #dbg_value(ptr %d.0, !121, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !123)
    #dbg_value(ptr %d.1, !121, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !123)
    #dbg_value(ptr %e.0, !122, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !123)
    #dbg_value(i64 %e.1, !122, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !123)
  ret void, !dbg !123
}

; A wrapper around such a fat pointer (Pin<&mut H<[u32]>>) passed as its two
; halves: the pass does not size the pointee through the wrapper, so no
; retag (dereferenceable(4) is still only the prefix).
; CHECK-LABEL: define void @wrapped(
; CHECK-NOT: __sbsan_retag
; CHECK-NOT: __sbsan_func_enter
; CHECK: ret void
define void @wrapped(ptr noalias noundef align 4 dereferenceable(4) %p.0, i64 noundef %p.1) !dbg !130 {
start:
    #dbg_value(ptr %p.0, !131, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !132)
    #dbg_value(i64 %p.1, !131, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !132)
  ret void, !dbg !132
}

; No debug info: a noalias dereferenceable pointer followed by an integer
; may be a fat pointer: not retagged. Followed by a pointer it is retagged.
; CHECK-LABEL: define void @no_di(
; CHECK-NOT: __sbsan_retag(ptr %p,
; CHECK: call i64 @__sbsan_retag(ptr %q, i64 4,
; CHECK-NOT: __sbsan_retag(ptr %p,
; CHECK: ret void
; (The personality's declaration makes the module Rust for functions
; without debug info.)
declare i32 @rust_eh_personality(...)
define void @no_di(ptr noalias noundef align 8 dereferenceable(16) %p, i64 noundef %n, ptr noalias noundef align 4 dereferenceable(4) %q, ptr %r) {
  ret void
}

!llvm.dbg.cu = !{!0, !1}
!llvm.module.flags = !{!2, !3}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !4, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !4, producer: "rustc", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !DIFile(filename: "t.rs", directory: "/tmp")
!5 = !DINamespace(name: "t", scope: null)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!9 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!10 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!11 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!12 = !{}

; H<[u32]>: size and align of the sized prefix; `data` has no size.
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "H<[u32]>", scope: !5, file: !4, size: 32, align: 32, elements: !21, identifier: "H32")
!21 = !{!22, !23}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !20, file: !4, baseType: !8, size: 8, align: 8)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !20, file: !4, baseType: !10, align: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut t::H<[u32]>", file: !4, size: 128, align: 64, elements: !26, identifier: "refH32")
!26 = !{!27, !28}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !25, file: !4, baseType: !24, size: 64, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !25, file: !4, baseType: !11, size: 64, align: 64, offset: 64)

; N { a: u8, inner: H2<[u16]> }, H2 { n: u8, data: [u16] }.
!30 = !DICompositeType(tag: DW_TAG_structure_type, name: "H2<[u16]>", scope: !5, file: !4, size: 16, align: 16, elements: !31, identifier: "H16")
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !30, file: !4, baseType: !8, size: 8, align: 8)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !30, file: !4, baseType: !9, align: 16, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_structure_type, name: "N", scope: !5, file: !4, size: 32, align: 16, elements: !35, identifier: "N")
!35 = !{!36, !37}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !34, file: !4, baseType: !8, size: 8, align: 8)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !34, file: !4, baseType: !30, size: 16, align: 16, offset: 16)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_structure_type, name: "&t::N", file: !4, size: 128, align: 64, elements: !40, identifier: "refN")
!40 = !{!41, !42}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !39, file: !4, baseType: !38, size: 64, align: 64)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !39, file: !4, baseType: !11, size: 64, align: 64, offset: 64)

; &dyn Tr: data_ptr and vtable.
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn t::Tr", scope: !5, file: !4, align: 8, elements: !12, identifier: "dynTr")
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 3]", baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DICompositeType(tag: DW_TAG_structure_type, name: "&dyn t::Tr", file: !4, size: 128, align: 64, elements: !54, identifier: "refdyn")
!54 = !{!55, !56}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !53, file: !4, baseType: !51, size: 64, align: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !53, file: !4, baseType: !52, size: 64, align: 64, offset: 64)

; E<[u8]> whose sized prefix is an enum (a variant part): not understood.
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "E<[u8]>", scope: !5, file: !4, size: 64, align: 64, elements: !61, identifier: "E")
!61 = !{!62, !63}
!62 = !DICompositeType(tag: DW_TAG_variant_part, scope: !60, file: !4, size: 64, align: 64, elements: !12, identifier: "Evp")
!63 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !60, file: !4, baseType: !8, align: 8, offset: 64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut t::E<[u8]>", file: !4, size: 128, align: 64, elements: !66, identifier: "refE")
!66 = !{!67, !68}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !65, file: !4, baseType: !64, size: 64, align: 64)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !65, file: !4, baseType: !11, size: 64, align: 64, offset: 64)

!100 = distinct !DISubprogram(name: "tail_o1", scope: !5, file: !4, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DILocalVariable(name: "x", arg: 1, scope: !100, file: !4, line: 1, type: !25)
!102 = !DILocation(line: 1, scope: !100)
!110 = distinct !DISubprogram(name: "tail_nested", scope: !5, file: !4, line: 2, type: !6, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !1)
!111 = !DILocalVariable(name: "x", arg: 1, scope: !110, file: !4, line: 2, type: !39)
!112 = !DILocation(line: 2, scope: !110)
!120 = distinct !DISubprogram(name: "dyn_and_unknown", scope: !5, file: !4, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DILocalVariable(name: "d", arg: 1, scope: !120, file: !4, line: 3, type: !53)
!122 = !DILocalVariable(name: "e", arg: 2, scope: !120, file: !4, line: 3, type: !65)
!123 = !DILocation(line: 3, scope: !120)
!70 = !DINamespace(name: "pin", scope: null)
!71 = !DICompositeType(tag: DW_TAG_structure_type, name: "Pin<&mut t::H<[u32]>>", scope: !70, file: !4, size: 128, align: 64, elements: !72, identifier: "pinH")
!72 = !{!73}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !71, file: !4, baseType: !25, size: 128, align: 64)
!130 = distinct !DISubprogram(name: "wrapped", scope: !5, file: !4, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DILocalVariable(name: "p", arg: 1, scope: !130, file: !4, line: 4, type: !71)
!132 = !DILocation(line: 4, scope: !130)
