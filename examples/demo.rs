//! SBSan demo: a Stacked Borrows violation that the Rust compiler accepts,
//! that tests and ordinary sanitizers do not flag, and that is still
//! undefined behaviour.
//!
//! Run it with:   scripts/sbsan run              (this file is the default)
//! The fix:       scripts/sbsan run examples/demo_fixed.rs
//!
//! `Packet::slot_ptr` hands out a raw pointer into the packet's buffer. That
//! pointer is derived from the `&mut self` borrow of that one call. The next
//! call of a `&mut self` method creates a new unique borrow of the whole
//! packet, which invalidates every pointer derived from earlier borrows, so
//! the write through `slot` afterwards is undefined behaviour: the compiler
//! may assume (and, through LLVM's `noalias`, does assume) that nothing else
//! writes the packet while a `&mut Packet` is in use.
//!
//! Memory-wise nothing is wrong (the pointer is in bounds and the packet is
//! alive), so AddressSanitizer and Valgrind are silent. Miri reports it, but
//! only for code it can interpret; SBSan reports it in the compiled program.

struct Packet {
    buf: [u8; 16],
    len: usize,
}

impl Packet {
    fn new() -> Self {
        Packet { buf: [0; 16], len: 0 }
    }

    /// Appends a byte.
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }

    /// A raw pointer to the byte at `i`, for "filling it in later".
    fn slot_ptr(&mut self, i: usize) -> *mut u8 {
        &mut self.buf[i] as *mut u8
    }

    fn checksum(&self) -> u8 {
        self.buf[..self.len].iter().fold(0u8, |acc, b| acc.wrapping_add(*b))
    }
}

fn main() {
    let mut pkt = Packet::new();
    pkt.push(0x01); // header byte; its value is patched below
    let slot = pkt.slot_ptr(0); // raw pointer derived from this `&mut pkt`
    pkt.push(0x20); // new `&mut pkt`: `slot` is no longer valid
    pkt.push(0x30);
    unsafe { *slot = 0x02 }; // BUG: write through an invalidated pointer
    println!("checksum = {:#04x}", pkt.checksum());
}
