package press.pipeline;

import press.config.SiteConfig;
import press.config.SiteConfig.TaxonomyConfig;
import press.content.RefResolver;
import press.content.Slugs;
import press.model.Page;
import press.model.Post;
import press.model.PostBody;
import press.model.SimilarLink;
import press.model.Site;
import press.model.Taxonomy;
import press.model.Term;
import press.problem.Problems;
import press.problem.SourcePos;
import press.similar.Match;
import press.similar.SharedTerm;
import press.similar.SimilarInput;
import press.similar.SimilarTerms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** Parsed posts to a {@link Site}: drafts, order, unique slugs, taxonomies and similar posts, each built in one pass. */
final class SiteAssembler {
    /** Newest first; equal dates by slug, which is unique, so the order is total. */
    static final Comparator<Post> NEWEST_FIRST = Comparator.comparing(Post::date).reversed().thenComparing(Post::slug);

    private SiteAssembler() {}

    /** The site of the {@code parsed} posts and pages, its similar posts found afresh; problems stop it with all of them. */
    static Site assemble(SiteConfig config, List<Post> parsed, List<Page> parsedPages, Map<Path, Path> bundles, boolean drafts,
                         press.model.Schedule schedule, int threads, press.content.PathOrigins origins, Problems problems) {
        return assemble(config, parsed, parsedPages, bundles, drafts, schedule, threads, origins, problems, press.similar.SimilarMemo.none(), s -> {});
    }

    /**
     * As above, taking the similar posts from {@code memo} when their inputs are unchanged since the
     * last build (see {@link press.similar.SimilarMemo}), and giving {@code beforeSimilar} the site as
     * it is before its similar posts are found (none yet).
     */
    static Site assemble(SiteConfig config, List<Post> parsed, List<Page> parsedPages, Map<Path, Path> bundles, boolean drafts,
                         press.model.Schedule schedule, int threads, press.content.PathOrigins origins, Problems problems,
                         press.similar.SimilarMemo memo, java.util.function.Consumer<Site> beforeSimilar) {
        List<Post> posts = new ArrayList<>(parsed.size());
        for (Post p : parsed) if ((drafts || !p.draft()) && schedule.shows(p.publishDate(), p.expiryDate())) posts.add(p);
        posts.sort(NEWEST_FIRST.thenComparing(Post::source));
        checkSlugs(posts, origins, problems);
        List<SimilarInput> light = lightInputs(config, posts, memo);
        SectionAssembler.Result sections = SectionAssembler.assemble(config, parsedPages, drafts, schedule, posts, bundles, origins, problems);
        Map<String, String> pathBySource = new HashMap<>();
        for (Post p : posts) pathBySource.put(p.source(), p.path());
        for (Page p : sections.pages()) pathBySource.put(p.source(), p.path());
        for (press.model.Section s : sections.sections()) if (s.index() != null) pathBySource.put(s.index().source(), s.path());
        if (sections.home() != null) pathBySource.put(sections.home().source(), "");
        RefResolver refs = new RefResolver(pathBySource, config.basePath());
        // only a body rendered at parse can hold ref markers (they come from shortcodes); lazy bodies are left lazy
        posts.replaceAll(p -> p.body().isKnown() ? p.withBody(PostBody.of(refs.resolve(p.source(), p.bodyHtml(), problems))) : p);
        sections = sections.withBodies(p -> p.withBody(refs.resolve(p.source(), p.bodyHtml(), problems)));

        Map<String, Map<String, List<Term>>> termsByPost = new HashMap<>();
        List<Taxonomy> taxonomies = new ArrayList<>();
        for (TaxonomyConfig tc : withCategories(config, posts)) taxonomies.add(taxonomy(tc, posts, termsByPost, problems));

        for (Map.Entry<String, Page> e : sections.ownPageTexts().entrySet()) {
            if (!e.getKey().equals(Site.NOT_FOUND) && taxonomies.stream().noneMatch(t -> t.config().path().equals(e.getKey()))) {
                problems.add(origins.page(e.getValue().source()), "page path /" + e.getKey() + "/ is kept for the list of " + e.getKey()
                        + ", which this site does not make (no post has them), expected another file name or url:");
            }
        }
        problems.throwIfAny("assemble"); // similar posts need unique slugs
        Site site = new Site(config, List.copyOf(posts), List.copyOf(taxonomies), Map.of(), termsByPost,
                sections.pages(), sections.sections(), sections.home(), sections.menu(), sections.bundleFiles(),
                sections.ownPageTexts());
        beforeSimilar.accept(site);
        return site.withSimilar(similar(config, site.posts(), threads, memo, light));
    }

