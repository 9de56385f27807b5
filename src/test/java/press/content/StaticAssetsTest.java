package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Static files: the theme's, then the site's over them on the same path; dotfiles and dot folders skipped. */
class StaticAssetsTest {
    @TempDir
    Path source;

    private void write(String path) throws IOException {
        Path p = source.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, path);
    }

    @Test
    void theSitesFileWinsAndHiddenFilesAreSkipped() throws IOException {
        write("templates/static/assets/site.css");
        write("templates/static/favicon.svg");
        write("static/favicon.svg");
        write("static/img/a.png");
        write("static/.DS_Store");
        write("static/.well-known/security.txt");
        write("static/img/.hidden/x.png");
        Map<String, Path> found = StaticAssets.find(source);
        assertEquals(List.of("assets/site.css", "favicon.svg", "img/a.png"), List.copyOf(found.keySet()), "sorted, hidden left out");
        assertEquals(source.resolve("static/favicon.svg"), found.get("favicon.svg"));
        assertEquals(source.resolve("templates/static/assets/site.css"), found.get("assets/site.css"));
    }

    @Test
    void noFoldersNoFiles() {
        assertEquals(Map.of(), StaticAssets.find(source));
    }
}
