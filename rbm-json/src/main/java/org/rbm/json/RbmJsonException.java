package org.rbm.json;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rbm.core.RbmException;

/**
 * Thrown when a JSON document cannot be read: it is not well-formed JSON (empty, truncated,
 * garbage, nested too deeply, content after the document), it has the wrong shape (an unknown or
 * duplicate property, a missing required property, a value of the wrong JSON type, a number too
 * large), it states a format version this library does not read, or the value it describes would
 * break an invariant of the model (a period that ends before it starts, a parent on the wrong
 * level). It is the only exception {@link RbmJson} throws for bad input; no partially read value
 * escapes.
 *
 * <p>It says where: the {@linkplain #path() path} of the value at fault, such as {@code
 * results[3].indicators[0].baseline.value}, and the {@linkplain #line() line} and {@linkplain
 * #column() column} in the input. Lines and columns count from 1; as in JSON-P's {@code
 * JsonParser.getLocation()}, they point just past the token at fault (for an object, just past its
 * opening brace). A missing property is reported at the object that lacks it; a broken invariant at
 * the value it names; malformed JSON at the last character the parser read (the offending
 * character, or the last character of the offending token); input that ends too early just past
 * its last character. Reading with {@code RbmJson.read}, the line and column always lie inside the
 * input (a column at most one past its line's last character); lines end at LF, CRLF or a lone
 * CR; bytes that a {@code Reader} cannot decode are reported at most 64 characters before them.
 * Through JSON-B they are the JSON-B parser's own. A document beyond one of the {@link JsonLimits}
 * is reported with {@code expected()} naming the limit. The message reads {@code <path>: got <what was found>, expected <what was
 * expected> (line L, column C)}, for example
 *
 * <pre>{@code
 * results[0].title: got the number 5, expected a string (line 9, column 17)
 * }</pre>
 *
 * <p>It extends {@link RbmException} directly rather than {@code RbmParseException}, whose
 * messages quote the whole input: a document may be megabytes long.
 */
public final class RbmJsonException extends RbmException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final long line;
  private final long column;
  private final String found;
  private final String expected;

  /**
   * Creates the exception for a value at fault.
   *
   * @param path the path of the value at fault from the value being read, such as {@code
   *     results[3].title}; empty for the value itself
   * @param line the line in the input, from 1
   * @param column the column in the input, from 1
   * @param found what was found, such as {@code the number 5}
   * @param expected what was expected, such as {@code a string}
   * @param cause the exception that revealed the problem, if any
   */
  public RbmJsonException(
      String path,
      long line,
      long column,
      String found,
      String expected,
      @Nullable Throwable cause) {
    super(format(path, line, column, found, expected));
    if (cause != null) {
      initCause(cause);
    }
    this.path = path;
    this.line = line;
    this.column = column;
    this.found = found;
    this.expected = expected;
  }

  private static String format(
      String path, long line, long column, String found, String expected) {
    return (requireNonNull(path, "path").isEmpty() ? "document" : path)
        + ": got "
        + requireNonNull(found, "found")
        + ", expected "
        + requireNonNull(expected, "expected")
        + " (line "
        + line
        + ", column "
        + column
        + ")";
  }

  /**
   * Returns the path of the value at fault, from the value being read: property names joined by
   * {@code .}, array indices in brackets, such as {@code results[3].indicators[0].baseline.value}.
   *
   * @return the path; empty when the fault is the input as a whole (empty input, content after the
   *     document) or the value being read itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the fault in the input.
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the fault in the input: just past the token at fault.
   *
   * @return the column, from 1
   */
  public long column() {
    return column;
  }

  /**
   * Returns what was found, such as {@code the number 5} or {@code an unknown property "colour"}.
   *
   * @return what was found
   */
  public String found() {
    return found;
  }

  /**
   * Returns what was expected, such as {@code a string}.
   *
   * @return what was expected
   */
  public String expected() {
    return expected;
  }
}
