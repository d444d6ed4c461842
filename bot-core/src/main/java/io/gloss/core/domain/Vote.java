package io.gloss.core.domain;

/** A reader's 👍 or 👎 on a reply. */
public enum Vote {
  UP(1),
  DOWN(-1);

  private final int value;

  Vote(int value) {
    this.value = value;
  }

  /** +1 or -1, as stored. */
  public int value() {
    return value;
  }

  public static Vote ofValue(int value) {
    return value > 0 ? UP : DOWN;
  }
}
