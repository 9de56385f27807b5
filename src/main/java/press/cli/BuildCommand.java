package press.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build a site folder into its output folder.")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.OK; // wired to press.build.Build in the next step
    }
}
