// Generates a constant with demo-util, which the build script and the
// library both depend on.
use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("table.rs");
    let sum = demo_util::square_sum(10);
    fs::write(out, format!("pub const TABLE_SUM: u64 = {};\n", sum)).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
