use sbsan_cargo_demo::Packet;

#[test]
fn patch_then_push() {
    let mut p = Packet::new();
    p.push(1);
    p.patch_header(9);
    p.push(1);
    assert_eq!(p.checksum(), 10);
}

#[test]
fn many_packets_across_threads() {
    let handles: Vec<_> = (0..4u8)
        .map(|t| {
            std::thread::spawn(move || {
                let mut p = Packet::new();
                for i in 0..16 {
                    p.push(t.wrapping_mul(i));
                }
                p.checksum()
            })
        })
        .collect();
    let sums: Vec<u8> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(sums, [0, 120, 240, 104]);
}
