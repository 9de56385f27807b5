/** The build pipeline: config, scan, parse, assemble, plan, render, write; its options and result. */
package press.pipeline;
