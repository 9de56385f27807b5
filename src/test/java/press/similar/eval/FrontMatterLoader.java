package press.similar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import press.content.MarkdownRenderer;
import press.similar.BodyWords;
import press.similar.SimilarTerms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the front matter of generated posts for the evaluation only (the build has its own parser):
 * title, date, slug, topic, ai_outline.problem, tags, stack, tools, entities[].name, and the body's words
 * (rendered with the build's Markdown renderer).
 */
public final class FrontMatterLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The build's Markdown renderer, one per thread (posts load in parallel). */
    private static final ThreadLocal<MarkdownRenderer> MARKDOWN = ThreadLocal.withInitial(() -> new MarkdownRenderer(false));

    private FrontMatterLoader() {}

    /** Every {@code *.md} file in {@code dir}, in file-name order. */
    public static List<EvalPost> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        return files.parallelStream().map(f -> {
            try {
                return parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** One post from its text; {@code name} is used in errors and as the key when there is no slug. */
    public static EvalPost parse(String name, String text) throws IOException {
        if (!text.startsWith("---\n")) {
            throw new IOException(name + ":1: no front matter, expected a first line '---'");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IOException(name + ":1: front matter is not closed, expected a line '---'");
        }
        JsonNode fm = YAML.readTree(text.substring(4, end + 1));
        String problem = fm.path("ai_outline").path("problem").asText("");
        if (problem.isBlank()) {
            String topic = fm.path("topic").asText("");
            int slash = topic.indexOf(" / ");
            problem = slash < 0 ? topic : topic.substring(0, slash);
        }
        List<String> stacks = strings(fm.path("stack"));
        List<String> entities = new ArrayList<>();
        fm.path("entities").forEach(e -> entities.add(e.path("name").asText("")));
        String slug = fm.path("slug").asText(name);
        String title = fm.path("title").asText("");
        var input = SimilarTerms.of(epochSecond(fm.path("date").asText("")), slug, title,
                problem, strings(fm.path("tags")), stacks, strings(fm.path("tools")), entities);
        String words = MARKDOWN.get().render(text.substring(end + 5)).text().withoutCode();
        input = SimilarTerms.withWords(input, BodyWords.of(title, words));
        return new EvalPost(input, SimilarTerms.normalise(problem),
                stacks.stream().map(SimilarTerms::normalise).toList());
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static long epochSecond(String date) {
        if (date.isEmpty()) {
            return 0;
        }
        return date.length() <= 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                : OffsetDateTime.parse(date).toEpochSecond();
    }
}
