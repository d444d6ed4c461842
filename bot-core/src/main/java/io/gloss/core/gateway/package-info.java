/**
 * Chat-platform gateways run by several instances: the identify gate that paces Discord shard
 * logins across every process sharing the store.
 */
@NullMarked
package io.gloss.core.gateway;

import org.jspecify.annotations.NullMarked;
