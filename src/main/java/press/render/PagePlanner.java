package press.render;

import press.model.Page;
import press.model.Section;
import press.model.Site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The routes of pages that are not posts and of section lists. A page's template is its
 * {@code layout} when that template exists, else the nearest {@code <section>/page} (for
 * {@code docs/guides/x.md}: {@code docs/guides/page}, {@code docs/page}), else {@code page};
 * sections likewise with {@code section}.
 */
final class PagePlanner {

    private final Site site;
    private final Links links;
    private final Views.SiteView siteView;
    private final Predicate<String> hasTemplate;
    private final Map<String, Section> sections = new java.util.HashMap<>();
    private final LocalDate fallbackLastmod;

    private final PageHeads heads;
    private final BodyImages images;

    PagePlanner(Site site, Links links, Views.SiteView siteView, PageHeads heads, Predicate<String> hasTemplate, LocalDate newestPost,
                BodyImages images) {
        this.heads = heads;
        this.images = images;
        this.site = site;
        this.links = links;
        this.siteView = siteView;
        this.hasTemplate = hasTemplate;
        site.sections().forEach(s -> sections.put(s.path(), s));
        LocalDate newest = newestPost;
        for (Page p : site.pages()) if (p.lastmod() != null && (newest == null || p.lastmod().isAfter(newest))) newest = p.lastmod();
        this.fallbackLastmod = newest == null ? LocalDate.of(1970, 1, 1) : newest;
    }

    /** Pages without a date of their own are in the sitemap with the newest date of the site, so its output never reads the clock. */
    List<Route> plan(Predicate<String> dated) {
        List<Route> routes = new ArrayList<>();
        for (Page p : site.pages()) routes.add(page(p));
        for (Section s : site.sections()) if (!dated.test(s.parts().get(0))) routes.add(section(s));
        return routes;
    }

    /** The top sections and top-level pages, for the home page. */
    List<Views.Link> contents() {
        List<Views.Link> out = new ArrayList<>();
        for (Section s : site.sections()) if (s.parts().size() == 1) out.add(new Views.Link(s.title(), links.asset(s.path())));
        for (Page p : site.pages()) if (p.section().isEmpty() && p.publish().list()) out.add(new Views.Link(p.linkTitle(), links.asset(p.path())));
        return List.copyOf(out);
    }

    private Route page(Page p) {
        String url = links.asset(p.path());
        if (p.redirectTo() != null) { // Jekyll's redirect_to: the page is a redirect, as the aliases' pages are
            return new Route.Data(links.file(url), AliasPages.page(links.absoluteFrom(url, p.redirectTo()),
                    siteView.inLanguage(p.language()).language(), siteView.stylesheet()));
        }
        Views.PageView view = new Views.PageView(p.title(), url, p.date() == null ? null : ShownDate.of(p.date()),
                p.date() == null ? null : ShownDate.iso(p.date()), p.description(), images.html(url, p.bodyHtml()));
        String template = template(p.layout(), p.section(), "page");
        Views.ContentPage page = new Views.ContentPage(siteView.inLanguage(p.language()), heads.page(p.title(), p.description(), url),
                breadcrumbs(p.section(), true), view);
        return new Route.Page(links.file(url), template, () -> page,
                !p.publish().list() ? null : p.lastmod() != null ? p.lastmod() : fallbackLastmod); // build: {list: never}: not in the sitemap
    }

    private Route section(Section s) {
        String url = links.asset(s.path());
        List<Views.Entry> subsections = new ArrayList<>();
        for (Section c : s.sections()) {
            subsections.add(new Views.Entry(c.title(), links.asset(c.path()), c.index() == null ? "" : c.index().description(), null, null));
        }
        List<Views.Entry> pages = new ArrayList<>();
        for (Page p : s.pages()) {
            pages.add(new Views.Entry(p.linkTitle(), links.asset(p.path()), p.description(),
                    p.date() == null ? null : ShownDate.of(p.date()), p.date() == null ? null : ShownDate.iso(p.date())));
        }
        Page index = s.index();
        String description = index == null ? "" : index.description();
        String template = template(index == null ? "" : index.layout(), s.path(), "section");
        Views.SectionPage page = new Views.SectionPage(siteView.inLanguage(sectionLanguage(s)), heads.page(s.title(), description, url),
                breadcrumbs(s.path(), false), s.title(), index == null ? null : images.html(url, index.bodyHtml()), subsections, pages);
        return new Route.Page(links.file(url), template, () -> page,
                index != null && index.lastmod() != null ? index.lastmod() : fallbackLastmod);
    }

    /** Home, then each section from the top down to {@code section}; a section's own page stops above itself. */
    private List<Views.Link> breadcrumbs(String section, boolean includeLast) {
        List<Views.Link> out = new ArrayList<>();
        out.add(new Views.Link("Home", links.home(1)));
        String path = "";
        for (String part : section.isEmpty() ? List.<String>of() : List.of(section.split("/"))) {
            path = path + part + "/";
            if (!includeLast && path.equals(section)) break;
            Section s = sections.get(path);
            out.add(new Views.Link(s != null ? s.title() : part, links.asset(path)));
        }
        return List.copyOf(out);
    }

    /** A section under a translation's language folder ({@code pl/}, {@code pl/docs/}) is in that language. */
    private String sectionLanguage(Section s) {
        String top = s.parts().get(0);
        return site.config().content().translations().contains(top) ? top : "";
    }

    private String template(String layout, String section, String kind) {
        if (!layout.isEmpty() && !TemplateRenderer.REQUIRED.contains(layout) && hasTemplate.test(layout)) return layout;
        for (String s = section; !s.isEmpty(); s = Section.parentOf(s)) {
            String name = s + kind;
            if (hasTemplate.test(name)) return name;
        }
        return kind;
    }
}
