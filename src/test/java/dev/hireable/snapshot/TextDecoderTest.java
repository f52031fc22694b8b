package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf16WithByteOrderMarkIsDecodedAsText() {
        byte[] body =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "mlflow==2.14.1\n".getBytes(StandardCharsets.UTF_16LE));
        FileContent content = TextDecoder.decode("requirements.txt", body);
        assertThat(content).isEqualTo(new FileContent.Text("requirements.txt", "mlflow==2.14.1\n", false));
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecodedAsText() {
        byte[] body = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "pandas\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode("r.txt", body)).isEqualTo(new FileContent.Text("r.txt", "pandas\n", false));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] body =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "# Title".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode("README.md", body))
                .isEqualTo(new FileContent.Text("README.md", "# Title", false));
    }

    @Test
    void nulByteWithoutByteOrderMarkMeansBinary() {
        assertThat(TextDecoder.decode("model.pkl", new byte[] {(byte) 0x80, 0x04, 0x00, 0x12}))
                .isEqualTo(new FileContent.Binary("model.pkl"));
    }

    @Test
    void invalidUtf8IsDecodedLossilyAndMarked() {
        FileContent content = TextDecoder.decode("README.md", new byte[] {'o', 'k', (byte) 0xC3, '!'});
        assertThat(content).isInstanceOf(FileContent.Text.class);
        assertThat(((FileContent.Text) content).lossy()).isTrue();
        assertThat(((FileContent.Text) content).text()).startsWith("ok");
    }

    @Test
    void wellFormedUtf8IsTextAsWrittenIncludingAReplacementCharacterTheAuthorWrote() {
        for (String written :
                List.of("plain ascii\n", "Résultats: précision 0,91 — 模型 😀\n", "a genuine \uFFFD mark")) {
            assertThat(TextDecoder.decode("README.md", written.getBytes(StandardCharsets.UTF_8)))
                    .as(written)
                    .isEqualTo(new FileContent.Text("README.md", written, false));
        }
    }

    @Test
    void anyMalformedSequenceIsLossyEvenBesideAReplacementCharacterTheAuthorWrote() {
        byte[][] malformed = {
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {'a', (byte) 0xC0, (byte) 0xAF}, // an overlong slash
            {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            concat("\uFFFD ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}) // cut short
        };
        for (byte[] bytes : malformed) {
            FileContent content = TextDecoder.decode("notes.txt", bytes);
            assertThat(content).isInstanceOf(FileContent.Text.class);
            assertThat(((FileContent.Text) content).lossy())
                    .as(java.util.Arrays.toString(bytes))
                    .isTrue();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
