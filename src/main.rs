use std::process::ExitCode;

fn main() -> ExitCode {
    opsdesk::run()
}
