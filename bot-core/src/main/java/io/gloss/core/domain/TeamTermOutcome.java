package io.gloss.core.domain;

/** What became of a {@code /gloss term set|remove}: adapters render each in their own markup. */
public enum TeamTermOutcome {
  /** The explanation is saved for the workspace. */
  SAVED,
  /** The workspace's explanation is removed. */
  REMOVED,
  /** The workspace has no explanation of that term (nothing removed). */
  NOT_IN_GLOSSARY,
  /** Only workspace admins may change the team glossary. */
  ADMINS_ONLY,
  /** The term or explanation is missing. */
  EMPTY,
  /** The term is longer than the limit. */
  TERM_TOO_LONG,
  /** The explanation is longer than the limit. */
  EXPLANATION_TOO_LONG
}
