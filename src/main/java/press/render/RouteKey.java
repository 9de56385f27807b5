package press.render;


/**
 * The key of a page ({@link Route.Page#key()}): a digest of everything its view is made from,
 * computed from the site model without making the view (no head, JSON-LD or meta box built,
 * nothing walked by reflection). An output writer that finds a page's key equal to the one the
 * last build stored for that path keeps the page without making its view. Each part is spelt
 * into bytes length-first, so two different inputs cannot spell the same key. A key is only sound when
 * every input of the view is added to it: {@code RouteKeyTest} checks that equal keys mean equal
 * views ({@code ViewDigest}) over edited sites. {@link SearchInput} spells a post's search input with it too.
 */
final class RouteKey {
    /**
     * Each thread's spellings not in use: a key takes one and gives it back when digested (a key
     * made while another is, such as a neighbour's part of a post's key, takes another). A fresh
     * 2 KB buffer per key was a tenth of a one-post rebuild's allocation.
     */
    private static final ThreadLocal<java.util.ArrayDeque<press.digest.Spelling>> FREE = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private press.digest.Spelling spelt;

    RouteKey(String context) {
        press.digest.Spelling free = FREE.get().poll();
        spelt = free != null ? free : new press.digest.Spelling();
        add(context);
    }

    /** Adds a text (null and "" are told apart; see {@link press.digest.Spelling}). */
    RouteKey add(String s) {
        spelt.add(s);
        return this;
    }

    /** Adds texts: their count, then each (no list text is made, as {@link #add(Object)} would). */
    RouteKey add(java.util.List<String> texts) {
        spelt.add(texts.size());
        for (String t : texts) spelt.add(t);
        return this;
    }

    /** Adds a value by its {@code toString()}: a record of texts, numbers, lists and maps. */
    RouteKey add(Object o) {
        return add(o == null ? null : o.toString());
    }

    RouteKey add(long n) {
        spelt.add(n);
        return this;
    }

    RouteKey add(boolean b) {
        spelt.add(b);
        return this;
    }

    /** Adds a time as its instant and offset (all an {@code OffsetDateTime} holds), without formatting it. */
    RouteKey add(java.time.OffsetDateTime t) {
        spelt.add(t);
        return this;
    }

    RouteKey add(java.time.LocalDate d) {
        return d == null ? add((String) null) : add(d.toEpochDay());
    }

    /**
     * A key started with what a list or a link shows of {@code p}: its title, date, summary and
     * reading time, by their digest ({@link press.model.Post.Digests#listed}) when it has one.
     */
    static RouteKey listed(press.model.Post p) {
        return new RouteKey("listed").addListed(p);
    }

    /** Adds what a list or a link shows of {@code p} (as {@link #listed}), in a key being spelt. */
    RouteKey addListed(press.model.Post p) {
        if (p.digests() != null) return add(p.digests().listed());
        return add(p.title()).add(p.date()).add(p.summary()).add(p.readingTime());
    }

    /** The key; this object is done with after it (its spelling goes back to the thread's free ones). */
    String digest() {
        String d = spelt.hex();
        FREE.get().push(spelt.reset());
        spelt = null;
        return d;
    }
}
