package press.importer;

/** One line of an export page, with its 1-based line number for messages. */
record Line(int no, String text) {
    boolean isBlank() {
        return text.isBlank();
    }

    String stripped() {
        return text.strip();
    }
}
