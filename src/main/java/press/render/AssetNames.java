package press.render;

import press.digest.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fingerprinted names for stylesheets and the theme's search script: {@code assets/style.css} is
 * written as {@code assets/style.<first 10 hex of its sha-256>.css} (and {@code assets/search.js}
 * as {@code assets/search.<hash>.js}), so a new version has a new address and the file can be
 * cached for a year ({@link HeaderRules}). Other static files keep their names.
 */
final class AssetNames {
    /** The search page's script, linked from the page's view (before, served under its own name with a year's caching, so a visitor kept an old one). */
    static final String SEARCH_SCRIPT = "assets/search.js";

    private AssetNames() {}

    /** Output name by static path, for every static file. */
    static Map<String, String> of(Map<String, Path> assets) {
        Map<String, String> out = new TreeMap<>();
        assets.forEach((path, from) -> out.put(path, path.endsWith(".css") || path.equals(SEARCH_SCRIPT) ? fingerprinted(path, from) : path));
        return out;
    }

    private static String fingerprinted(String path, Path from) {
        try {
            String hash = Sha256.hex(Files.readAllBytes(from)).substring(0, 10);
            int dot = path.lastIndexOf('.');
            return path.substring(0, dot) + "." + hash + path.substring(dot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
