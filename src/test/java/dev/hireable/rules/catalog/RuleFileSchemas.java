package dev.hireable.rules.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Schemas of the rule files, derived from the types their vocabularies are bound to, so the schemas cannot
 * drift from what hireable accepts: a record is an object of its components (snake_case, nothing else allowed),
 * a list also takes a single value, a signal or rule id is a dotted name.
 */
final class RuleFileSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    static final String BASE = "https://hireable.dev/schema/rules/";

    private final Map<Class<?>, ObjectNode> definitions = new LinkedHashMap<>();

    private RuleFileSchemas() {}

    /** The schema of one rule file whose vocabulary binds to {@code vocabulary}. */
    static ObjectNode of(String file, Class<?> vocabulary) {
        RuleFileSchemas schemas = new RuleFileSchemas();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", BASE + RuleCatalog.moduleName(file) + ".schema.json");
        root.put("title", "hireable rule file " + file);
        root.put(
                "description",
                "Generated from the types rules/" + file + " binds to; regenerate with "
                        + "mvn -B test -Dtest=RuleFileSchemaTest -Dhireable.schema.update=true");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.set("rules", NODES.objectNode().put("type", "object").set("additionalProperties", ref("rule")));
        properties.set("signals", NODES.objectNode().put("type", "object").set("additionalProperties", ref("signal")));
        properties.set("vocabulary", schemas.schema(vocabulary));
        ObjectNode defs = root.putObject("$defs");
        defs.set("rule", rule());
        defs.set("signal", signal());
        schemas.definitions.forEach((type, schema) -> defs.set(name(type), schema));
        return root;
    }

    private ObjectNode schema(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode item = schema(arguments[0]);
                ObjectNode array = NODES.objectNode().put("type", "array").set("items", item.deepCopy());
                ObjectNode either = NODES.objectNode();
                either.putArray("anyOf").add(array).add(item);
                return either;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = NODES.objectNode().put("type", "object");
                if (arguments[0] == SignalId.class) {
                    map.set("propertyNames", id());
                }
                return map.set("additionalProperties", schema(arguments[1]));
            }
            return schema(raw);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == java.util.regex.Pattern.class) {
            // a rule file's pattern is matched within a budget and names its file and line when it is stopped
            throw new AssertionError(
                    "a vocabulary holds a java.util.regex.Pattern; rule-file patterns bind to RulePattern");
        }
        if (raw == String.class || raw == RulePattern.class) {
            ObjectNode text = NODES.objectNode().put("type", "string");
            return raw == RulePattern.class ? text.put("format", "regex") : text;
        }
        if (raw == SignalId.class || raw == RuleId.class) {
            return id();
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (raw == double.class || raw == Double.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (raw.isEnum()) {
            ObjectNode values = NODES.objectNode();
            ArrayNode names = values.putArray("enum");
            Arrays.stream(raw.getEnumConstants())
                    .forEach(c -> names.add(c.toString().toLowerCase(java.util.Locale.ROOT)));
            return values;
        }
        Type delegate = delegate(raw);
        if (delegate != null) {
            return schema(delegate);
        }
        if (raw.isRecord()) {
            if (!definitions.containsKey(raw)) {
                definitions.put(raw, NODES.objectNode());
                ObjectNode object = NODES.objectNode().put("type", "object").put("additionalProperties", false);
                ObjectNode properties = object.putObject("properties");
                for (RecordComponent component : raw.getRecordComponents()) {
                    properties.set(SNAKE.translate(component.getName()), schema(component.getGenericType()));
                }
                definitions.put(raw, object);
            }
            return ref(name(raw));
        }
        throw new IllegalArgumentException("no schema for " + raw);
    }

    /** The type of the single value Jackson binds to a type with a one-argument creator (text, a map of phrases). */
    private static Type delegate(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(JsonCreator.class) && constructor.getParameterCount() == 1) {
                return constructor.getGenericParameterTypes()[0];
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonCreator.class)
                    && Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 1) {
                return method.getGenericParameterTypes()[0];
            }
        }
        return null;
    }

    private static ObjectNode id() {
        return NODES.objectNode().put("type", "string").put("pattern", "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+$");
    }

    private static ObjectNode ref(String definition) {
        return NODES.objectNode().put("$ref", "#/$defs/" + definition);
    }

    private static String name(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    private static ObjectNode rule() {
        ObjectNode rule = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        rule.putArray("required").add("title").add("why").add("fix");
        ObjectNode properties = rule.putObject("properties");
        properties.set("title", NODES.objectNode().put("type", "string").put("minLength", 1));
        properties.set("why", NODES.objectNode().put("type", "string").put("minLength", 1));
        properties.set("fix", NODES.objectNode().put("type", "string").put("minLength", 1));
        properties.set(
                "placeholders",
                NODES.objectNode()
                        .put("type", "array")
                        .set("items", NODES.objectNode().put("type", "string").put("pattern", "^[a-z][a-z0-9_]*$")));
        ObjectNode messages = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode outcomes = messages.putObject("properties");
        for (String outcome : new String[] {"pass", "fail", "not_applicable", "unknown"}) {
            outcomes.set(outcome, NODES.objectNode().put("type", "string"));
        }
        properties.set("messages", messages);
        return rule;
    }

    private static ObjectNode signal() {
        ObjectNode signal = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        signal.putArray("required").add("type").add("label");
        ObjectNode properties = signal.putObject("properties");
        properties.set(
                "type",
                NODES.objectNode()
                        .set("enum", NODES.arrayNode().add("flag").add("list").add("text")));
        properties.set("label", NODES.objectNode().put("type", "string").put("minLength", 1));
        properties.set("decided_by", id());
        ObjectNode column = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        column.putArray("required").add("header");
        column.putObject("properties")
                .<ObjectNode>set("header", NODES.objectNode().put("type", "string"))
                .set("details", id());
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(NODES.objectNode().put("type", "string")).add(column);
        properties.set("column", either);
        return signal;
    }

    static String pretty(ObjectNode schema) {
        try {
            return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
