package dev.hireable.rules.readme;

/** The four parts a reviewer expects a project README to cover. */
public enum Section {
    PROBLEM("problem"),
    APPROACH("approach"),
    RESULTS("results"),
    RETROSPECTIVE("retrospective");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    /** The key in rules/readme.yaml and the last part of the rule id. */
    public String id() {
        return id;
    }

    public String ruleId() {
        return "readme." + id;
    }
}
