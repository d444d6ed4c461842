/**
 * The conversation core behind {@code port.in}: what Slack and Discord share (team glossary and its
 * layer over replies, feedback, event claims), so that both platforms behave alike and each
 * workspace sees only its own data.
 */
@NullMarked
package io.gloss.core.conversation;

import org.jspecify.annotations.NullMarked;