    /**
     * What a memo that keeps reads of the posts ({@link SimilarTerms#light}), its selection of their
     * words started now, beside the rest of the assembly; null when the memo keeps nothing, similar
     * posts are off, or a post has no digests (made by hand).
     */
    private static List<SimilarInput> lightInputs(SiteConfig config, List<Post> posts, press.similar.SimilarMemo memo) {
        if (!memo.keeps() || config.similar().count() == 0 || posts.size() < 2) return null;
        List<SimilarInput> light = new ArrayList<>(posts.size());
        for (Post p : posts) {
            SimilarInput in = SimilarTerms.light(p);
            if (in == null) return null;
            light.add(in);
        }
        light = List.copyOf(light);
        memo.startSelecting(config.similar(), light);
        return light;
    }

    /** Hugo and Jekyll sites file posts under {@code categories}: a taxonomy when posts have them and the config names no taxonomies of its own. */
    private static List<TaxonomyConfig> withCategories(SiteConfig config, List<Post> posts) {
        if (!config.taxonomies().equals(TaxonomyConfig.defaults()) || posts.stream().allMatch(p -> p.terms("categories").isEmpty())) {
            return config.taxonomies();
        }
        List<TaxonomyConfig> out = new ArrayList<>(config.taxonomies());
        out.add(new TaxonomyConfig("categories", "categories", "Categories", "category"));
        return List.copyOf(out);
    }

    /**
     * For {@code press check}: the slug problems of the posts go into {@code problems}, and the posts
     * come back without the later users of a slug, so the rest of the site can still be assembled and checked.
     */
    static List<Post> withUniqueSlugs(List<Post> parsed, boolean drafts, press.content.PathOrigins origins, Problems problems) {
        List<Post> kept = parsed.stream().filter(p -> drafts || !p.draft()).sorted(Comparator.comparing(Post::source)).toList();
        checkSlugs(kept, origins, problems);
        java.util.Set<String> seen = new java.util.HashSet<>();
        return kept.stream().filter(p -> seen.add(p.slug())).toList();
    }

    /** A slug used twice is an error on every later file, naming the first (files in path order), each at its slug: or the title it comes from. */
    private static void checkSlugs(List<Post> posts, press.content.PathOrigins origins, Problems problems) {
        java.util.Set<String> seen = new java.util.HashSet<>(posts.size() * 2);
        boolean twice = false;
        for (int i = 0; i < posts.size() && !twice; i++) twice = !seen.add(posts.get(i).slug());
        if (!twice) return; // the usual case: no sort by path needed to say which came first
        Map<String, String> first = new HashMap<>(); // looked up only: the problems come in the posts' path order
        posts.stream().sorted(Comparator.comparing(Post::source)).forEach(p -> {
            String prev = first.putIfAbsent(p.slug(), p.source());
            if (prev != null) {
                problems.add(origins.slug(p.source()), "slug \"" + p.slug() + "\" is also used by " + origins.slug(prev)
                        + ", expected each post to have its own slug (set slug: to tell them apart)");
            }
        });
    }

    private static Taxonomy taxonomy(TaxonomyConfig tc, List<Post> posts, Map<String, Map<String, List<Term>>> termsByPost,
                                     Problems problems) {
        // one pass over the posts: term slug -> posts (already newest first). The work per post is in methods of their own,
        // called once per post: compiled after the first few hundred calls, where the loops' bodies in this method, which
        // runs once per taxonomy, ran in the interpreter for every post (the taxonomies of a one-post rebuild at 10,000
        // posts: 68-78 ms that way, 56-66 ms this way, 5 builds each)
        TermSlugs found = new TermSlugs(tc.field(), problems);
        List<List<String>> slugsOfPost = new ArrayList<>(posts.size()); // same order as posts
        for (Post p : posts) slugsOfPost.add(found.add(p));
        String[] slugs = found.postsBySlug.keySet().toArray(new String[0]);
        java.util.Arrays.sort(slugs);
        List<Term> terms = new ArrayList<>(slugs.length);
        Map<String, Term> bySlug = new HashMap<>();
        for (String slug : slugs) {
            Term t = new Term(found.nameBySlug.get(slug), slug, List.copyOf(found.postsBySlug.get(slug)));
            terms.add(t);
            bySlug.put(slug, t);
        }
        for (int i = 0; i < posts.size(); i++) putTerms(termsByPost, posts.get(i).slug(), tc.field(), slugsOfPost.get(i), bySlug);
        return new Taxonomy(tc, List.copyOf(terms));
    }

    /** Notes {@code slugs}' terms as the post's terms of the taxonomy of front matter field {@code field}. */
    private static void putTerms(Map<String, Map<String, List<Term>>> termsByPost, String post, String field, List<String> slugs,
                                 Map<String, Term> bySlug) {
        Term[] these = new Term[slugs.size()];
        for (int j = 0; j < these.length; j++) these[j] = bySlug.get(slugs.get(j));
        termsByPost.computeIfAbsent(post, k -> new LinkedHashMap<>()).put(field, List.of(these));
    }

    /** The terms of one taxonomy as the posts are added: each spelling slugged once (a site has few terms, each on many posts). */
    private static final class TermSlugs {
        private final String field;
        private final Problems problems;
        final Map<String, List<Post>> postsBySlug = new HashMap<>();
        final Map<String, String> nameBySlug = new HashMap<>(); // of a term's spellings, the least by String.compareTo
        private final Map<String, String> slugOf = new HashMap<>();

