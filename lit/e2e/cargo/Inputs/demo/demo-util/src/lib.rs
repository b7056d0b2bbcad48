//! Helpers shared by the demo library and its build script.

/// Wrapping sum of the bytes.
pub fn checksum(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0u8, |acc, b| acc.wrapping_add(*b))
}

/// 0^2 + 1^2 + ... + (n-1)^2, computed through a Vec so that the
/// instrumented build has heap accesses to check.
pub fn square_sum(n: u64) -> u64 {
    let squares: Vec<u64> = (0..n).map(|i| i * i).collect();
    squares.iter().sum()
}
