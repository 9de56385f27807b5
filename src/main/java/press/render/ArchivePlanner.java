package press.render;

import press.model.Post;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The archive: {@code archive/} lists every year with its months and counts, newest first;
 * {@code archive/2024/} and {@code archive/2024/05/} list that year's or month's posts, newest
 * first, paginated like term pages. A post belongs to the year and month of its date as written
 * (its own offset), so no page depends on the build machine's time zone.
 */
final class ArchivePlanner {
    private final String siteTitle;
    private final Links links;
    private final PageHeads heads;
    private final ListPages lists;

    ArchivePlanner(String siteTitle, Links links, PageHeads heads, ListPages lists) {
        this.siteTitle = siteTitle;
        this.links = links;
        this.heads = heads;
        this.lists = lists;
    }

    /** "May 2024". */
    static String monthName(int year, int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
    }

    /**
     * The archive's routes; {@code posts} newest first, as every list shows them. No posts, no
     * archive. {@code indexView} makes the index page's view from its head, trail and years.
     */
    List<Route> plan(List<Post> posts, IndexView indexView) {
        if (posts.isEmpty()) return List.of();
        Map<Integer, Map<Integer, List<Post>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Post p : posts) {
            byYear.computeIfAbsent(p.date().getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(p.date().getMonthValue(), m -> new ArrayList<>()).add(p);
        }
        List<Route> routes = new ArrayList<>();
        String index = links.archive();
        List<Views.TermCount> years = new ArrayList<>();
        for (var y : byYear.entrySet()) {
            int year = y.getKey();
            String yearName = String.valueOf(year);
            String yearUrl = links.archiveYear(year, 1);
            List<Post> ofYear = new ArrayList<>();
            List<Views.TermCount> months = new ArrayList<>();
            for (var m : y.getValue().entrySet()) {
                int month = m.getKey();
                String name = monthName(year, month);
                String url = links.archiveMonth(year, month, 1);
                List<Post> ofMonth = m.getValue();
                ofYear.addAll(ofMonth);
                months.add(new Views.TermCount(name, url, ofMonth.size(), List.of()));
                routes.addAll(lists.routes(new ListPages.Spec("Archive: " + name, description(ofMonth.size(), name), "", ofMonth,
                        page -> links.archiveMonth(year, month, page), RoutePlanner.newest(ofMonth), List.of(heads.siteFeed()),
                        heads.crumbs("Archive", index, yearName, yearUrl, name, url),
                        trail(new Views.Link("Archive", index), new Views.Link(yearName, yearUrl)), null, List.of(), List.of())));
            }
            years.add(new Views.TermCount(yearName, yearUrl, ofYear.size(), List.copyOf(months)));
            routes.addAll(lists.routes(new ListPages.Spec("Archive: " + yearName, description(ofYear.size(), yearName), "", ofYear,
                    page -> links.archiveYear(year, page), RoutePlanner.newest(ofYear), List.of(heads.siteFeed()),
                    heads.crumbs("Archive", index, yearName, yearUrl), trail(new Views.Link("Archive", index)),
                    null, List.of(), List.copyOf(months))));
        }
        String description = "Every post of " + siteTitle + " by year and month: " + RoutePlanner.posts(posts.size())
                + " from " + byYear.keySet().stream().min(Integer::compare).orElseThrow() + " to "
                + byYear.keySet().stream().max(Integer::compare).orElseThrow() + ".";
        Views.Head head = heads.termIndex("Archive", description, index, heads.crumbs("Archive", index));
        List<Views.TermCount> shown = List.copyOf(years);
        routes.add(new Route.Page(links.file(index), "terms", () -> indexView.of(head, trail(), shown), RoutePlanner.newest(posts)));
        return routes;
    }

    /** Makes the archive index's view (the site view is the route planner's). */
    interface IndexView {
        Views.TermIndexPage of(Views.Head head, List<Views.Link> trail, List<Views.TermCount> years);
    }

    private String description(int count, String period) {
        return RoutePlanner.posts(count) + " of " + siteTitle + " from " + period + ", newest first";
    }

    private List<Views.Link> trail(Views.Link... after) {
        List<Views.Link> out = new ArrayList<>();
        out.add(new Views.Link("Home", links.home(1)));
        out.addAll(List.of(after));
        return List.copyOf(out);
    }
}
