// Ignored by default: `cargo sbsan test --test violation -- --ignored` runs
// it, and SBSan must stop it with a report.
use sbsan_cargo_demo::Packet;

#[test]
#[ignore]
fn write_through_invalidated_slot() {
    let mut p = Packet::new();
    p.push(1);
    let slot = p.slot_ptr(0); // derived from this call's `&mut p`
    p.push(2); // a new `&mut p`: `slot` is invalid from here on
    unsafe { *slot = 3 }; // BUG
    assert_eq!(p.checksum(), 5);
}
