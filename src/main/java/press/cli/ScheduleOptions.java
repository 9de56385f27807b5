package press.cli;

import picocli.CommandLine.Option;

/** {@code --now}, {@code --future} and {@code --expired}: what scheduled content a build leaves out (a picocli mixin of build and serve). */
final class ScheduleOptions {
    @Option(names = "--now", paramLabel = "TIME", description = "the time publishDate and expiryDate are judged against, "
            + "e.g. 2024-05-01T12:00:00Z or 2024-05-01 (default: SOURCE_DATE_EPOCH; without either, they leave nothing out)")
    String now;

    @Option(names = "--future", description = "include content whose publishDate is after --now")
    boolean future;

    @Option(names = "--expired", description = "include content whose expiryDate is before --now")
    boolean expired;

    /** The "now" of the build: {@code --now}, else {@code epoch} (SOURCE_DATE_EPOCH). */
    Clock clock(String epoch) {
        return Clock.of(now, epoch);
    }

    /** What scheduled content a build with these options leaves out. */
    press.model.Schedule schedule(Clock clock) {
        return new press.model.Schedule(clock.now(), future, expired);
    }
}
