/** Problems found in a site's input: a position in a file, a message, and the collector that gathers them. */
package press.problem;
