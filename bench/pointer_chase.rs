// Benchmark: pointer chasing through heap nodes. A binary search tree of
// boxed nodes is built and searched, and a singly linked list is walked
// through shared and mutable references: many loads of references from
// memory and recursive calls with reference parameters.
// n is the number of rounds, each on a fresh 5000-node tree and list.
//
// bench-n: 200
// bench-work: linear
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

struct ListNode {
    value: u64,
    next: Option<Box<ListNode>>,
}

fn list_sum(mut l: &Option<Box<ListNode>>) -> u64 {
    let mut s = 0;
    while let Some(n) = l {
        s += n.value;
        l = &n.next;
    }
    s
}

fn list_bump(mut l: &mut Option<Box<ListNode>>) {
    while let Some(n) = l {
        n.value += 1;
        l = &mut n.next;
    }
}

fn main() {
    let rounds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let mut found = 0u64;
    for r in 0..rounds {
        let mut root = None;
        let mut x = 12345u64 + r;
        for _ in 0..5000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            insert(&mut root, x >> 40);
        }
        for k in 0..20000u64 {
            if contains(&root, k * 97) {
                found += 1;
            }
        }
        let mut list = None;
        for i in 0..5000 {
            list = Some(Box::new(ListNode { value: i, next: list }));
        }
        for _ in 0..10 {
            list_bump(&mut list);
        }
        found = found.wrapping_add(list_sum(&list));
        // Drop the list iteratively (a recursive drop could overflow).
        let mut cur = list.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
        }
    }
    println!("{}", found);
}
