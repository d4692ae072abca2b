//! The templates built into the binary, by file name (`assets/templates/`).

pub(super) const BUILT_IN: &[(&str, &str)] = &[
    ("c7.en.md", include_str!("../../../assets/templates/c7.en.md")),
    ("c7.zh-CN.md", include_str!("../../../assets/templates/c7.zh-CN.md")),
    ("c8.en.md", include_str!("../../../assets/templates/c8.en.md")),
    ("c8.zh-CN.md", include_str!("../../../assets/templates/c8.zh-CN.md")),
    ("c9.en.md", include_str!("../../../assets/templates/c9.en.md")),
    ("c9.zh-CN.md", include_str!("../../../assets/templates/c9.zh-CN.md")),
    ("b4.en.md", include_str!("../../../assets/templates/b4.en.md")),
    ("b4.zh-CN.md", include_str!("../../../assets/templates/b4.zh-CN.md")),
    ("b5.en.md", include_str!("../../../assets/templates/b5.en.md")),
    ("b5.zh-CN.md", include_str!("../../../assets/templates/b5.zh-CN.md")),
    ("b6.en.md", include_str!("../../../assets/templates/b6.en.md")),
    ("b6.zh-CN.md", include_str!("../../../assets/templates/b6.zh-CN.md")),
    ("c5.en.md", include_str!("../../../assets/templates/c5.en.md")),
    ("c5.zh-CN.md", include_str!("../../../assets/templates/c5.zh-CN.md")),
    ("c6.en.md", include_str!("../../../assets/templates/c6.en.md")),
    ("c6.zh-CN.md", include_str!("../../../assets/templates/c6.zh-CN.md")),
    ("report.en.md", include_str!("../../../assets/templates/report.en.md")),
    (
        "report.zh-CN.md",
        include_str!("../../../assets/templates/report.zh-CN.md"),
    ),
    (
        "broadcast.en.md",
        include_str!("../../../assets/templates/broadcast.en.md"),
    ),
    (
        "broadcast.zh-CN.md",
        include_str!("../../../assets/templates/broadcast.zh-CN.md"),
    ),
    (
        "recovery.en.md",
        include_str!("../../../assets/templates/recovery.en.md"),
    ),
    (
        "recovery.zh-CN.md",
        include_str!("../../../assets/templates/recovery.zh-CN.md"),
    ),
    (
        "explanation.en.md",
        include_str!("../../../assets/templates/explanation.en.md"),
    ),
    (
        "explanation.zh-CN.md",
        include_str!("../../../assets/templates/explanation.zh-CN.md"),
    ),
    (
        "r7_receipt.en.md",
        include_str!("../../../assets/templates/r7_receipt.en.md"),
    ),
    (
        "r7_receipt.zh-CN.md",
        include_str!("../../../assets/templates/r7_receipt.zh-CN.md"),
    ),
    (
        "r7_warning.en.md",
        include_str!("../../../assets/templates/r7_warning.en.md"),
    ),
    (
        "r7_warning.zh-CN.md",
        include_str!("../../../assets/templates/r7_warning.zh-CN.md"),
    ),
    (
        "r9_reply.en.md",
        include_str!("../../../assets/templates/r9_reply.en.md"),
    ),
    (
        "r9_reply.zh-CN.md",
        include_str!("../../../assets/templates/r9_reply.zh-CN.md"),
    ),
    // Q6: the corrective notice to a department.
    (
        "q6_corrective.en.md",
        include_str!("../../../assets/templates/q6_corrective.en.md"),
    ),
    (
        "q6_corrective.zh-CN.md",
        include_str!("../../../assets/templates/q6_corrective.zh-CN.md"),
    ),
    // E1, E2: the emergency response's messages and documents, and the drill's evaluation.
    (
        "e2_notice.en.md",
        include_str!("../../../assets/templates/e2_notice.en.md"),
    ),
    (
        "e2_notice.zh-CN.md",
        include_str!("../../../assets/templates/e2_notice.zh-CN.md"),
    ),
    (
        "e2_progress.en.md",
        include_str!("../../../assets/templates/e2_progress.en.md"),
    ),
    (
        "e2_progress.zh-CN.md",
        include_str!("../../../assets/templates/e2_progress.zh-CN.md"),
    ),
    (
        "e2_all_clear.en.md",
        include_str!("../../../assets/templates/e2_all_clear.en.md"),
    ),
    (
        "e2_all_clear.zh-CN.md",
        include_str!("../../../assets/templates/e2_all_clear.zh-CN.md"),
    ),
    (
        "e2_review.en.md",
        include_str!("../../../assets/templates/e2_review.en.md"),
    ),
    (
        "e2_review.zh-CN.md",
        include_str!("../../../assets/templates/e2_review.zh-CN.md"),
    ),
    (
        "q1_report.en.md",
        include_str!("../../../assets/templates/q1_report.en.md"),
    ),
    (
        "q1_report.zh-CN.md",
        include_str!("../../../assets/templates/q1_report.zh-CN.md"),
    ),
    (
        "e1_drill.en.md",
        include_str!("../../../assets/templates/e1_drill.en.md"),
    ),
    (
        "e1_drill.zh-CN.md",
        include_str!("../../../assets/templates/e1_drill.zh-CN.md"),
    ),
    // The words the others share (none, run kinds, states …), as macros they import.
    ("words.en.md", include_str!("../../../assets/templates/words.en.md")),
    (
        "words.zh-CN.md",
        include_str!("../../../assets/templates/words.zh-CN.md"),
    ),
];
