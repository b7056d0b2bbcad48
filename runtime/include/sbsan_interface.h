/*===- sbsan_interface.h - Stacked Borrows Sanitizer runtime interface ----===*
 *
 * The C interface between instrumented code and libsbsan_rt. The pass
 * (pass/SBSanRuntimeHooks.def) declares exactly these hooks; keep the two in
 * sync. Everything here is ABI: changing a signature needs both sides.
 *
 * Tags. Every pointer value carries a 64-bit tag. Tag 0 is the wildcard:
 * unknown provenance (int-to-ptr, pointers made by uninstrumented code). An
 * access or retag through the wildcard is never reported. Tag 2 is the root
 * tag of every global. Bit 0 of a tag is set only on tags made by protected
 * retags, so unprotected items never need a protector look-up.
 *
 * Fast path. One 64-bit shadow word per 8-byte granule lives at
 * (addr ^ SBSAN_SHADOW_XOR) & ~7. A word of 0 means the granule is not
 * tracked (any access is fine). Otherwise, if the low two bits are below 3,
 * the word is (top_tag << 2) | top_perm and all 8 bytes share one stack
 * whose top item is that. A word of exactly 3 means "ask the runtime". Any
 * other word with low bits 3 is the address (| 3) of a 64-bit top word in
 * the same encoding (never itself an address), shared by a run of granules
 * with one stack. So, for an access of at most 8 bytes that stays inside
 * one granule, with top = *(word & ~3) for such a word and top = word
 * otherwise:
 *   read  via t is fine without a call when  word == 0 || (top ^ (t << 2)) < 3
 *   write via t is fine without a call when  word == 0 || (top ^ (t << 2)) < 2
 * and in every other case the instrumented code calls __sbsan_read/_write,
 * which decide (and may change the stacks or report).
 *===----------------------------------------------------------------------===*/
#ifndef SBSAN_INTERFACE_H
#define SBSAN_INTERFACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint64_t sbsan_tag;

#define SBSAN_WILDCARD_TAG 0ULL
#define SBSAN_GLOBAL_ROOT_TAG 2ULL

/* Tag classes, in the low three bits of a tag (runtime/tags.h): set on
 * tags of protected retags; both low bits on restrict tags; set on tags of
 * SharedReadOnly retags of frozen bytes (not restrict tags), which the
 * pass's inline elision tests. */
#define SBSAN_TAG_PROTECTED_BIT 1ULL
#define SBSAN_TAG_RESTRICT_CLASS 3ULL
#define SBSAN_TAG_FROZEN_SHARED_BIT 4ULL

/* Shadow word mapping, shared with the pass's inline fast path. */
#define SBSAN_SHADOW_XOR 0x500000000000ULL
/* Provenance of pointers in memory, shared with the pass's inline pointer
 * loads: the 8-aligned slot at A keeps a tag at A ^ SBSAN_PROV_TAG_XOR and,
 * at A ^ SBSAN_PROV_VALUE_XOR, the pointer value it was recorded with
 * XOR (tag * SBSAN_PROV_CHECK_MUL). A load gets the tag only if that check
 * matches the value it read; a tag of 0 (none) gives 0 either way. */
#define SBSAN_PROV_TAG_XOR 0x100000000000ULL
#define SBSAN_PROV_VALUE_XOR 0x400000000000ULL
#define SBSAN_PROV_CHECK_MUL 0x9e3779b97f4a7c15ULL
#define SBSAN_WORD_PERM_BITS 2
#define SBSAN_WORD_PERM_MASK 3ULL
#define SBSAN_WORD_UNIQUE 0ULL
#define SBSAN_WORD_SHARED_RW 1ULL
#define SBSAN_WORD_SHARED_RO 2ULL
#define SBSAN_WORD_SLOW 3ULL
/* The fast path's rule, the one definition both sides use: a word W grants
 * an access through tag T if W is 0 (untracked) or if
 * (W ^ (T << SBSAN_WORD_PERM_BITS)) is below the bound of the access: the
 * top item has tag T and a permission that grants it (Unique or
 * SharedReadWrite for writes, also SharedReadOnly for reads). */
#define SBSAN_WORD_WRITE_BOUND SBSAN_WORD_SHARED_RO
#define SBSAN_WORD_READ_BOUND SBSAN_WORD_SLOW
/* A word whose low bits are SBSAN_WORD_SLOW and that is not SBSAN_WORD_SLOW
 * itself is the address of a run's state (its granules share one stack),
 * plus 3. There, at offset 0, is the run's top word, and at this offset
 * the top word again if every granule from the run's first to its last
 * belongs to it, else SBSAN_WORD_SLOW: two granules with the same run word
 * and that word show that all granules between them have that top. */
#define SBSAN_RUN_WHOLE_TOP_OFFSET 8

