/** Turns the old alphanode site's exported plain-text pages into press posts (front matter + Markdown). */
package press.importer;
