// A tree built through `&mut` and then only searched through shared
// references: each node's stacks keep the insert's Unique reborrow and its
// raw child above the Box's item, and the searches read through the Box's
// item. After the first read, the word names that item as a quiet reader,
// so the 300,000 reads of the searches pass the inline check: the runtime
// sees a few hundred accesses, not one per read.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 2>&1 | FileCheck %s
// CHECK-NOT: ERROR
// CHECK: found 10000
// CHECK: accesses checked at runtime: {{[0-9]?[0-9]?[0-9]?[0-9]$}}

struct Node {
    key: u64,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, key: u64) {
    match slot {
        None => *slot = Some(Box::new(Node { key, left: None, right: None })),
        Some(n) => {
            if key < n.key {
                insert(&mut n.left, key)
            } else {
                insert(&mut n.right, key)
            }
        }
    }
}

fn contains(mut n: &Option<Box<Node>>, key: u64) -> bool {
    while let Some(node) = n {
        if key == node.key {
            return true;
        }
        n = if key < node.key { &node.left } else { &node.right };
    }
    false
}

fn main() {
    let mut root = None;
    for i in 0..200u64 {
        insert(&mut root, (i * 7919) % 211);
    }
    let mut found = 0;
    for _ in 0..50 {
        for k in 0..211u64 {
            found += contains(&root, k) as u64;
        }
    }
    println!("found {}", found);
}
