//! One message must never take its sender down. Composing and delivering a message run third-party
//! code (the e-mail library, a TLS stack) on data from outside (names, templates); a panic there
//! becomes that message's failure, with what the library said, and `tick`, `send` and the console
//! carry on with the next message.
//!
//! A contained panic is not printed and does not count as a crash: the panic hook (ours, and the
//! console's, which restores the terminal and stops the console) lets it pass when
//! [`contained`] says so.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Whether this thread is inside [`contain`]: a panic here is handled by its caller.
pub fn contained() -> bool {
    CONTAINED.with(Cell::get)
}

fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if contained() {
                let at = info
                    .location()
                    .map(|l| format!(" (at {}:{})", l.file(), l.line()))
                    .unwrap_or_default();
                LAST.with(|l| *l.borrow_mut() = Some(format!("{}{at}", panic_text(info.payload()))));
                return;
            }
            previous(info);
        }));
    });
}

/// The message a panic carried.
pub fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Run `f`; a panic inside it comes back as `Err` with its message and where it happened.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let was = CONTAINED.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(was));
    result.map_err(|payload| {
        LAST.with(|l| l.borrow_mut().take())
            .unwrap_or_else(|| panic_text(payload.as_ref()))
            .chars()
            .filter(|c| !c.is_control())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i21_11_a_panic_in_one_message_is_that_message_s_error() {
        let r: Result<(), String> = contain(|| panic!("a Display implementation returned an error\nunexpectedly"));
        let e = r.unwrap_err();
        assert!(e.starts_with("a Display implementation returned an error"), "{e}");
        assert!(e.contains("guard.rs"), "says where: {e}");
        assert!(!e.contains('\n'), "one line: {e:?}");
        assert!(!contained(), "the boundary ends with the call");
        assert_eq!(contain(|| 7), Ok(7));
    }

    #[test]
    fn nested_boundaries_restore_the_outer_one() {
        let outer = contain(|| {
            let inner: Result<(), String> = contain(|| panic!("inner"));
            (inner.is_err(), contained())
        });
        assert_eq!(outer, Ok((true, true)));
        assert!(!contained());
    }
}
