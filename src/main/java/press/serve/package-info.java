/** The preview server: serves the output folder safely on loopback, rebuilds on saves and tells open pages to reload. */
package press.serve;
