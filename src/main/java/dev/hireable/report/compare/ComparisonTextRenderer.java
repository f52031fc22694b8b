package dev.hireable.report.compare;

import dev.hireable.report.TerminalText;
import dev.hireable.report.TextWrap;
import java.util.ArrayList;
import java.util.List;

/** The comparison for a terminal: the headline first, then the slots, then each repository that changed; wrapped. */
public final class ComparisonTextRenderer implements ComparisonRenderer {

    private final TextWrap wrap;

    public ComparisonTextRenderer(int width) {
        this.wrap = new TextWrap(width);
    }

    @Override
    public String render(ReportComparison comparison) {
        List<String> lines = new ArrayList<>();
        lines.addAll(wrap.hanging("", TerminalText.safe(comparison.headline())));
        lines.add("");
        lines.add("Slots");
        for (ReportComparison.SlotChange slot : comparison.slots()) {
            String mark = ComparisonRenderer.mark(slot.kind(), "+ ", "- ", "  ");
            lines.addAll(wrap.hanging(
                    "  " + mark + TerminalText.safe(slot.title()) + ": ", TerminalText.safe(slot.describe())));
        }
        List<ReportComparison.RepoChange> changed = comparison.changedRepos();
        lines.add("");
        lines.add(changed.isEmpty() ? "No repository changed." : "Repositories");
        for (ReportComparison.RepoChange repo : changed) {
            lines.addAll(wrap.hanging("  " + TerminalText.safe(repo.repo()) + ": ", repo.score()));
            repo.newFailures()
                    .forEach(c -> lines.addAll(
                            wrap.hanging("    new failure: ", TerminalText.safe(c.message() + " [" + c.rule() + "]"))));
            repo.fixed()
                    .forEach(c -> lines.addAll(
                            wrap.hanging("    fixed: ", TerminalText.safe(c.message() + " [" + c.rule() + "]"))));
        }
        int unchanged = comparison.repos().size() - changed.size();
        if (unchanged > 0 && !changed.isEmpty()) {
            lines.add("  " + unchanged + (unchanged == 1 ? " other repository is" : " other repositories are")
                    + " unchanged.");
        }
        lines.add("");
        lines.add(TerminalText.safe("Before: " + comparison.before().generatedAt() + " · after: "
                + comparison.after().generatedAt()));
        return String.join("\n", lines) + "\n";
    }
}
