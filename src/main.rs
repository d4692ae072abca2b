use std::process::ExitCode;

// Much of the desk's work is short-lived JSON values (history replayed by `check`, rows shown by
// the console); mimalloc makes them about half as costly as glibc's allocator does (issue 18).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    opsdesk::run()
}
