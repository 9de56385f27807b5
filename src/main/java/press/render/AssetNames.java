package press.render;

import press.digest.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fingerprinted names for stylesheets: {@code assets/style.css} is written as
 * {@code assets/style.<first 10 hex of its sha-256>.css}, so a new version has a new address and
 * the file can be cached for a year ({@link HeaderRules}). Other static files keep their names.
 */
final class AssetNames {
    private AssetNames() {}

    /** Output name by static path, for every static file. */
    static Map<String, String> of(Map<String, Path> assets) {
        Map<String, String> out = new TreeMap<>();
        assets.forEach((path, from) -> out.put(path, path.endsWith(".css") ? fingerprinted(path, from) : path));
        return out;
    }

    private static String fingerprinted(String path, Path from) {
        try {
            String hash = Sha256.hex(Files.readAllBytes(from)).substring(0, 10);
            return path.substring(0, path.length() - ".css".length()) + "." + hash + ".css";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
