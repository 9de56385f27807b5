package press.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of a stage so a build reports them all together. Thread-safe, since
 * posts are parsed in parallel; {@link #sorted()} gives a stable order whatever the thread timing.
 * Past {@link #CAP} problems only the count grows, so a broken folder of 50,000 posts does not
 * print 50,000 lines.
 */
public final class Problems {
    public static final int CAP = 50;

    private final List<Problem> kept = new ArrayList<>();
    private final java.util.Set<Problem> seen = new java.util.HashSet<>();
    private int total;

    /** Adds a problem; the same problem at the same place twice counts once. */
    public synchronized void add(Problem p) {
        if (!seen.add(p)) return;
        total++;
        kept.add(p);
    }

    public void add(SourcePos pos, String message) {
        add(new Problem(pos, message));
    }

    public synchronized void addAll(Problems other) {
        for (Problem p : other.sorted()) add(p);
    }

    public synchronized boolean isEmpty() {
        return total == 0;
    }

    public synchronized int total() {
        return total;
    }

    /** Every problem, sorted by file, line, column and message. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(kept);
        Collections.sort(copy);
        return copy;
    }

    /** At most {@link #CAP} problems, sorted; {@link #total()} tells how many there were. */
    public synchronized List<Problem> shown() {
        List<Problem> all = sorted();
        return all.size() <= CAP ? all : all.subList(0, CAP);
    }

    /** Throws a {@link BuildException} carrying these problems if there are any. */
    public void throwIfAny(String stage) {
        if (!isEmpty()) throw new BuildException(stage, this);
    }
}
