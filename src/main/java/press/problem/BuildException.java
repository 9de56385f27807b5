package press.problem;

import java.util.List;

/** A stage found problems in the input; the build stops and reports all of them. */
public final class BuildException extends RuntimeException {
    private final transient Problems problems;

    public BuildException(String stage, Problems problems) {
        super(stage + ": " + Counted.of(problems.total(), "problem"));
        this.problems = problems;
    }

    public static BuildException single(String stage, SourcePos pos, String message) {
        Problems p = new Problems();
        p.add(pos, message);
        return new BuildException(stage, p);
    }

    public Problems problems() {
        return problems;
    }

    /** The problems as printed lines, capped, with a count line when some are left out. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        for (Problem p : problems.shown()) out.add(p.toString());
        int hidden = problems.total() - problems.shown().size();
        if (hidden > 0) out.add("... and " + hidden + " more " + (hidden == 1 ? "problem" : "problems"));
        return out;
    }
}