        TermSlugs(String field, Problems problems) {
            this.field = field;
            this.problems = problems;
        }

        /** The slugs of {@code p}'s terms, each once, in its order; {@code p} is noted under each. */
        List<String> add(Post p) {
            List<String> values = p.terms(field);
            List<String> mine = values.isEmpty() ? List.of() : new ArrayList<>(values.size());
            for (String value : values) {
                String slug = slugOf.get(value);
                if (slug == null) {
                    slug = Slugs.term(value);
                    slugOf.put(value, slug);
                    if (!slug.isEmpty()) nameBySlug.merge(slug, value.strip(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
                if (slug.isEmpty()) {
                    problems.add(SourcePos.of(Path.of(p.source()), 0, 0), field + ": \"" + value
                            + "\" has no letters or digits to name its page, expected a term such as \"python\"");
                    continue;
                }
                if (mine.contains(slug)) continue; // two spellings of one term on a post
                mine.add(slug);
                postsBySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(p);
            }
            return mine;
        }
    }

    private static Map<String, List<SimilarLink>> similar(SiteConfig config, List<Post> posts, int threads, press.similar.SimilarMemo memo,
                                                          List<SimilarInput> light) {
        if (config.similar().count() == 0 || posts.size() < 2) return Map.of();
        // body words are analysed per post (Lucene), the costly part: on the build's thread count, in post order
        boolean digests = memo.keeps(); // a memo that keeps nothing never compares the words' digests
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            java.util.function.Supplier<List<SimilarInput>> whole = () ->
                    Shares.map(pool, posts.size(), i -> SimilarTerms.of(posts.get(i), digests));
            // a memo that keeps reads only the posts' digests, dates, keys and words (light): their terms are made (63 ms of a
            // one-post rebuild at 10,000 posts) only if the finder runs, which an edit that keeps the posts' heads and kept words spares
            List<List<Match>> found = light != null ? memo.matches(config.similar(), light, whole, threads)
                    : memo.matches(config.similar(), whole.get(), threads);
            // the links of blocks of posts on the pool, each block with its own table of the finder's terms (at 100,000
            // posts, 500,000 links made on the main thread were 0.65 s of the build's serial part)
            Reasons reasons = new Reasons();
            @SuppressWarnings("unchecked")
            List<SimilarLink>[] links = new List[posts.size()];
            int blocks = (posts.size() + LINK_BLOCK - 1) / LINK_BLOCK;
            Shares.forEach(pool, blocks, b -> {
                Map<SharedTerm, SimilarLink.Reason> byTerm = new java.util.IdentityHashMap<>();
                for (int i = b * LINK_BLOCK; i < Math.min(posts.size(), (b + 1) * LINK_BLOCK); i++) {
                    links[i] = links(found.get(i), posts, reasons, byTerm);
                }
            });
            Map<String, List<SimilarLink>> out = new HashMap<>(posts.size() * 2);
            for (int i = 0; i < posts.size(); i++) out.put(posts.get(i).slug(), links[i]);
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Posts whose similar links one task makes. */
    private static final int LINK_BLOCK = 1024;

    /**
     * One post's similar links: a method of its own, called once per post, so that it is compiled
     * after a few hundred posts (as the loop's body in {@link #similar}, run once per build, it was
     * interpreted for all: the links of 10,000 posts took 28-47 ms of CPU that way, 25-39 ms this way).
     */
    private static List<SimilarLink> links(List<Match> matches, List<Post> posts, Reasons reasons, Map<SharedTerm, SimilarLink.Reason> byTerm) {
        SimilarLink[] links = new SimilarLink[matches.size()];
        for (int k = 0; k < links.length; k++) {
            Match m = matches.get(k);
            SimilarLink.Reason[] why = new SimilarLink.Reason[m.shared().size()];
            for (int t = 0; t < why.length; t++) why[t] = reasons.of(m.shared().get(t), byTerm);
            links[k] = new SimilarLink(posts.get(m.post()), m.score(), List.of(why));
        }
        return List.of(links);
    }

    /** One reason object per (field, term), as the similar links share them. Thread-safe. */
    private static final class Reasons {
        // the same (field, term) reasons recur across posts: one object each (at 10,000 posts 493,000 reasons were ~12 MB)
        private final Map<SimilarLink.Reason, SimilarLink.Reason> reasons = new java.util.concurrent.ConcurrentHashMap<>();

        /** The reason for {@code st}; the finder names each term by one SharedTerm object, so {@code byTerm} (one task's) looks it up by identity first. */
        SimilarLink.Reason of(SharedTerm st, Map<SharedTerm, SimilarLink.Reason> byTerm) {
            SimilarLink.Reason r = byTerm.get(st);
            if (r == null) {
                r = reasons.computeIfAbsent(new SimilarLink.Reason(st.field(), st.term()), k -> k);
                byTerm.put(st, r);
            }
            return r;
        }
    }
}
