package dev.hireable.report;

/**
 * The frame of every HTML page hireable writes: a Content-Security-Policy that allows inline styles and nothing
 * else (no script, no request to anywhere), the inline stylesheet, and the footer.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>" + HtmlStyle.CSS + "</style>\n</head>\n<body>\n<main>\n";
    }

    public static String foot(String text) {
        return "<footer>" + Html.escape(text) + "</footer>\n</main>\n</body>\n</html>\n";
    }
}
