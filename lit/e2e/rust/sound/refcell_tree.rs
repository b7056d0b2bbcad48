// A tree with shared ownership (Rc), interior mutability (RefCell) and weak
// parent links: the usual safe way to build graphs, full of aliasing that
// the borrow stacks must accept.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=16 depth=2
// CHECK-NEXT: busy while borrowed
// CHECK-NEXT: sum=116 parent of leaf=2
// CHECK-NEXT: strong=1 weak=2
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: i32,
    children: Vec<Rc<RefCell<Node>>>,
    parent: Option<Weak<RefCell<Node>>>,
}

fn add_child(parent: &Rc<RefCell<Node>>, val: i32) -> Rc<RefCell<Node>> {
    let child = Rc::new(RefCell::new(Node {
        val,
        children: Vec::new(),
        parent: Some(Rc::downgrade(parent)),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

fn sum(n: &Rc<RefCell<Node>>) -> i32 {
    let node = n.borrow();
    node.val + node.children.iter().map(sum).sum::<i32>()
}

fn depth(n: &Rc<RefCell<Node>>) -> usize {
    match n.borrow().parent.as_ref().and_then(Weak::upgrade) {
        Some(p) => 1 + depth(&p),
        None => 0,
    }
}

fn main() {
    let root = Rc::new(RefCell::new(Node { val: 1, children: Vec::new(), parent: None }));
    let a = add_child(&root, 2);
    let _b = add_child(&root, 3);
    let leaf = add_child(&a, 10);
    println!("sum={} depth={}", sum(&root), depth(&leaf));

    {
        let guard = leaf.borrow();
        if root.borrow().children[0].borrow().children[0].try_borrow_mut().is_err() {
            println!("busy while borrowed");
        }
        drop(guard);
    }
    leaf.borrow_mut().val += 100;
    let parent_val = leaf.borrow().parent.as_ref().unwrap().upgrade().unwrap().borrow().val;
    println!("sum={} parent of leaf={}", sum(&root), parent_val);
    println!("strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
}
