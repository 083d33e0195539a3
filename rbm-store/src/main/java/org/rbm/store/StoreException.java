package org.rbm.store;

import org.rbm.core.RbmException;

/**
 * The store could not do what was asked: the database refused or failed (the cause says why), or
 * a subclass's reason: a {@linkplain StoreConflictException lost race} or a {@linkplain
 * StoreIntegrityException row that does not read back}.
 */
public class StoreException extends RbmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message the full message, naming what was being done and what went wrong
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message the full message, naming what was being done and what went wrong
   * @param cause the exception of the database or the driver
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Cuts text for a message to 200 characters, as the rest of the SDK does. */
  static String shown(CharSequence text) {
    return text.length() <= 200
        ? "\"" + text + "\""
        : "\"" + text.subSequence(0, 200) + "... (" + text.length() + " characters)\"";
  }
}
