package press.output;

import java.nio.file.Path;

/** The one check every output path goes through: relative, forward slashes, inside the folder. */
public final class OutputPaths {
    private OutputPaths() {}

    /** {@code relative} resolved under {@code root}; refused when it would land outside it or on it. */
    public static Path resolve(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path \"" + relative + "\" is outside the output folder");
        }
        return file;
    }
}
