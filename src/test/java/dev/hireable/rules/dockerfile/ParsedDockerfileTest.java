package dev.hireable.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParsedDockerfileTest {

    @Test
    void finalChainFollowsAliasesAndIndexesBackToTheBaseImage() {
        ParsedDockerfile dockerfile = ParsedDockerfile.parse("""
                FROM python:3.11-slim AS base
                FROM node:20 AS assets
                FROM base AS build
                FROM 2
                RUN true
                """);
        assertThat(dockerfile.finalChain())
                .extracting(ParsedDockerfile.Stage::image)
                .containsExactly("2", "base", "python:3.11-slim");
    }

    @Test
    void aStageNamedAfterItselfEndsTheChain() {
        ParsedDockerfile dockerfile = ParsedDockerfile.parse("FROM loop AS loop\nFROM loop\n");
        assertThat(dockerfile.finalChain())
                .extracting(ParsedDockerfile.Stage::index)
                .containsExactly(1, 0);
    }

    @Test
    void aChainOfSixtyThousandStagesIsFollowedUnderADeadline() {
        // 80,000 chained stages took 110 s when each step scanned every earlier stage and the chain so far
        String text = "FROM python:3.11 AS s0\n"
                + IntStream.range(1, 60_000)
                        .mapToObj(i -> "FROM s" + (i - 1) + " AS s" + i)
                        .collect(Collectors.joining("\n"));
        List<ParsedDockerfile.Stage> chain = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> ParsedDockerfile.parse(text).finalChain());
        assertThat(chain).hasSize(60_000);
        assertThat(chain.get(chain.size() - 1).image()).isEqualTo("python:3.11");
    }
}
