/** Compact binary files for what press keeps between runs (the build cache): strings written once, read back fast. */
package press.store;
