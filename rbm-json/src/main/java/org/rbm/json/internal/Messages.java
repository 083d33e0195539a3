package org.rbm.json.internal;

/**
 * Splits the model's messages, {@code <field>: got <value>, expected <what>}, into what was found
 * and what was expected, so that a broken invariant reads like every other JSON error.
 */
final class Messages {
  private static final String EXPECTED = ", expected ";
  private static final int MAX_LENGTH = 60;

  private Messages() {}

  static String found(String message, String field) {
    String rest = !field.isEmpty() && message.startsWith(field + ": ")
        ? message.substring(field.length() + 2)
        : message;
    int at = rest.indexOf(EXPECTED);
    return rest.startsWith("got ") && at > 4 ? rest.substring(4, at) : "an invalid value";
  }

  static String expected(String message) {
    int at = message.indexOf(EXPECTED);
    return at >= 0 ? message.substring(at + EXPECTED.length()) : message;
  }

  /** Shortens text quoted in a message, so that a huge value gives a short message. */
  static String abbreviate(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
  }
}
