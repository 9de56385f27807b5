package press.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingAttributesTest {
    private final MarkdownRenderer md = new MarkdownRenderer(false);

    /** The heading's start tag and text, without the anchor link. */
    private String heading(String markdown) {
        String html = md.render(markdown).html();
        int end = html.indexOf(" <a class=\"anchor\"");
        return end < 0 ? html.strip() : html.substring(0, end);
    }

    @Test
    void goldmarkBracesGiveTheIdAndClasses() {
        assertEquals("<h2 id=\"setup\" class=\"wide big\">Install", heading("## Install {#setup .wide .big}\n"));
        assertTrue(md.render("## Install {#setup .wide}\n").html().contains("<a class=\"anchor\" href=\"#setup\">"));
        assertEquals("<h2 id=\"setup\" class=\"wide\">Install", heading("## Install {id=setup class=wide}\n"));
    }

    @Test
    void kramdownBracesGiveTheIdToo() {
        assertEquals("<h2 id=\"setup\">Install", heading("## Install {: #setup}\n"));
        assertEquals("<h3 id=\"x\" class=\"note\">Install", heading("### Install {: #x .note }\n"));
    }

    @Test
    void onlyTheIdAndClassesSurvive() {
        String html = md.render("## A {#x onclick=alert(1) style=\"color:red\" anchor=false .k}\n").html();
        assertTrue(html.startsWith("<h2 id=\"x\" class=\"k\">A "), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("anchor=\"false\""), html);
    }

    @Test
    void bracesThatAreNotAttributesStayText() {
        assertEquals("<h2 id=\"b-not-attrs\">B {not attrs}", heading("## B {not attrs}\n"));
        assertEquals("<h2 id=\"c-x\">C {#&quot;x&quot;}", heading("## C {#\"x\"}\n"));
        assertEquals("<p>text {#p}</p>", md.render("text {#p}\n").html().strip(), "a brace in a paragraph is text");
    }

    @Test
    void aGeneratedIdStepsAroundTheAuthorsId() {
        String html = md.render("## Install\n\n## Setup {#install}\n\n## Install\n").html();
        assertTrue(html.contains("<h2 id=\"install-1\">Install"), html);
        assertTrue(html.contains("<h2 id=\"install\">Setup"), html);
        assertTrue(html.contains("<h2 id=\"install-2\">Install"), html);
    }
}
