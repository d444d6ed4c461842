/**
 * The daily digest: when each channel's digest is due ({@link
 * io.gloss.core.digest.DigestSchedule}), what it holds ({@link io.gloss.core.digest.DigestPlanner},
 * stories grouped by {@link io.gloss.core.digest.StoryGrouper}), and running it exactly once across
 * instances and restarts ({@link io.gloss.core.digest.DigestRunner}, driven by {@link
 * io.gloss.core.digest.DigestScheduler}). Platforms only render and post ({@link
 * io.gloss.core.port.out.DigestPoster}).
 */
@NullMarked
package io.gloss.core.digest;

import org.jspecify.annotations.NullMarked;
