package press.importer;

import press.problem.Counted;
import press.content.Slugs;
import press.problem.Problem;
import press.problem.SourcePos;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One export page to one post file: the steps in order, each collecting its problems. */
final class PageConverter {
    private PageConverter() {}

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Keys the importer writes itself; a meta field with one of these names is renamed. */
    private static final Set<String> OWN_KEYS = Set.of("title", "date", "slug", "tags");

    /** The post, or null when {@code errors} got at least one problem. */
    static ImportedPost convert(String file, byte[] bytes, ImportOptions options, List<Problem> errors) {
        List<Problem> warnings = new ArrayList<>();
        List<Line> lines = PageDecoder.decode(file, bytes, errors);
        if (lines == null) return null;
        ExportPage page = ExportPage.split(lines);
        if (page == null) {
            errors.add(new Problem(new SourcePos(file, 1, 0), "no title line, expected the article title before its text"));
            return null;
        }

        List<FmValue.Field> meta = new ArrayList<>();
        if (page.meta() == null) {
            warnings.add(new Problem(new SourcePos(file, 1, 0), "warning: no \"" + ExportPage.META_MARKER
                    + "\" block; the post lacks " + String.join(", ", MetaField.EXPECTED)));
        } else {
            meta.addAll(MetaParser.parse(file, page.meta(), page.endsWithSimilar(), errors, warnings));
            if (meta.isEmpty() && errors.isEmpty()) {
                errors.add(new Problem(new SourcePos(file, page.metaMarkerLine(), 0), "\"" + ExportPage.META_MARKER
                        + "\" is followed by no fields, expected lines like \"topic...\"; is the page truncated?"));
            }
            List<String> lacking = MetaField.EXPECTED.stream()
                    .filter(l -> meta.stream().noneMatch(f -> f.key().equals(MetaField.keyOf(l)))).toList();
            if (!lacking.isEmpty() && !meta.isEmpty()) {
                warnings.add(new Problem(new SourcePos(file, page.metaMarkerLine(), 0),
                        "warning: the meta block lacks " + String.join(", ", lacking)));
            }
        }
        if (!page.similar().isEmpty()) {
            warnings.add(new Problem(new SourcePos(file, page.similar().get(0).no(), 0), "warning: "
                    + Counted.of(page.similar().size(), "line") + " after \"Similar Posts\" kept as similar_posts; the site computes its own"));
            meta.add(new FmValue.Field("similar_posts",
                    new FmValue.Seq(page.similar().stream().map(l -> (FmValue) new FmValue.Str(l.stripped())).toList())));
        }

        String title = page.title().stripped();
        String slug = Slugs.of(title);
        if (slug.isEmpty()) {
            errors.add(new Problem(new SourcePos(file, page.title().no(), 0),
                    "the title \"" + title + "\" gives an empty slug, expected a title with letters or digits"));
        }
        String date = date(file, page, meta, options, errors, warnings);

        String language = meta.stream().filter(f -> f.key().equals("code_language") && f.value() instanceof FmValue.Str)
                .map(f -> ((FmValue.Str) f.value()).text()).findFirst().orElse(null);
        List<Block> blocks = BodyParser.parse(page.body());
        if (blocks.isEmpty()) {
            warnings.add(new Problem(new SourcePos(file, page.title().no(), 0),
                    "warning: the page has no text after its title; the post body is empty"));
        }
        String body = MarkdownWriter.write(file, blocks, imageSources(meta), language, warnings);
        if (!errors.isEmpty()) return null;

        List<FmValue.Field> fm = new ArrayList<>();
        fm.add(new FmValue.Field("title", new FmValue.Str(title)));
        fm.add(new FmValue.Field("date", new FmValue.Date(date)));
        fm.add(new FmValue.Field("slug", new FmValue.Str(slug)));
        for (FmValue.Field f : meta) {
            if (OWN_KEYS.contains(f.key())) {
                warnings.add(new Problem(new SourcePos(file, page.metaMarkerLine(), 0), "warning: meta field \"" + f.key()
                        + "\" kept as export_" + f.key() + " because the importer writes " + f.key() + " itself"));
                fm.add(new FmValue.Field("export_" + f.key(), f.value()));
            } else {
                fm.add(f);
            }
        }
        fm.add(new FmValue.Field("tags", tags(file, meta, options, warnings)));
        return new ImportedPost(slug, ImportedFrontMatter.write(fm) + "\n" + body, List.copyOf(warnings));
    }

    private static String date(String file, ExportPage page, List<FmValue.Field> meta, ImportOptions options,
                               List<Problem> errors, List<Problem> warnings) {
        FmValue rev = meta.stream().filter(f -> f.key().equals("revision")).map(FmValue.Field::value).findFirst().orElse(null);
        FmValue reviewed = rev instanceof FmValue.Map m ? m.get("last_reviewed") : null;
        if (reviewed instanceof FmValue.Str s) {
            try {
                if (ISO_DATE.matcher(s.text()).matches()) return LocalDate.parse(s.text()).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
            errors.add(new Problem(new SourcePos(file, lineOf(page, "last reviewed"), 0),
                    "revision last reviewed is \"" + s.text() + "\", expected a date as YYYY-MM-DD"));
            return "";
        }
        warnings.add(new Problem(new SourcePos(file, 1, 0), "warning: no revision last reviewed, so date is "
                + options.fallbackDate() + " (the import's fallback date); set the real date in the post"));
        return options.fallbackDate().toString();
    }

    private static int lineOf(ExportPage page, String text) {
        if (page.meta() != null) for (Line l : page.meta()) if (l.text().contains(text)) return l.no();
        return page.metaMarkerLine();
    }

    private static List<MarkdownWriter.ImageSource> imageSources(List<FmValue.Field> meta) {
        List<MarkdownWriter.ImageSource> out = new ArrayList<>();
        for (FmValue.Field f : meta) {
            if (!f.key().equals("image_sources") || !(f.value() instanceof FmValue.Seq seq)) continue;
            for (FmValue item : seq.items()) {
                if (item instanceof FmValue.Map m && m.get("caption") instanceof FmValue.Str c
                        && m.get("url") instanceof FmValue.Str u) {
                    FmValue src = m.get("source");
                    out.add(new MarkdownWriter.ImageSource(c.text(), u.text(),
                            src instanceof FmValue.Str s ? s.text() : ""));
                }
            }
        }
        return out;
    }

    private static FmValue tags(String file, List<FmValue.Field> meta, ImportOptions options, List<Problem> warnings) {
        String key = MetaField.keyOf(options.tagsFrom());
        FmValue v = meta.stream().filter(f -> f.key().equals(key)).map(FmValue.Field::value).findFirst().orElse(null);
        if (v instanceof FmValue.Seq s && s.items().stream().allMatch(i -> i instanceof FmValue.Str)) return s;
        if (v instanceof FmValue.Str s) return new FmValue.Seq(List.of(s));
        warnings.add(new Problem(new SourcePos(file, 1, 0), "warning: tags come from \"" + key + "\", which the page "
                + (v == null ? "does not have" : "has but not as a list of text") + "; tags is empty"));
        return new FmValue.Seq(List.of());
    }
}
