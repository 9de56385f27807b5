package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A blog without tags or stacks: similar posts follow the words of the bodies, and the page names them. */
class BodyWordsSiteTest {
    @TempDir
    Path dir;

    private static String post(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\n" + body + "\n";
    }

    @Test
    void postsWithoutTagsLinkByTheirWords() {
        TestSite site = new TestSite(dir)
                .post("starter.md", post("Feeding a starter", "2024-01-01",
                        "A sourdough starter needs flour and water. Feed the starter daily; a lively starter makes good bread."))
                .post("loaf.md", post("My first loaf", "2024-01-02",
                        "The sourdough loaf rose slowly. Flour, water, salt and a ripe starter: bread takes patience."))
                .post("jupiter.md", post("Watching Jupiter", "2024-01-03",
                        "Through the telescope Jupiter showed four moons. A steady telescope mount matters more than magnification."))
                .post("moons.md", post("Moons of Saturn", "2024-01-04",
                        "Saturn's moons need a bigger telescope than Jupiter's; dark skies help any telescope."));
        site.build();
        String loaf = site.read("posts/my-first-loaf/index.html");
        int starter = loaf.indexOf("<a href=\"/posts/feeding-a-starter/\">Feeding a starter</a> <span class=\"why\">shares word: ");
        assertTrue(starter > 0, loaf);
        String why = loaf.substring(starter, loaf.indexOf("</span>", starter));
        assertTrue(why.contains("word: bread") && why.contains("word: sourdough"), why); // equal weights: alphabetical
        String moons = site.read("posts/moons-of-saturn/index.html");
        assertTrue(moons.indexOf("/posts/watching-jupiter/") < moons.indexOf("/posts/feeding-a-starter/"), moons);
        assertTrue(moons.contains("word: telescope"), moons);
    }
}
