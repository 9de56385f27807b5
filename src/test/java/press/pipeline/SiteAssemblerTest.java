package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.content.PostSource;
import press.model.Post;
import press.model.Schedule;
import press.model.Site;
import press.model.Term;
import press.problem.BuildException;
import press.problem.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsed posts to a site: drafts and schedule, order, unique slugs, taxonomies (one page per term URL) and similar posts. */
class SiteAssemblerTest {
    @TempDir
    Path dir;

    private SiteConfig config;

    /** Posts parsed as the build parses them, in the order given. */
    private List<Post> parse(TestSite site, String... files) throws IOException {
        Problems problems = new Problems();
        config = ConfigLoader.load(site.root, problems);
        List<Post> posts = new ArrayList<>();
        for (String f : files) posts.add(PostSource.fresh(config, BodyIndexer.INDEX).read(site.root, Path.of("content/posts", f), problems).orElseThrow());
        assertTrue(problems.isEmpty(), String.valueOf(problems.sorted()));
        return posts;
    }

    private Site assemble(List<Post> posts, boolean drafts, Schedule schedule) {
        return SiteAssembler.assemble(config, posts, List.of(), Map.of(), drafts, schedule, 1, new press.content.PathOrigins(dir), new Problems());
    }

    private static List<String> slugs(List<Post> posts) {
        return posts.stream().map(Post::slug).toList();
    }

    @Test
    void postsAreNewestFirstWithSlugBreakingTiesWhateverTheInputOrder() throws IOException {
        TestSite s = new TestSite(dir).post("b.md", "B", "2024-01-01").post("a.md", "A", "2024-01-01").post("c.md", "C", "2024-02-01");
        assertEquals(List.of("c", "a", "b"), slugs(assemble(parse(s, "b.md", "a.md", "c.md"), false, Schedule.NONE).posts()));
        assertEquals(List.of("c", "a", "b"), slugs(assemble(parse(s, "c.md", "a.md", "b.md"), false, Schedule.NONE).posts()));
    }

    @Test
    void draftsAndScheduledPostsAreLeftOutUnlessAskedFor() throws IOException {
        TestSite s = new TestSite(dir).post("a.md", "A", "2024-01-01").post("d.md", "D", "2024-01-02", "draft: true")
                .post("f.md", "F", "2024-01-03", "publishDate: 2030-01-01").post("x.md", "X", "2024-01-04", "expiryDate: 2024-02-01");
        List<Post> posts = parse(s, "a.md", "d.md", "f.md", "x.md");
        Schedule now = new Schedule(Instant.parse("2025-01-01T00:00:00Z"), false, false);
        assertEquals(List.of("a"), slugs(assemble(posts, false, now).posts()));
        assertEquals(List.of("d", "a"), slugs(assemble(posts, true, now).posts()));
        assertEquals(List.of("x", "f", "d", "a"), slugs(assemble(posts, true, new Schedule(now.now(), true, true)).posts()));
        assertEquals(List.of("x", "f", "a"), slugs(assemble(posts, false, Schedule.NONE).posts()), "no now: nothing is left out by date");
    }

