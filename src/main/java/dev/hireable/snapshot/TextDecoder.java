package dev.hireable.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text the way real repositories need: UTF-8 (a BOM is dropped), UTF-16 when a BOM says so
 * (Windows tools write requirements files that way), and binary when a NUL byte shows up without a UTF-16 BOM.
 */
public final class TextDecoder {

    private static final int BINARY_SNIFF_BYTES = 8192;
    /** What decoding puts in place of a malformed sequence. */
    private static final char REPLACEMENT = '\uFFFD';

    private TextDecoder() {}

    public static FileContent decode(String path, byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeWith(path, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeWith(path, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            return new FileContent.Binary(path);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return decodeWith(path, bytes, offset, StandardCharsets.UTF_8);
    }

    private static FileContent decodeWith(String path, byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding, several times faster than a decoder's; it replaces what is malformed with
            // U+FFFD, so text without one was well-formed (one that has one is decoded strictly to tell)
            String text = new String(bytes, offset, bytes.length - offset, charset);
            if (text.indexOf(REPLACEMENT) < 0) {
                return new FileContent.Text(path, text, false);
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new FileContent.Text(path, strict.decode(buffer).toString(), false);
        } catch (CharacterCodingException malformed) {
            String lenient = new String(bytes, offset, bytes.length - offset, charset);
            return new FileContent.Text(path, lenient, true);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
