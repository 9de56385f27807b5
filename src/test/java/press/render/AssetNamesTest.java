package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.digest.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Stylesheets and the theme's search script get their content's fingerprint in their name; every other static file keeps its own. */
class AssetNamesTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void onlyCssAndTheSearchScriptAreFingerprintedByTheirBytes() throws IOException {
        Path css = file("style.css", "body{}");
        String hash = Sha256.hex("body{}".getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        Map<String, String> names = AssetNames.of(Map.of("assets/style.css", css, "assets/app.js", file("app.js", "x"),
                "assets/style.css.map", file("map", "{}"), "robots.txt", file("robots.txt", "")));
        assertEquals(Map.of("assets/style.css", "assets/style." + hash + ".css", "assets/app.js", "assets/app.js",
                "assets/style.css.map", "assets/style.css.map", "robots.txt", "robots.txt"), names);
        String js = Sha256.hex("search()".getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        assertEquals("assets/search." + js + ".js", AssetNames.of(Map.of("assets/search.js", file("search.js", "search()"))).get("assets/search.js"),
                "the search script is cached for a year like the stylesheet, so a new one needs a new name");
    }

    @Test
    void changedBytesAreANewName() throws IOException {
        Path css = file("style.css", "body{}");
        String before = AssetNames.of(Map.of("style.css", css)).get("style.css");
        Files.writeString(css, "body{color:red}");
        assertNotEquals(before, AssetNames.of(Map.of("style.css", css)).get("style.css"));
    }
}
