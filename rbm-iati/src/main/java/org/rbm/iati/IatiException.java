package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rbm.core.RbmException;

/**
 * Thrown when an IATI document cannot be read: it is not well-formed XML, it has a DTD (refused,
 * so that no entity is expanded and nothing is read from disk or network), it goes beyond one of
 * {@link IatiReader}'s documented limits, or (strict mode) it is not valid against the IATI 2.03
 * schema. The message reads {@code <path>: got <found>, expected <expected> (line L, column C)},
 * for example
 *
 * <pre>{@code
 * /iati-activities: got a DTD, expected a document without DTD (line 2, column 10)
 * }</pre>
 *
 * <p>Lines and columns count from 1 and are those of the XML parser (for a limit, those of the
 * byte at which the limit was passed, the column counted in bytes; for a DTD, where it ends). It
 * extends {@link RbmException} directly: a document may be megabytes long, so the message quotes
 * only a shortened value.
 */
public final class IatiException extends RbmException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final long line;
  private final long column;
  private final String found;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param path the path of the element at fault, such as {@code
   *     /iati-activities/iati-activity[2]}; empty for the document
   * @param line the line, from 1
   * @param column the column, from 1
   * @param found what was found, shortened to 200 characters
   * @param expected what was expected
   * @param cause the exception that revealed the problem, if any
   */
  public IatiException(
      String path,
      long line,
      long column,
      String found,
      String expected,
      @Nullable Throwable cause) {
    super(
        (requireNonNull(path, "path").isEmpty() ? "document" : path)
            + ": got "
            + abbreviated(requireNonNull(found, "found"))
            + ", expected "
            + requireNonNull(expected, "expected")
            + " (line "
            + line
            + ", column "
            + column
            + ")");
    if (cause != null) {
      initCause(cause);
    }
    this.path = path;
    this.line = line;
    this.column = column;
    this.found = abbreviated(found);
    this.expected = expected;
  }

  /**
   * Returns the path of the element at fault.
   *
   * @return the path, such as {@code /iati-activities/iati-activity[1]}; empty for the document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line.
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column.
   *
   * @return the column, from 1
   */
  public long column() {
    return column;
  }

  /**
   * Returns what was found.
   *
   * @return what was found, at most 200 characters and a note of the length
   */
  public String found() {
    return found;
  }

  /**
   * Returns what was expected.
   *
   * @return what was expected
   */
  public String expected() {
    return expected;
  }
}
