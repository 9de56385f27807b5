package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.pipeline.BuildOptions;
import press.pipeline.Check;
import press.problem.BuildException;
import press.problem.Problems;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a site as a build would, and its links, anchors, images and case clashes, writing nothing. "
                + "Prints every problem, sorted; exit 1 when there is any.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    BuildScope scope = new BuildScope();

    @Mixin
    SiteTarget siteTarget = new SiteTarget();



    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!scope.valid("press check", err)) return Main.USAGE;
        Problems problems;
        try {
            problems = Check.run(new BuildOptions(siteFolder.source, siteFolder.output(null), siteTarget.baseUrl, scope.drafts, scope.threads, press.model.Schedule.NONE, null, siteTarget.env));
        } catch (BuildException e) { // the site folder itself is wrong
            problems = e.problems();
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("press check: no problems");
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        new BuildException("check", problems).lines().forEach(err::println);
        err.println("press check: " + Counted.of(problems.total(), "problem"));
        err.flush();
        return Main.PROBLEMS;
    }
}
