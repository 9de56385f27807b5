package press.pipeline;

import press.testing.TestSite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Images of a built site: sizes of the site's own files written, lazy loading only below the fold. */
class ImageAttributesTest {
    @TempDir
    Path dir;

    private TestSite site(String base) throws IOException {
        TestSite s = new TestSite(dir).config("title: t\nbase_url: https://example.org" + base + "\n")
                .file("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-01\n---\nintro\n\n![map](map.png)\n\n"
                        + "## Later\n\none\n\ntwo\n\n![logo](/img/logo.svg)\n\n![remote](https://img.example/x.png)\n\n"
                        + "![again](./map.png \"same file\")\n\n![gone](nothing.png)\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\"></svg>")
                .file("content/about.md", "---\ntitle: About\n---\n![logo](/img/logo.svg)\n");
        Files.createDirectories(s.root.resolve("content/posts/trip"));
        ImageIO.write(new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB), "png", s.root.resolve("content/posts/trip/map.png").toFile());
        return s;
    }

    private static String attrs(Element img) {
        return img.attr("alt") + " " + img.attr("width") + "x" + img.attr("height") + " " + img.attr("loading") + " " + img.attr("decoding");
    }

    @Test
    void siteFilesGetTheirSizeTheFirstImageLoadsAtOnce() throws IOException {
        for (String base : List.of("/", "/blog/")) {
            TestSite s = site(base);
            s.build();
            Document post = Jsoup.parse(s.read("posts/trip/index.html"));
            assertEquals(List.of("map 800x450  ", "logo 300x100 lazy async", "remote x lazy async", "again 800x450 lazy async",
                    "gone x lazy async"), post.select(".post-body img").stream().map(ImageAttributesTest::attrs).toList(), base);
            Document about = Jsoup.parse(s.read("about/index.html"));
            assertEquals("logo 300x100  ", attrs(about.selectFirst(".post-body img")), base);
            org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
        }
    }
}
