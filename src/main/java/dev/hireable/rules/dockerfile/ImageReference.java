package dev.hireable.rules.dockerfile;

import java.util.Optional;

/**
 * A base image as FROM names it: {@code [registry[:port]/]name[:tag][@digest]}.
 */
record ImageReference(String name, Optional<String> tag, Optional<String> digest) {

    static ImageReference parse(String reference) {
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            return new ImageReference(rest.substring(0, colon), Optional.of(rest.substring(colon + 1)), digest);
        }
        return new ImageReference(rest, Optional.empty(), digest);
    }
}
