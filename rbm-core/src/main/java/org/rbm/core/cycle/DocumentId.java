package org.rbm.core.cycle;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a document of the programme cycle, such as {@code SPF-2010-15} for a Strategic Policy
 * Framework or {@code PB-2008-09} for a Programme and Budget. Immutable and thread-safe; see {@link
 * Identifier} for the form.
 */
public final class DocumentId extends Identifier {
  private DocumentId(String code) {
    super("document id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code SPF-2010-15}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static DocumentId of(String code) {
    return new DocumentId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static DocumentId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("document id", text, e);
    }
  }
}