/* Retag kinds (low 4 bits) and flags for __sbsan_retag. */
#define SBSAN_RETAG_UNIQUE 0u    /* &mut T, Box<T>                       */
#define SBSAN_RETAG_SHARED_RW 1u /* raw pointer, &UnsafeCell, &mut !Unpin */
#define SBSAN_RETAG_SHARED_RO 2u /* &T with T frozen                     */
#define SBSAN_RETAG_KIND_MASK 0xfu
#define SBSAN_RETAG_PROTECT_STRONG 0x10u /* function-entry reference */
#define SBSAN_RETAG_PROTECT_WEAK 0x20u   /* function-entry Box        */
/* Unique only: also derive a SharedReadWrite child of the new tag, as a
 * raw pointer made from the reference would get, and return the child's
 * tag (the Unique tag is then only that child's parent). */
#define SBSAN_RETAG_RAW_CHILD 0x40u
/* Unique or SharedReadOnly: the new reference dies before anything but
 * its own uses (and, if protected, anything until its frame ends) can reach
 * its bytes (the pass proved it, see docs/design.md section 5). When the
 * shadow words show that the retag's access through the parent changes
 * nothing, the parent's tag is returned and no item is made; otherwise the
 * retag is made as without the flag. */
#define SBSAN_RETAG_NO_CHILD 0x80u
/* SharedReadOnly with SBSAN_RETAG_NO_CHILD only: answered only where the
 * parent's item on top is SharedReadWrite or SharedReadOnly, never Unique,
 * so that reads through any tag before the reference dies cannot disable
 * it (the pass proved that only reads and shared retags run then). */
#define SBSAN_RETAG_PARENT_SHARED 0x100u
/* The words that answer a retag without a child, the one definition both
 * sides use: W is 0, or (W ^ (parent << SBSAN_WORD_PERM_BITS)) lies in
 * [low, bound): the parent is on top with a permission that grants the
 * retag's access (a write for Unique, a read for SharedReadOnly) and, with
 * SBSAN_RETAG_PARENT_SHARED, is not Unique. */
