package org.rbm.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;
import org.rbm.json.RbmJsonException;

/**
 * A malformed or invalid document read through {@link RbmJacksonModule}: Jackson's form of an
 * {@link RbmJsonException}, which is its {@linkplain #getCause() cause} and gives the path, line
 * and column, the same as {@code RbmJson} gives for the same text. Being a {@link
 * JsonMappingException}, it passes through Jackson and the frameworks built on it (Spring's
 * {@code HttpMessageNotReadableException} wraps it) like any error of Jackson's.
 */
public final class RbmJacksonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final RbmJsonException error;

  RbmJacksonException(@Nullable Closeable processor, RbmJsonException error) {
    super(processor, error.getMessage(), error);
    this.error = error;
  }

  /**
   * Returns the error of the document, as {@code RbmJson} reports it.
   *
   * @return the error
   */
  public RbmJsonException error() {
    return error;
  }

  /**
   * Returns the path of the value in error, such as {@code results[1].indicators[0].baseline}
   * ({@link RbmJsonException#path()}).
   *
   * @return the path; empty for the document itself
   */
  public String path() {
    return error.path();
  }

  /**
   * Returns the line of the error, from 1 ({@link RbmJsonException#line()}).
   *
   * @return the line
   */
  public long line() {
    return error.line();
  }

  /**
   * Returns the column of the error, from 1 ({@link RbmJsonException#column()}).
   *
   * @return the column
   */
  public long column() {
    return error.column();
  }

  @Override
  public synchronized RbmJsonException getCause() {
    return error;
  }
}
