package press.importer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.importer.Pages.body;
import static press.importer.Pages.convert;
import static press.importer.Pages.meta;
import static press.importer.Pages.warnings;

/** Each way the old site's export pages differ, on small inline pages. */
class FormatVariantTest {

    @Test
    void blankLineParagraphsAndOneParagraphPerLineGiveTheSameBody() {
        String spaced = "a title\n\nthe intro sentence is here.\n\nwhy this matters\n\nfirst paragraph.\n\nsecond paragraph.\n\n"
                + "implementation checklist\n\n  • one\n  • two\n\nfinal notes\n\nthe end.\n";
        String dense = "a title\nthe intro sentence is here.\nwhy this matters\nfirst paragraph.\nsecond paragraph.\n"
                + "implementation checklist\n  • one\n  • two\nfinal notes\nthe end.\n";
        String expected = """
                the intro sentence is here.

                ## why this matters

                first paragraph.

                second paragraph.

                ## implementation checklist

                - one
                - two

                ## final notes

                the end.
                """;
        assertEquals(expected, body(convert(spaced)));
        assertEquals(expected, body(convert(dense)));
    }

    @Test
    void aWrappedParagraphStaysOneParagraph() {
        String page = "t\n\nthis sentence was wrapped by\nthe exporter at a line end and\ngoes on here.\n\nnext one.\n";
        assertEquals("this sentence was wrapped by\nthe exporter at a line end and\ngoes on here.\n\nnext one.\n", body(convert(page)));
    }

    @Test
    void tableRemnantsBeforeTheTitleAreDropped() throws Exception {
        for (String remnant : List.of("|", "| | |", "|\n\n| |")) {
            ImportedPost post = convert(remnant + "\n\nthe real title\n\nintro.\n");
            assertEquals("the real title", RoundTrip.read(post.text()).frontMatter().get("title"));
            assertEquals("intro.\n", body(post));
        }
    }

    @Test
    void imagesBecomeMarkdownImagesWithTheirCaptionLine() {
        String page = "t\n\nintro.\n\nmy caption 1\nmy caption 1. image source: unsplash\n\nmore.\n\n" + meta(
                "image sources", "    • source: unsplash", "    • url: https://img.example/a.jpg?w=1&q=2",
                "    • caption: my caption 1");
        assertEquals("intro.\n\n![my caption 1](https://img.example/a.jpg?w=1&q=2)\n\n"
                + "*my caption 1. image source: unsplash*\n\nmore.\n", body(convert(page)));
    }

    @Test
    void anImageWithoutAnImageSourcesEntryIsKeptAsTextWithAWarning() {
        ImportedPost post = convert("t\n\nintro.\n\nlost picture\nlost picture. image source: flickr\n\n" + meta());
        assertEquals("intro.\n\nlost picture\n\nlost picture. image source: flickr\n", body(post));
        assertEquals(List.of("p.txt:5: warning: image \"lost picture\" has no entry in image sources, kept as text; "
                + "expected an image sources item with this caption"), warnings(post));
    }

    @Test
    void codeTwiceBecomesTwoFencesKeptExactly() {
        String code = "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}\n";
        String page = "t\n\nintro.\n\n" + code + "\nmiddle.\n\n" + code + "\n" + meta();
        String fenced = "```python\n" + code + "```";
        assertEquals("intro.\n\n" + fenced + "\n\nmiddle.\n\n" + fenced + "\n", body(convert(page)));
    }

    @Test
    void codeWithoutBlankLinesAroundItIsStillFound() {
        String page = "t\nintro.\nfor i in range(3):\n    print(i)\nafter the code.\n";
        assertEquals("intro.\n\n```python\nfor i in range(3):\n    print(i)\n```\n\nafter the code.\n", body(convert(page)));
    }

    @Test
    void codeHoldingAFenceGetsALongerFence() {
        String page = "t\n\nintro.\n\nconst md = `\n```js\nx();\n```\n`;\n\nend.\n";
        assertEquals("intro.\n\n````javascript\nconst md = `\n```js\nx();\n```\n`;\n````\n\nend.\n", body(convert(page)));
    }

    @Test
    void dashAndDotBulletsGiveTheSameList() {
        String dots = body(convert("t\n\nintro.\n\nsteps\n\n  • run linting\n  • tag the release\n"));
        String dashes = body(convert("t\n\nintro.\n\nsteps\n\n- run linting\n- tag the release\n"));
        assertEquals("intro.\n\n## steps\n\n- run linting\n- tag the release\n", dots);
        assertEquals(dots, dashes);
    }

    @Test
    void aPageWithoutMetaImportsAndSaysWhatItLacks() throws Exception {
        ImportedPost post = convert("just a title\nintro.\n");
        assertEquals(List.of(
                "p.txt:1: warning: no \"alphanode post meta\" block; the post lacks topic, summary, ai outline, ai brief, "
                        + "stack, tools, code language, difficulty, reading time, view count, score, revision, reference, "
                        + "hash, flags, checklist, entities, payload, notes",
                "p.txt:1: warning: no revision last reviewed, so date is 2000-01-01 (the import's fallback date); "
                        + "set the real date in the post",
                "p.txt:1: warning: tags come from \"tools\", which the page does not have; tags is empty"), warnings(post));
        assertEquals("---\ntitle: \"just a title\"\ndate: 2000-01-01\nslug: \"just-a-title\"\ntags: []\n---\n\nintro.\n", post.text());
    }