    @Test
    void aSlugUsedTwiceIsAProblemNamingTheFirstFile() throws IOException {
        TestSite s = new TestSite(dir).post("a.md", "A", "2024-01-01", "slug: same").post("b.md", "B", "2024-01-02", "slug: same");
        List<Post> posts = parse(s, "a.md", "b.md");
        Problems problems = new Problems();
        assertThrows(BuildException.class,
                () -> SiteAssembler.assemble(config, posts, List.of(), Map.of(), false, Schedule.NONE, 1, new press.content.PathOrigins(dir), problems));
        assertEquals(List.of("content/posts/b.md:4:1: slug \"same\" is also used by content/posts/a.md:4:1, expected each post to have its own slug (set slug: to tell them apart)"),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void valuesGivingOneUrlShareOneTermNamedByTheirFirstSpelling() throws IOException {
        TestSite s = new TestSite(dir).config("taxonomies: [tags]\n")
                .post("a.md", "A", "2024-01-01", "tags: [CI/CD, c++]").post("b.md", "B", "2024-01-02", "tags: [ci cd, c#]");
        Site site = assemble(parse(s, "a.md", "b.md"), false, Schedule.NONE);
        assertEquals(1, site.taxonomies().size());
        List<Term> terms = site.taxonomies().get(0).terms();
        assertEquals(List.of("c-plus-plus", "c-sharp", "ci-cd"), terms.stream().map(Term::slug).toList());
        Term cicd = terms.get(2);
        assertEquals("CI/CD", cicd.name());
        assertEquals(List.of("b", "a"), slugs(cicd.posts()), "a term's posts are newest first");
        assertEquals(List.of("ci-cd", "c-sharp"), site.termsByPost().get("b").get("tags").stream().map(Term::slug).toList());
    }

    @Test
    void twoSpellingsOfATermOnOnePostCountOnceAndATermWithoutLettersIsAProblemOnEachPost() throws IOException {
        TestSite s = new TestSite(dir).config("taxonomies: [tags]\n")
                .post("a.md", "A", "2024-01-01", "tags: [ci cd, Go, CI/CD]").post("b.md", "B", "2024-01-02", "tags: [go]");
        Site site = assemble(parse(s, "a.md", "b.md"), false, Schedule.NONE);
        List<Term> terms = site.taxonomies().get(0).terms();
        assertEquals(List.of("ci-cd", "go"), terms.stream().map(Term::slug).toList());
        assertEquals(List.of("CI/CD", "Go"), terms.stream().map(Term::name).toList(), "the first spelling in text order");
        assertEquals(List.of("a"), slugs(terms.get(0).posts()));
        assertEquals(List.of("b", "a"), slugs(terms.get(1).posts()));
        assertEquals(List.of("ci-cd", "go"), site.termsByPost().get("a").get("tags").stream().map(Term::slug).toList());

        TestSite bad = new TestSite(dir.resolve("bad")).config("taxonomies: [tags]\n")
                .post("a.md", "A", "2024-01-01", "tags: [\"!!\", go]").post("b.md", "B", "2024-01-02", "tags: [\"!!\"]");
        List<Post> posts = parse(bad, "a.md", "b.md");
        Problems problems = new Problems();
        assertThrows(BuildException.class,
                () -> SiteAssembler.assemble(config, posts, List.of(), Map.of(), false, Schedule.NONE, 1, new press.content.PathOrigins(dir.resolve("bad")), problems));
        String why = ": tags: \"!!\" has no letters or digits to name its page, expected a term such as \"python\"";
        assertEquals(List.of("content/posts/a.md" + why, "content/posts/b.md" + why), problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void categoriesBecomeATaxonomyWhenTheConfigNamesNone() throws IOException {
        TestSite s = new TestSite(dir).post("a.md", "A", "2024-01-01", "categories: jekyll update");
        Site site = assemble(parse(s, "a.md"), false, Schedule.NONE);
        assertTrue(site.taxonomies().stream().anyMatch(t -> t.config().field().equals("categories")
                && t.terms().stream().map(Term::name).toList().equals(List.of("jekyll", "update"))), String.valueOf(site.taxonomies()));
    }

    @Test
    void everyPostGetsSimilarLinksWhenThereAreEnoughPosts() throws IOException {
        TestSite s = new TestSite(dir).config("similar: {count: 2}\n");
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            s.post("p" + i + ".md", "Post " + i, "2024-01-0" + i, "tags: [" + (i % 2 == 0 ? "even" : "odd") + "]");
            files.add("p" + i + ".md");
        }
        Site site = assemble(parse(s, files.toArray(String[]::new)), false, Schedule.NONE);
        for (Post p : site.posts()) assertEquals(2, site.similar().get(p.slug()).size(), p.slug());
        assertEquals("post-2", site.similar().get("post-4").get(0).post().slug(), "the post sharing a tag comes first");
    }
}
