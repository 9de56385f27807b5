package press.pipeline;

import press.model.Page;
import press.model.Post;
import press.model.Section;
import press.problem.Problem;
import press.problem.SourcePos;
import press.model.Site;
import press.problem.BuildException;
import press.problem.Problems;
import press.render.Route;
import press.render.RoutePlanner;
import press.content.StaticAssets;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code press check}: every stage a build runs (config, scan, templates, parse, assemble, plan,
 * render) with nothing written, none stopping the others where it can go on, then what only a
 * whole site shows: broken links, {@code #anchors}, images and bundle files in the Markdown bodies
 * of posts and pages ({@link BodyLinks}), terms and slugs that differ only in case
 * ({@link CaseClashes}). What a build only warns about (unknown shortcodes and Liquid tags,
 * skipped files, renamed settings) is a problem here too, at its place.
 */
public final class Check {
    private static final Pattern WARNING = Pattern.compile("([^:]+)(?::(\\d+))?(?::(\\d+))?: (.*)", Pattern.DOTALL);
    private Check() {}

    /** Pages, section index pages and the home page, each once, by source file. */
    private static Collection<Page> pages(Site site) {
        Map<String, Page> out = new TreeMap<>();
        site.pages().forEach(p -> out.put(p.source(), p));
        Deque<Section> todo = new ArrayDeque<>(site.sections());
        while (!todo.isEmpty()) {
            Section s = todo.pop();
            if (s.index() != null) out.put(s.index().source(), s.index());
            todo.addAll(s.sections());
        }
        if (site.home() != null) out.put(site.home().source(), site.home());
        return out.values();
    }

    /** A build's warning line ({@code path:line:col: what}, {@code path: what}) as a problem at its place. */
    static Problem problem(String warning) {
        Matcher m = WARNING.matcher(warning);
        if (!m.matches()) return new Problem(new SourcePos("", 0, 0), warning);
        int line = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int col = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new Problem(new SourcePos(m.group(1), line, col), m.group(4));
    }

    /** Every problem of the site; empty when a build would succeed and nothing is suspect. */
    public static Problems run(BuildOptions options) {
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            Build.Loaded loaded;
            try {
                loaded = Build.load(options, problems, pool, true);
            } catch (BuildException e) {
                if (e.problems() != problems) problems.addAll(e.problems()); // assembling could not finish (slugs used twice)
                return problems;
            }
            Site site = loaded.site();
            CaseClashes.check(site, problems);
            List<Route> routes = new RoutePlanner(site, loaded.templates()::has).plan(Build.assets(loaded.source(), site));
            PageIndex index = new PageIndex();
            try {
                RenderWrite.write(pool, routes, loaded.templates(), problems, () -> index, options.out(), Progress.NONE);
            } catch (BuildException e) {
                // the render problems are in problems already; the links are checked against what did render
            }
            String base = site.config().basePath();
            for (Post p : site.posts()) BodyLinks.check(loaded.source(), p, base, index, problems);
            for (Page p : pages(site)) BodyLinks.check(loaded.source(), p.source(), p.bodyHtml(), p.path(), base, index, problems);
            for (String w : loaded.warnings()) problems.add(problem(w));
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }
}
