// Every intercepted C function (vsnprintf only as snprintf's: Rust has no
// stable va_list), called the way the model allows: through
// `&mut` for what it writes, `&` for what it only reads, with buffers
// that later Rust code keeps using. No report, and the output of the
// uninstrumented build. print_stats shows the runtime checked the calls.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && env SBSAN_OPTIONS=print_stats=1 %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && env SBSAN_OPTIONS=print_stats=1 %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer: {{[a-z-]+}} on
// CHECK: mem 7 7 0 equal=0 chr=3
// CHECK-NEXT: str 5 hello world cmp<0 ncmp=0 chr=4 rchr=7 str=6 nlen=3
// CHECK-NEXT: io read 5 hello, readv 3+2, pread 2 ll
// CHECK-NEXT: fmt n=42 len 4, sorted [1, 3, 5, 7, 9], 7 at 3
// CHECK-NEXT: stat ok, cwd ok, fgets line one
// CHECK-NEXT: more abcxy! dup abcxy! wide 3 equal=1 zeroed 0
// CHECK-NEXT: rest bcmp=0 stat ok lstat ok realpath ok sent 4 got ping writev 5 pwrite 2 fread hezzo
// CHECK: exit status 0
// CHECK: C library calls checked: {{[3-9][0-9]}}
use std::hint::black_box;
use std::os::raw::{c_char, c_int, c_void};

#[repr(C)]
struct IoVec {
    base: *mut c_void,
    len: usize,
}

type Cmp = extern "C" fn(*const c_void, *const c_void) -> c_int;
extern "C" {
    fn memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn memmove(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn memset(d: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn memchr(s: *const c_void, c: c_int, n: usize) -> *mut c_void;
    fn strlen(s: *const c_char) -> usize;
    fn strnlen(s: *const c_char, n: usize) -> usize;
    fn strcpy(d: *mut c_char, s: *const c_char) -> *mut c_char;
    fn strcat(d: *mut c_char, s: *const c_char) -> *mut c_char;
    fn strcmp(a: *const c_char, b: *const c_char) -> c_int;
    fn strncmp(a: *const c_char, b: *const c_char, n: usize) -> c_int;
    fn strchr(s: *const c_char, c: c_int) -> *mut c_char;
    fn strrchr(s: *const c_char, c: c_int) -> *mut c_char;
    fn strstr(h: *const c_char, n: *const c_char) -> *mut c_char;
    fn strncpy(d: *mut c_char, s: *const c_char, n: usize) -> *mut c_char;
    fn strncat(d: *mut c_char, s: *const c_char, n: usize) -> *mut c_char;
    fn strdup(s: *const c_char) -> *mut c_char;
    fn free(p: *mut c_void);
    fn bzero(d: *mut c_void, n: usize);
    fn wcslen(s: *const i32) -> usize;
    fn wcscpy(d: *mut i32, s: *const i32) -> *mut i32;
    fn wcscmp(a: *const i32, b: *const i32) -> c_int;
    fn bcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn stat(path: *const c_char, st: *mut c_void) -> c_int;
    fn lstat(path: *const c_char, st: *mut c_void) -> c_int;
    fn realpath(path: *const c_char, resolved: *mut c_char) -> *mut c_char;
    fn socketpair(domain: c_int, ty: c_int, proto: c_int, fds: *mut c_int) -> c_int;
    fn send(fd: c_int, buf: *const c_void, n: usize, flags: c_int) -> isize;
    fn recv(fd: c_int, buf: *mut c_void, n: usize, flags: c_int) -> isize;
    fn writev(fd: c_int, iov: *const IoVec, n: c_int) -> isize;
    fn pwrite(fd: c_int, buf: *const c_void, n: usize, off: i64) -> isize;
    fn fread(p: *mut c_void, size: usize, n: usize, f: *mut c_void) -> usize;
    fn pipe(fds: *mut c_int) -> c_int;
    fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
    fn readv(fd: c_int, iov: *const IoVec, n: c_int) -> isize;
    fn pread(fd: c_int, buf: *mut c_void, n: usize, off: i64) -> isize;
    fn close(fd: c_int) -> c_int;
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: Cmp);
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize,
               cmp: Cmp) -> *mut c_void;
    fn fstat(fd: c_int, st: *mut c_void) -> c_int;
    fn getcwd(buf: *mut c_char, n: usize) -> *mut c_char;
    fn fopen(path: *const c_char, mode: *const c_char) -> *mut c_void;
    fn fgets(s: *mut c_char, n: c_int, f: *mut c_void) -> *mut c_char;
    fn fwrite(p: *const c_void, size: usize, n: usize, f: *mut c_void) -> usize;
    fn fclose(f: *mut c_void) -> c_int;
}

