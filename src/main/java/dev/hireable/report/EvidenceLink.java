package dev.hireable.report;

import dev.hireable.rules.Evidence;
import dev.hireable.snapshot.RepoMetadata;
import java.util.Optional;

/**
 * A piece of evidence as a link whose text says where it points: a label naming a file ({@code README.md:8}) links to
 * that file at the audited commit, or to nothing when the repository has no web page (a local directory); a URL the
 * evidence is about (a live deployment named on that line) is a link of its own, labelled with itself.
 *
 * @param label    {@code path:line}, the path, or the URL when the evidence has no file
 * @param fileUrl  the file (and line) at the audited commit, when the label names a file and it has a web page
 * @param external a URL the evidence names besides its file, e.g. the live URL on README.md line 8
 */
public record EvidenceLink(String label, Optional<String> fileUrl, Optional<String> external) {

    public static EvidenceLink of(Evidence evidence, RepoMetadata metadata) {
        if (evidence.path().isEmpty()) {
            String url = evidence.url().orElse("");
            return new EvidenceLink(url, Optional.empty(), evidence.url());
        }
        Optional<String> file = metadata.fileUrl(evidence.path().get(), evidence.line());
        Optional<String> other = evidence.url().filter(url -> !file.equals(Optional.of(url)));
        return new EvidenceLink(SlotView.where(evidence), file, other);
    }

    /** Markdown: the label linked to its file (or plain), then the other URL as a link labelled with itself. */
    public String markdown() {
        if (fileUrl.isEmpty() && external.isPresent() && label.equals(external.get())) {
            return MarkdownText.link(label, external);
        }
        return MarkdownText.link(label, fileUrl)
                + external.map(url -> " → " + MarkdownText.link(url, Optional.of(url)))
                        .orElse("");
    }

    /** HTML: the same as {@link #markdown()}. */
    public String html() {
        if (fileUrl.isEmpty() && external.isPresent() && label.equals(external.get())) {
            return Html.link(label, external);
        }
        return Html.link(label, fileUrl)
                + external.map(url -> " → " + Html.link(url, Optional.of(url))).orElse("");
    }
}
