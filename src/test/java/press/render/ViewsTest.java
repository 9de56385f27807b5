package press.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The few decisions the view records make for templates: a page's language, whether a list is paged, what a meta node is. */
class ViewsTest {
    static final Views.SiteView SITE = new Views.SiteView("T", "d", "en", "/", "/s.css", "/f.svg", "/search/", "/archive/",
            List.of(new Views.Link("Home", "/")), false);

    @Test
    void anotherLanguageChangesOnlyTheLanguage() {
        assertSame(SITE, SITE.inLanguage(""), "no language of its own");
        assertSame(SITE, SITE.inLanguage("en"));
        Views.SiteView pl = SITE.inLanguage("pl");
        assertEquals("pl", pl.language());
        assertEquals(new Views.SiteView("T", "d", "pl", "/", "/s.css", "/f.svg", "/search/", "/archive/", SITE.nav(), false), pl);
    }

    @Test
    void aListIsPagedFromTwoPages() {
        assertFalse(new Views.Pager(1, 1, null, null).isPaged());
        assertFalse(new Views.Pager(1, 0, null, null).isPaged());
        assertTrue(new Views.Pager(1, 2, null, "/page/2/").isPaged());
    }

    @Test
    void aMetaNodeIsTextAListOrAMap() {
        Views.MetaNode text = new Views.MetaNode("a", "x", null, null);
        Views.MetaNode list = new Views.MetaNode("b", null, List.of(text), null);
        Views.MetaNode map = new Views.MetaNode("c", null, null, List.of(text));
        assertTrue(text.isText() && !text.isList() && !text.isMap());
        assertTrue(list.isList() && !list.isText() && !list.isMap());
        assertTrue(map.isMap() && !map.isText() && !map.isList());
        assertTrue(new Views.MetaNode("e", "", null, null).isText(), "empty text is still text");
    }
}
