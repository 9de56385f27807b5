package press.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A content file that is not a post: a page at its path ({@code content/docs/install.md} is
 * {@code docs/install/}), or a section's {@code _index.md}, which gives the section its title and text.
 *
 * @param source      the file, relative to the site folder, with forward slashes
 * @param path        the output path relative to the site root, ending in {@code /} ({@code docs/install/}); "" is the home page
 * @param section     the section it belongs to, as a path ending in {@code /} ({@code docs/}), or "" for the top level
 * @param linkTitle   the shorter title for menus and lists ({@code linkTitle}, else the title)
 * @param weight      its place in its section's list (lower first; 0 is unweighted and comes after the weighted)
 * @param date        when given, else null
 * @param lastmod     {@code lastmod}, else the date, else null
 * @param layout      {@code layout} (Jekyll) or {@code type}: a template name tried before the section's, or ""
 * @param menus       the menus it is in ({@code menu: main}), usually empty
 * @param sectionIndex whether it is an {@code _index} file
 * @param aliases     other site paths that redirect to the page, without a leading slash
 * @param publishDate {@code publishDate}, or null
 * @param expiryDate  {@code expiryDate}, or null
 * @param warnings    {@code path:line:col: ...} lines about its body (unknown Liquid tags), shown by the build
 * @param shortcodes  shortcodes in its body that the build renders with the site's templates
 * @param publish     whether it is rendered, listed, and its bundle files copied ({@code headless: true}, {@code build: {render: never}})
 * @param language    a translation's language ({@code about.pl.md}: {@code pl}, its path under {@code pl/}), or "" for the site's own
 * @param redirectTo  Jekyll's {@code redirect_to:} (a URL, or a site path such as {@code /new/}): the page is only a redirect there; else null
 */
public record Page(
        String source,
        String path,
        String section,
        String title,
        String linkTitle,
        String description,
        int weight,
        OffsetDateTime date,
        LocalDate lastmod,
        boolean draft,
        String layout,
        List<String> menus,
        String bodyHtml,
        boolean sectionIndex,
        List<String> aliases,
        OffsetDateTime publishDate,
        OffsetDateTime expiryDate,
        List<String> warnings,
        List<ShortcodeCall> shortcodes,
        String language,
        Publish publish,
        String redirectTo) {

    /**
     * What is published of a page (Hugo's {@code headless} and {@code build:} options).
     *
     * @param render    it gets its own output page
     * @param list      it is in its section's list, the home page's contents and the sitemap
     * @param resources its bundle files are copied beside its path
     */
    public record Publish(boolean render, boolean list, boolean resources) {
        public static final Publish ALL = new Publish(true, true, true);
    }


    /** The same page with another body (links to other pages resolved). */
    public Page withBody(String html) {
        return new Page(source, path, section, title, linkTitle, description, weight, date, lastmod, draft, layout, menus, html,
                sectionIndex, aliases, publishDate, expiryDate, warnings, shortcodes, language, publish, redirectTo);
    }
}
