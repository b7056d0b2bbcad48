// std's own variables are not tracked (docs/design.md section 2): the
// hasher that HashSet::insert builds is one, and the `&mut H` that our
// Hash impl receives points into it. A retag of bytes without stacks gets
// a fresh tag and nothing else (no protector, no history record), which
// print_stats counts; skip_untracked_retags=0 makes those retags in full.
// The write through `&self` in the second mode is on tracked bytes (the
// program's own `probe`) and is reported either way.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 2>&1 | FileCheck %s --check-prefix=SKIP
// RUN: env SBSAN_OPTIONS=print_stats=1:skip_untracked_retags=0 %t 2>&1 | FileCheck %s --check-prefix=FULL
// RUN: not %t write 2>&1 | FileCheck %s --check-prefix=WRITE
// RUN: env SBSAN_OPTIONS=skip_untracked_retags=0 not %t write 2>&1 | FileCheck %s --check-prefix=WRITE
// SKIP-NOT: ERROR
// SKIP: distinct 500
// SKIP: retags of untracked memory: {{[0-9][0-9][0-9][0-9]+$}}
// FULL-NOT: ERROR
// FULL: distinct 500
// FULL: retags of untracked memory: 0
// WRITE: ERROR: StackedBorrowsSanitizer: invalid-write
// WRITE: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}untracked_retags.rs:{{[0-9]+}}:{{[0-9]+}} in <untracked_retags::Key as core::hash::Hash>::hash
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

#[derive(PartialEq, Eq)]
struct Key(u64);

static mut WRITE_THROUGH_SHARED: bool = false;

impl Hash for Key {
    #[inline(never)]
    #[allow(invalid_reference_casting)]
    fn hash<H: Hasher>(&self, state: &mut H) {
        if unsafe { WRITE_THROUGH_SHARED } {
            let p = &self.0 as *const u64 as *mut u64;
            unsafe { std::ptr::write_volatile(p, self.0) };
        }
        state.write_u64(self.0 * 7);
    }
}

fn main() {
    let write = std::env::args().nth(1).as_deref() == Some("write");
    let mut set = HashSet::new();
    for i in 0..2000u64 {
        set.insert(Key(i % 500));
    }
    println!("distinct {}", set.len());
    if write {
        unsafe { WRITE_THROUGH_SHARED = true };
        let probe = Key(3);
        println!("present {}", set.contains(&probe));
    }
}
