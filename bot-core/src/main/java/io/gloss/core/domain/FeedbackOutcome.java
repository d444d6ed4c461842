package io.gloss.core.domain;

/** What a 👍/👎 did. */
public enum FeedbackOutcome {
  /** The user's first vote on the reply. */
  RECORDED,
  /** The user changed an earlier vote. */
  CHANGED,
  /** The same vote again: nothing counted twice. */
  UNCHANGED
}
