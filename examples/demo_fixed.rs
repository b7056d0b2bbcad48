//! The sound version of examples/demo.rs.
//!
//! Run it with:   scripts/sbsan run examples/demo_fixed.rs
//!
//! A pointer derived from one `&mut self` borrow must not be used after the
//! next `&mut self` borrow of the same value. Two ways out, both shown:
//! keep an index instead of a pointer (and write through the owner), or take
//! the pointer only after the last competing borrow and stop using it before
//! the next one.

struct Packet {
    buf: [u8; 16],
    len: usize,
}

impl Packet {
    fn new() -> Self {
        Packet { buf: [0; 16], len: 0 }
    }

    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }

    fn slot_ptr(&mut self, i: usize) -> *mut u8 {
        &mut self.buf[i] as *mut u8
    }

    fn set(&mut self, i: usize, b: u8) {
        self.buf[i] = b;
    }

    fn checksum(&self) -> u8 {
        self.buf[..self.len].iter().fold(0u8, |acc, b| acc.wrapping_add(*b))
    }
}

fn main() {
    // Fix 1: remember the index, write through the packet.
    let mut pkt = Packet::new();
    pkt.push(0x01);
    let slot = 0;
    pkt.push(0x20);
    pkt.push(0x30);
    pkt.set(slot, 0x02);
    println!("checksum = {:#04x}", pkt.checksum());

    // Fix 2: derive the pointer after the other borrows, use it, then go on.
    let mut pkt = Packet::new();
    pkt.push(0x01);
    pkt.push(0x20);
    pkt.push(0x30);
    let slot = pkt.slot_ptr(0);
    unsafe { *slot = 0x02 };
    println!("checksum = {:#04x}", pkt.checksum());
}
