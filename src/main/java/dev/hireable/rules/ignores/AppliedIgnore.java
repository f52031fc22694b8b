package dev.hireable.rules.ignores;

/**
 * An ignore as applied to one repository: which rule, the reason the reviewer reads, the file it came from and how
 * many findings it turned into not applicable.
 */
public record AppliedIgnore(String rule, String reason, String file, int suppressed) {}
