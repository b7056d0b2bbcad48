// Dynamic dispatch through Box<dyn Trait> and &mut dyn Trait, and boxed
// FnMut closures that own their state.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: circle area*100=1256
// CHECK-NEXT: rect area*100=600
// CHECK-NEXT: total after scaling=7424
// CHECK-NEXT: closures [1, 2, 3] [10, 20, 30]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

trait Shape {
    fn name(&self) -> &str;
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn name(&self) -> &str {
        "circle"
    }
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn name(&self) -> &str {
        "rect"
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

fn grow(s: &mut dyn Shape) {
    s.scale(2.0);
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 2.0 }), Box::new(Rect { w: 2.0, h: 3.0 })];
    for s in &shapes {
        println!("{} area*100={}", s.name(), (s.area() * 100.0).round() as i64);
    }
    for s in shapes.iter_mut() {
        grow(s.as_mut());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total after scaling={}", (total * 100.0).round() as i64);

    let mut counters: Vec<Box<dyn FnMut() -> i32>> = Vec::new();
    for step in [1, 10] {
        let mut n = 0;
        counters.push(Box::new(move || {
            n += step;
            n
        }));
    }
    let mut a = Vec::new();
    let mut b = Vec::new();
    for _ in 0..3 {
        a.push(counters[0]());
        b.push(counters[1]());
    }
    println!("closures {:?} {:?}", a, b);
}
