package org.rbm.json.internal;

import jakarta.json.stream.JsonParser.Event;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a JSON text, as the codecs' reader ({@link JsonIn}) consumes them: the one thing a
 * JSON backend provides for reading. {@link ParssonTokens} reads through JSON-P (Parsson, or the
 * parser Yasson hands a deserializer); {@code org.rbm.jackson} reads through Jackson's streaming
 * parser. Everything else (paths, strictness, limits other than the parser's own, messages) is
 * {@link JsonIn}'s and {@link Cursor}'s, so that every codec is written once.
 *
 * <p>Tokens are JSON-P {@linkplain Event events}. A position is a {@code long}: an offset in
 * {@link #text()} when the backend has the text, otherwise a line and a column packed by {@link
 * #pack}.
 */
public interface TokenReader {
  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws RuntimeException any exception of the backend, turned into an error by {@link
   *     #failure}
   */
  @Nullable Event next();

  /**
   * Returns the token the reader stands on, for a reader a framework has already moved to the first
   * token of a value.
   *
   * @return the token, or {@code null} if there is none
   */
  @Nullable Event current();

  /**
   * Returns the text of the current string, number or property name, as written (numbers) or
   * unescaped (strings).
   *
   * @return the text
   */
  String string();

  /**
   * Returns where the reader stands: just past the current token.
   *
   * @return the position
   */
  long position();

  /**
   * Returns the position where the input ended, for an error about a document that ends too early.
   *
   * @return the position
   */
  long endOfInput();

  /**
   * Returns the whole text being read, when the backend has it; then positions are offsets in it,
   * and a broken invariant is located at the value it names.
   *
   * @return the text, or {@code null}
   */
  @Nullable CharSequence text();

  /**
   * Describes an exception of the backend as an error of the document.
   *
   * @param e what the backend threw
   * @param started whether a token had been read before
   * @return where and what
   * @throws java.io.UncheckedIOException if the input itself failed (not the document's fault)
   */
  Failure failure(RuntimeException e, boolean started);

  /**
   * Returns the line and column of a position.
   *
   * @param at a position of this reader
   * @return the line and the column, both from 1
   */
  default long[] lineAndColumn(long at) {
    CharSequence text = text();
    if (text != null) {
      return Locations.lineAndColumn(text, at);
    }
    return new long[] {Math.max(at >>> 32, 1), Math.max(at & 0xFFFF_FFFFL, 1)};
  }

  /**
   * Packs a line and a column into a position, for backends without the text.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the position
   */
  static long pack(long line, long column) {
    return (Math.max(line, 1) << 32) | Math.min(Math.max(column, 1), 0xFFFF_FFFFL);
  }

  /**
   * A fault of the input the backend found.
   *
   * @param at where
   * @param found what was found
   * @param expected what was expected
   */
  record Failure(long at, String found, String expected) {}
}
