package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.SiteConfig;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every file of content/ in one role (post, page, bundle file, skipped with a reason), in path order; only dotfiles and site.yaml pass unlisted. */
class ContentScannerTest {
    private static final String NOT_CONTENT = "not a content file, expected Markdown (.md, .markdown, .mdown) or a file beside an index.md in its bundle folder (files published as they are, such as images and CSS, go in static/)";

    @TempDir
    Path dir;

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.toString().replace('\\', '/')).toList();
    }

    private static Map<String, String> names(Map<Path, ?> map) {
        Map<String, String> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k.toString().replace('\\', '/'), v.toString().replace('\\', '/')));
        return out;
    }

    private static void write(Path file) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, "---\ntitle: x\n---\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TestSite site(String... files) {
        TestSite s = new TestSite(dir);
        for (String f : files) s.file(f, "---\ntitle: x\n---\n");
        return s;
    }

    @Test
    void sortsEveryFileIntoItsRole() {
        site("content/site.yaml", "content/about.md", "content/posts/b.md", "content/posts/a.md", "content/posts/_index.md",
                "content/_posts/2016-07-10-jekyll.md", "content/docs/_index.md", "content/docs/install.markdown", "content/docs/diagram.png",
                "content/posts/bundle/index.md", "content/posts/bundle/img/cover.png", "content/posts/bundle/notes.md",
                "content/notes.txt", "content/docs/sub/loose.png", "content/_drafts/wip.md", "content/.DS_Store", "content/docs/.git/config");
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/_posts/2016-07-10-jekyll.md", "content/posts/a.md", "content/posts/b.md", "content/posts/bundle/index.md"),
                names(files.posts()));
        assertEquals(List.of("content/about.md", "content/docs/_index.md", "content/docs/install.markdown", "content/posts/_index.md"),
                names(files.pages()), "_index files are pages, a dated section's own index too");
        assertEquals(Map.of("content/docs/diagram.png", "content/docs/_index.md",
                        "content/posts/bundle/img/cover.png", "content/posts/bundle/index.md",
                        "content/posts/bundle/notes.md", "content/posts/bundle/index.md"),
                names(files.bundles()), "a leaf bundle owns everything below it, Markdown too; a section owns the files beside its _index");
        assertEquals(Map.of("content/_drafts/wip.md", "names starting with _ are not published (_drafts), as Jekyll leaves them out, expected content files; only _index, _posts/, the collections and the include: list of site.yaml are read (include: [_drafts] publishes it)",
                        "content/docs/sub/loose.png", NOT_CONTENT,
                        "content/notes.txt", NOT_CONTENT),
                names(files.skipped()), "dotfiles and site.yaml are the only files in no list");
    }

    @Test
    void theNearestIndexOwnsABundleFile() {
        site("content/docs/guide/index.md", "content/docs/guide/a.png", "content/docs/guide/sub/index.md", "content/docs/guide/sub/deep/b.png");
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/docs/guide/index.md", "content/docs/guide/sub/index.md"), names(files.pages()),
                "an index.md below another is a page of its own, not a resource");
        assertEquals(Map.of("content/docs/guide/a.png", "content/docs/guide/index.md",
                "content/docs/guide/sub/deep/b.png", "content/docs/guide/sub/index.md"), names(files.bundles()));
    }

    @Test
    void aLinkToAFileIsThatFileAndDotFoldersAreNotContent() throws java.io.IOException {
        site("elsewhere/real.md", "elsewhere/guide.md", "elsewhere/folder/inner.md", "content/docs/guide/a.png",
                "content/docs/.drafts/index.md", "content/docs/.drafts/b.png", "content/posts/.x/c.md");
        java.nio.file.Files.createDirectories(dir.resolve("content/posts"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/posts/linked.md"), dir.resolve("elsewhere/real.md"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/docs/guide/index.md"), dir.resolve("elsewhere/guide.md"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/posts/broken.md"), dir.resolve("elsewhere/missing.md"));
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/posts/linked.md"), names(files.posts()), "a link to a file is read as the file; a broken link is no file");
        assertEquals(List.of("content/docs/guide/index.md"), names(files.pages()));
        assertEquals(Map.of("content/docs/guide/a.png", "content/docs/guide/index.md"), names(files.bundles()),
                "an index.md that is a link owns its bundle as a file would");
        assertEquals(Map.of(), names(files.skipped()), "nothing in a dot folder is content, not even an index.md");
    }

    @Test
    void eachFolderHasItsOwnIndexWhateverItsName() {
        site("content/_index.md", "content/null/_index.md", "content/null/pic.png", "content/pic2.png", "content/a/b/index.md", "content/a/b/c/d.png");
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(Map.of("content/null/pic.png", "content/null/_index.md", "content/pic2.png", "content/_index.md",
                "content/a/b/c/d.png", "content/a/b/index.md"), names(files.bundles()), "the root's index and a folder named null's are two");
    }

    @Test
    void underscoreNamesAreSkippedWithThePartThatHidesThem() {
        site("content/_posts/2019/nested.md", "content/docs/_posts/x.md", "content/docs/_partial.md", "content/docs/_index.markdown",
                "content/_config.yml");
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/_posts/2019/nested.md"), names(files.posts()), "_posts/ is read at the top of content/ only");
        assertEquals(List.of("content/docs/_index.markdown"), names(files.pages()));
        String why = "names starting with _ are not published (%s), as Jekyll leaves them out, expected content files; only _index, _posts/, "
                + "the collections and the include: list of site.yaml are read (include: [%s] publishes it)";
        assertEquals(Map.of("content/_config.yml", why.formatted("_config.yml", "_config.yml"), "content/docs/_partial.md", why.formatted("_partial.md", "docs/_partial.md"),
                "content/docs/_posts/x.md", why.formatted("_posts", "docs/_posts")), names(files.skipped()));
    }

    @Test
    void aHugoSitePublishesUnderscoreMarkdownFilesAsHugoDoes() {
        // an _index file and nothing of Jekyll's: Hugo's rules, where _header.md is a page like any other
        site("content/_index.md", "content/_header.md", "content/docs/_common/snippet.md", "content/docs/_x.png");
        ContentFiles files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/_header.md", "content/_index.md", "content/docs/_common/snippet.md"), names(files.pages()));
        assertEquals(List.of("content/docs/_x.png"), names(files.skipped()).keySet().stream().toList(), "a file that is not Markdown is still named");
        // the same files with a _posts/ folder are a Jekyll site's: left out, each named
        write(dir.resolve("content/_posts/2020-01-01-a.md"));
        files = ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults());
        assertEquals(List.of("content/_index.md"), names(files.pages()));
        assertEquals(List.of("content/_header.md", "content/docs/_common/snippet.md", "content/docs/_x.png"), names(files.skipped()).keySet().stream().toList());
    }

    @Test
    void jekyllsIncludeListPublishesUnderscoreNames() {
        site("content/_pages/cv.md", "content/_pages/sub/a.md", "content/docs/_keep.md", "content/docs/_drop.md", "content/_drafts/x.md");
        SiteConfig.ContentConfig d = SiteConfig.ContentConfig.defaults();
        SiteConfig.ContentConfig config = new SiteConfig.ContentConfig(d.extensions(), d.datedSections(), d.menu(), d.permalinks(),
                d.defaultLanguage(), d.translations(), d.collections(), d.params(), List.of("_pages", "docs/_keep.md"));
        ContentFiles files = ContentScanner.scan(dir, config);
        assertEquals(List.of("content/_pages/cv.md", "content/_pages/sub/a.md", "content/docs/_keep.md"), names(files.pages()));
        assertEquals(List.of("content/_drafts/x.md", "content/docs/_drop.md"), names(files.skipped()).keySet().stream().toList());
    }

    @Test
    void theConfigNamesTheMarkdownExtensionsAndTheDatedSections() {
        site("content/blog/a.md", "content/news/b.txt", "content/posts/c.md", "content/notes.txt", "content/d.markdown");
        ContentFiles files = ContentScanner.scan(dir, new SiteConfig.ContentConfig(List.of("md", "txt"), List.of("blog", "news"), List.of()));
        assertEquals(List.of("content/blog/a.md", "content/news/b.txt"), names(files.posts()));
        assertEquals(List.of("content/notes.txt", "content/posts/c.md"), names(files.pages()), "posts/ is a plain folder when not dated");
        assertEquals(Map.of("content/d.markdown", "not a content file, expected Markdown (.md, .txt) or a file beside an index.md in its bundle folder (files published as they are, such as images and CSS, go in static/)"),
                names(files.skipped()));
    }

    @Test
    void filesComeInPathTextOrderWhateverTheFileSystemOrder() {
        site("content/posts/a0.md", "content/posts/a/index.md", "content/posts/a.md", "content/posts/a-b.md", "content/posts/B.md");
        assertEquals(List.of("content/posts/B.md", "content/posts/a-b.md", "content/posts/a.md", "content/posts/a/index.md", "content/posts/a0.md"),
                names(ContentScanner.scan(dir, SiteConfig.ContentConfig.defaults()).posts()));
    }

    @Test
    void aSiteWithoutContentHasNoFiles() {
        ContentFiles files = ContentScanner.scan(dir.resolve("nowhere"), SiteConfig.ContentConfig.defaults());
        assertEquals(new ContentFiles(List.of(), List.of(), Map.of(), Map.of()), files);
    }

    @Test
    void aStemIsTheNameWithoutItsLastExtension() {
        assertEquals("install", ContentScanner.stem("install.markdown"));
        assertEquals("a.b", ContentScanner.stem("a.b.md"));
        assertEquals("README", ContentScanner.stem("README"));
        assertEquals(".hidden", ContentScanner.stem(".hidden"), "a leading dot is not an extension");
    }
}
