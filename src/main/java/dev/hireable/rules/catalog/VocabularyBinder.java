package dev.hireable.rules.catalog;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Binds a rule file's vocabulary, a tree read from YAML, to the records of the module that reads it. A record is a
 * mapping whose keys are its components' names in snake case (or a {@link JsonAlias}); a list also takes a single
 * value; a type with a delegating {@link JsonCreator} is bound to its creator's one parameter. Signal ids, rule ids
 * and patterns are checked as they are bound.
 *
 * <p>Written for the few kinds of value vocabularies hold, rather than bound by a general data binder: every audit
 * binds every rule file before its first repository, and a general binder spent most of that time working out how to
 * bind the types.
 */
final class VocabularyBinder {

    /** A value that cannot be bound: where, as a pointer below the bound node, and what is wrong with it. */
    static final class Problem extends RuntimeException {
        private final String pointer;
        private final boolean raisedByRecord;

        Problem(String pointer, String problem, boolean raisedByRecord) {
            super(problem, null, false, false);
            this.pointer = pointer;
            this.raisedByRecord = raisedByRecord;
        }

        String pointer() {
            return pointer;
        }

        /** Whether a record's own check rejected its values: the pointer names the record, not the value. */
        boolean raisedByRecord() {
            return raisedByRecord;
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Set<String> declaredSignals;
    private final Set<String> documentedRules;
    private final UnaryOperator<String> origin;
    private final boolean builtIn;

    /**
     * @param origin a pattern's pointer below the bound node → the {@code file:line} it was written on
     * @param builtIn whether the file is built in: its patterns were checked when the jar was built and are
     *     compiled on first use; an overlay's are compiled now, so a bad one stops the run before any audit
     */
    VocabularyBinder(
            Set<String> declaredSignals, Set<String> documentedRules, UnaryOperator<String> origin, boolean builtIn) {
        this.declaredSignals = declaredSignals;
        this.documentedRules = documentedRules;
        this.origin = origin;
        this.builtIn = builtIn;
    }

    /**
     * @throws Problem naming the first value that cannot be bound
     */
    <V> V bind(JsonNode node, Class<V> type) {
        return type.cast(value(node, type, "", ""));
    }

    /** @param key the last mapping key on the way to the value, which messages name */
    private Object value(JsonNode node, Type type, String pointer, String key) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (node == null || node.isNull()) {
                return null;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(node, arguments[0], arguments[1], pointer, key);
            }
            if (raw == List.class) {
                return list(node, arguments[0], pointer, key);
            }
            throw new IllegalStateException("a vocabulary cannot hold a " + generic);
        }
        Class<?> kind = (Class<?>) type;
        if (node == null || node.isNull()) {
            if (kind.isPrimitive()) {
                throw new Problem(pointer, named(key) + " needs a value (want " + describe(kind) + ")", false);
            }
            return null;
        }
        if (kind == String.class) {
            return text(node, pointer, key);
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return whole(node, kind, pointer, key);
        }
        if (kind == double.class || kind == Double.class) {
            return decimal(node, kind, pointer, key);
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return flag(node, kind, pointer, key);
        }
        if (kind == SignalId.class) {
            if (!node.isValueNode()) {
                throw new Problem(pointer, "a signal id must be text, e.g. readme.problem", false);
            }
            return signal(node.asText(), pointer);
        }
        if (kind == RuleId.class) {
            return rule(node, pointer);
        }
        if (kind == RulePattern.class) {
            return pattern(node, pointer);
        }
        return SHAPES.get(kind).build(this, node, pointer, key);
    }

