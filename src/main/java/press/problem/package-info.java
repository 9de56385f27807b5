/** Problems found in a site's input: a position in a file, a message, and the collector that gathers them; and how counts are worded in messages ({@link press.problem.Counted}). */
package press.problem;
