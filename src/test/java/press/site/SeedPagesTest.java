package press.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.importer.ImportOptions;
import press.importer.Importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site as shipped (the repo's content/ and templates/) shows every paragraph, heading, code
 * line, checklist item and meta value of each old-site export page it was imported from. The
 * expectations come from the export text itself, read here without the importer's parser.
 */
class SeedPagesTest {
    static final Path SEEDS = Path.of("src/test/resources/importer/seeds");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•-]\\s+(.*)$");
    private static final Pattern PAIR = Pattern.compile("([a-z ]+): (.*)");
    /** The meta labels of the export, longest first, so "ai outline" is tried before a shorter prefix. */
    private static final List<String> LABELS = Stream.of("topic", "summary", "ai outline", "ai brief", "stack", "tools",
            "code language", "difficulty", "reading time", "view count", "score", "revision", "reference", "hash", "flags",
            "checklist", "entities", "image sources", "payload", "notes").sorted(Comparator.comparingInt(String::length).reversed()).toList();

    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheShippedSite() {
        Build.run(new BuildOptions(Path.of("."), out.resolve("site"), null, false, 2));
    }

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void thePostPageShowsEverythingTheExportPageHad(Path seed) throws IOException {
        String page = Files.readString(seed, StandardCharsets.UTF_8);
        String slug = Importer.convert(seed.getFileName().toString(), Files.readAllBytes(seed), ImportOptions.defaults()).slug();
        Document doc = Jsoup.parse(out.resolve("site/posts/" + slug + "/index.html"), "UTF-8");
        String bodyText = normal(doc.selectFirst(".post-body").text());
        List<String> codeLines = new ArrayList<>();
        for (Element pre : doc.select(".post-body pre")) codeLines.addAll(List.of(pre.wholeText().split("\n")));
        Element metaBox = doc.selectFirst(".post-meta");

        List<String> lines = List.of(page.split("\n", -1));
        int i = 0;
        while (lines.get(i).replace("|", "").isBlank()) i++;
        assertEquals(lines.get(i).strip(), doc.selectFirst("h1").text(), "title");
        int meta = lines.indexOf("alphanode post meta");
        for (String line : lines.subList(i + 1, meta < 0 ? lines.size() : meta)) {
            if (line.isBlank() || line.strip().equals("Similar Posts")) continue;
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            boolean inCode = codeLines.contains(text);
            assertTrue(inCode || bodyText.contains(normal(text)), slug + ": missing body line \"" + text + "\"");
        }
        if (meta < 0) return;
        List<String> labels = metaBox.select("dt").eachText();
        String metaText = normal(metaBox.text());
        for (String line : lines.subList(meta + 1, lines.size())) {
            if (line.isBlank() || line.strip().equals("Similar Posts")) continue;
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                Matcher pair = PAIR.matcher(bullet.group(1).strip());
                if (pair.matches()) {
                    assertTrue(labels.contains(pair.group(1)), slug + ": meta label \"" + pair.group(1) + "\" not shown");
                    assertTrue(metaText.contains(normal(pair.group(2))), slug + ": meta value \"" + pair.group(2) + "\" not shown");
                } else {
                    assertTrue(metaText.contains(normal(bullet.group(1))), slug + ": meta item \"" + bullet.group(1) + "\" not shown");
                }
                continue;
            }
            String label = LABELS.stream().filter(line::startsWith).findFirst().orElseThrow(() -> new AssertionError("unknown meta line " + line));
            assertTrue(labels.contains(label), slug + ": meta label \"" + label + "\" not shown");
            String value = line.substring(label.length()).strip();
            assertTrue(metaText.contains(normal(value)), slug + ": meta value \"" + value + "\" not shown");
        }
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
