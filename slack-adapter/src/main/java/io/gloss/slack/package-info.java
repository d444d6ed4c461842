/**
 * The Slack adapter: a thin translator between Bolt for Java and the core use cases. Entry point:
 * {@link io.gloss.slack.SlackBot}.
 */
@NullMarked
package io.gloss.slack;

import org.jspecify.annotations.NullMarked;
