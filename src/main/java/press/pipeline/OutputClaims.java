package press.pipeline;

import press.content.PathOrigins;
import press.content.StaticAssets;
import press.model.BundleFile;
import press.model.Page;
import press.model.Post;
import press.model.Section;
import press.model.Site;
import press.problem.Problems;
import press.problem.SourcePos;
import press.render.Route;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two outputs on one path would lose one of them silently (an alias on a page's address, a
 * section list on a page's, a bundle file on a static file's). Each clash is an error at the
 * content file that claims the path ({@code path:line:col} of its alias, {@code url:},
 * {@code slug:}...), naming the other claimant; clashes between two pages, two posts or a page
 * and a post are found earlier, when the site is assembled, and reported the same way.
 */
final class OutputClaims {
    /** One output's claimant: what it is ({@code alias}, {@code page path}...), its description as the other side, and where it is said. */
    private record Claim(String what, String description, SourcePos at, int rank) {}

    private OutputClaims() {}

    /** {@code routes} sorted by path; every path used twice is a problem, and the step stops there. */
    static void check(List<Route> routes, Site site, Path source, PathOrigins origins, Problems problems) {
        Map<String, List<Claim>> claims = null;
        for (int i = 1; i < routes.size(); i++) {
            String path = routes.get(i).path();
            if (!path.equals(routes.get(i - 1).path()) || (i > 1 && path.equals(routes.get(i - 2).path()))) continue;
            if (claims == null) claims = claims(site, origins);
            report(path, claims.getOrDefault(path, List.of()), problems);
        }
        bundlesOnStaticFiles(site, source, origins, problems);
        problems.throwIfAny("plan");
    }

    /** A bundle file on the path of a static file would replace it without a word (the asset map keeps one of them). */
    private static void bundlesOnStaticFiles(Site site, Path source, PathOrigins origins, Problems problems) {
        Map<String, Path> statics = StaticAssets.find(source);
        for (BundleFile b : site.bundleFiles()) {
            if (!statics.containsKey(b.path())) continue;
            problems.add(SourcePos.of(Path.of(b.source()), 0, 0), "bundle file /" + b.path() + " is also the address of the static file "
                    + SourcePos.display(source.relativize(statics.get(b.path()))) + ", expected each output path once (rename one of them)");
        }
    }

    private static void report(String path, List<Claim> found, Problems problems) {
        String address = "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
        List<Claim> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Claim::rank).thenComparing(c -> c.at() == null ? "" : c.at().toString()));
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).at() == null) {
            problems.add(new SourcePos(path, 0, 0), "two outputs at this path (" + (sorted.isEmpty() ? "the site's own pages and files"
                    : sorted.get(0).description()) + "), expected each output path once");
            return;
        }
        Claim reporter = sorted.get(sorted.size() - 1);
        String other = sorted.size() > 1 ? sorted.get(sorted.size() - 2).description()
                : "a page of the site's own (home, taxonomies, archive, search, feeds, assets)";
        problems.add(reporter.at(), reporter.what() + " " + address + " is also the address of " + other
                + ", expected each output path once (change the " + (reporter.what().equals("alias") ? "alias" : "slug:, url: or file name") + ")");
    }

    /** Every output a content file claims, by output path; ranked so that the one to report (an alias first) sorts last. */
    private static Map<String, List<Claim>> claims(Site site, PathOrigins origins) {
        Map<String, List<Claim>> out = new HashMap<>();
        for (Post p : site.posts()) {
            SourcePos at = origins.post(p.source());
            add(out, p.path(), new Claim("post path", "the post " + at, at, 2));
            for (String a : p.aliases()) add(out, a, alias(origins, p.source(), a));
        }
        for (Page p : site.pages()) {
            SourcePos at = origins.page(p.source());
            add(out, p.path(), new Claim("page path", "the page " + at, at, 2));
            for (String a : p.aliases()) add(out, a, alias(origins, p.source(), a));
        }
        for (Section s : site.sections()) {
            SourcePos at = s.index() == null ? null : SourcePos.of(Path.of(s.index().source()), 1, 1);
            add(out, s.path(), new Claim("section list", "the list page of the section content/" + s.path()
                    + (at == null ? "" : " (" + at + ")"), at, 1));
            if (s.index() != null) for (String a : s.index().aliases()) add(out, a, alias(origins, s.index().source(), a));
        }
        if (site.home() != null) for (String a : site.home().aliases()) add(out, a, alias(origins, site.home().source(), a));
        for (BundleFile b : site.bundleFiles()) {
            add(out, b.path(), new Claim("bundle file", "the bundle file " + b.source(), SourcePos.of(Path.of(b.source()), 0, 0), 0));
        }
        return out;
    }

    private static Claim alias(PathOrigins origins, String source, String alias) {
        SourcePos at = origins.alias(source, alias);
        return new Claim("alias", "the alias at " + at, at, 3);
    }

    private static void add(Map<String, List<Claim>> out, String path, Claim c) {
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        out.computeIfAbsent(file, k -> new ArrayList<>()).add(c);
    }
}
