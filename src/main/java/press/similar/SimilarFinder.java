package press.similar;

import press.config.SiteConfig.SimilarConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** First version: inverted index, IDF-weighted shared terms, newest-first fallback. */
public final class SimilarFinder {
    private final SimilarConfig config;

    public SimilarFinder(SimilarConfig config) {
        this.config = config;
    }

    public List<List<Match>> find(List<SimilarInput> posts, int threads) {
        int n = posts.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (var e : posts.get(i).terms().entrySet()) {
                if (config.weights().getOrDefault(e.getKey(), 0.0) <= 0) continue;
                for (String t : e.getValue()) {
                    List<Integer> l = postings.computeIfAbsent(e.getKey() + "\u0000" + t, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
                }
            }
        }
        Integer[] newest = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(newest, Comparator.<Integer>comparingLong(i -> -posts.get(i).epochSecond()).thenComparing(i -> posts.get(i).key()));
        return IntStream.range(0, n).parallel().mapToObj(i -> one(i, posts, postings, newest)).toList();
    }

    private List<Match> one(int i, List<SimilarInput> posts, Map<String, List<Integer>> postings, Integer[] newest) {
        int n = posts.size();
        Map<Integer, double[]> score = new HashMap<>();
        Map<Integer, List<SharedTerm>> shared = new HashMap<>();
        SimilarInput me = posts.get(i);
        for (var e : me.terms().entrySet()) {
            double w = config.weights().getOrDefault(e.getKey(), 0.0);
            if (w <= 0) continue;
            for (String t : e.getValue()) {
                List<Integer> l = postings.get(e.getKey() + "\u0000" + t);
                if (l == null || (n >= 20 && l.size() > config.maxTermShare() * n)) continue;
                double idf = Math.log(1.0 + (double) n / l.size());
                for (int j : l) {
                    if (j == i || !allowed(me, posts.get(j))) continue;
                    score.computeIfAbsent(j, k -> new double[1])[0] += w * idf;
                    shared.computeIfAbsent(j, k -> new ArrayList<>()).add(new SharedTerm(e.getKey(), t));
                }
            }
        }
        List<Match> out = new ArrayList<>();
        score.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(en -> -en.getValue()[0])
                        .thenComparing(en -> posts.get(en.getKey()).key()))
                .limit(config.count())
                .forEach(en -> out.add(new Match(en.getKey(), en.getValue()[0], List.copyOf(shared.get(en.getKey())))));
        for (int k = 0; k < n && out.size() < config.count(); k++) {
            int j = newest[k];
            if (j == i || !allowed(me, posts.get(j)) || score.containsKey(j)) continue;
            out.add(new Match(j, 0, List.of()));
        }
        return List.copyOf(out);
    }

    private boolean allowed(SimilarInput me, SimilarInput other) {
        return config.includeNewer() || other.epochSecond() <= me.epochSecond();
    }
}
