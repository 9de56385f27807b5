package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.publish.Manifest;
import press.publish.ManifestDiff;
import press.publish.Releases;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "List the pages added (+), changed (~) and removed (-) from release A to release B, from their build.json.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the older release id")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "the newer release id")
    String b;

    @Option(names = "--all", description = "every file, not only the pages")
    boolean all;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Releases.Release> releases = Releases.of(siteFolder.output(outFolder.out)).list();
        Optional<Manifest> from = manifest(releases, a, err);
        Optional<Manifest> to = manifest(releases, b, err);
        if (from.isEmpty() || to.isEmpty()) {
            err.flush();
            return Main.PROBLEMS;
        }
        ManifestDiff d = ManifestDiff.between(from.get(), to.get());
        if (!all) d = d.pages();
        d.added().forEach(p -> stdout.println("+ " + p));
        d.changed().forEach(p -> stdout.println("~ " + p));
        d.removed().forEach(p -> stdout.println("- " + p));
        int n = d.added().size() + d.changed().size() + d.removed().size();
        stdout.println(d.added().size() + " added, " + d.changed().size() + " changed, " + d.removed().size() + " removed"
                + (all ? (n == 1 ? " file" : " files") : (n == 1 ? " page" : " pages")));
        stdout.flush();
        return Main.OK;
    }

    private static Optional<Manifest> manifest(List<Releases.Release> releases, String id, PrintWriter err) {
        Optional<Releases.Release> r = releases.stream().filter(x -> x.id().equals(id)).findFirst();
        if (r.isEmpty()) {
            err.println("press diff: no release " + id + ", expected one of " + releases.stream().map(Releases.Release::id).toList());
        } else if (r.get().manifest().isEmpty()) {
            err.println("press diff: release " + id + " has no " + Manifest.FILE + " (a folder from before releases)");
        }
        return r.flatMap(x -> x.manifest().map(m -> m.rehashed(x.folder()))); // a release of an older press hashed its files otherwise
    }
}
