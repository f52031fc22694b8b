package dev.hireable.standard;

import java.util.Optional;

/**
 * Something a reviewer should know about a repository: a toy dataset, notebooks only, no README, a bulk upload.
 *
 * @param id  the red flag's key in rules/standard.yaml, e.g. {@code toy_dataset}
 * @param cap the repository score cap it sets, if any
 */
public record RedFlag(String id, String repo, String message, Optional<Integer> cap) {}
