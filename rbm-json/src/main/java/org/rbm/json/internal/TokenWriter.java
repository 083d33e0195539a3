package org.rbm.json.internal;

import java.math.BigDecimal;

/**
 * The tokens the codecs' writer ({@link JsonOut}) produces: the one thing a JSON backend provides
 * for writing. {@link ParssonWriter} writes through a JSON-P generator; {@code org.rbm.jackson}
 * through Jackson's. Both write the same compact text for the same tokens: strings escaped as JSON-P
 * does, numbers as {@link BigDecimal#toString()}.
 */
public interface TokenWriter {
  /** Starts an object. */
  void startObject();

  /** Starts an array. */
  void startArray();

  /** Ends the current object or array. */
  void end();

  /**
   * Writes a property name of the current object; its value follows.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string.
   *
   * @param value the string
   */
  void string(String value);

  /**
   * Writes a number, exactly as {@link BigDecimal#toString()}.
   *
   * @param value the number
   */
  void number(BigDecimal value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  void bool(boolean value);
}
