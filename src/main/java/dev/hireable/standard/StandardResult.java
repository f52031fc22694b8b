package dev.hireable.standard;

import java.util.List;

/** The standard applied to a portfolio: every repository scored, and the portfolio verdict. */
public record StandardResult(List<ScoredRepo> repos, PortfolioAssessment portfolio) {

    public StandardResult {
        repos = List.copyOf(repos);
    }
}
