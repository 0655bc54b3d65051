//! Records where the build machine's CPython 3.11 keeps its standard
//! library, as a place lython looks for it at run time (see the book's
//! "The import system", "Finding the standard library").
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PATH");
    let asked = Command::new("python3.11").args(["-S", "-c", "import os; print(os.path.dirname(os.__file__))"]).output();
    let found = asked.ok().filter(|out| out.status.success()).and_then(|out| String::from_utf8(out.stdout).ok());
    let lib = found.map(|text| text.trim().to_string()).unwrap_or_default();
    println!("cargo:rustc-env=LYTHON_BUILD_STDLIB={lib}");
}
