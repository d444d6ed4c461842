/**
 * The Discord adapter: translates JDA events into core use cases and renders core results as
 * Discord messages (embeds, buttons), with allowed mentions empty on every send.
 */
@NullMarked
package io.gloss.discord;

import org.jspecify.annotations.NullMarked;
