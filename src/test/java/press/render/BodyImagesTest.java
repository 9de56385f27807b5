package press.render;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.model.PostBody;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which body images get their file's width and height, resolved from the page's address the way a browser does. */
class BodyImagesTest {
    @TempDir
    Path tmp;
    final Map<String, Path> files = new TreeMap<>();

    private void png(String path, int w, int h) throws IOException {
        Path f = tmp.resolve(path.replace('/', '_'));
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        files.put(path, f);
    }

    @BeforeEach
    void images() throws IOException {
        png("img/a.png", 30, 20);
        png("posts/a/photo.png", 4, 3);
        png("img/a&b.png", 5, 6);
        png("img/my pic.png", 7, 8);
        Path svg = tmp.resolve("logo.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 60\"/>");
        files.put("img/logo.svg", svg);
        Path broken = tmp.resolve("broken.png");
        Files.writeString(broken, "not a png");
        files.put("img/broken.png", broken);
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "text");
        files.put("notes.txt", text);
    }

    private String sized(String page, String html) {
        return new BodyImages("/", files).html(page, html);
    }

    @Test
    void aSiteImageGetsItsSizeAtTheEndOfTheTag() {
        assertEquals("<p><img src=\"/img/a.png\" alt=\"a\" width=\"30\" height=\"20\"></p>", sized("/posts/a/", "<p><img src=\"/img/a.png\" alt=\"a\"></p>"));
        assertEquals("<img src=\"/img/a.png\" width=\"30\" height=\"20\" />", sized("/posts/a/", "<img src=\"/img/a.png\" />"));
        assertEquals("<img src=\"/img/logo.svg\" width=\"120\" height=\"60\">", sized("/", "<img src=\"/img/logo.svg\">"));
        assertEquals("<img alt=\"a > b\" src='/img/a.png' width=\"30\" height=\"20\">", sized("/", "<img alt=\"a > b\" src='/img/a.png'>"));
        assertEquals("<img src=/img/a.png width=\"30\" height=\"20\">", sized("/", "<img src=/img/a.png>"));
        assertEquals("<IMG SRC=\"/img/a.png\" width=\"30\" height=\"20\">", sized("/", "<IMG SRC=\"/img/a.png\">"), "HTML names are case-insensitive");
    }

    @Test
    void anAddressIsResolvedAgainstThePage() {
        assertEquals("<img src=\"photo.png\" width=\"4\" height=\"3\">", sized("/posts/a/", "<img src=\"photo.png\">"));
        assertEquals("<img src=\"../../img/a.png\" width=\"30\" height=\"20\">", sized("/posts/a/", "<img src=\"../../img/a.png\">"));
        assertEquals("<img src=\"photo.png\">", sized("/posts/b/", "<img src=\"photo.png\">"), "another page's bundle file is not beside it");
        assertEquals("<img src=\"/img/a&amp;b.png\" width=\"5\" height=\"6\">", sized("/", "<img src=\"/img/a&amp;b.png\">"));
        assertEquals("<img src=\"/img/my%20pic.png\" width=\"7\" height=\"8\">", sized("/", "<img src=\"/img/my%20pic.png\">"));
        assertEquals("<img src=\"/img/my pic.png\" width=\"7\" height=\"8\">", sized("/", "<img src=\"/img/my pic.png\">"));
    }

    @Test
    void underABasePathOnlyAddressesInsideItAreTheSites() {
        BodyImages images = new BodyImages("/blog/", files);
        assertEquals("<img src=\"/blog/img/a.png\" width=\"30\" height=\"20\">", images.html("/blog/posts/a/", "<img src=\"/blog/img/a.png\">"));
        assertEquals("<img src=\"/img/a.png\">", images.html("/blog/posts/a/", "<img src=\"/img/a.png\">"));
        assertEquals("<img src=\"../../img/a.png\" width=\"30\" height=\"20\">", images.html("/blog/posts/a/", "<img src=\"../../img/a.png\">"));
    }

    @Test
    void remoteUnknownBrokenAndAlreadySizedImagesAreLeftAlone() {
        for (String tag : new String[] {"<img src=\"https://example.com/img/a.png\">", "<img src=\"//example.com/img/a.png\">",
                "<img src=\"data:image/png;base64,AAAA\">", "<img src=\"/img/none.png\">", "<img src=\"/img/broken.png\">",
                "<img src=\"/notes.txt\">", "<img src=\"/img/a.png\" width=\"10\">", "<img HEIGHT=5 src=\"/img/a.png\">",
                "<img alt=\"no source\">", "<img src=\"\">", "<img src=\"/img/%zz.png\">"}) {
            assertEquals(tag, sized("/", tag));
        }
    }

    @Test
    void aBodyWithoutImagesOrASiteWithoutImagesIsUnchanged() {
        assertNull(sized("/", null));
        String html = "<p>no images here</p>";
        assertSame(html, sized("/", html));
        PostBody body = PostBody.of("<img src=\"/img/a.png\">");
        assertSame(body, new BodyImages("/", Map.of("notes.txt", tmp.resolve("notes.txt"))).sized("/", body));
    }

    @Test
    void aSizedBodysKeyChangesWhenAnImageFileDoes() throws IOException {
        PostBody body = PostBody.of("<img src=\"/img/a.png\">");
        PostBody sized = new BodyImages("/", files).sized("/", body);
        assertEquals("<img src=\"/img/a.png\" width=\"30\" height=\"20\">", sized.html());
        assertTrue(sized.key().startsWith(body.key() + "+images:"), sized.key());
        assertEquals(sized.key(), new BodyImages("/", files).sized("/", body).key(), "the same files, the same key");
        Files.setLastModifiedTime(files.get("img/a.png"), FileTime.fromMillis(0));
        assertNotEquals(sized.key(), new BodyImages("/", files).sized("/", body).key());
    }

    /** The tags sized are those a regex search for them over the whole body finds, on any text: the scan only tries the pattern where a tag starts with {@code <img}. */
    @Test
    void theTagsFoundAreThoseARegexSearchFinds() {
        java.util.regex.Pattern img = java.util.regex.Pattern.compile("<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] pieces = {"<img src=\"/img/a.png\">", "<IMG src='/img/a.png' alt=\"x>y\">", "<imgx src=\"/img/a.png\">", "<img", "<", ">", "\"", "'",
                " src=\"/img/logo.svg\"", "<p>", "text ", "<img src=/img/a.png>", "<iMg\nsrc=\"/img/my pic.png\"/>", "é", "<<img src=\"/img/a.png\">",
                "<img alt=\"<img src='/img/a.png'>\" src=\"/img/a.png\">"};
        java.util.Random random = new java.util.Random(9);
        BodyImages images = new BodyImages("/", files);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String html = b.toString();
            java.util.regex.Matcher m = img.matcher(html);
            StringBuilder want = new StringBuilder();
            while (m.find()) m.appendReplacement(want, java.util.regex.Matcher.quoteReplacement(images.html("/posts/a/", m.group())));
            m.appendTail(want);
            assertEquals(want.toString(), images.html("/posts/a/", html), html);
        }
    }
}
