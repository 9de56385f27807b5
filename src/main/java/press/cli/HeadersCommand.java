package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.render.HeaderRules;

import java.util.concurrent.Callable;

@Command(name = "headers", mixinStandardHelpOptions = true,
        description = "Print the site's security and caching headers as an nginx snippet (the build writes _headers for Netlify / Cloudflare Pages).")
final class HeadersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--nginx", required = true, description = "as nginx add_header lines, to include in the server block")
    boolean nginx;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(HeaderRules.nginx());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
