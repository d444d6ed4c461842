/**
 * Running Gloss as a service: logging set-up, the operations HTTP server ({@code /healthz}, {@code
 * /readyz}, {@code /metrics}), Micrometer metrics, build information and the clean shutdown.
 */
@NullMarked
package io.gloss.config.ops;

import org.jspecify.annotations.NullMarked;
