//! A packet buffer with raw-pointer internals, used correctly.

include!(concat!(env!("OUT_DIR"), "/table.rs"));

/// The first squares, expanded by the proc-macro.
pub const SQUARES: [u32; 5] = demo_macros::squares!(5);

pub struct Packet {
    buf: [u8; 16],
    len: usize,
}

impl Default for Packet {
    fn default() -> Self {
        Self::new()
    }
}

impl Packet {
    pub fn new() -> Self {
        Packet { buf: [0; 16], len: 0 }
    }

    /// Appends a byte.
    pub fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }

    /// A raw pointer to the byte at `i`. It is valid until the next call of
    /// a `&mut self` method.
    pub fn slot_ptr(&mut self, i: usize) -> *mut u8 {
        &mut self.buf[i] as *mut u8
    }

    /// Sets the header byte through a raw pointer, used while still valid.
    ///
    /// ```
    /// let mut p = sbsan_cargo_demo::Packet::new();
    /// p.push(1);
    /// p.push(0x20);
    /// p.patch_header(2);
    /// assert_eq!(p.checksum(), 0x22);
    /// ```
    pub fn patch_header(&mut self, v: u8) {
        let slot = self.slot_ptr(0);
        unsafe { *slot = v };
    }

    pub fn checksum(&self) -> u8 {
        demo_util::checksum(&self.buf[..self.len])
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_constants() {
        assert_eq!(TABLE_SUM, 285);
        assert_eq!(SQUARES, [0, 1, 4, 9, 16]);
    }

    #[test]
    fn raw_slot_before_next_borrow() {
        let mut p = Packet::new();
        p.push(7);
        let slot = p.slot_ptr(0);
        unsafe { *slot += 1 };
        assert_eq!(p.checksum(), 8);
    }
}
