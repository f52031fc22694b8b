package dev.hireable.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a repository shows, by signal id ({@code readme.problem}, {@code tracking.tools}, ...), in a stable order.
 * A signal may be {@code unknown}: it could not be decided (a file that could not be read, a truncated tree), and is
 * then kept out of every score. A signal may carry the evidence that showed it, for the modules and reports that
 * cite it. A signal never set reads as absent (false, no names, no text).
 */
public final class SignalSet {

    private static final SignalSet EMPTY = new SignalSet(Map.of(), Set.of(), Map.of());

    private final Map<String, SignalValue> values;
    private final Set<String> unknown;
    private final Map<String, List<Evidence>> evidence;

    private SignalSet(Map<String, SignalValue> values, Set<String> unknown, Map<String, List<Evidence>> evidence) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
        this.evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public static SignalSet empty() {
        return EMPTY;
    }

    /** A builder that takes any id; see {@link #builder(Map)} for one that checks ids and types. */
    public static Builder builder() {
        return new Builder(Optional.empty());
    }

    /** A builder that only takes the declared signals, each with a value of its declared type. */
    public static Builder builder(Map<String, SignalSpec> declared) {
        return new Builder(Optional.of(Map.copyOf(declared)));
    }

    /** Every id that has a value, in the order they were set. */
    public Set<String> ids() {
        return values.keySet();
    }

    public Optional<SignalValue> value(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /**
     * Whether the signal holds: a set flag, a non-empty list, a text. An unknown signal holds when its module found
     * something it could not confirm (e.g. test files whose bodies could not be read); usually it does not.
     */
    public boolean holds(String id) {
        SignalValue value = values.get(id);
        return value != null && value.holds();
    }

    /** Whether the signal holds, or might: it could not be decided. */
    public boolean mayHold(String id) {
        return holds(id) || unknown.contains(id);
    }

    public boolean isUnknown(String id) {
        return unknown.contains(id);
    }

    /** The ids that could not be decided, in order. */
    public Set<String> unknown() {
        return unknown;
    }

    public boolean flag(String id) {
        return value(id)
                .filter(SignalValue.Flag.class::isInstance)
                .map(SignalValue::holds)
                .orElse(false);
    }

    public List<String> names(String id) {
        return value(id)
                .filter(SignalValue.Names.class::isInstance)
                .map(SignalValue::words)
                .orElse(List.of());
    }

    public Optional<String> text(String id) {
        return value(id).filter(SignalValue.Text.class::isInstance).flatMap(v -> ((SignalValue.Text) v).value());
    }

    /** The evidence that showed the signal, when its module gave some. */
    public List<Evidence> evidence(String id) {
        return evidence.getOrDefault(id, List.of());
    }

    /** This set and the other one; an id in both takes the other's value. */
    public SignalSet plus(SignalSet other) {
        Builder builder = toBuilder();
        other.values.forEach((id, value) -> builder.set(id, value, other.evidence(id)));
        other.unknown.forEach(builder::unknown);
        return builder.build();
    }

    /** This set with one signal changed (e.g. a deployment a live probe disproved). */
    public SignalSet with(String id, SignalValue value) {
        return toBuilder().set(id, value, evidence(id)).build();
    }

    /** This set with more signals marked unknown. */
    public SignalSet withUnknown(Collection<String> ids) {
        Builder builder = toBuilder();
        ids.forEach(builder::unknown);
        return builder.build();
    }

    /** Only the given signals (what a module declared it requires). */
    public SignalSet only(Collection<String> ids) {
        Builder builder = builder();
        values.forEach((id, value) -> {
            if (ids.contains(id)) {
                builder.set(id, value, evidence(id));
            }
        });
        unknown.stream().filter(ids::contains).forEach(builder::unknown);
        return builder.build();
    }

    private Builder toBuilder() {
        Builder builder = builder();
        values.forEach((id, value) -> builder.set(id, value, evidence(id)));
        unknown.forEach(builder::unknown);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignalSet set && values.equals(set.values) && unknown.equals(set.unknown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, unknown);
    }

    @Override
    public String toString() {
        return values + (unknown.isEmpty() ? "" : " unknown " + unknown);
    }

    /** Collects signals, in the order they are set. */
    public static final class Builder {

        private final Optional<Map<String, SignalSpec>> declared;
        private final Map<String, SignalValue> values = new LinkedHashMap<>();
        private final Set<String> unknown = new LinkedHashSet<>();
        private final Map<String, List<Evidence>> evidence = new LinkedHashMap<>();

        private Builder(Optional<Map<String, SignalSpec>> declared) {
            this.declared = declared;
        }

        public Builder flag(String id, boolean value, List<Evidence> shownBy) {
            return set(id, SignalValue.Flag.of(value), shownBy);
        }

        public Builder flag(String id, boolean value) {
            return flag(id, value, List.of());
        }

        public Builder names(String id, List<String> names, List<Evidence> shownBy) {
            return set(id, names.isEmpty() ? SignalValue.Names.NONE : new SignalValue.Names(names), shownBy);
        }

        public Builder names(String id, List<String> names) {
            return names(id, names, List.of());
        }

        public Builder text(String id, Optional<String> text) {
            return set(id, SignalValue.Text.of(text), List.of());
        }

        /** Marks the signal as undecided; it keeps the value it has, or gets the absent value of its type. */
        public Builder unknown(String id) {
            declared.ifPresent(specs -> check(specs, id, null));
            unknown.add(id);
            return this;
        }

        public Builder set(String id, SignalValue value, List<Evidence> shownBy) {
            declared.ifPresent(specs -> check(specs, id, value));
            values.put(id, value);
            if (shownBy.isEmpty()) {
                evidence.remove(id);
            } else {
                evidence.put(id, List.copyOf(shownBy));
            }
            return this;
        }

        /**
         * The set; with declared signals, every one of them has a value (an undecided one its absent value).
         *
         * @throws IllegalStateException when a declared signal was never set nor marked unknown
         */
        public SignalSet build() {
            declared.ifPresent(specs -> specs.values().forEach(spec -> {
                if (!values.containsKey(spec.id())) {
                    if (!unknown.contains(spec.id())) {
                        throw new IllegalStateException("the signal " + spec.id() + " was not set");
                    }
                    values.put(spec.id(), spec.type().absent());
                }
            }));
            return new SignalSet(values, unknown, evidence);
        }

        private static void check(Map<String, SignalSpec> specs, String id, SignalValue value) {
            SignalSpec spec = specs.get(id);
            if (spec == null) {
                throw new IllegalArgumentException("the signal " + id + " is not declared here (declared: "
                        + String.join(", ", specs.keySet().stream().sorted().toList()) + ")");
            }
            if (value != null && value.type() != spec.type()) {
                throw new IllegalArgumentException("the signal " + id + " is a "
                        + spec.type().id() + ", not a " + value.type().id());
            }
        }
    }
}