    @Test
    void crlfInputWritesTheSameLfFile() {
        String page = "t\n\nintro.\n\nfor i in x:\n    go(i)\n\n" + meta() + "\n\nSimilar Posts";
        assertEquals(convert(page).text(), convert(page.replace("\n", "\r\n")).text());
        assertTrue(!convert(page.replace("\n", "\r\n")).text().contains("\r"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTitle() {
        String page = "t\n\nintro.\n\n" + meta();
        assertEquals(convert(page).text(), convert("\uFEFF" + page).text());
    }

    @Test
    void aTitleAloneImportsWithAWarning() {
        ImportedPost post = convert("only a title\n\n" + meta());
        assertEquals("\n", body(post));
        assertEquals(List.of("p.txt:1: warning: the page has no text after its title; the post body is empty"), warnings(post));
    }

    @Test
    void headingsAreFoundByShapeNotByName() {
        String page = "t\n\nintro.\n\nwhat we measured\n\nshort but a sentence.\n\n"
                + "this line has no full stop at its end but it is much too long to be a heading of a section\n\n"
                + "set up the database\n\nend.\n";
        assertEquals("intro.\n\n## what we measured\n\nshort but a sentence.\n\n"
                + "this line has no full stop at its end but it is much too long to be a heading of a section\n\n"
                + "## set up the database\n\nend.\n", body(convert(page)));
    }

    @Test
    void markdownCharactersInProseShowAsWritten() throws Exception {
        String page = "a *starred* title: #1 <b>\n\nuse *args and **kwargs in __init__ [see docs](x) <br> & &amp; ~~no~~ a|b\n\n"
                + "# not a heading\n\n1. not a list\n\n- + not nested\n\n> not a quote.\n";
        ImportedPost post = convert(page);
        RoundTrip.assertKeepsEverything(page, post.text());
        assertEquals("a *starred* title: #1 <b>", RoundTrip.read(post.text()).frontMatter().get("title"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownMetaFieldsAreKeptAndWarned() throws Exception {
        ImportedPost post = convert("t\n\nintro.\n\n" + meta("word count1234", "editor: jane doe", "moodcheerful",
                "related", "  • a post", "  • another post", "author", "  • name: jane", "  • team: docs"));
        Map<String, Object> fm = RoundTrip.read(post.text()).frontMatter();
        assertEquals(1234, fm.get("word_count"));
        assertEquals("jane doe", fm.get("editor"));
        assertEquals(List.of("moodcheerful"), fm.get("unsplit_meta"));
        assertEquals(List.of("a post", "another post"), fm.get("related"));
        assertEquals(Map.of("name", "jane", "team", "docs"), fm.get("author"));
        List<String> keys = List.copyOf(fm.keySet());
        assertEquals(List.of("word_count", "editor", "related", "author", "unsplit_meta", "tags"), keys.subList(keys.size() - 6, keys.size()));
        assertEquals(5, warnings(post).stream().filter(w -> w.contains("unknown meta field")).count(), warnings(post).toString());
    }

    @Test
    void oddUnknownLabelsAreQuotedKeys() throws Exception {
        ImportedPost post = convert("t\n\nintro.\n\n" + meta("see also: \"old\" #links", "  • one", "  • two"));
        assertTrue(post.text().contains("\n\"see_also:_\\\"old\\\"_#links\":\n  - \"one\"\n"), post.text());
        assertEquals(List.of("one", "two"), RoundTrip.read(post.text()).frontMatter().get("see_also:_\"old\"_#links"));
    }

    @Test
    void linesAfterSimilarPostsAreKeptNotLost() throws Exception {
        ImportedPost post = convert("t\n\nintro.\n\n" + meta() + "\n\nSimilar Posts\nanother old title\nand one more\n");
        assertEquals(List.of("another old title", "and one more"), RoundTrip.read(post.text()).frontMatter().get("similar_posts"));
        assertTrue(warnings(post).get(0).contains("2 lines after \"Similar Posts\" kept as similar_posts"), warnings(post).toString());
    }

    @Test
    void tagsCanComeFromAnotherField() throws Exception {
        ImportedPost post = Importer.convert("p.txt", ("t\n\nintro.\n\n" + meta()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new ImportOptions("stack", ImportOptions.FALLBACK_DATE));
        assertEquals(List.of("python services", "backend"), RoundTrip.read(post.text()).frontMatter().get("tags"));
    }

    @Test
    void slugsAreCutAtADashAndDropAccents() {
        assertEquals("cafe-resume-naive", press.content.Slugs.of("Caf\u00e9 R\u00e9sum\u00e9 / na\u00efve!"));
        String s = press.content.Slugs.of("a ".repeat(30) + "somewhat-longer words at the end of a very long title");
        assertTrue(s.length() <= 80 && !s.endsWith("-") && s.startsWith("a-a-a"), s);
        assertEquals("building-a-safer-workflow-for-building-safer-deployment-steps-with-python",
                press.content.Slugs.of("building a safer workflow for building safer deployment steps with python services"));
    }
}