extern "C" fn by_value(a: *const c_void, b: *const c_void) -> c_int {
    unsafe { (*(a as *const i32)).cmp(&*(b as *const i32)) as c_int }
}

fn cstr(b: &[u8]) -> &str {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    std::str::from_utf8(&b[..end]).unwrap()
}

fn mem() {
    let src = [7u8; 16];
    let mut dst = [0u8; 16];
    let n = black_box(16);
    unsafe { memcpy(dst.as_mut_ptr() as *mut c_void, src.as_ptr() as *const c_void, n) };
    let d = &mut dst;
    unsafe { memmove(d.as_mut_ptr().add(1) as *mut c_void, d.as_ptr() as *const c_void, black_box(8)) };
    unsafe { memset(d.as_mut_ptr().add(12) as *mut c_void, 0, black_box(4)) };
    let eq = unsafe { memcmp(src.as_ptr() as *const c_void, dst.as_ptr() as *const c_void, n) };
    let hay = [1u8, 2, 3, 9, 9];
    let at = unsafe { memchr(hay.as_ptr() as *const c_void, 9, black_box(5)) } as usize - hay.as_ptr() as usize;
    println!("mem {} {} {} equal={} chr={}", dst[0], dst[8], dst[15], (eq == 0) as i32, at);
}

fn strings() {
    let mut buf = [0u8; 32];
    let hello = b"hello\0";
    unsafe { strcpy(buf.as_mut_ptr() as *mut c_char, hello.as_ptr() as *const c_char) };
    let n = unsafe { strlen(buf.as_ptr() as *const c_char) };
    unsafe { strcat(buf.as_mut_ptr() as *mut c_char, b" world\0".as_ptr() as *const c_char) };
    let b = &buf;
    let s = b.as_ptr() as *const c_char;
    let cmp = unsafe { strcmp(s, b"zzz\0".as_ptr() as *const c_char) };
    let ncmp = unsafe { strncmp(s, b"help\0".as_ptr() as *const c_char, 3) };
    let chr = unsafe { strchr(s, b'o' as c_int) } as usize - s as usize;
    let rchr = unsafe { strrchr(s, b'o' as c_int) } as usize - s as usize;
    let st = unsafe { strstr(s, b"world\0".as_ptr() as *const c_char) } as usize - s as usize;
    let nlen = unsafe { strnlen(s, 3) };
    println!("str {} {} cmp{} ncmp={} chr={} rchr={} str={} nlen={}", n, cstr(b),
             if cmp < 0 { "<0" } else { ">=0" }, ncmp, chr, rchr, st, nlen);
}

