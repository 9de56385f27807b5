package press.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Small helpers the synthesizer draws with: picks, samples without replacement, {name} templates. */
final class RandomPicks {
    private RandomPicks() {}

    static <T> T pick(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** {@code k} distinct items in random order (partial Fisher-Yates on a copy). */
    static <T> List<T> sample(SplittableRandom rng, List<T> items, int k) {
        List<T> copy = new ArrayList<>(items);
        int n = Math.min(k, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return new ArrayList<>(copy.subList(0, n));
    }

    /** Inclusive range, like Python's randint. */
    static int between(SplittableRandom rng, int low, int high) {
        return rng.nextInt(low, high + 1);
    }

    /** Replaces each {@code {name}} with its value; an unknown name is a bug in vocabulary.yaml. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) break;
            int close = template.indexOf('}', open);
            String value = values.get(template.substring(open + 1, close));
            if (value == null) throw new IllegalStateException("vocabulary.yaml: unknown placeholder in '" + template + "'");
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }

    static String slugify(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
