package dev.hireable.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The frame of every HTML page hireable writes: a Content-Security-Policy that allows inline styles and nothing
 * else (no request to anywhere, no script but, on a page that needs one, the single inline script whose SHA-256
 * hash the policy names), the inline stylesheet, and the footer.
 */
public final class HtmlPage {

    private HtmlPage() {}

    public static String head(String title) {
        return head(title, Optional.empty());
    }

    /** @param script a script for the page, inlined and allowed by its hash alone; empty for a page with none */
    public static String head(String title, Optional<String> script) {
        String scriptSource =
                script.map(s -> " script-src 'sha256-" + sha256(s) + "';").orElse("");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + scriptSource + " img-src data:; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>" + HtmlStyle.CSS + "</style>\n"
                + script.map(s -> "<script>" + s + "</script>\n").orElse("")
                + "</head>\n<body>\n<main>\n";
    }

    public static String foot(String text) {
        return "<footer>" + Html.escape(text) + "</footer>\n</main>\n</body>\n</html>\n";
    }

    /** The base64 SHA-256 of a script's exact text, as a CSP hash source names it. */
    static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
