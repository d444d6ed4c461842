package io.gloss.core.glossary;

/**
 * What an import did.
 *
 * @param read entries read from the file
 * @param imported entries written to the glossary
 * @param skipped entries left out (blank term or explanation, repeated term, too long)
 */
public record ImportResult(int read, int imported, int skipped) {}
