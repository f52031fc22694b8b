package dev.hireable.rules.context.usage;

import java.util.List;
import java.util.Optional;

/**
 * Everything that shows a tool is used: code (imports with calls) and files (configs, manifests). {@code packages}
 * names its Python distributions; a declared dependency alone is not use, but it is shown as evidence when no use
 * is found.
 */
public record ToolSignature(CodeSignature code, List<FileSignature> files, List<String> packages) {

    public ToolSignature {
        files = files == null ? List.of() : List.copyOf(files);
        packages = packages == null ? List.of() : List.copyOf(packages);
        if (code == null && files.isEmpty()) {
            throw new IllegalArgumentException("a tool needs 'code' or 'files' to be found by");
        }
    }

    public Optional<CodeSignature> codeSignature() {
        return Optional.ofNullable(code);
    }
}
