package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * How a table or diagram is rendered: the width of a plain-text column, the decimals of a
 * percentage, and the locale of the labels, such as {@code RenderOptions.defaults()
 * .withPercentDecimals(0).withLocale(Locale.FRENCH)}.
 *
 * <p>The locale chooses the words of labels and headings only; numbers, dates and identifiers are
 * always written the same way (ASCII digits, ISO dates), so that a rendering can be read back and
 * compared whatever the locale. Immutable and thread-safe.
 */
public final class RenderOptions {
  /** The narrowest column of plain text. */
  public static final int MIN_COLUMN_WIDTH = 10;

  /** The widest column of plain text: wider ones would only make a rendering huge. */
  public static final int MAX_COLUMN_WIDTH = 1_000;

  /** The most decimals a percentage is shown with. */
  public static final int MAX_PERCENT_DECIMALS = 10;

  private static final RenderOptions DEFAULTS = new RenderOptions(24, 1, Locale.ENGLISH);

  private final int columnWidth;
  private final int percentDecimals;
  private final Locale locale;

  private RenderOptions(int columnWidth, int percentDecimals, Locale locale) {
    this.columnWidth = columnWidth;
    this.percentDecimals = percentDecimals;
    this.locale = locale;
  }

  /**
   * Returns the defaults: columns of 24 characters, percentages with one decimal, English labels.
   *
   * @return the default options
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the width of a column of plain text, where a renderer wraps long texts.
   *
   * @return from {@value #MIN_COLUMN_WIDTH} to {@value #MAX_COLUMN_WIDTH}
   */
  public int columnWidth() {
    return columnWidth;
  }

  /**
   * Returns the number of decimals a percentage is shown with, rounded half-even.
   *
   * @return from 0 to {@value #MAX_PERCENT_DECIMALS}
   */
  public int percentDecimals() {
    return percentDecimals;
  }

  /**
   * Returns the locale of labels and headings.
   *
   * @return the locale; English where a label has no translation
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a copy with another column width.
   *
   * @param width from {@value #MIN_COLUMN_WIDTH} to {@value #MAX_COLUMN_WIDTH}
   * @return the copy
   * @throws InvalidValueException if the width is outside that range
   */
  public RenderOptions withColumnWidth(int width) {
    if (width < MIN_COLUMN_WIDTH || width > MAX_COLUMN_WIDTH) {
      throw new InvalidValueException(
          "columnWidth", width, "from " + MIN_COLUMN_WIDTH + " to " + MAX_COLUMN_WIDTH);
    }
    return new RenderOptions(width, percentDecimals, locale);
  }

  /**
   * Returns a copy that shows percentages with another number of decimals.
   *
   * @param decimals from 0 to {@value #MAX_PERCENT_DECIMALS}
   * @return the copy
   * @throws InvalidValueException if the number is outside that range
   */
  public RenderOptions withPercentDecimals(int decimals) {
    if (decimals < 0 || decimals > MAX_PERCENT_DECIMALS) {
      throw new InvalidValueException(
          "percentDecimals", decimals, "from 0 to " + MAX_PERCENT_DECIMALS);
    }
    return new RenderOptions(columnWidth, decimals, locale);
  }

  /**
   * Returns a copy whose labels are in another locale.
   *
   * @param locale the locale of labels; English, French and Spanish are translated
   * @return the copy
   */
  public RenderOptions withLocale(Locale locale) {
    return new RenderOptions(columnWidth, percentDecimals, requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RenderOptions that
        && columnWidth == that.columnWidth
        && percentDecimals == that.percentDecimals
        && locale.equals(that.locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columnWidth, percentDecimals, locale);
  }

  @Override
  public String toString() {
    return "RenderOptions{columnWidth="
        + columnWidth
        + ", percentDecimals="
        + percentDecimals
        + ", locale="
        + locale.toLanguageTag()
        + "}";
  }
}
