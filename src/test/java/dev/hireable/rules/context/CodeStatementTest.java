package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeStatementTest {

    private static List<CodeStatement> statements(String... lines) {
        List<CodeLine> code = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            code.add(new CodeLine("train.py", i + 1, lines[i], 0));
        }
        return CodeStatement.of(code);
    }

    @Test
    void linesInsideOpenBracketsJoinIntoOneStatement() {
        List<CodeStatement> statements = statements(
                "df = pd.DataFrame({", "    \"age\": np.random.randint(18, 70, n),  # years", "})", "model.fit(df, y)");

        assertThat(statements)
                .extracting(CodeStatement::text)
                .containsExactly(
                        "df = pd.DataFrame({     \"age\": np.random.randint(18, 70, n), })", "model.fit(df, y)");
        assertThat(statements.get(1).first().line()).isEqualTo(4);
    }

    @Test
    void tripleQuotedStringsAndBackslashesContinueAStatement() {
        List<CodeStatement> statements = statements(
                "    \"\"\"Train the model.",
                "    With (unbalanced brackets in prose.",
                "    \"\"\"",
                "    total = a + \\",
                "        b",
                "    return total");

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).text())
                .startsWith("\"\"\"Train the model.")
                .endsWith("\"\"\"");
        assertThat(statements.get(1).text()).isEqualTo("total = a +          b");
        assertThat(statements).extracting(CodeStatement::indent).containsExactly(4, 4, 4);
    }

    @Test
    void aNotebookCellEndsItsStatements() {
        List<CodeStatement> statements = CodeStatement.of(
                List.of(new CodeLine("nb.ipynb", 1, "x = f(", 1), new CodeLine("nb.ipynb", 1, "model.fit(x, y)", 2)));

        assertThat(statements).extracting(s -> s.first().cell()).containsExactly(1, 2);
    }
}
