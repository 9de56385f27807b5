package press.importer;

import press.problem.BuildException;
import press.problem.Problem;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports the old alphanode site's exported pages as posts. {@link #convert} turns one page into
 * a post file's text with no IO; {@link #run} does a whole batch: finds the pages, converts
 * them, and writes each post unless an author has edited the copy already there.
 */
public final class Importer {
    private Importer() {}

    /** One page to one post; throws with every problem of the page when it cannot be imported. */
    public static ImportedPost convert(String fileName, byte[] bytes, ImportOptions options) {
        List<Problem> errors = new ArrayList<>();
        ImportedPost post = PageConverter.convert(fileName, bytes, options, errors);
        if (post != null) return post;
        Problems p = new Problems();
        errors.forEach(p::add);
        throw new BuildException("import", p);
    }

    public static ImportedPost convert(String fileName, byte[] bytes, press.config.SiteConfig.ImportConfig config) {
        return convert(fileName, bytes, ImportOptions.from(config));
    }

    public static ImportReport run(List<Path> inputs, Path into, boolean force, boolean dryRun) {
        return run(inputs, into, force, dryRun, ImportOptions.defaults());
    }

    /**
     * Imports pages (files, or folders walked for {@code *.txt}) into {@code into} as
     * {@code <slug>.md}. Pages are taken in sorted path order, so which of two same-slug pages
     * fails does not depend on the order of the arguments.
     */
    public static ImportReport run(List<Path> inputs, Path into, boolean force, boolean dryRun, ImportOptions options) {
        List<ImportReport.Outcome> out = new ArrayList<>();
        TreeMap<String, Path> pages = new TreeMap<>();
        for (Path in : inputs) collect(in, pages, out);
        Map<String, String> slugOwner = new HashMap<>();
        for (Map.Entry<String, Path> e : pages.entrySet()) {
            out.add(importOne(e.getKey(), e.getValue(), into, force, dryRun, options, slugOwner));
        }
        return new ImportReport(List.copyOf(out), dryRun);
    }

    private static void collect(Path in, TreeMap<String, Path> pages, List<ImportReport.Outcome> out) {
        String name = SourcePos.display(in);
        if (Files.isRegularFile(in)) {
            pages.put(name, in);
        } else if (Files.isDirectory(in)) {
            int before = pages.size();
            try (Stream<Path> walk = Files.walk(in)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .forEach(p -> pages.put(SourcePos.display(p), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add(failed(name, null, new Problem(new SourcePos(name, 0, 0), "cannot read the folder: " + e.getMessage())));
                return;
            }
            if (pages.size() == before) {
                out.add(new ImportReport.Outcome(name, null, ImportReport.Action.NO_PAGES,
                        List.of(new Problem(new SourcePos(name, 0, 0), "warning: no *.txt pages in this folder"))));
            }
        } else {
            out.add(failed(name, null, new Problem(new SourcePos(name, 0, 0),
                    "no such file or folder, expected an export page (.txt) or a folder of them")));
        }
    }

    private static ImportReport.Outcome importOne(String name, Path page, Path into, boolean force, boolean dryRun,
                                                  ImportOptions options, Map<String, String> slugOwner) {
        ImportedPost post;
        try {
            post = convert(name, Files.readAllBytes(page), options);
        } catch (IOException e) {
            return failed(name, null, new Problem(new SourcePos(name, 0, 0), "cannot read the page: " + e.getMessage()));
        } catch (BuildException e) {
            return new ImportReport.Outcome(name, null, ImportReport.Action.FAILED, e.problems().sorted());
        }
        Path target = into.resolve(post.slug() + ".md");
        String shown = SourcePos.display(target);
        String owner = slugOwner.putIfAbsent(post.slug(), name);
        if (owner != null) {
            List<Problem> ps = new ArrayList<>(post.warnings());
            ps.add(new Problem(new SourcePos(name, 1, 0), "slug \"" + post.slug() + "\" is already taken by " + owner
                    + " in this import, expected each page to have its own title; change one of the titles"));
            return new ImportReport.Outcome(name, shown, ImportReport.Action.FAILED, sorted(ps));
        }
        byte[] bytes = post.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportReport.Action action;
        try {
            if (!Files.exists(target)) action = ImportReport.Action.IMPORTED;
            else if (Arrays.equals(Files.readAllBytes(target), bytes)) action = ImportReport.Action.UNCHANGED;
            else action = force ? ImportReport.Action.OVERWRITTEN : ImportReport.Action.SKIPPED;
            if (!dryRun && (action == ImportReport.Action.IMPORTED || action == ImportReport.Action.OVERWRITTEN)) write(target, bytes);
        } catch (IOException e) {
            List<Problem> ps = new ArrayList<>(post.warnings());
            ps.add(new Problem(new SourcePos(shown, 0, 0), "cannot write the post: " + e));
            return new ImportReport.Outcome(name, shown, ImportReport.Action.FAILED, sorted(ps));
        }
        return new ImportReport.Outcome(name, shown, action, sorted(post.warnings()));
    }

    /** Through a temporary file in the same folder, so an interrupted run never leaves half a post. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".import-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static ImportReport.Outcome failed(String name, String output, Problem p) {
        return new ImportReport.Outcome(name, output, ImportReport.Action.FAILED, List.of(p));
    }

    private static List<Problem> sorted(List<Problem> ps) {
        List<Problem> copy = new ArrayList<>(ps);
        java.util.Collections.sort(copy);
        return List.copyOf(copy);
    }
}
