package press.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static press.generate.RandomPicks.between;
import static press.generate.RandomPicks.fill;
import static press.generate.RandomPicks.pick;
import static press.generate.RandomPicks.sample;

/**
 * The Markdown body of one post, shaped like the seed articles: intro, two or three sections of
 * template paragraphs, an optional code block in the stack's language, optional images, a
 * checklist and final notes, padded with varying sentences to 4-6 KB.
 */
final class BodyWriter {
    /** The body and the facts about it the front matter repeats. */
    record Body(String markdown, int paragraphs, List<Map<String, Object>> images, List<String> checklist) {}

    private final Vocabulary v;

    BodyWriter(Vocabulary v) {
        this.v = v;
    }

    Body write(SplittableRandom rng, Map<String, String> ctx, String language, List<String> tools, List<String> tags) {
        int paragraphs = between(rng, 7, 12);
        int sectionCount = paragraphs <= 8 ? 2 : 3;
        List<Vocabulary.Section> sections = sample(rng, v.sections(), sectionCount);
        int[] counts = new int[sectionCount];
        int left = paragraphs - 1;
        for (int k = 0; k < sectionCount; k++) {
            int remaining = sectionCount - k - 1;
            counts[k] = remaining == 0 ? left
                    : between(rng, Math.max(2, left - 4 * remaining), Math.min(4, left - 2 * remaining));
            left -= counts[k];
        }
        int imageCount = rng.nextDouble() < 0.3 ? between(rng, 1, 2) : 0;
        boolean hasCode = v.code().containsKey(language) && rng.nextDouble() < 0.45;
        List<String> checklist = pick(rng, v.checklists());
        List<Map<String, Object>> images = new ArrayList<>();
        for (int k = 0; k < imageCount; k++) {
            Map<String, Object> img = new LinkedHashMap<>();
            img.put("source", "unsplash");
            img.put("url", "https://images.unsplash.com/photo-" + pick(rng, v.imageIds()) + "?auto=format&fit=crop&w=1200&q=80");
            img.put("caption", ctx.get("topic") + " with " + ctx.get("stack") + " visual reference " + (k + 1));
            images.add(img);
        }

        // Blocks are strings, or sentence lists (paragraphs) that padding may still grow.
        List<Object> body = new ArrayList<>();
        List<List<String>> paras = new ArrayList<>();
        body.add(new ArrayList<>(List.of(fill(pick(rng, v.intros()), ctx))));
        if (imageCount > 0) body.add(imageMarkdown(images.get(0)));
        int codeAfter = hasCode ? rng.nextInt(sectionCount) : -1;
        for (int k = 0; k < sectionCount; k++) {
            body.add("## " + sections.get(k).name());
            for (String p : sample(rng, sections.get(k).paragraphs(), counts[k])) {
                List<String> para = new ArrayList<>(List.of(fill(p, ctx), suffix(rng, ctx, tools, tags)));
                paras.add(para);
                body.add(para);
            }
            if (k == codeAfter) body.add("```" + language + "\n" + pick(rng, v.code().get(language)) + "\n```");
        }
        body.add("## implementation checklist");
        body.add(String.join("\n", checklist.stream().map(item -> "- " + item).toList()));
        if (imageCount == 2) body.add(imageMarkdown(images.get(1)));
        body.add("## final notes");
        body.add(new ArrayList<>(List.of(fill(pick(rng, v.finalNotes()), ctx), suffix(rng, ctx, tools, tags))));

        int target = between(rng, 4100, 5900);
        int size = render(body).length();
        while (size < target) {
            List<String> para = pick(rng, paras);
            if (para.size() >= 5) {
                if (paras.stream().allMatch(q -> q.size() >= 5)) break;
                continue;
            }
            String s = suffix(rng, ctx, tools, tags);
            if (!para.contains(s)) {
                para.add(s);
                size += s.length() + 1;
            }
        }
        return new Body(render(body), paragraphs, images, checklist);
    }

    private String suffix(SplittableRandom rng, Map<String, String> ctx, List<String> tools, List<String> tags) {
        List<String> two = tools.size() >= 2 ? sample(rng, tools, 2) : List.of(tools.get(0), tools.get(0));
        int a = between(rng, 300, 4000);
        Map<String, String> values = new HashMap<>(ctx);
        values.put("tool", two.get(0));
        values.put("tool2", two.get(1));
        values.put("tag", pick(rng, tags));
        values.put("a", Integer.toString(a));
        values.put("b", Integer.toString(Math.max(20, a * between(rng, 10, 60) / 100)));
        return fill(pick(rng, v.suffixes()), values);
    }

    private static String imageMarkdown(Map<String, Object> img) {
        return "![" + img.get("caption") + "](" + img.get("url") + ")\n\n*" + img.get("caption")
                + ". image source: " + img.get("source") + "*";
    }

    private static String render(List<Object> body) {
        StringBuilder out = new StringBuilder(6000);
        for (Object block : body) {
            if (out.length() > 0) out.append("\n\n");
            if (block instanceof List<?> sentences) {
                for (int i = 0; i < sentences.size(); i++) {
                    out.append(i == 0 ? "" : " ").append(sentences.get(i));
                }
            } else {
                out.append(block);
            }
        }
        return out.append('\n').toString();
    }
}
