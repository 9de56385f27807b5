package press.pipeline;

/**
 * Told how a build goes, for a progress display: each step as it starts, and pages written out
 * of the total while rendering. Called from worker threads; must be cheap and thread-safe.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void step(String name) {
            // nothing shown
        }

        @Override
        public void files(int done, int total) {
            // nothing shown
        }
    };

    void step(String name);

    void files(int done, int total);
}
