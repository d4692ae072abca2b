use std::process::ExitCode;

// Much of the desk's work is short-lived JSON values (history replayed by `check`, rows shown by
// the console); mimalloc makes them about half as costly as glibc's allocator does (issue 18).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // mimalloc asks for transparent huge pages for its arenas: a console then holds 2 MiB for
    // each stretch it touched (71 MiB resident on the 1M desk instead of 41), and a dozen of
    // them share a jump host. Without them it is as fast (issue 18, measured by `bench`).
    #[cfg(target_os = "linux")]
    let _ = nix::sys::prctl::set_thp_disable(true);
    opsdesk::run()
}
