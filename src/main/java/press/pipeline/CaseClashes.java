package press.pipeline;

import press.config.SiteConfig.TaxonomyConfig;
import press.model.Post;
import press.model.Site;
import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spellings that differ only in case: a term ({@code Java} and {@code java} share one page, under one
 * of the names), and slugs (on a case-insensitive disk or server, two pages in one place).
 */
final class CaseClashes {
    private CaseClashes() {}

    static void check(Site site, Problems problems) {
        List<Post> posts = site.posts().stream().sorted(Comparator.comparing(Post::source)).toList();
        Map<String, Post> slugs = new HashMap<>();
        for (Post p : posts) {
            Post first = slugs.putIfAbsent(p.slug().toLowerCase(Locale.ROOT), p);
            if (first != null && !first.slug().equals(p.slug())) {
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "slug \"" + p.slug() + "\" differs only in case from \""
                        + first.slug() + "\" of " + first.source() + ", expected slugs that differ in more than case");
            }
        }
        for (TaxonomyConfig tc : site.config().taxonomies()) {
            Map<String, String[]> seen = new HashMap<>(); // lowercase -> {spelling, file}
            for (Post p : posts) {
                for (String raw : p.terms(tc.field())) {
                    String value = raw.strip();
                    String[] first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), new String[] {value, p.source()});
                    if (first != null && !first[0].equals(value)) {
                        problems.add(SourcePos.of(Path.of(p.source()), 0, 0), tc.field() + ": \"" + value + "\" differs only in case from \""
                                + first[0] + "\" in " + first[1] + ", expected one spelling");
                    }
                }
            }
        }
    }
}
