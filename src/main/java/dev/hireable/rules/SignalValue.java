package dev.hireable.rules;

import java.util.List;
import java.util.Optional;

/** The value of one signal. A signal "holds" when the flag is set, the list has a name, or the text is there. */
public sealed interface SignalValue {

    boolean holds();

    SignalType type();

    /** The value as words for a sentence or a report cell: the names, the text, or empty for a flag. */
    List<String> words();

    record Flag(boolean value) implements SignalValue {
        public static final Flag YES = new Flag(true);
        public static final Flag NO = new Flag(false);

        public static Flag of(boolean value) {
            return value ? YES : NO;
        }

        @Override
        public boolean holds() {
            return value;
        }

        @Override
        public SignalType type() {
            return SignalType.FLAG;
        }

        @Override
        public List<String> words() {
            return List.of();
        }
    }

    record Names(List<String> values) implements SignalValue {
        public static final Names NONE = new Names(List.of());

        public Names {
            values = List.copyOf(values);
        }

        @Override
        public boolean holds() {
            return !values.isEmpty();
        }

        @Override
        public SignalType type() {
            return SignalType.LIST;
        }

        @Override
        public List<String> words() {
            return values;
        }
    }

    record Text(Optional<String> value) implements SignalValue {
        public static final Text NONE = new Text(Optional.empty());

        public static Text of(Optional<String> value) {
            return value.isEmpty() ? NONE : new Text(value);
        }

        @Override
        public boolean holds() {
            return value.isPresent();
        }

        @Override
        public SignalType type() {
            return SignalType.TEXT;
        }

        @Override
        public List<String> words() {
            return value.map(List::of).orElse(List.of());
        }
    }
}
