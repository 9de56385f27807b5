package press.importer;

import press.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import run did, file by file, in input order (sorted paths).
 *
 * @param files  one outcome per input page (or per input path that could not be read)
 * @param dryRun whether nothing was written
 */
public record ImportReport(List<Outcome> files, boolean dryRun) {

    public enum Action {
        IMPORTED("imported", "would import"),
        OVERWRITTEN("overwrote", "would overwrite"),
        UNCHANGED("unchanged", "unchanged"),
        SKIPPED("skipped", "would skip"),
        FAILED("failed", "would fail"),
        /** an input folder without pages: reported, not counted */
        NO_PAGES("no pages", "no pages");

        private final String done;
        private final String planned;

        Action(String done, String planned) {
            this.done = done;
            this.planned = planned;
        }
    }

    /**
     * @param input    the page as given (a path with forward slashes)
     * @param output   the post file it maps to, or null when it failed before a slug was known
     * @param action   what happened
     * @param problems warnings and errors for this page, sorted by line
     */
    public record Outcome(String input, String output, Action action, List<Problem> problems) {}

    public int count(Action a) {
        return (int) files.stream().filter(f -> f.action() == a).count();
    }

    /** Pages written (new or with --force); the summary counts overwritten ones as imported. */
    public int imported() {
        return count(Action.IMPORTED) + count(Action.OVERWRITTEN);
    }

    /** 1 when any page failed, else 0; a skipped (edited) post is not a failure. */
    public int exitCode() {
        return count(Action.FAILED) > 0 ? 1 : 0;
    }

    /** Every problem of the run, in file then line order. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        for (Outcome o : files) all.addAll(o.problems());
        return all;
    }

    /** The line that says what happened to one page. */
    public String actionLine(Outcome o) {
        String verb = dryRun ? o.action().planned : o.action().done;
        if (o.action() == Action.SKIPPED) return verb + ": " + o.output() + " was edited; --force overwrites";
        if (o.output() == null) return verb + ": " + o.input();
        return verb + ": " + o.input() + " -> " + o.output();
    }

    public String summary() {
        return String.format(Locale.ROOT, "%simported %d, unchanged %d, skipped %d, failed %d",
                dryRun ? "dry run, nothing written: would have " : "",
                imported(), count(Action.UNCHANGED), count(Action.SKIPPED), count(Action.FAILED));
    }
}
