package press.pipeline;

import press.model.Post;
import press.model.Site;
import press.problem.BuildException;
import press.problem.Problems;
import press.render.Route;
import press.render.RoutePlanner;
import press.content.StaticAssets;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code press check}: every stage a build runs (config, scan, templates, parse, assemble, plan,
 * render) with nothing written, none stopping the others where it can go on, then what only a
 * whole site shows: broken links, {@code #anchors} and images in Markdown bodies
 * ({@link BodyLinks}), terms and slugs that differ only in case ({@link CaseClashes}).
 */
public final class Check {
    private Check() {}

    /** Every problem of the site; empty when a build would succeed and nothing is suspect. */
    public static Problems run(BuildOptions options) {
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            Build.Loaded loaded;
            try {
                loaded = Build.load(options, new Steps(), problems, pool, null, true);
            } catch (BuildException e) {
                if (e.problems() != problems) problems.addAll(e.problems()); // assembling could not finish (slugs used twice)
                return problems;
            }
            Site site = loaded.site();
            CaseClashes.check(site, problems);
            List<Route> routes = new RoutePlanner(site, loaded.templates()::has).plan(Build.assets(loaded.source(), site));
            PageIndex index = new PageIndex();
            try {
                Build.write(pool, routes, loaded.templates(), problems, () -> index, options.out(), Progress.NONE);
            } catch (BuildException e) {
                // the render problems are in problems already; the links are checked against what did render
            }
            for (Post p : site.posts()) BodyLinks.check(loaded.source(), p, site.config().basePath(), index, problems);
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }
}
