package dev.hireable.rules.toy_dataset;

import java.util.Locale;

/** Where a toy dataset shows, strongest kinds first; rules/toy_dataset.yaml weighs each. */
enum EvidenceKind {
    CODE,
    GENERATED,
    DATA_FILE,
    COLUMNS,
    FIELDS,
    KAGGLE,
    REPO_NAME,
    README_TITLE,
    README;

    /** The key in rules/toy_dataset.yaml: {@code data_file}, {@code readme_title}, ... */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
