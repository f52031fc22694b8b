package dev.hireable.rules.context;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredLiteralTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            "\\bregistered_model_name\\s*=                  ; registered_model_name",
            "\\bmlflow\\.register_model\\s*\\(              ; register_model",
            "(?i)kaggle\\s+competitions\\s+download          ; competitions",
            "\\.(?:create_registered_model|create_model)\\( ; NONE",
            "mlflow|wandb                                     ; NONE",
            "colou?r_map                                      ; r_map",
            "[A-Z]\\w+Preset\\s*\\(                           ; Preset",
            "\\p{Lu}nicode_thing                              ; NONE",
            "ab                                               ; NONE"})
    void literalIsOneEveryMatchMustContain(String regex, String expected) {
        assertThat(RequiredLiteral.of(Pattern.compile(regex.strip())))
                .isEqualTo(java.util.Optional.ofNullable(expected).map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
