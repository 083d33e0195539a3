package org.rbm.core;

/**
 * The root of the SDK's exception family: every error the SDK raises for bad input is one of its
 * subclasses, so that callers can catch one type.
 *
 * <ul>
 *   <li>{@link InvalidValueException}: a value would break an invariant of the model (a period that
 *       ends before it starts, a duplicate identifier, a parent on the wrong level);
 *   <li>{@link RbmParseException}: text that does not have the expected form;
 *   <li>further subclasses in the packages that need them (an illegal state transition, a malformed
 *       JSON document).
 * </ul>
 *
 * <p>Messages name the field, the bad value and what was expected.
 */
public abstract class RbmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message the full message, naming the field, the value and what was expected
   */
  protected RbmException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message the full message, naming the field, the value and what was expected
   * @param cause the exception that revealed the problem
   */
  protected RbmException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns the message, which the SDK always sets.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }

  /** The most characters of a bad value that a message shows. */
  static final int MAX_SHOWN = 200;

  /**
   * Cuts text for a message to {@value #MAX_SHOWN} characters, so that a hostile input of megabytes
   * does not become a message of megabytes: longer text keeps its first {@value #MAX_SHOWN}
   * characters followed by {@code ... (N characters)}. For the subclasses of other modules, whose
   * messages quote input the same way.
   *
   * @param text the text to show
   * @return the text, or its beginning and its length
   */
  protected static String abbreviated(CharSequence text) {
    if (text.length() <= MAX_SHOWN) {
      return text.toString();
    }
    return text.subSequence(0, MAX_SHOWN) + "... (" + text.length() + " characters)";
  }

  /** Quotes text for a message, cut as {@link #abbreviated} does. */
  static String quote(CharSequence text) {
    return "\"" + abbreviated(text) + "\"";
  }
}
