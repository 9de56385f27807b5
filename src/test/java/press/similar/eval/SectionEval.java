package press.similar.eval;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.config.SiteConfig;
import press.content.MarkdownRenderer;
import press.similar.BodyWords;
import press.similar.Match;
import press.similar.SimilarFinder;
import press.similar.SimilarInput;
import press.similar.SimilarTerms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Body-only similarity on a real documentation tree whose sections give the ground truth:
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=press.similar.eval.SectionEval -Dexec.args="DIR SECTION..."</pre>
 * Each SECTION is a folder under DIR; its {@code .html} (mdBook pages: the {@code <main>} element,
 * the title before " - "), {@code .md} (rendered with the build's renderer, front matter {@code title:}
 * or the first heading) and {@code .rst} files (plain text, the first line as title) become posts
 * with no tags, stacks or problem. Dates are spread by a hash of the path, so sections interleave in
 * time as on a real site. Prints the share of links into the post's own section, and the share a
 * "newest posts" list would reach. Accepts the {@code -Dsimilar.*} settings of {@link SimilarEval}.
 */
public final class SectionEval {
    private SectionEval() {}

    record Doc(String section, SimilarInput input) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Doc> docs = new ArrayList<>();
        MarkdownRenderer md = new MarkdownRenderer(false);
        for (int a = 1; a < args.length; a++) {
            String section = args[a];
            List<Path> files;
            try (Stream<Path> s = Files.walk(root.resolve(section))) {
                files = s.filter(p -> p.toString().matches(".*\\.(html|md|rst)$")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.equals("print.html") || name.equals("toc.html") || name.equals("404.html")) continue;
                String[] titleAndHtml = read(f, md);
                if (titleAndHtml[1].length() < 200) continue; // redirects and empty stubs
                String key = root.relativize(f).toString();
                long date = 1_500_000_000L + Math.floorMod(key.hashCode() * 2654435761L, 200_000_000L);
                SimilarInput in = SimilarTerms.of(date, key, titleAndHtml[0], "", List.of(), List.of(), List.of(), List.of());
                docs.add(new Doc(section, SimilarTerms.withWords(in, BodyWords.of(titleAndHtml[0], titleAndHtml[1]))));
            }
        }
        List<SimilarInput> inputs = docs.stream().map(Doc::input).toList();
        long t0 = System.nanoTime();
        List<List<Match>> found = new SimilarFinder(SimilarEval.tuned(SiteConfig.defaults().similar())).find(inputs, 2);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int links = 0;
        int same = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (Match m : found.get(i)) {
                links++;
                same += docs.get(m.post()).section().equals(docs.get(i).section()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d posts in %d sections, %d links, own section %.4f, newest posts %.4f, find %d ms%n",
                root, docs.size(), args.length - 1, links, same / (double) Math.max(1, links), newest(docs), ms);
    }

    /** Title and body text (code blocks left out) of one file. */
    private static String[] read(Path f, MarkdownRenderer md) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString();
        if (name.endsWith(".html")) {
            Document d = Jsoup.parse(text);
            Element main = d.selectFirst("main");
            String title = d.title();
            int dash = title.lastIndexOf(" - ");
            Element body = main == null ? d.body() : main;
            body.select("pre").remove();
            return new String[] {dash < 0 ? title : title.substring(0, dash), body.wholeText()};
        }
        if (name.endsWith(".md")) {
            String title = "";
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                for (String line : text.substring(4, Math.max(4, end)).split("\n")) {
                    if (line.startsWith("title:")) title = line.substring(6).strip();
                }
                text = end < 0 ? text : text.substring(end + 5);
            }
            if (title.isEmpty()) {
                title = text.lines().filter(l -> l.startsWith("#")).findFirst().orElse(name).replaceFirst("^#+\\s*", "");
            }
            return new String[] {title, md.render(text).text().withoutCode()};
        }
        String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(name).strip();
        return new String[] {title, "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>"};
    }

    private static double newest(List<Doc> docs) {
        List<Integer> byDate = IntStream.range(0, docs.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -docs.get(i).input().epochSecond())
                        .thenComparing(i -> docs.get(i).input().key())).toList();
        long same = 0;
        for (int i = 0; i < docs.size(); i++) {
            int taken = 0;
            for (int j : byDate) {
                if (j == i) continue;
                same += docs.get(j).section().equals(docs.get(i).section()) ? 1 : 0;
                if (++taken == 5) break;
            }
        }
        return same / (5.0 * Math.max(1, docs.size()));
    }
}
