/** The command line: commands, their options, exit codes, and how problems are printed. */
package press.cli;
