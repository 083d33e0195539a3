package org.rbm.json.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A writer over a {@link TokenWriter} (JSON-P or Jackson), handed to the codecs. Absent optional values and empty lists
 * are left out; everything else is written. Numbers are written from their {@link BigDecimal},
 * exactly.
 */
public final class JsonOut {
  private final TokenWriter generator;
  private final Codecs codecs;

  /**
   * Writes through {@code generator}, with the codecs of {@code codecs}.
   *
   * @param generator the backend
   * @param codecs the registry
   */
  public JsonOut(TokenWriter generator, Codecs codecs) {
    this.generator = generator;
    this.codecs = codecs;
  }

  /**
   * Writes a value: a string as a JSON string, anything else with its codec.
   *
   * @param value the value
   */
  public void value(Object value) {
    if (value instanceof String s) {
      generator.string(s);
    } else {
      codecs.codecForValue(value).writeValue(value, this);
    }
  }

  /**
   * Writes a number.
   *
   * @param number the number
   */
  public void decimal(BigDecimal number) {
    generator.number(number);
  }

  /** Starts an object. */
  public void startObject() {
    generator.startObject();
  }

  /**
   * Starts an object as the property {@code name} of the current object.
   *
   * @param name the property
   */
  public void startObject(String name) {
    generator.name(name);
    generator.startObject();
  }

  /** Starts an array. */
  public void startArray() {
    generator.startArray();
  }

  /**
   * Starts an array as the property {@code name} of the current object.
   *
   * @param name the property
   */
  public void startArray(String name) {
    generator.name(name);
    generator.startArray();
  }

  /** Ends the current object or array. */
  public void end() {
    generator.end();
  }

  /**
   * Writes the property {@code name} of the current object.
   *
   * @param name the property
   * @param value its value, written as by {@link #value(Object)}
   */
  public void field(String name, Object value) {
    generator.name(name);
    value(value);
  }

  /**
   * Writes a number property.
   *
   * @param name the property
   * @param number its value
   */
  public void decimal(String name, BigDecimal number) {
    generator.name(name);
    generator.number(number);
  }

  /**
   * Writes a boolean property.
   *
   * @param name the property
   * @param value its value
   */
  public void bool(String name, boolean value) {
    generator.name(name);
    generator.bool(value);
  }

  /**
   * Writes the property if the value is present.
   *
   * @param name the property
   * @param value its value, if any
   */
  public void optional(String name, Optional<?> value) {
    if (value.isPresent()) {
      field(name, value.get());
    }
  }

  /**
   * Writes the property as an object of strings whose names are data, unless it is empty.
   *
   * @param name the property
   * @param entries the entries, in their order
   */
  public void strings(String name, Map<String, String> entries) {
    if (entries.isEmpty()) {
      return;
    }
    generator.name(name);
    generator.startObject();
    entries.forEach(
        (key, value) -> {
          generator.name(key);
          generator.string(value);
        });
    generator.end();
  }

  /**
   * Writes the property as an array, unless there is no element.
   *
   * @param name the property
   * @param elements the elements, each written as by {@link #value(Object)}
   */
  public void list(String name, Collection<?> elements) {
    if (elements.isEmpty()) {
      return;
    }
    generator.name(name);
    generator.startArray();
    for (Object element : elements) {
      value(element);
    }
    generator.end();
  }
}
