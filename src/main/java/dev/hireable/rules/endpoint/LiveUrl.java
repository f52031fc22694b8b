package dev.hireable.rules.endpoint;

import dev.hireable.rules.Evidence;

/** A URL of a deployed app on a known deploy host, with where it was found. */
record LiveUrl(String url, String host, Evidence evidence) {}
