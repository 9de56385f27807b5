/** The site's settings ({@code content/site.yaml}) and the YAML reading that keeps line and column for every value. */
package press.config;