fn io() {
    let mut fds = [0 as c_int; 2];
    assert_eq!(unsafe { pipe(fds.as_mut_ptr()) }, 0);
    let msg = b"hellohello";
    unsafe { write(fds[1], msg.as_ptr() as *const c_void, msg.len()) };
    let mut buf = vec![0u8; 5];
    let n = unsafe { read(fds[0], buf.as_mut_ptr() as *mut c_void, buf.len()) };
    let (mut a, mut b) = ([0u8; 3], [0u8; 8]);
    let iov = [
        IoVec { base: a.as_mut_ptr() as *mut c_void, len: 3 },
        IoVec { base: b.as_mut_ptr() as *mut c_void, len: 8 },
    ];
    let m = unsafe { readv(fds[0], iov.as_ptr(), 2) };
    unsafe { close(fds[0]); close(fds[1]) };
    // pread needs a seekable file.
    let path = std::env::temp_dir().join(format!("sbsan_libc_{}", std::process::id()));
    std::fs::write(&path, b"hello").unwrap();
    let file = std::fs::File::open(&path).unwrap();
    use std::os::unix::io::AsRawFd;
    let mut two = [0u8; 2];
    let p = unsafe { pread(file.as_raw_fd(), two.as_mut_ptr() as *mut c_void, 2, 2) };
    println!("io read {} {}, readv {}+{}, pread {} {}", n, std::str::from_utf8(&buf).unwrap(),
             a.len(), m as usize - a.len(), p, std::str::from_utf8(&two).unwrap());
    drop(file);
    std::fs::remove_file(&path).unwrap();
}

fn fmt_and_sort() {
    let mut buf = [0u8; 16];
    let n = unsafe { snprintf(buf.as_mut_ptr() as *mut c_char, buf.len(), b"n=%d\0".as_ptr() as *const c_char, 42 as c_int) };
    let mut v = vec![5i32, 3, 9, 1, 7];
    unsafe { qsort(v.as_mut_ptr() as *mut c_void, v.len(), 4, by_value) };
    v.push(11);
    v.pop();
    // The callback reads the key and the elements through the tags of the
    // caller's pointers: a key behind `&`, an array behind `&[i32]`.
    let sorted: &[i32] = &v;
    let key = 7i32;
    let found = unsafe {
        bsearch(&key as *const i32 as *const c_void, sorted.as_ptr() as *const c_void,
                sorted.len(), 4, by_value)
    };
    let at = (found as usize - sorted.as_ptr() as usize) / 4;
    println!("fmt {} len {}, sorted {:?}, 7 at {}", cstr(&buf), n, v, at);
}

fn files() {
    let mut st = Box::new([0u64; 18]); // struct stat: 144 bytes
    let ok = unsafe { fstat(1, st.as_mut_ptr() as *mut c_void) } == 0;
    let mut cwd = vec![0u8; 4096];
    let c = unsafe { getcwd(cwd.as_mut_ptr() as *mut c_char, cwd.len()) };
    let path = std::env::temp_dir().join(format!("sbsan_libc_f_{}", std::process::id()));
    let cpath = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    let f = unsafe { fopen(cpath.as_ptr(), b"w+\0".as_ptr() as *const c_char) };
    let text = b"line one\nline two\n";
    unsafe { fwrite(text.as_ptr() as *const c_void, 1, text.len(), f) };
    unsafe { fclose(f) };
    let f = unsafe { fopen(cpath.as_ptr(), b"r\0".as_ptr() as *const c_char) };
    let mut line = [0u8; 64];
    unsafe { fgets(line.as_mut_ptr() as *mut c_char, 64, f) };
    unsafe { fclose(f) };
    std::fs::remove_file(&path).unwrap();
    st[0] = 0;
    println!("stat {}, cwd {}, fgets {}", if ok { "ok" } else { "failed" },
             if !c.is_null() && cwd[0] == b'/' { "ok" } else { "failed" }, cstr(&line).trim_end());
}

