package press.cli;

import picocli.CommandLine.Option;

/** {@code --base-url} and {@code --env}: where and for whom a site is built (a picocli mixin of build and check). */
final class SiteTarget {
    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is served from; overrides base_url in content/site.yaml")
    String baseUrl;

    @Option(names = "--env", paramLabel = "NAME", description = "an environment of site.yaml (environments: {NAME: {base_url, drafts, noindex}})")
    String env;
}
