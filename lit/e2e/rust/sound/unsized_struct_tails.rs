// References to unsized structs (a slice or str as the last field) are
// retagged over exactly size_of_val bytes: the sized prefix, the tail and
// the trailing padding. A retag that covered fewer bytes would make the
// tail's accesses fail; one that covered more would reach past the
// caller's own (exactly sized) reference.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=14 last=11 nested=7 name=3 total=22
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

struct H<T: ?Sized> {
    n: u8,
    data: T,
}

struct N<T: ?Sized> {
    a: u8,
    inner: H<T>,
}

#[repr(transparent)]
struct Name {
    s: str,
}

#[inline(never)]
fn bump_all(h: &mut H<[u32]>) -> u32 {
    h.n += 1;
    let last = h.data.len() - 1;
    h.data[last] += 5;
    h.data.iter().sum()
}

#[inline(never)]
fn last_of(h: &H<[u32]>) -> u32 {
    assert_eq!(std::mem::size_of_val(h), 16);
    h.data[h.data.len() - 1]
}

#[inline(never)]
fn nested(n: &mut N<[u16]>) -> u16 {
    n.a += 1;
    let l = n.inner.data.len();
    n.inner.data[l - 1] += 1;
    n.inner.data[l - 1]
}

#[inline(never)]
fn name_len(n: &Name) -> usize {
    n.s.len()
}

fn as_name(s: &str) -> &Name {
    // SAFETY: Name is repr(transparent) over str.
    unsafe { &*(s as *const str as *const Name) }
}

// Exactly sized references whose pointee is the unsized callee's whole
// value: the callee's retag must stay inside them.
#[inline(never)]
fn outer(h: &mut H<[u32; 3]>) -> u32 {
    bump_all(h)
}

#[inline(never)]
fn outer_nested(n: &mut N<[u16; 3]>) -> u16 {
    nested(n)
}

fn main() {
    let mut h = H { n: 0, data: [1u32, 2, 6] };
    let sum = outer(&mut h);
    let last = last_of(&h);
    let mut n = N { a: 0, inner: H { n: 0, data: [4u16, 5, 6] } };
    let nv = outer_nested(&mut n);
    let name = name_len(as_name("abc"));
    let mut boxed: Box<H<[u32]>> = Box::new(H { n: 1, data: [1, 2, 3, 4] });
    let total = bump_all(&mut boxed) + h.data[0] + n.inner.data[0] as u32 + boxed.n as u32;
    println!("sum={} last={} nested={} name={} total={}", sum, last, nv, name, total);
}