fn more() {
    let mut buf = [b'#'; 16];
    let src = black_box(b"abc\0");
    unsafe { strncpy(buf.as_mut_ptr() as *mut c_char, src.as_ptr() as *const c_char, 8) };
    unsafe { strncat(buf.as_mut_ptr() as *mut c_char, b"xyz\0".as_ptr() as *const c_char, 2) };
    unsafe { strncat(buf.as_mut_ptr() as *mut c_char, b"!\0".as_ptr() as *const c_char, 5) };
    let d = unsafe { strdup(buf.as_ptr() as *const c_char) };
    let dup = unsafe { std::ffi::CStr::from_ptr(d) }.to_str().unwrap().to_string();
    unsafe { free(d as *mut c_void) };
    let wide: Vec<i32> = "abc\0".chars().map(|c| c as i32).collect();
    let mut wcopy = vec![0i32; 8];
    unsafe { wcscpy(wcopy.as_mut_ptr(), wide.as_ptr()) };
    let wl = unsafe { wcslen(wcopy.as_ptr()) };
    let weq = unsafe { wcscmp(wcopy.as_ptr(), wide.as_ptr()) } == 0;
    let mut z = [9u8; 8];
    unsafe { bzero(z.as_mut_ptr() as *mut c_void, black_box(8)) };
    println!("more {} dup {} wide {} equal={} zeroed {}", cstr(&buf), dup, wl, weq as i32, z[7]);
}

fn rest() {
    let a = [3u8; 8];
    let b = [3u8; 8];
    let same = unsafe { bcmp(a.as_ptr() as *const c_void, b.as_ptr() as *const c_void, black_box(8)) };
    let mut st = Box::new([0u64; 18]); // struct stat: 144 bytes
    let root = b"/\0";
    let s1 = unsafe { stat(root.as_ptr() as *const c_char, st.as_mut_ptr() as *mut c_void) } == 0;
    let s2 = unsafe { lstat(root.as_ptr() as *const c_char, st.as_mut_ptr() as *mut c_void) } == 0;
    let mut resolved = vec![0u8; 4096];
    let rp = unsafe { realpath(b"/tmp/..\0".as_ptr() as *const c_char, resolved.as_mut_ptr() as *mut c_char) };
    let mut fds = [0 as c_int; 2];
    assert_eq!(unsafe { socketpair(1, 1, 0, fds.as_mut_ptr()) }, 0); // AF_UNIX, SOCK_STREAM
    let sent = unsafe { send(fds[0], b"ping".as_ptr() as *const c_void, 4, 0) };
    let mut got = [0u8; 8];
    let n = unsafe { recv(fds[1], got.as_mut_ptr() as *mut c_void, got.len(), 0) };
    let (x, y) = (*b"he", *b"llo");
    let iov = [
        IoVec { base: x.as_ptr() as *mut c_void, len: 2 },
        IoVec { base: y.as_ptr() as *mut c_void, len: 3 },
    ];
    let path = std::env::temp_dir().join(format!("sbsan_libc_r_{}", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    use std::os::unix::io::AsRawFd;
    let wv = unsafe { writev(file.as_raw_fd(), iov.as_ptr(), 2) };
    let pw = unsafe { pwrite(file.as_raw_fd(), b"zz".as_ptr() as *const c_void, 2, 2) };
    drop(file);
    let cpath = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    let f = unsafe { fopen(cpath.as_ptr(), b"r\0".as_ptr() as *const c_char) };
    let mut back = vec![0u8; 5];
    let r = unsafe { fread(back.as_mut_ptr() as *mut c_void, 1, back.len(), f) };
    unsafe { fclose(f) };
    std::fs::remove_file(&path).unwrap();
    unsafe { close(fds[0]); close(fds[1]) };
    st[1] = 0;
    println!("rest bcmp={} stat {} lstat {} realpath {} sent {} got {} writev {} pwrite {} fread {}",
             same, if s1 { "ok" } else { "failed" }, if s2 { "ok" } else { "failed" },
             if !rp.is_null() && cstr(&resolved) == "/" { "ok" } else { "failed" },
             sent, std::str::from_utf8(&got[..n as usize]).unwrap(), wv, pw,
             std::str::from_utf8(&back[..r]).unwrap());
}

fn main() {
    mem();
    strings();
    io();
    fmt_and_sort();
    files();
    more();
    rest();
}
