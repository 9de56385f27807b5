package press.serve;

/** A request the server answers with an error status and nothing from the output folder. */
final class Refusal extends Exception {
    private final int status;

    Refusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
