package org.rbm.core.results;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a framework among the frameworks an application knows, such as {@code PB-2008-09} or
 * the IATI activity identifier {@code GB-COH-123456/ABC 7}. Wider than the other {@link
 * Identifier}s, so that every activity identifier IATI's schema allows (an {@code xsd:string}) can
 * be a framework's id: 1 to {@value #MAX_LENGTH} characters, any but control characters, line and
 * paragraph separators and unpaired surrogates, with no white space at either end. (The bound
 * matches the store's keys; a framework id never stands in a location path.) Immutable and
 * thread-safe.
 */
public final class FrameworkId extends Identifier {
  /** The most characters (UTF-16 units) of a framework id. */
  public static final int MAX_LENGTH = 200;

  /** The expected form, as a message fragment. */
  public static final String EXPECTED_FORM =
      "1 to 200 characters without control characters, line breaks or white space at either end";

  private FrameworkId(String code) {
    super("framework id", code, FrameworkId::wellFormed, EXPECTED_FORM);
  }

  private static boolean wellFormed(String code) {
    if (code.isEmpty() || code.length() > MAX_LENGTH
        || Character.isWhitespace(code.codePointAt(0))
        || Character.isWhitespace(code.codePointBefore(code.length()))) {
      return false;
    }
    return code.codePoints().noneMatch(c -> {
      int type = Character.getType(c);
      return type == Character.CONTROL || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    });
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code PB-2008-09}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form described above
   */
  public static FrameworkId of(String code) {
    return new FrameworkId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static FrameworkId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("framework id", text, e);
    }
  }
}
