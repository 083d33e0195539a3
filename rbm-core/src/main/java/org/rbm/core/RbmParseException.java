package org.rbm.core;

/**
 * Thrown when text does not have the form a {@code parse} method expects, such as {@code 2008-9}
 * given to {@code PlanningPeriod.parse}. The message quotes the input (its first 200 characters, if
 * longer) and states the expected form; {@link #input()} keeps all of it.
 */
public class RbmParseException extends RbmException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Creates an exception for text that could not be parsed.
   *
   * @param what the kind of value that was being parsed, such as {@code planning period}
   * @param input the text that was given
   * @param expected the expected form, such as {@code two years in ILO notation, like 2008-09}
   */
  public RbmParseException(String what, CharSequence input, String expected) {
    super(what + ": cannot parse " + quote(input) + ", expected " + expected);
    this.input = input.toString();
  }

  /**
   * Creates an exception for text that could not be parsed because of an invalid value.
   *
   * @param what the kind of value that was being parsed
   * @param input the text that was given
   * @param cause the invariant the parsed value would have broken
   */
  public RbmParseException(String what, CharSequence input, InvalidValueException cause) {
    super(what + ": cannot parse " + quote(input) + ": " + cause.getMessage(), cause);
    this.input = input.toString();
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the input, as given
   */
  public String input() {
    return input;
  }
}
