package press.render;

import press.model.Post;
import press.model.Site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An Atom feed ({@code feed.xml}) of the newest posts; its updated time is the newest post's, never the clock's. */
final class FeedWriter {
    static final int ENTRIES = 20;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private FeedWriter() {}

    static byte[] feed(Site site, Links links) {
        List<Post> newest = site.posts().subList(0, Math.min(ENTRIES, site.posts().size()));
        String home = links.absolute(links.home(1));
        XmlOut x = new XmlOut().open("feed", "xmlns", "http://www.w3.org/2005/Atom").newline();
        x.element("title", site.config().title()).newline();
        x.empty("link", "href", home).newline();
        x.empty("link", "rel", "self", "href", links.absolute(links.asset("feed.xml"))).newline();
        x.element("id", home).newline();
        x.element("updated", newest.isEmpty() ? "1970-01-01T00:00:00Z" : time(newest.get(0))).newline();
        for (Post p : newest) {
            String url = links.absolute(links.post(p.slug()));
            x.open("entry").element("title", p.title()).empty("link", "href", url).element("id", url)
                    .element("updated", time(p)).open("author").element("name", site.config().title()).close();
            if (!p.summary().isEmpty()) x.element("summary", p.summary());
            x.close().newline();
        }
        return x.close().finish();
    }

    private static String time(Post p) {
        return RFC3339.format(p.date().withOffsetSameInstant(ZoneOffset.UTC));
    }
}
