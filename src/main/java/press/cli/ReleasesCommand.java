package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.publish.Manifest;
import press.publish.Releases;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "releases", mixinStandardHelpOptions = true,
        description = "List the releases of the output folder, oldest first; * marks the live one.")
final class ReleasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Releases releases = Releases.of(siteFolder.output(outFolder.out));
        List<Releases.Release> all = releases.list();
        if (all.isEmpty()) stdout.println("no releases in " + releases.folder());
        for (Releases.Release r : all) stdout.println((r.live() ? "* " : "  ") + r.id() + "  " + r.manifest().map(ReleasesCommand::summary)
                .orElse("(a folder from before releases, no " + Manifest.FILE + ")"));
        stdout.flush();
        return Main.OK;
    }

    static String summary(Manifest m) {
        return String.format(Locale.ROOT, "%s, %s, %s, %s; content %s, templates %s, config %s; press %s",
                Counted.of(m.counts().files(), "file"), Counted.of(m.counts().pages(), "page"), Counted.of(m.counts().posts(), "post"),
                Counted.of(m.counts().terms(), "term"),
                shortHash(m.content()), shortHash(m.templates()), shortHash(m.config()), m.press());
    }

    private static String shortHash(String h) {
        return h.isEmpty() ? "-" : h.substring(0, Math.min(12, h.length()));
    }
}
