package press.content;

import press.config.SiteConfig;

import java.util.Map;
import java.util.TreeMap;

/**
 * The site's values a body may print: Jekyll's {@code {{ site.x }}} and Hugo's {@code {{< param x >}}}
 * (after the page's own fields). {@code title}, {@code description}, {@code url} (the scheme and host,
 * as Jekyll's {@code site.url}), {@code baseurl} (the base path without its last {@code /}, empty at the
 * root, as Jekyll's {@code site.baseurl}), and every entry of {@code params:}, as {@code x} and {@code params.x}.
 * {@code liquidInCode}: whether fenced code is read by Liquid too, as Jekyll reads the whole file (so
 * {@code {% raw %}} tags there vanish); false in a Hugo site's folder, where Liquid means nothing.
 */
record SiteVariables(Map<String, String> values, String baseUrl, boolean liquidInCode) {
    static final SiteVariables NONE = new SiteVariables(Map.of(), "/", false);

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
        return new SiteVariables(Map.copyOf(v), base, false);
    }

    /** These values, with fenced code read by Liquid when {@code liquid} (a site folder not shaped as Hugo's). */
    SiteVariables withLiquidInCode(boolean liquid) {
        return new SiteVariables(values, baseUrl, liquid);
    }

    /** The value of {@code name} ({@code repository}, {@code params.repository}), or null. */
    String get(String name) {
        return values.get(name);
    }
}
