package press.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code --source}: the current folder by default, and the output folder {@code <source>/site} unless --out names one. */
class SiteFolderTest {
    private static SiteFolder parse(String... args) {
        SiteFolder folder = new SiteFolder();
        new CommandLine(folder).parseArgs(args);
        return folder;
    }

    @Test
    void theCurrentFolderAndItsSiteByDefault() {
        SiteFolder folder = parse();
        assertEquals(Path.of("."), folder.source);
        assertEquals(Path.of("./site"), folder.output(null));
    }

    @Test
    void theOutputIsUnderTheSourceUnlessGiven() {
        SiteFolder folder = parse("--source", "blog");
        assertEquals(Path.of("blog/site"), folder.output(null));
        assertEquals(Path.of("/srv/www"), folder.output(Path.of("/srv/www")), "--out is taken as it is, not under the source");
    }
}
