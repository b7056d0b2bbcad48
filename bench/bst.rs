// Benchmark: a binary search tree of Box<Node>. n pseudo-random keys are
// inserted (iteratively, through &mut Option<Box<Node>>), then 2n keys are
// looked up (half of them present), and the tree is walked in order.
// Work is n log n (the keys are random, so the depth is O(log n)).
//
// bench-n: 300000
// bench-work: nlogn

struct Node {
    key: u64,
    value: u64,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
    len: usize,
}

impl Tree {
    fn insert(&mut self, key: u64, value: u64) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                node.value = value;
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, value, left: None, right: None }));
        self.len += 1;
        true
    }

    fn get(&self, key: u64) -> Option<&u64> {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return Some(&node.value);
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        None
    }

    fn depth(node: &Option<Box<Node>>) -> usize {
        match node {
            None => 0,
            Some(n) => 1 + Self::depth(&n.left).max(Self::depth(&n.right)),
        }
    }

    fn in_order(node: &Option<Box<Node>>, f: &mut impl FnMut(&Node)) {
        if let Some(n) = node {
            Self::in_order(&n.left, f);
            f(n);
            Self::in_order(&n.right, f);
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 16
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(300_000);
    let mut rng = Rng(7);
    let mut tree = Tree::default();
    let mut keys = Vec::with_capacity(n);
    for i in 0..n {
        let k = rng.next() % (8 * n as u64);
        tree.insert(k, i as u64);
        keys.push(k);
    }
    let mut hits = 0u64;
    let mut sum = 0u64;
    for i in 0..2 * n {
        let k = if i % 2 == 0 { keys[(rng.next() % n as u64) as usize] } else { rng.next() % (8 * n as u64) };
        if let Some(v) = tree.get(k) {
            hits += 1;
            sum = sum.wrapping_add(*v);
        }
    }
    let mut prev = None;
    let mut sorted = true;
    let mut walk = 0u64;
    Tree::in_order(&tree.root, &mut |node| {
        if let Some(p) = prev {
            sorted &= p < node.key;
        }
        prev = Some(node.key);
        walk = walk.wrapping_mul(1000003).wrapping_add(node.key ^ node.value);
    });
    println!(
        "len {} depth {} hits {} sum {} walk {} sorted {}",
        tree.len,
        Tree::depth(&tree.root),
        hits,
        sum,
        walk,
        sorted
    );
}
