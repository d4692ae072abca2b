//! SQLite makes a desk's `-wal` and `-shm` with the database file's mode, but through `open()`,
//! which the umask narrows, and widens them with `fchmod` only afterwards. In between, another
//! operator of the desk's group who opens the desk gets EACCES on the `-wal`, and SQLite falls
//! back, silently, to a read-only WAL: that operator's next write is refused with "attempt to
//! write a readonly database" (extended code 8). Measured on one shared file, a reader opening
//! and closing it under umask 022 beside a writer: 137 of 1,500 writes refused; under 002, none.
//!
//! So while a connection is opened, which is when SQLite makes those files (the journal-mode
//! switch and the first read, both inside `store::open`), the group's bits are taken out of the
//! umask: the files get exactly the database's mode from their first instant. A private desk
//! (mode 0600) gains nothing from it and loses nothing: SQLite asks for the file's own mode.

use std::sync::Mutex;

use nix::sys::stat::{Mode, umask};

/// The umask is the process's: two threads opening at once must not restore each other's.
static HELD: Mutex<()> = Mutex::new(());

/// Run `open` with the group's bits out of the umask, and put the umask back after it (a panic
/// too).
pub fn opening<T>(open: impl FnOnce() -> T) -> T {
    let _held = HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    // Reading the umask means setting one: the narrowest, for the instant it stands.
    let before = umask(Mode::from_bits_truncate(0o077));
    umask(before & !Mode::S_IRWXG);
    struct Restore(Mode);
    impl Drop for Restore {
        fn drop(&mut self) {
            umask(self.0);
        }
    }
    let _restore = Restore(before);
    open()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i21_the_group_bits_are_out_of_the_umask_only_while_opening() {
        let _held = HELD.lock().unwrap_or_else(|p| p.into_inner());
        let before = umask(Mode::from_bits_truncate(0o027));
        drop(_held);
        let inside = opening(|| {
            let now = umask(Mode::from_bits_truncate(0o077));
            umask(now);
            now
        });
        let after = umask(before);
        assert_eq!(
            inside.bits() & 0o777,
            0o007,
            "the group's bits are gone, the others' kept"
        );
        assert_eq!(after.bits() & 0o777, 0o027, "and put back");
    }
}
