/** Slack text handling: link markup parsing, escaping, neutralizing mentions, safe trimming. */
@NullMarked
package io.gloss.slack.text;

import org.jspecify.annotations.NullMarked;