    private Map<Object, Object> map(JsonNode node, Type keyType, Type valueType, String pointer, String key) {
        if (!node.isObject()) {
            throw wrongShape(pointer, key, "a mapping");
        }
        Map<Object, Object> bound = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String at = pointer + "/" + LocatedYaml.escape(entry.getKey());
            Object boundKey = keyType == SignalId.class ? signal(entry.getKey(), at) : entry.getKey();
            bound.put(boundKey, value(entry.getValue(), valueType, at, entry.getKey()));
        }
        return bound;
    }

    private List<Object> list(JsonNode node, Type elementType, String pointer, String key) {
        if (node.isObject() && isScalar(elementType)) {
            throw wrongShape(pointer, key, "a list");
        }
        if (!node.isArray()) {
            List<Object> single = new ArrayList<>(1);
            single.add(value(node, elementType, pointer, key));
            return single;
        }
        List<Object> bound = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            bound.add(value(node.get(i), elementType, pointer + "/" + i, key));
        }
        return bound;
    }

    private static final Set<Class<?>> SCALARS = Set.of(
            String.class,
            int.class,
            Integer.class,
            long.class,
            Long.class,
            double.class,
            Double.class,
            boolean.class,
            Boolean.class,
            SignalId.class,
            RuleId.class,
            RulePattern.class);

    private static boolean isScalar(Type type) {
        return type instanceof Class<?> kind && SCALARS.contains(kind);
    }

    /**
     * Refuses, by name, a type no vocabulary can hold, when the record holding it is first bound rather than when
     * some file first gives it a value.
     */
    private static void requireBindable(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            if (generic.getRawType() == List.class) {
                requireBindable(arguments[0]);
                return;
            }
            if (generic.getRawType() == Map.class && (arguments[0] == String.class || arguments[0] == SignalId.class)) {
                requireBindable(arguments[1]);
                return;
            }
        } else if (type instanceof Class<?> kind) {
            if (!isScalar(kind)) {
                SHAPES.get(kind);
            }
            return;
        }
        throw new IllegalStateException("a vocabulary cannot hold a " + type.getTypeName());
    }

    private static String text(JsonNode node, String pointer, String key) {
        if (!node.isValueNode()) {
            throw wrongShape(pointer, key, "text");
        }
        return node.asText();
    }

    private static Object whole(JsonNode node, Class<?> kind, String pointer, String key) {
        boolean isLong = kind == long.class || kind == Long.class;
        long value;
        if (node.isIntegralNumber() && (isLong ? node.canConvertToLong() : node.canConvertToInt())) {
            value = node.longValue();
        } else if (node.isFloatingPointNumber()) {
            value = isLong ? node.longValue() : node.intValue();
        } else if (node.isTextual()) {
            try {
                value = isLong
                        ? Long.parseLong(node.textValue().strip())
                        : Integer.parseInt(node.textValue().strip());
            } catch (NumberFormatException e) {
                throw cannotBe(node, kind, pointer, key);
            }
        } else if (node.isNumber()) {
            throw cannotBe(node, kind, pointer, key);
        } else {
            throw wrongShape(pointer, key, describe(kind));
        }
        return isLong ? (Object) value : (Object) (int) value;
    }

    private static Object decimal(JsonNode node, Class<?> kind, String pointer, String key) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.textValue().strip());
            } catch (NumberFormatException e) {
                throw cannotBe(node, kind, pointer, key);
            }
        }
        throw wrongShape(pointer, key, describe(kind));
    }

    private static Object flag(JsonNode node, Class<?> kind, String pointer, String key) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
            throw cannotBe(node, kind, pointer, key);
        }
        throw wrongShape(pointer, key, describe(kind));
    }

    private SignalId signal(String id, String pointer) {
        return new SignalId(known(id, declaredSignals, "signal", "'hireable rules signals' lists them all", pointer));
    }

    private RuleId rule(JsonNode node, String pointer) {
        if (!node.isValueNode()) {
            throw new Problem(pointer, "a rule id must be text, e.g. readme.problem", false);
        }
        return new RuleId(
                known(node.asText(), documentedRules, "rule", "'hireable rules list' shows them all", pointer));
    }

    /** The id when the rule files declare it; otherwise a problem suggesting the nearest and where to see them all. */
    private static String known(String id, Set<String> declared, String kind, String seeAll, String pointer) {
        if (!declared.contains(id)) {
            throw new Problem(
                    pointer,
                    "unknown " + kind + " '" + id + "'" + Suggestions.hint(id, declared) + " (" + seeAll + ")",
                    false);
        }
        return id;
    }

    private RulePattern pattern(JsonNode node, String pointer) {
        if (!node.isValueNode()) {
            throw new Problem(pointer, "a pattern must be text, a regular expression", false);
        }
        String regex = node.asText();
        try {
            return builtIn
                    ? RulePattern.checked(regex, 0, () -> origin.apply(pointer))
                    : RulePattern.compile(regex, 0, origin.apply(pointer));
        } catch (IllegalArgumentException e) {
            throw new Problem(
                    pointer,
                    e.getCause() instanceof java.util.regex.PatternSyntaxException syntax
                            ? RulePattern.notARegularExpression(syntax)
                            : e.getMessage(),
                    false);
        }
    }

    private static Problem wrongShape(String pointer, String key, String wanted) {
        return new Problem(pointer, named(key) + " has the wrong shape (want " + wanted + ")", false);
    }

    private static Problem cannotBe(JsonNode node, Class<?> kind, String pointer, String key) {
        return new Problem(
                pointer, named(key) + " cannot be " + node.asText() + " (want " + describe(kind) + ")", false);
    }

    private static String named(String key) {
        return key.isEmpty() ? "a value" : "'" + key + "'";
    }

    private static String describe(Class<?> kind) {
        if (kind == String.class || kind == RulePattern.class) {
            return "text";
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return "a whole number";
        }
        if (kind == double.class || kind == Double.class) {
            return "a number";
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return "true or false";
        }
        return "a mapping";
    }

    /** How one type is built: from a mapping of its components, or by a creator from one other value. */
    private sealed interface Shape {

        Object build(VocabularyBinder binder, JsonNode node, String pointer, String key);

        static Shape of(Class<?> type) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isDelegating(constructor)) {
                    return new Delegated(constructor);
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers())
                        && method.getReturnType() == type
                        && isDelegating(method)) {
                    return new Delegated(method);
                }
            }
            if (type.isRecord()) {
                return Components.of(type);
            }
            throw new IllegalStateException("a vocabulary cannot hold a " + type.getName());
        }

        private static boolean isDelegating(Executable creator) {
            JsonCreator annotation = creator.getAnnotation(JsonCreator.class);
            return annotation != null
                    && annotation.mode() == JsonCreator.Mode.DELEGATING
                    && creator.getParameterCount() == 1;
        }
    }

    /** A type made from one value of another type, e.g. a cue from its pattern. */
    private record Delegated(Executable creator) implements Shape {

        Delegated {
            requireBindable(creator.getGenericParameterTypes()[0]);
            creator.setAccessible(true);
        }

        @Override
        public Object build(VocabularyBinder binder, JsonNode node, String pointer, String key) {
            Object value = binder.value(node, creator.getGenericParameterTypes()[0], pointer, key);
            return create(creator, pointer, value);
        }
    }

    /** A record: one key per component, in snake case, and the aliases a component is also known by. */
    private record Components(
            Constructor<?> constructor, List<String> names, List<Type> types, Map<String, Integer> keys)
            implements Shape {

        static Components of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            Type[] types = new Type[components.length];
            List<String> names = new ArrayList<>();
            Map<String, Integer> keys = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                types[i] = components[i].getGenericType();
                requireBindable(types[i]);
                String name = snakeCase(components[i].getName());
                names.add(name);
                keys.put(name, i);
                JsonAlias aliases = components[i].getAccessor().getAnnotation(JsonAlias.class);
                if (aliases != null) {
                    for (String alias : aliases.value()) {
                        keys.put(alias, i);
                    }
                }
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(raw);
                canonical.setAccessible(true);
                return new Components(canonical, List.copyOf(names), List.of(types), Map.copyOf(keys));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        @Override
        public Object build(VocabularyBinder binder, JsonNode node, String pointer, String key) {
            if (!node.isObject()) {
                throw wrongShape(pointer, key, "a mapping");
            }
            JsonNode[] values = new JsonNode[types.size()];
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                Integer index = keys.get(entry.getKey());
                if (index == null) {
                    throw new Problem(
                            pointer + "/" + LocatedYaml.escape(entry.getKey()),
                            "unknown key '" + entry.getKey() + "' (known keys: "
                                    + String.join(", ", new TreeSet<>(names)) + ")",
                            false);
                }
                values[index] = entry.getValue();
            }
            Object[] arguments = new Object[types.size()];
            for (int i = 0; i < types.size(); i++) {
                JsonNode value = values[i];
                String name = names.get(i);
                if (value == null && types.get(i) instanceof Class<?> kind && kind.isPrimitive()) {
                    throw new Problem(pointer, "'" + name + "' is missing (want " + describe(kind) + ")", false);
                }
                arguments[i] = binder.value(value, types.get(i), pointer + "/" + LocatedYaml.escape(name), name);
            }
            return create(constructor, pointer, arguments);
        }
    }

    private static Object create(Executable creator, String pointer, Object... arguments) {
        try {
            return creator instanceof Constructor<?> constructor
                    ? constructor.newInstance(arguments)
                    : ((Method) creator).invoke(null, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Problem problem) {
                throw problem;
            }
            if (cause instanceof RuntimeException) {
                throw new Problem(pointer, String.valueOf(cause.getMessage()), true);
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A component's key: {@code bestFitShare} is written {@code best_fit_share}. */
    static String snakeCase(String name) {
        StringBuilder key = new StringBuilder(name.length() + 4);
        boolean previousWasUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (!previousWasUpper && key.length() > 0 && key.charAt(key.length() - 1) != '_') {
                    key.append('_');
                }
                key.append(Character.toLowerCase(c));
                previousWasUpper = true;
            } else {
                key.append(c);
                previousWasUpper = false;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
