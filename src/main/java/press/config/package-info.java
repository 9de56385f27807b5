/**
 * The site's settings ({@code content/site.yaml}): their version, keys read under other names and
 * the text rewrite that migrates them, and the YAML reading that keeps line and column for every value.
 */
package press.config;
