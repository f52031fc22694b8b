package dev.hireable.report.compare;

import dev.hireable.report.MarkdownText;

/**
 * The comparison in GitHub Markdown, for a pull request's job summary: the headline in bold, a table of the slots,
 * then each repository that changed with its new failures and fixes.
 */
public final class ComparisonMarkdownRenderer implements ComparisonRenderer {

    @Override
    public String render(ReportComparison comparison) {
        StringBuilder md = new StringBuilder("## What this change does\n\n**")
                .append(MarkdownText.escape(comparison.headline()))
                .append("**\n\n| Slot | Change | Now |\n|---|---|---|\n");
        for (ReportComparison.SlotChange slot : comparison.slots()) {
            String icon = ComparisonRenderer.mark(slot.kind(), "✅ ", "❌ ", "");
            md.append("| ")
                    .append(icon)
                    .append(MarkdownText.escape(slot.title()))
                    .append(" | ")
                    .append(ComparisonRenderer.label(slot.kind()))
                    .append(" | ")
                    .append(MarkdownText.escape(slot.describe()))
                    .append(" |\n");
        }
        md.append('\n');
        var changed = comparison.changedRepos();
        if (changed.isEmpty()) {
            md.append("No repository changed.\n");
        }
        for (ReportComparison.RepoChange repo : changed) {
            md.append("### ")
                    .append(MarkdownText.escape(repo.repo()))
                    .append(": ")
                    .append(MarkdownText.escape(repo.score()))
                    .append("\n\n");
            repo.newFailures()
                    .forEach(c -> md.append("- ❌ new failure: ")
                            .append(MarkdownText.escape(c.message()))
                            .append(' ')
                            .append(MarkdownText.code(c.rule()))
                            .append('\n'));
            repo.fixed()
                    .forEach(c -> md.append("- ✅ fixed: ")
                            .append(MarkdownText.escape(c.message()))
                            .append(' ')
                            .append(MarkdownText.code(c.rule()))
                            .append('\n'));
            md.append('\n');
        }
        return md.toString();
    }
}
