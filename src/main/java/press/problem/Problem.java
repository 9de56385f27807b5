package press.problem;

/** One thing wrong with the input, where it is, and what was expected. */
public record Problem(SourcePos pos, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return pos + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
