package dev.hireable.rules.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.regex.PatternSyntaxException;

/**
 * Binds a rule file's regular expression to a {@link RulePattern} that knows its file and line. An invalid one is a
 * binding problem naming the pattern and what is wrong with it, which the catalog reports with the file and line.
 */
final class RulePatternDeserializer extends JsonDeserializer<RulePattern> {

    /** The name under which a binding's pointer → {@code file:line} function is injected. */
    static final String ORIGIN = "hireable.pattern-origin";
    /**
     * The name under which whether the file is built in is injected: a built-in file's patterns were compiled when
     * the jar was built and are compiled again only when first used; an overlay's are compiled now, so a bad one
     * stops the run before any audit.
     */
    static final String BUILT_IN = "hireable.pattern-built-in";

    @Override
    @SuppressWarnings("unchecked")
    public RulePattern deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.currentToken().isScalarValue()) {
            throw JsonMappingException.from(parser, "a pattern must be text, a regular expression");
        }
        String regex = parser.getValueAsString();
        UnaryOperator<String> origin = (UnaryOperator<String>) context.findInjectableValue(ORIGIN, null, null);
        String at = origin.apply(parser.getParsingContext().pathAsPointer().toString());
        try {
            return Boolean.TRUE.equals(context.findInjectableValue(BUILT_IN, null, null))
                    ? RulePattern.checked(regex, 0, at)
                    : RulePattern.compile(regex, 0, at);
        } catch (IllegalArgumentException e) {
            PatternSyntaxException bad = e.getCause() instanceof PatternSyntaxException syntax ? syntax : null;
            String problem = bad == null ? e.getMessage() : RulePattern.notARegularExpression(bad);
            throw JsonMappingException.from(parser, problem, bad);
        }
    }
}
