package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesBecomeVisibleText() {
        assertThat(TerminalText.safe("\u001b]0;TITLE\u0007\u001b[2Jfake verdict"))
                .isEqualTo("\\x1b]0;TITLE\\x07\\x1b[2Jfake verdict");
    }

    @Test
    void lineBreaksCannotStartALineOrAWorkflowCommand() {
        assertThat(TerminalText.safe("a\n::error title=PWNED::x\r")).isEqualTo("a\\n::error title=PWNED::x\\r");
        assertThat(TerminalText.safe("::add-mask::secret")).isEqualTo("\\::add-mask::secret");
        assertThat(TerminalText.safe("  ::warning::x")).isEqualTo("\\  ::warning::x");
    }

    @Test
    void c1ControlsAndBidiOverridesAreEscaped() {
        assertThat(TerminalText.safe("x\u009b31my\u202eevil")).isEqualTo("x\\u009b31my\\u202eevil");
    }

    @Test
    void ordinaryTextIsUnchangedIncludingTabsAndUnicode() {
        String text = "Churn model\t— F1 0.91 ✔ (日本語) std::vector";
        assertThat(TerminalText.safe(text)).isSameAs(text);
    }
}
