/** Files to posts: scanning content/, splitting and binding front matter, rendering Markdown. */
package press.content;
