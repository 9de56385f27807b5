package press.content;

import press.config.SiteConfig;

import java.util.Map;
import java.util.TreeMap;

/**
 * The site's values a body may print: Jekyll's {@code {{ site.x }}} and Hugo's {@code {{< param x >}}}
 * (after the page's own fields). {@code title}, {@code description}, {@code url} (the scheme and host,
 * as Jekyll's {@code site.url}), {@code baseurl} (the base path without its last {@code /}, empty at the
 * root, as Jekyll's {@code site.baseurl}), and every entry of {@code params:}, as {@code x} and {@code params.x}.
 */
record SiteVariables(Map<String, String> values, String baseUrl) {
    static final SiteVariables NONE = new SiteVariables(Map.of(), "/");

    static SiteVariables of(SiteConfig c) {
        Map<String, String> v = new TreeMap<>();
        c.content().params().forEach((k, x) -> {
            v.put(k, x);
            v.put("params." + k, x);
        });
        String base = c.baseUrl();
        String path = c.basePath();
        v.put("title", c.title());
        v.put("description", c.description());
        v.put("url", base.substring(0, base.length() - path.length()));
        v.put("baseurl", path.substring(0, path.length() - 1));
        return new SiteVariables(Map.copyOf(v), base);
    }

    /** The value of {@code name} ({@code repository}, {@code params.repository}), or null. */
    String get(String name) {
        return values.get(name);
    }
}
