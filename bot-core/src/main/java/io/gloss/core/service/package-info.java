@NullMarked
package io.gloss.core.service;

import org.jspecify.annotations.NullMarked;
