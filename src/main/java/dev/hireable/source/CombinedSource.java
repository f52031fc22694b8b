package dev.hireable.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Several sources as one portfolio, in order: e.g. the GitHub Actions workspace read from disk, then repositories
 * read from GitHub. A repository listed by an earlier part is not listed again.
 */
public final class CombinedSource implements PortfolioSource {

    private final List<PortfolioSource> parts;
    private final List<Skipped> skipped = new ArrayList<>();

    public CombinedSource(List<PortfolioSource> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public List<RepoHandle> repositories() throws SourceException {
        skipped.clear();
        List<RepoHandle> handles = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (PortfolioSource part : parts) {
            for (RepoHandle handle : part.repositories()) {
                if (listed.add(handle.id().toLowerCase(Locale.ROOT))) {
                    handles.add(handle);
                }
            }
            skipped.addAll(part.skipped());
        }
        return List.copyOf(handles);
    }

    @Override
    public Optional<Stop> stop() {
        return parts.stream()
                .map(PortfolioSource::stop)
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
