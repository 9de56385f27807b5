package press.similar.eval;

import press.config.SiteConfig;
import press.config.SiteConfig.SimilarConfig;
import press.similar.Match;
import press.similar.SimilarFinder;
import press.similar.SimilarInput;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures similar-post quality on a folder of generated posts:
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=press.similar.eval.SimilarEval -Dexec.args="DIR [THREADS]"</pre>
 * Loose precision@k: share of links whose post has the same problem or carries the post's primary
 * stack. Strict (the figure the tests pin, "primary-to-primary"): same problem and the link's
 * primary stack (first {@code stack} entry) is the post's. "Strict, stack anywhere" (the older
 * definition): same problem and the link carries the post's primary stack anywhere in its list.
 * Each strict figure comes with the best a perfect finder could reach on the data.
 */
public final class SimilarEval {

    /** What one evaluation measured. */
    public record Report(int posts, int links, double loose, double strict, double strictCeiling,
                         double strictAnywhere, double strictAnywhereCeiling,
                         int postsShort, long findMillis, long findCpuMillis,
                         long heapBeforeMb, long heapAfterMb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "posts %d, links %d, loose p@k %.4f, strict (primary-to-primary) p@k %.4f "
                            + "(best possible %.4f), strict (stack anywhere) p@k %.4f (best possible %.4f), "
                            + "posts with < k links %d, find %d ms (cpu %d ms), "
                            + "heap after GC %d MB before find, %d MB holding the links",
                    posts, links, loose, strict, strictCeiling, strictAnywhere, strictAnywhereCeiling,
                    postsShort, findMillis, findCpuMillis, heapBeforeMb, heapAfterMb);
        }
    }

    private SimilarEval() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SimilarEval DIR [THREADS]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<EvalPost> posts = FrontMatterLoader.load(Path.of(args[0]));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.println(args[0] + ": loaded " + posts.size() + " posts in " + loadMs + " ms");
        SimilarConfig cfg = tuned(SiteConfig.defaults().similar());
        // -Deval.caps=5000,20000 runs once per postings cap, on the posts loaded once
        // -Deval.words=1,0 runs once per weight of the body-words field, likewise
        for (String words : System.getProperty("eval.words", "" + cfg.weights().get("words")).split(",")) {
            java.util.Map<String, Double> w = new java.util.TreeMap<>(cfg.weights());
            w.put("words", Double.parseDouble(words));
            for (String cap : System.getProperty("eval.caps", "" + cfg.postingsCap()).split(",")) {
                SimilarConfig c = new SimilarConfig(cfg.count(), cfg.includeNewer(), w, cfg.maxTermShare(),
                        Integer.parseInt(cap), cfg.lengthNorm());
                System.out.println("words " + words + ", cap " + cap + ", " + threads + " threads: " + evaluate(posts, c, threads));
            }
        }
    }

    /** Settings from system properties, for trying weights: -Dsimilar.weight.FIELD=W, -Dsimilar.lengthNorm, -Dsimilar.cap. */
    static SimilarConfig tuned(SimilarConfig c) {
        java.util.Map<String, Double> w = new java.util.TreeMap<>(c.weights());
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("similar.weight."))
                .forEach(k -> w.put(k.substring("similar.weight.".length()), Double.parseDouble(System.getProperty(k))));
        return new SimilarConfig(c.count(), Boolean.parseBoolean(System.getProperty("similar.includeNewer", "" + c.includeNewer())),
                w, Double.parseDouble(System.getProperty("similar.maxTermShare", "" + c.maxTermShare())),
                Integer.getInteger("similar.cap", c.postingsCap()),
                Double.parseDouble(System.getProperty("similar.lengthNorm", "" + c.lengthNorm())));
    }

    public static Report evaluate(List<EvalPost> posts, SimilarConfig cfg, int threads) {
        List<SimilarInput> inputs = posts.stream().map(EvalPost::input).toList();
        long heapBefore = heapAfterGc();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<List<Match>> found = new SimilarFinder(cfg).find(inputs, threads);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        long heapAfter = heapAfterGc();
        int links = 0;
        int loose = 0;
        int strict = 0;
        int primary = 0;
        int shortPosts = 0;
        for (int i = 0; i < posts.size(); i++) {
            EvalPost p = posts.get(i);
            if (found.get(i).size() < cfg.count()) {
                shortPosts++;
            }
            for (Match m : found.get(i)) {
                EvalPost o = posts.get(m.post());
                boolean problem = !p.problem().isEmpty() && p.problem().equals(o.problem());
                boolean stack = !p.primaryStack().isEmpty() && o.stacks().contains(p.primaryStack());
                links++;
                loose += problem || stack ? 1 : 0;
                strict += problem && stack ? 1 : 0;
                primary += problem && p.primaryStack().equals(o.primaryStack()) ? 1 : 0;
            }
        }
        double n = Math.max(1, links);
        return new Report(posts.size(), links, loose / n, primary / n, ceiling(posts, cfg.count(), false),
                strict / n, ceiling(posts, cfg.count(), true), shortPosts, ms, cpuMs, heapBefore, heapAfter);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /**
     * Strict precision a perfect finder would reach: per post, min(k, other posts that count) / k,
     * where a post counts when it has the same problem and, with {@code anywhere}, carries the post's
     * primary stack anywhere in its list, else has it as its own primary stack.
     */
    static double ceiling(List<EvalPost> posts, int k, boolean anywhere) {
        java.util.Map<String, Integer> byProblemAndStack = new java.util.HashMap<>();
        for (EvalPost p : posts) {
            for (String s : anywhere ? p.stacks() : List.of(p.primaryStack())) {
                byProblemAndStack.merge(p.problem() + '\0' + s, 1, Integer::sum);
            }
        }
        double sum = 0;
        for (EvalPost p : posts) {
            int others = byProblemAndStack.getOrDefault(p.problem() + '\0' + p.primaryStack(), 1) - 1;
            sum += Math.min(k, others) / (double) k;
        }
        return sum / Math.max(1, posts.size());
    }
}
