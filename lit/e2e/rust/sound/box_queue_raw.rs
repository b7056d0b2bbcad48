// A singly linked queue with a raw tail pointer, written the way Stacked
// Borrows needs: nodes live behind raw pointers from Box::into_raw, and no
// reference to a node outlives a use of another alias.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: popped 1 2
// CHECK-NEXT: peek 30
// CHECK-NEXT: drained [30, 4, 5]
// CHECK-NEXT: boxed list 3 -> 2 -> 1 (sum 6)
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::ptr;

struct Node<T> {
    elem: T,
    next: *mut Node<T>,
}

struct Queue<T> {
    head: *mut Node<T>,
    tail: *mut Node<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { head: ptr::null_mut(), tail: ptr::null_mut() }
    }

    fn push(&mut self, elem: T) {
        let new_tail = Box::into_raw(Box::new(Node { elem, next: ptr::null_mut() }));
        if self.tail.is_null() {
            self.head = new_tail;
        } else {
            unsafe { (*self.tail).next = new_tail };
        }
        self.tail = new_tail;
    }

    fn pop(&mut self) -> Option<T> {
        if self.head.is_null() {
            return None;
        }
        let head = unsafe { Box::from_raw(self.head) };
        self.head = head.next;
        if self.head.is_null() {
            self.tail = ptr::null_mut();
        }
        Some(head.elem)
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        unsafe { self.head.as_mut().map(|node| &mut node.elem) }
    }
}

impl<T> Drop for Queue<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

// The safe counterpart: a Box-linked stack.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn render(l: &List) -> (String, i32) {
    match l {
        List::Cons(v, rest) => {
            let (s, sum) = render(rest);
            if s.is_empty() { (v.to_string(), v + sum) } else { (format!("{} -> {}", v, s), v + sum) }
        }
        List::Nil => (String::new(), 0),
    }
}

fn main() {
    let mut q = Queue::new();
    for i in 1..=3 {
        q.push(i);
    }
    let a = q.pop().unwrap();
    let b = q.pop().unwrap();
    println!("popped {} {}", a, b);
    if let Some(x) = q.peek_mut() {
        *x *= 10;
    }
    q.push(4);
    println!("peek {}", q.peek_mut().map(|x| *x).unwrap());
    q.push(5);
    let mut drained = Vec::new();
    while let Some(x) = q.pop() {
        drained.push(x);
    }
    println!("drained {:?}", drained);
    let mut q2 = Queue::new();
    q2.push(String::from("dropped with the queue"));

    let mut list = List::Nil;
    for i in 1..=3 {
        list = List::Cons(i, Box::new(list));
    }
    let (s, sum) = render(&list);
    println!("boxed list {} (sum {})", s, sum);
}
