package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.config.SiteConfig;
import press.content.PageParser;
import press.content.PostParser;
import press.model.Page;
import press.model.Post;
import press.model.Site;
import press.problem.Problems;
import press.publish.ReleaseWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where in the author's Markdown a link of a written page is, and the link as written there. */
class SourceLinksTest {
    @TempDir
    Path source;

    private byte[] write(String file, String text) throws IOException {
        Path f = source.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A site of one post {@code content/posts/a.md} with {@code body}, and one page {@code content/about.md}. */
    private SourceLinks links(String baseUrl, String body) throws IOException {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(baseUrl);
        Problems problems = new Problems();
        String postFile = "content/posts/a.md";
        Post post = new PostParser(config, PostParser.Indexer.NONE).parse(Path.of(postFile),
                write(postFile, "---\ntitle: A\ndate: 2024-01-01\n---\n" + body), problems).orElseThrow();
        String pageFile = "content/about.md";
        Page page = new PageParser(config).parse(Path.of(pageFile), write(pageFile, "---\ntitle: About\n---\nSee [a](/posts/a/).\n"),
                problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        Site site = new Site(config, List.of(post), List.of(), Map.of(), Map.of(), List.of(page), List.of(), null, List.of(), List.of(), Map.of());
        return new SourceLinks(source, site);
    }

    private static String found(ReleaseWriter.Origin o) {
        return o == null ? null : o.at() + " " + o.written();
    }

    @Test
    void anInlineLinkIsFoundAtItsBracketWithItsText() throws IOException {
        SourceLinks l = links("https://example.com/", "Intro.\n\nRead [the *b* post](/posts/b/) next.\n");
        assertEquals("content/posts/a.md:7:6 [the *b* post](/posts/b/)", found(l.find("posts/a/index.html", "/posts/b/")));
    }

    @Test
    void anImageStartsAtItsExclamationMark() throws IOException {
        SourceLinks l = links("https://example.com/", "![a photo](/img/p.png)\n");
        assertEquals("content/posts/a.md:5:1 ![a photo](/img/p.png)", found(l.find("posts/a/index.html", "/img/p.png")));
    }

    @Test
    void nestedBracketsAreSkippedToTheOuterOne() throws IOException {
        SourceLinks l = links("https://example.com/", "x [see [1] here](/n/)\n");
        assertEquals("content/posts/a.md:5:3 [see [1] here](/n/)", found(l.find("posts/a/index.html", "/n/")));
    }

    @Test
    void aReferenceDefinitionAndAnAutolinkAreTheUrlAlone() throws IOException {
        SourceLinks l = links("https://example.com/", "[b][ref] and <https://example.com/gone>\n\n[ref]: /posts/ref/\n");
        assertEquals("content/posts/a.md:7:8 /posts/ref/", found(l.find("posts/a/index.html", "/posts/ref/")));
        assertEquals("content/posts/a.md:5:15 https://example.com/gone", found(l.find("posts/a/index.html", "https://example.com/gone")));
    }

    @Test
    void aLinkUnderTheBasePathIsFoundAsTheAuthorWroteIt() throws IOException {
        SourceLinks l = links("https://example.com/blog/", "[b](/posts/b/)\n");
        assertEquals("content/posts/a.md:5:1 [b](/posts/b/)", found(l.find("posts/a/index.html", "/blog/posts/b/")));
        assertEquals("content/posts/a.md:5:1 [b](/posts/b/)", found(l.find("posts/a/index.html", "https://example.com/blog/posts/b/")));
    }

    @Test
    void aPagesOwnLinksAreFoundInItsFile() throws IOException {
        SourceLinks l = links("https://example.com/", "x\n");
        assertEquals("content/about.md:4:5 [a](/posts/a/)", found(l.find("about/index.html", "/posts/a/")));
    }

    @Test
    void aLinkTheFileDoesNotHoldOrAPageWithoutAFileHasNoOrigin() throws IOException {
        SourceLinks l = links("https://example.com/", "[b](/posts/b/)\n");
        assertNull(l.find("posts/a/index.html", "/tags/"), "the theme's navigation");
        assertNull(l.find("tags/index.html", "/posts/b/"), "a list page has no Markdown");
    }

    @Test
    void aBracketBeyondABlankLineIsNotThisLinks() throws IOException {
        SourceLinks l = links("https://example.com/", "[not this\n\n](/x/)\n");
        assertEquals("content/posts/a.md:7:3 /x/", found(l.find("posts/a/index.html", "/x/")));
    }
}
