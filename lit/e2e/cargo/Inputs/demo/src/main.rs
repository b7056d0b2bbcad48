use sbsan_cargo_demo::{Packet, SQUARES, TABLE_SUM};

fn main() {
    let mut pkt = Packet::new();
    for b in [1u8, 0x20, 0x30] {
        pkt.push(b);
    }
    pkt.patch_header(2);
    println!("checksum = {:#04x} len = {}", pkt.checksum(), pkt.len());
    println!("squares {:?} table sum {}", SQUARES, TABLE_SUM);
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args {:?}", args);
}
