/**
 * How Gloss backs off when a chat platform says "too many requests":{@link
 * io.gloss.core.retry.RetryAfterPolicy}, shared by the Slack and Discord adapters.
 */
@NullMarked
package io.gloss.core.retry;

import org.jspecify.annotations.NullMarked;
