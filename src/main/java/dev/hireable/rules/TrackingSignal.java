package dev.hireable.rules;

import java.util.List;

/**
 * Experiment trackers found anywhere (dependencies, code, configs), and whether code really logs runs with one
 * of them (a logging call, not a dependency line or a README mention).
 */
public record TrackingSignal(List<String> tools, boolean usedInCode) {

    public TrackingSignal {
        tools = List.copyOf(tools);
    }

    public static TrackingSignal none() {
        return new TrackingSignal(List.of(), false);
    }
}
