package press;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dependencies point one way (cli -> serve -> build -> {content, render, output, similar} ->
 * model -> config, everything may use problem, digest and store), and each package uses only the third-party
 * libraries it owns. Read from the sources, imports and fully qualified names alike.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/press");
    private static final Pattern PRESS_USE = Pattern.compile("\\bpress\\.([a-z]+)\\.[A-Za-z]");
    private static final Pattern THIRD_PARTY = Pattern.compile("\\b(com\\.fasterxml|com\\.vladsch|com\\.github\\.mustachejava|org\\.yaml|org\\.apache|picocli|com\\.sun\\.net|software\\.amazon)\\b");

    /** Packages every package may use: the problem collector, the digests and the cache file format. */
    private static final Set<String> EVERYONE = Set.of("problem", "digest", "store");

    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("problem", Set.of()),
            Map.entry("digest", Set.of()),
            Map.entry("store", Set.of()),
            Map.entry("config", Set.of("problem")),
            Map.entry("model", Set.of("config", "problem")),
            Map.entry("content", Set.of("config", "model", "problem")),
            Map.entry("similar", Set.of("config", "model", "problem")),
            Map.entry("render", Set.of("config", "model", "problem")),
            Map.entry("output", Set.of("problem")),
            Map.entry("importer", Set.of("config", "content", "problem")),
            Map.entry("generate", Set.of("config", "model", "problem")),
            Map.entry("scaffold", Set.of("content", "problem")),
            Map.entry("publish", Set.of("output", "problem", "render")),
            Map.entry("pipeline", Set.of("config", "content", "model", "output", "problem", "publish", "render", "similar")),
            Map.entry("serve", Set.of("pipeline", "problem")),
            Map.entry("cli", Set.of("pipeline", "config", "content", "generate", "importer", "model", "output", "problem",
                    "publish", "render", "scaffold", "serve", "similar")));

    private static final Map<String, Set<String>> MAY_LINK = Map.ofEntries(
            Map.entry("problem", Set.of()),
            Map.entry("digest", Set.of()),
            Map.entry("store", Set.of()),
            Map.entry("config", Set.of("com.fasterxml", "org.yaml")),
            Map.entry("model", Set.of()),
            Map.entry("content", Set.of("com.fasterxml", "org.commonmark")),
            Map.entry("similar", Set.of("org.apache")),
            Map.entry("render", Set.of("com.github.mustachejava", "com.fasterxml")),
            Map.entry("output", Set.of("org.apache")),
            Map.entry("importer", Set.of("com.fasterxml")),
            Map.entry("generate", Set.of("com.fasterxml")),
            Map.entry("scaffold", Set.of()),
            Map.entry("publish", Set.of("com.fasterxml", "org.apache", "software.amazon")),
            Map.entry("pipeline", Set.of("org.apache")),
            Map.entry("serve", Set.of("com.sun.net")),
            Map.entry("cli", Set.of("picocli", "software.amazon")));

    @Test
    void packagesDependOneWayAndOwnTheirLibraries() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                if (!MAY_USE.containsKey(pkg)) {
                    wrong.add(f + ": package press." + pkg + " is not in this test's map; add it with its allowed uses");
                    continue;
                }
                int n = 0;
                for (String line : Files.readAllLines(f)) {
                    n++;
                    if (line.startsWith("package ") || line.strip().startsWith("*") || line.strip().startsWith("//")) continue;
                    Matcher m = PRESS_USE.matcher(line);
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !MAY_USE.get(pkg).contains(used) && !(EVERYONE.contains(used) && !EVERYONE.contains(pkg))) {
                            wrong.add(f + ":" + n + ": press." + pkg + " uses press." + used);
                        }
                    }
                    Matcher t = THIRD_PARTY.matcher(line);
                    while (t.find()) {
                        if (!MAY_LINK.get(pkg).contains(t.group(1))) wrong.add(f + ":" + n + ": press." + pkg + " uses " + t.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
