package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The tree writer that spares a JSON report the data binder writes every kind of node as the binder would. */
class JsonTreeRendererTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void everyKindOfNodeIsWrittenAsTheDataBinderWritesIt() throws IOException {
        ObjectNode tree = NODES.objectNode();
        tree.put("text", "line \"one\"\nline two ✓");
        tree.put("int", 42);
        tree.put("long", 9_007_199_254_740_993L);
        tree.put("double", 0.1);
        tree.put("float", 2.5f);
        tree.put("decimal", new BigDecimal("12.3400"));
        tree.put("big", new BigInteger("123456789012345678901234567890"));
        tree.put("yes", true);
        tree.putNull("nothing");
        tree.putArray("list").add(1).add("two").addObject().putArray("empty");
        tree.putObject("empty");

        assertThat(written(tree)).isEqualTo(JsonTreeRenderer.Trees.JSON.writeValueAsString(tree));
    }

    @Test
    void aNodeThatIsNoJsonValueIsRefused() {
        ObjectNode tree = NODES.objectNode();
        tree.putPOJO("object", new Object());

        assertThatThrownBy(() -> written(tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POJO");
    }

    private static String written(ObjectNode tree) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            JsonTreeRenderer.writeNode(generator, tree);
        }
        return out.toString();
    }
}
