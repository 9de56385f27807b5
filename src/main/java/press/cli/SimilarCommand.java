package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.model.Post;
import press.model.Site;
import press.problem.BuildException;
import press.similar.Explanation;
import press.similar.Match;
import press.similar.SimilarFinder;
import press.similar.SimilarInput;
import press.similar.SimilarTerms;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Show the similar posts chosen for one post, and with --explain the score and shared terms of each link.")
final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SLUG", description = "the post's slug (its URL is posts/SLUG/)")
    String slug;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    BuildScope scope = new BuildScope();


    @Option(names = "--explain", description = "one line per link: rank, slug, score and the shared terms (field:term) that produced it")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!scope.valid("press similar", err)) return Main.USAGE;
        Site site;
        try {
            site = Build.site(new BuildOptions(siteFolder.source, siteFolder.output(null), null, scope.drafts, scope.threads));
        } catch (BuildException e) {
            e.lines().forEach(err::println);
            err.flush();
            return Main.PROBLEMS;
        }
        List<Post> posts = site.posts();
        int me = -1;
        for (int i = 0; i < posts.size(); i++) if (posts.get(i).slug().equals(slug)) me = i;
        if (me < 0) {
            err.println("press similar: no post has the slug \"" + slug + "\", expected the name in its URL posts/SLUG/");
            err.flush();
            return Main.PROBLEMS;
        }
        // the same inputs and finder as the build, so the lines explain exactly the links the page shows
        List<SimilarInput> inputs = posts.stream().map(SimilarTerms::of).toList();
        List<Match> matches = new SimilarFinder(site.config().similar()).find(inputs, scope.threads).get(me);
        out.println(posts.get(me).title());
        if (explain) {
            Explanation.lines(inputs.get(me), matches, inputs).forEach(l -> out.println("  " + l));
        } else {
            int rank = 1;
            for (Match m : matches) out.println("  " + rank++ + ". " + posts.get(m.post()).slug() + "  " + posts.get(m.post()).title());
        }
        out.flush();
        return Main.OK;
    }
}
