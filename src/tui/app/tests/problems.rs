//! I9 in the console: the resolve form's "needs a system change" opens a problem with the
//! resolution, in the same command.

use super::*;
use crate::ops::incidents::Cmd;

#[test]
fn i9_the_resolve_form_can_say_the_cause_needs_a_system_change() {
    let mut a = app();
    a.update(Action::Resolve, t0());
    for c in "批价引擎缺陷".chars() {
        a.on_key(key(c), t0());
    }
    // Cause, human cause, then the change toggle.
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(key(' '), t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    let sent = requests(&effects);
    let Some(Request::Mutate {
        cmd: Command::Incident { cmd, .. },
        ..
    }) = sent.first()
    else {
        panic!("{effects:?}")
    };
    assert!(
        matches!(cmd, Cmd::ResolveNeedsChange { cause, problem: None, .. } if cause == "批价引擎缺陷"),
        "{cmd:?}"
    );
}