static inline unsigned long long sbsan_no_child_low(unsigned kind) {
  return (kind & SBSAN_RETAG_PARENT_SHARED) ? SBSAN_WORD_SHARED_RW
                                            : SBSAN_WORD_UNIQUE;
}
static inline unsigned long long sbsan_no_child_bound(unsigned kind) {
  return (kind & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_UNIQUE
             ? SBSAN_WORD_WRITE_BOUND
             : SBSAN_WORD_READ_BOUND;
}

/* What created a tag; recorded for reports. */
#define SBSAN_ORIGIN_UNKNOWN 0u
#define SBSAN_ORIGIN_FN_ENTRY 1u   /* function-entry retag of a parameter */
#define SBSAN_ORIGIN_RETURN 2u     /* retag of a returned reference       */
#define SBSAN_ORIGIN_LOAD 3u       /* retag of a reference loaded from memory */
#define SBSAN_ORIGIN_RAW 4u        /* raw pointer escaping its function   */
#define SBSAN_ORIGIN_RUST_RETAG 5u /* rustc's __rust_retag_* intrinsics   */
#define SBSAN_ORIGIN_RESTRICT 6u   /* C restrict parameter                */
#define SBSAN_ORIGIN_STACK_VAR 7u  /* a named local (__sbsan_alloca)      */

/* A static description of a retag site, emitted by the pass (may be null).
 * Strings are NUL-terminated and live as long as the module. */
struct sbsan_retag_site {
  const char *function; /* mangled or plain name of the enclosing function */
  const char *what;     /* e.g. "parameter `x`", "variable `x`"           */
  uint32_t origin;      /* SBSAN_ORIGIN_*                                 */
  uint32_t var_size;    /* a stack variable's own size, for reports; 0:   */
                        /* the size __sbsan_alloca was given              */
};

/* Tags of call arguments and return values travel through these
 * thread-local slots. The writer stores the pointer value next to the tag; a
 * reader uses the tag only when the value matches the pointer it received,
 * and otherwise treats the pointer as a wildcard. */
struct sbsan_tag_slot {
  uint64_t value;
  uint64_t tag;
};
#define SBSAN_ARG_SLOTS 16
extern __thread struct sbsan_tag_slot __sbsan_arg_slots[SBSAN_ARG_SLOTS];
extern __thread struct sbsan_tag_slot __sbsan_ret_slot;

/* 1 while shared reborrows of frozen bytes may be elided (the runtime
 * option elide_frozen_reborrows), 0 before start-up: the pass's inline
 * elision reads it. */
extern uint8_t __sbsan_elide_frozen_reborrows;

/* Runtime start-up; idempotent. Instrumented modules call it from a
 * constructor; the runtime also runs it from .preinit_array. */
void __sbsan_init(void);

/* Access checks. Sized variants require addr to be the start of an access
 * of that many bytes. All return normally unless a report halts. */
void __sbsan_read(const void *addr, uint64_t size, sbsan_tag tag);
void __sbsan_write(const void *addr, uint64_t size, sbsan_tag tag);
void __sbsan_read1(const void *addr, sbsan_tag tag);
void __sbsan_read2(const void *addr, sbsan_tag tag);
void __sbsan_read4(const void *addr, sbsan_tag tag);
void __sbsan_read8(const void *addr, sbsan_tag tag);
void __sbsan_read16(const void *addr, sbsan_tag tag);
void __sbsan_write1(const void *addr, sbsan_tag tag);
void __sbsan_write2(const void *addr, sbsan_tag tag);
void __sbsan_write4(const void *addr, sbsan_tag tag);
void __sbsan_write8(const void *addr, sbsan_tag tag);
void __sbsan_write16(const void *addr, sbsan_tag tag);

/* Retag [addr, addr+size) from parent to a fresh tag of the given kind
 * (SBSAN_RETAG_*), returning the new tag. A zero size changes no stack. With
 * a protector flag the new item is protected until the innermost
 * __sbsan_func_enter frame of this thread ends. */
sbsan_tag __sbsan_retag(const void *addr, uint64_t size, sbsan_tag parent,
                        uint32_t kind, const struct sbsan_retag_site *site);

/* Like __sbsan_retag for a shared reference whose pointee has interior
 * mutability: bytes inside the `nranges` (offset, length) pairs of
 * `cell_ranges` get SharedReadWrite, the others SharedReadOnly. */
sbsan_tag __sbsan_retag_shared_mixed(const void *addr, uint64_t size,
                                     sbsan_tag parent,
                                     const uint64_t *cell_ranges,
                                     uint64_t nranges, uint32_t flags,
                                     const struct sbsan_retag_site *site);

/* A C `restrict` parameter (LLVM noalias argument): returns a fresh tag R,
 * strongly protected until the innermost __sbsan_func_enter frame of this
 * thread ends, that has no items yet; `addr` is the parameter's value. The
 * items of R are made per byte on the first access through R: a read
 * through R is a read access by `parent` that then pushes SharedReadOnly R,
 * a write is a write access by `parent` that then pushes Unique R (also
 * when R so far only read the byte). So memory modified through R during
 * the call may not be accessed through other pointers, and vice versa,
 * while read-only aliasing stays fine. After the call R-based pointers are
 * unconstrained. Deallocation never conflicts with a restrict pointer.
 * Without a frame (or before the runtime is up) `parent` is returned. */
sbsan_tag __sbsan_retag_restrict(const void *addr, sbsan_tag parent,
                                 const struct sbsan_retag_site *site);

/* Protector frames. `frame` is the instrumented function's frame address;
 * the pass calls exit on every way out of a call that called enter,
 * unwinding included. Calls with an equal frame address are nested (a
 * callee inlined into its caller shares its frame), not ended. enter(f)
 * ends the frames strictly below f (left by longjmp or a foreign unwind);
 * exit(f) ends the innermost frame at f and any frames strictly below it. */
void __sbsan_func_enter(const void *frame);
void __sbsan_func_exit(const void *frame);

/* Allocations the pass knows about. __sbsan_alloca registers a stack
 * allocation and returns its fresh root tag; `site` (may be null) names the
 * source variable living there for reports: site->what is "variable `x`",
 * site->function the enclosing function, site->origin
 * SBSAN_ORIGIN_STACK_VAR (or SBSAN_ORIGIN_UNKNOWN). */
sbsan_tag __sbsan_alloca(const void *addr, uint64_t size,
                         const struct sbsan_retag_site *site);
void __sbsan_dealloca(const void *addr, uint64_t size);
void __sbsan_register_global(const void *addr, uint64_t size);

/* ptr-to-int: the tag's items become exposed. */
void __sbsan_expose(const void *addr, sbsan_tag tag);

/* Provenance shadow: tags of pointers stored in memory. A store records
 * (value, tag) for an 8-byte-aligned slot; a load returns the tag only if
 * the slot still holds the value that was recorded, else the wildcard. */
void __sbsan_store_ptr(const void *slot, const void *value, sbsan_tag tag);
sbsan_tag __sbsan_load_ptr(const void *slot, const void *value);
void __sbsan_copy_provenance(void *dst, const void *src, uint64_t size);
void __sbsan_clear_provenance(void *dst, uint64_t size);

/* Debugging aids under the names Miri gives them, so a program written
 * for Miri runs unchanged: the id of the allocation holding ptr (its
 * first byte's address; 0 if SBSan does not track it), and a print on the
 * report stream of that allocation's borrow stacks, one line per range of
 * bytes whose stacks are equal. show_unnamed is accepted and ignored. */
uint64_t miri_get_alloc_id(const void *ptr);
void miri_print_borrow_state(uint64_t alloc_id, bool show_unnamed);

#ifdef __cplusplus
}
#endif

#endif /* SBSAN_INTERFACE_H */
