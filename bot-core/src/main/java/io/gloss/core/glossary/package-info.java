/** The glossary: stores, explanations with provenance, /define, dictionary import and export. */
@NullMarked
package io.gloss.core.glossary;

import org.jspecify.annotations.NullMarked;
