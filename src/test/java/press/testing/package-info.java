/** Fixture helpers every test package uses: inline sites ({@code TestSite}), built trees and golden folders ({@code SiteFixture}), generated posts, command runs ({@code CliRun}). */
package press.testing;
