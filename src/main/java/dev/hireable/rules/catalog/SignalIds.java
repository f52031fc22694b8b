package dev.hireable.rules.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import java.io.IOException;
import java.util.Set;

/**
 * Binds the ids a vocabulary names: {@link SignalId}s (as values and mapping keys), checked against the signals the
 * rule files declare, and {@link RuleId}s, checked against the rules they document.
 */
final class SignalIds {

    /** The name under which the declared signal ids are injected into a binding. */
    static final String DECLARED = "hireable.declared-signals";
    /** The name under which the documented rule ids are injected into a binding. */
    static final String RULES = "hireable.documented-rules";

    private SignalIds() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("signal-ids");
        module.addDeserializer(SignalId.class, new JsonDeserializer<>() {
            @Override
            public SignalId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (!parser.currentToken().isScalarValue()) {
                    throw JsonMappingException.from(parser, "a signal id must be text, e.g. readme.problem");
                }
                return checked(parser.getValueAsString(), context, parser);
            }
        });
        module.addDeserializer(RuleId.class, new JsonDeserializer<>() {
            @Override
            @SuppressWarnings("unchecked")
            public RuleId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String id = parser.getValueAsString();
                Set<String> documented = (Set<String>) context.findInjectableValue(RULES, null, null);
                if (id == null || !documented.contains(id)) {
                    throw JsonMappingException.from(
                            parser,
                            "unknown rule '" + id + "'" + (id == null ? "" : Suggestions.hint(id, documented))
                                    + " ('hireable rules list' shows them all)");
                }
                return new RuleId(id);
            }
        });
        module.addKeyDeserializer(SignalId.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return checked(key, context, context.getParser());
            }
        });
        return module;
    }

    @SuppressWarnings("unchecked")
    private static SignalId checked(String id, DeserializationContext context, JsonParser parser) throws IOException {
        Set<String> declared = (Set<String>) context.findInjectableValue(DECLARED, null, null);
        if (!declared.contains(id)) {
            throw JsonMappingException.from(
                    parser,
                    "unknown signal '" + id + "'" + Suggestions.hint(id, declared)
                            + " ('hireable rules signals' lists them all)");
        }
        return new SignalId(id);
    }
}
