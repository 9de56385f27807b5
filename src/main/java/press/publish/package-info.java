/**
 * Publishing a built site: releases beside the output folder ({@code site-releases/<id>/}),
 * verified before {@code site} is switched to them with one rename, rollback, and the
 * {@code build.json} manifest each release carries. Uses the output package's writer contract;
 * knows nothing of posts or templates.
 */
package press.publish;
