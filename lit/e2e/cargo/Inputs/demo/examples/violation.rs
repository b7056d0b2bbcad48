// The bundled demo's bug, in a cargo example: `slot` is derived from one
// `&mut pkt` borrow and used after the next one.
use sbsan_cargo_demo::Packet;

fn main() {
    let mut pkt = Packet::new();
    pkt.push(0x01);
    let slot = pkt.slot_ptr(0);
    pkt.push(0x20);
    unsafe { *slot = 0x02 }; // BUG: write through an invalidated pointer
    println!("checksum = {:#04x}", pkt.checksum());
}
