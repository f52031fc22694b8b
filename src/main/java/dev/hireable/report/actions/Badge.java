package dev.hireable.report.actions;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.standard.PortfolioAssessment;

/**
 * The shields.io endpoint badge (https://shields.io/badges/endpoint-badge) for a portfolio. It is labelled
 * self-reported: the candidate's own workflow produced it.
 */
public final class Badge {

    private Badge() {}

    public static String json(PortfolioAssessment portfolio) {
        ObjectNode badge = JsonMapper.builder().build().createObjectNode();
        badge.put("schemaVersion", 1);
        badge.put("label", "hireable (self-reported)");
        badge.put("message", portfolio.standardMet() + "/3 standard · " + portfolio.score() + "/100");
        badge.put("color", color(portfolio));
        return badge.toPrettyString() + "\n";
    }

    static String color(PortfolioAssessment portfolio) {
        if (portfolio.standardMet() == 3) {
            return "brightgreen";
        }
        if (portfolio.standardMet() == 2 || portfolio.score() >= 60) {
            return "yellowgreen";
        }
        if (portfolio.standardMet() == 1 || portfolio.score() >= 30) {
            return "orange";
        }
        return "red";
    }
}
