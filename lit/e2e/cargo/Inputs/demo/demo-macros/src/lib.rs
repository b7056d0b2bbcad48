//! `squares!(N)` expands to the array `[0u32, 1, 4, ..., (N-1)^2]`.
use proc_macro::TokenStream;

#[proc_macro]
pub fn squares(input: TokenStream) -> TokenStream {
    let n: u32 = input.to_string().trim().parse().expect("squares!(N) takes an integer literal");
    let items: Vec<String> = (0..n).map(|i| format!("{}u32", i * i)).collect();
    format!("[{}]", items.join(", ")).parse().unwrap()
}
