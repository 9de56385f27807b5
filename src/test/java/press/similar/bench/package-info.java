/** The JMH benchmark of the similar-post finder; run by hand, never by {@code mvn verify}. */
package press.similar.bench;
