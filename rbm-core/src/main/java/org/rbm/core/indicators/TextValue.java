package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * A narrative value of a qualitative indicator, such as {@code "Policy adopted by the Council of
 * Ministers"}. Immutable and thread-safe.
 */
public final class TextValue implements Value {
  private final String text;

  private TextValue(String text) {
    this.text = text;
  }

  /**
   * Returns the value of the given narrative.
   *
   * @param text the narrative, not blank
   * @return the value
   * @throws InvalidValueException if the text is blank
   */
  public static TextValue of(String text) {
    if (requireNonNull(text, "text").isBlank()) {
      throw new InvalidValueException("value", text, "a text that is not blank");
    }
    return new TextValue(text);
  }

  /**
   * Returns the narrative.
   *
   * @return the text, not blank
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TextValue that && that.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the narrative in double quotes. */
  @Override
  public String toString() {
    return "\"" + text + "\"";
  }
}
