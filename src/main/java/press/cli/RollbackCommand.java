package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.publish.Releases;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Switch the output folder back to an earlier release in one rename (default: the one before the live one).")
final class RollbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "release id, as press releases lists it")
    String id;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Releases releases = Releases.of(siteFolder.output(outFolder.out));
        List<Releases.Release> all = releases.list();
        String target = id;
        if (target == null) {
            int live = -1;
            for (int i = 0; i < all.size(); i++) if (all.get(i).live()) live = i;
            if (live < 1) {
                err.println("press rollback: no release before the live one in " + releases.folder() + ", expected one to switch back to");
                err.flush();
                return Main.PROBLEMS;
            }
            target = all.get(live - 1).id();
        } else if (all.stream().noneMatch(r -> r.id().equals(id))) {
            err.println("press rollback: no release " + id + " in " + releases.folder() + ", expected one of " + all.stream().map(Releases.Release::id).toList());
            err.flush();
            return Main.PROBLEMS;
        }
        releases.switchTo(target);
        spec.commandLine().getOut().println("live release: " + target);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
