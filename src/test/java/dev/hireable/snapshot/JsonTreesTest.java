package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreesTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import x\\n\"], \"outputs\": []}], \"nbformat\": 4}",
                "[\"python\", \"-m\", \"serve\", 8080, 1.5, true, false, null]",
                "{\"big\": 123456789012345678901234567890, \"long\": 12345678901, \"neg\": -3, \"e\": 1e-7}",
                "{\"a\": 1, \"a\": 2}",
                "{\"nested\": {\"deeper\": {\"deepest\": [[], {}]}}}",
                "\"just text\"",
                "42",
                "[1] trailing",
                "",
                "   "
            })
    void readsJsonAsAnObjectMapperDoes(String text) throws IOException {
        assertThat(JsonTrees.parse(JsonTrees.JSON, text)).isEqualTo(JSON.readTree(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rules:\n  - src/**\n  - '!vendor/'\nfail_below: 60\nshare: 0.5\nflag: yes\nnothing: ~\n",
                "a: {b: [1, 2, {c: d}]}\n",
                "- one\n- two\n",
                "plain text\n",
                "first: 1\n---\nsecond: 2\n",
                "",
                "# only a comment\n"
            })
    void readsYamlAsAYamlMapperDoes(String text) throws IOException {
        assertThat(JsonTrees.parse(new YAMLFactory(), text)).isEqualTo(YAML.readTree(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": ", "[1, 2", "{\"a\" 1}", "[1,]x", "{\"cells\": [}"})
    void malformedJsonIsAnIoProblem(String text) {
        assertThatThrownBy(() -> JsonTrees.parse(JsonTrees.JSON, text)).isInstanceOf(IOException.class);
    }
}
