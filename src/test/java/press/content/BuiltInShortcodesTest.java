package press.content;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What each built-in shortcode becomes as Markdown, and which arguments it refuses. */
class BuiltInShortcodesTest {
    @Test
    void aFigureTakesItsAltFromAltThenTitleThenCaptionAndEscapesMarkdown() {
        assertEquals("\n\n![a \\*b\\*](<x.png>)\n\n*Cap \\[1\\]*\n\n",
                BuiltInShortcodes.figure(Map.of("src", "x.png", "alt", "a *b*", "caption", "Cap [1]")));
        assertEquals("\n\n![T](<x.png>)\n\n*T*\n\n", BuiltInShortcodes.figure(Map.of("src", "x.png", "title", "T")), "title: alt and caption");
        assertEquals("\n\n![](<a%3Eb.png>)\n\n", BuiltInShortcodes.figure(Map.of("src", "a>b.png")), "no caption line; > cannot end the address");
        assertEquals("\n\n![\\_x\\_ \\<i\\> \\#](<y>)\n\n*\\_x\\_ \\<i\\> \\#*\n\n", BuiltInShortcodes.figure(Map.of("src", "y", "caption", "_x_ <i> #")));
    }

    @Test
    void videosAreLinksAndOnlyForANameLikeId() {
        assertEquals("[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)", BuiltInShortcodes.video("youtube", "dQw4w9WgXcQ"));
        assertEquals("[Vimeo video 123](https://vimeo.com/123)", BuiltInShortcodes.video("vimeo_simple", "123"));
        assertNull(BuiltInShortcodes.video("youtube", "a\"><script>"));
        assertNull(BuiltInShortcodes.video("vimeo", ""));
    }

    @Test
    void embedsAreLinksByPositionOrName() {
        assertEquals("[Post by @ann on X](https://x.com/ann/status/42)", BuiltInShortcodes.embed("x", Map.of("user", "ann", "id", "42")));
        assertEquals("[Post by @ann on X](https://x.com/ann/status/42)", BuiltInShortcodes.embed("tweet", Map.of("0", "ann", "1", "42")));
        assertEquals("[Gist ann/abc](https://gist.github.com/ann/abc)", BuiltInShortcodes.embed("gist", Map.of("0", "ann", "1", "abc")));
        assertEquals("[Instagram post Bx_1](https://www.instagram.com/p/Bx_1/)", BuiltInShortcodes.embed("instagram", Map.of("0", "Bx_1")),
                "an Instagram post needs no user: its first argument is the id");
        assertNull(BuiltInShortcodes.embed("x", Map.of("id", "42")), "no user");
        assertNull(BuiltInShortcodes.embed("gist", Map.of("0", "ann/../x", "1", "abc")));
        assertNull(BuiltInShortcodes.embed("instagram", Map.of()));
    }

    @Test
    void aHighlightIsAFenceThatItsCodeCannotClose() {
        assertEquals("\n```go\nx := 1\n```\n", BuiltInShortcodes.fence("go", "\nx := 1"), "the newline after the tag dropped, one added at the end");
        assertEquals("\n~~~~md\n```\nin\n```\n~~~~\n", BuiltInShortcodes.fence("md", "```\nin\n```\n"));
        assertEquals("\n```c#\nx\n```\n", BuiltInShortcodes.fence("c#\"><", "x\n"), "only name characters of the language");
    }
}
