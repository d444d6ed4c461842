/** Pure rendering of core results as Block Kit messages; needs no Bolt app. */
@NullMarked
package io.gloss.slack.render;

import org.jspecify.annotations.NullMarked;
