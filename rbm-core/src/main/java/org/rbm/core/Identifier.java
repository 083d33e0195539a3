package org.rbm.core;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The common form of the SDK's identifiers ({@code ResultId}, {@code IndicatorId}, ...): a short
 * code such as {@code OC2.1} or {@code IND-7}. An identifier is one to 64 characters: letters,
 * digits, and {@code . _ : -}, starting with a letter or digit. It has no spaces and no {@code /},
 * so that it can stand in a location path such as {@code /results/SO2/OC2.1}. A kind whose codes
 * come from elsewhere may have a wider form of its own ({@code FrameworkId} takes every IATI
 * activity identifier).
 *
 * <p>Identifiers of different kinds are never equal, even with the same code. Their {@code
 * toString()} is the code itself, and each kind's {@code parse} is its exact inverse. Immutable and
 * thread-safe.
 */
public abstract class Identifier implements Comparable<Identifier> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

  /** The expected form, as a message fragment. */
  public static final String EXPECTED_FORM =
      "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

  private final String code;

  /**
   * Checks the code's form and keeps it.
   *
   * @param field the name of the kind of identifier, for the message, such as {@code result id}
   * @param code the code
   * @throws InvalidValueException if the code does not have the form described above
   */
  protected Identifier(String field, String code) {
    if (!FORM.matcher(code).matches()) {
      throw new InvalidValueException(field, code, EXPECTED_FORM);
    }
    this.code = code;
  }

  /**
   * Checks the code against a kind's own form and keeps it: for identifiers that come from outside
   * the SDK, such as a framework's id taken from an IATI activity identifier.
   *
   * @param field the name of the kind of identifier, for the message, such as {@code framework id}
   * @param code the code
   * @param form tells whether a code has the kind's form
   * @param expectedForm the kind's form, as a message fragment
   * @throws InvalidValueException if the code does not have that form
   */
  protected Identifier(
      String field, String code, Predicate<String> form, String expectedForm) {
    if (!form.test(code)) {
      throw new InvalidValueException(field, code, expectedForm);
    }
    this.code = code;
  }

  /**
   * Returns the code, such as {@code OC2.1}.
   *
   * @return the code
   */
  public final String code() {
    return code;
  }

  /**
   * Orders identifiers of one kind by their codes, character by character; identifiers of different
   * kinds by the name of their kind first.
   */
  @Override
  public final int compareTo(Identifier other) {
    int byKind = getClass().getName().compareTo(other.getClass().getName());
    return byKind != 0 ? byKind : code.compareTo(other.code);
  }

  // getClass, not instanceof: a ResultId and an IndicatorId with the same code are not equal, and
  // the subclasses are final, so symmetry holds.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other != null && other.getClass() == getClass() && ((Identifier) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  /** Returns the code, such as {@code OC2.1}; the kind's {@code parse} reads it back. */
  @Override
  public final String toString() {
    return code;
  }
}
