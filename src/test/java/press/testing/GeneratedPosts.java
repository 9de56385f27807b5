package press.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes posts shaped like the benchmark generator's (every meta field, nested maps, entities,
 * checklists, tables, code, in-page anchors), seeded so a test always sees the same site. Kept in
 * Java so the tests need nothing outside the repo.
 */
public final class GeneratedPosts {
    private static final String[] TOPICS = {"caching api responses", "database migrations", "background jobs",
            "time zones", "webhooks", "structured logging", "feature flags", "rate limiting"};
    private static final String[] STACKS = {"java-services", "python", "postgres", "docker", "react-frontends",
            "node-services", "mysql", "kubernetes"};
    private static final String[] TAGS = {"performance", "testing", "security", "observability", "ci", "caching",
            "Indexing", "deploys", "code ownership", "C++", "Ünïcode", "CI/CD", "TITLE Case"};
    private static final String[] TOOLS = {"make", "nginx", "github actions", "logs", "jq", "psql"};

    private GeneratedPosts() {}

    /** Writes {@code count} posts into {@code postsDir} (two per sub-folder level, to exercise nested folders). */
    public static void write(Path postsDir, int count, long seed) {
        Random random = new Random(seed);
        try {
            for (int i = 1; i <= count; i++) {
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                String stack = STACKS[random.nextInt(STACKS.length)];
                String slug = String.format(Locale.ROOT, "%s-with-%s-%04d", topic.replace(' ', '-'), stack, i);
                Path file = postsDir.resolve(i % 3 == 0 ? "archive/" + slug + ".md" : slug + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, post(random, i, topic, stack, slug), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String post(Random r, int i, String topic, String stack, String slug) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: \"").append(topic).append(" with ").append(stack).append(": notes ").append(i).append("\"\n");
        // date only, a late local time with an offset, or UTC: a build reading the default time zone would shift some
        String day = String.format(Locale.ROOT, "20%02d-%02d-%02d", 15 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String time = String.format(Locale.ROOT, "T%02d:%02d:00", r.nextInt(24), r.nextInt(60));
        s.append("date: ").append(i % 7 == 0 ? day : i % 7 == 1 ? day + "T23:30:00-08:00" : day + time + "Z").append('\n');
        if (i % 4 != 0) s.append("slug: \"").append(slug).append("\"\n");
        s.append("topic: \"").append(topic).append(" / ").append(stack).append("\"\n");
        s.append("summary: \"how we handled ").append(topic).append(" in a ").append(stack).append(" project.\"\n");
        list(s, "tags", pick(r, TAGS, 1 + r.nextInt(4)));
        list(s, "stack", pick(r, STACKS, 1 + r.nextInt(2), stack));
        list(s, "tools", pick(r, TOOLS, r.nextInt(3)));
        s.append("code_language: \"bash\"\ndifficulty: \"").append(i % 2 == 0 ? "beginner" : "advanced").append("\"\n");
        if (i % 5 != 0) s.append("reading_time: ").append(2 + r.nextInt(9)).append('\n');
        s.append("view_count: ").append(r.nextInt(10_000)).append('\n');
        s.append("score:\n  quality: ").append(r.nextInt(100)).append("\n  depth: ").append(r.nextInt(100)).append('\n');
        s.append("revision:\n  status: \"published\"\n  version: \"1.").append(i).append(".0\"\n");
        if (i % 2 == 0) s.append("  last_reviewed: \"2025-0").append(1 + i % 9).append("-1").append(i % 10).append("\"\n");
        s.append("flags:\n  ai_generated_style: 1\n  needs_human_review: 0\n");
        list(s, "checklist", List.of("measure first", "change one thing", "measure again"));
        s.append("entities:\n  - name: \"").append(stack).append("\"\n    type: \"stack\"\n  - name: \"")
                .append(topic).append("\"\n    type: \"problem\"\n");
        s.append("image_sources: []\npayload:\n  seed: ").append(i).append("\n  nested:\n    list: [1, 2]\n");
        list(s, "notes", List.of("generated for tests <not real>"));
        s.append("---\n\n");
        s.append("Teams notice ").append(topic).append(" late. Jump to the [checklist](#checklist-").append(i)
                .append(") or read the [docs](https://example.com/docs?q=").append(i).append("&x=1).\n\n");
        s.append("## Measuring ").append(topic).append("\n\n");
        s.append("| step | before | after |\n|---|---:|---:|\n| p95 | ").append(100 + r.nextInt(900))
                .append(" ms | ").append(10 + r.nextInt(90)).append(" ms |\n\n");
        s.append("```bash\ncurl -s localhost:8080/health | jq .status\n```\n\n");
        s.append("![a diagram](https://example.com/img/").append(i).append(".png)\n\n");
        s.append("## Checklist ").append(i).append("\n\n- [ ] measure\n- [x] **change** one thing\n- ~~guess~~\n\n");
        s.append("> Prefer a small verified change to a broad rewrite, see <https://example.org/").append(i).append(">.\n");
        return s.toString();
    }

    private static List<String> pick(Random r, String[] from, int n, String... first) {
        Set<String> out = new LinkedHashSet<>(List.of(first));
        while (out.size() < n + first.length) out.add(from[r.nextInt(from.length)]);
        return new ArrayList<>(out);
    }

    private static void list(StringBuilder s, String key, List<String> values) {
        if (values.isEmpty()) return;
        s.append(key).append(":\n");
        for (String v : values) s.append("  - \"").append(v).append("\"\n");
    }
}
