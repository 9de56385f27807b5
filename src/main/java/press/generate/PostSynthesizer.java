package press.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static press.generate.RandomPicks.between;
import static press.generate.RandomPicks.fill;
import static press.generate.RandomPicks.pick;
import static press.generate.RandomPicks.sample;

/**
 * One synthetic post, in the front-matter layout of {@code shared/bench/gen_content.py}. Post
 * {@code i} depends only on (seed, i): its random stream is seeded from both, so the first 1,000
 * posts of a 100,000-post run are the files of a 1,000-post run.
 *
 * <p>Unlike the bench generator, a topic is mostly written for its own few stacks (as on a real
 * blog, where "adding indexes without locking tables" is a postgres or mysql story): 95 % of posts
 * take one of the topic's stacks (weights 70/20/10), the rest any stack.
 */
final class PostSynthesizer {
    static final OffsetDateTime START = OffsetDateTime.of(2015, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final long SPAN_SECONDS = OffsetDateTime.of(2024, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond()
            - START.toEpochSecond();

    private final Vocabulary v;
    private final List<String> allTools;
    private final BodyWriter bodies;

    PostSynthesizer(Vocabulary v) {
        this.v = v;
        TreeSet<String> tools = new TreeSet<>();
        v.stacks().forEach(s -> tools.addAll(s.tools()));
        this.allTools = List.copyOf(tools);
        this.bodies = new BodyWriter(v);
    }

    GeneratedPost make(long seed, int i) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L);
        int sid = i + 1;
        Vocabulary.Topic topic = pick(rng, v.topics());
        Vocabulary.Stack stack = v.stack(chooseStack(rng, topic));
        String scenario = pick(rng, v.scenarios());

        List<String> stacks = new ArrayList<>();
        stacks.add(stack.name());
        stacks.addAll(sample(rng, stack.related(), between(rng, 0, 2)));
        List<String> tools = sample(rng, stack.tools(), between(rng, 3, 6));
        if (rng.nextDouble() < 0.3) {
            String extra = pick(rng, allTools);
            if (!tools.contains(extra)) tools.add(extra);
        }
        int tagCount = between(rng, 3, 6);
        List<String> tags = sample(rng, topic.tags(), between(rng, 1, 3));
        while (tags.size() < tagCount) {
            String t = pick(rng, v.tags());
            if (!tags.contains(t)) tags.add(t);
        }

        OffsetDateTime date = START.plusSeconds(rng.nextLong(SPAN_SECONDS)).withSecond(0);
        Map<String, String> ctx = Map.of("topic", topic.name(), "stack", stack.name(), "scenario", scenario);
        String title = fill(pick(rng, v.titleTemplates()), ctx);
        String base = RandomPicks.slugify(title);
        if (base.length() > 60) {
            base = base.substring(0, 60);
            base = base.substring(0, Math.max(0, base.lastIndexOf('-')));
        }
        String slug = String.format(Locale.ROOT, "%s-%06d", base, sid);

        BodyWriter.Body body = bodies.write(rng, ctx, stack.language(), tools, tags);
        int words = body.markdown().split("\\s+").length;

        List<Map<String, Object>> entities = new ArrayList<>();
        entities.add(entity(stack.name(), "stack"));
        entities.add(entity(stack.area(), "area"));
        entities.add(entity(topic.name(), "problem"));
        if (rng.nextDouble() < 0.5) entities.add(entity(tools.get(0), "tool"));
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", title);
        fm.put("date", date);
        fm.put("slug", slug);
        fm.put("topic", topic.name() + " / " + stack.name());
        fm.put("summary", "this ai-style technical summary explains " + topic.name() + " in " + stack.name()
                + ", with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.");
        fm.put("tags", tags);
        fm.put("stack", stacks);
        fm.put("tools", tools);
        fm.put("code_language", stack.language());
        fm.put("difficulty", pick(rng, v.difficulty()));
        fm.put("reading_time", Math.max(2, Math.round(words / 200f) + between(rng, 0, 4)));
        fm.put("view_count", (int) Math.pow(10, 2 + 4 * rng.nextDouble()));
        Map<String, Object> score = new LinkedHashMap<>();
        for (String k : List.of("quality", "freshness", "depth", "clarity")) {
            score.put(k, between(rng, 40, 100));
        }
        fm.put("score", score);
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("status", pick(rng, v.revisionStatus()));
        revision.put("version", "1." + between(rng, 0, 9) + "." + between(rng, 0, 9));
        revision.put("last_reviewed", date.plusDays(between(rng, 0, 900)).toLocalDate().toString());
        fm.put("revision", revision);
        fm.put("reference", String.format(Locale.ROOT, "anp-ref-%06d-%d", sid, between(rng, 1000, 9999)));
        fm.put("hash", sha1(seed + ":" + slug).substring(0, 24));
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("ai_generated_style", 1);
        flags.put("has_images", body.images().isEmpty() ? 0 : 1);
        flags.put("needs_human_review", rng.nextDouble() < 0.2 ? 1 : 0);
        fm.put("flags", flags);
        fm.put("checklist", body.checklist());
        fm.put("entities", entities);
        fm.put("image_sources", body.images());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source_id", String.format(Locale.ROOT, "alphanode-%06d", sid));
        payload.put("generator", "anp content synthesizer");
        payload.put("paragraphs", body.paragraphs());
        payload.put("scenario", scenario);
        payload.put("seed", sid);
        fm.put("payload", payload);
        fm.put("notes", rng.nextDouble() < 0.7 ? v.notes().subList(0, 3) : v.notes());

        StringBuilder text = new StringBuilder(8192).append("---\n");
        GeneratedFrontMatter.write(text, fm, 0);
        text.append("---\n\n").append(body.markdown());
        return new GeneratedPost(slug, text.toString());
    }

    private String chooseStack(SplittableRandom rng, Vocabulary.Topic topic) {
        if (rng.nextDouble() >= 0.95 || topic.stacks().isEmpty()) return pick(rng, v.stacks()).name();
        double r = rng.nextDouble();
        int home = r < 0.70 ? 0 : r < 0.90 ? 1 : 2;
        return topic.stacks().get(Math.min(home, topic.stacks().size() - 1));
    }

    private static Map<String, Object> entity(String name, String type) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("type", type);
        return e;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
