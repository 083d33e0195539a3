package org.rbm.json.internal;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A writer over a JSON-P generator, handed to the codecs. Absent optional values and empty lists
 * are left out; everything else is written. Numbers are written from their {@link BigDecimal},
 * exactly.
 */
public final class JsonOut {
  private final JsonGenerator generator;
  private final Codecs codecs;

  JsonOut(JsonGenerator generator, Codecs codecs) {
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
      generator.write(s);
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
    generator.write(number);
  }

  /** Starts an object. */
  public void startObject() {
    generator.writeStartObject();
  }

  /** Starts an array. */
  public void startArray() {
    generator.writeStartArray();
  }

  /**
   * Starts an array as the property {@code name} of the current object.
   *
   * @param name the property
   */
  public void startArray(String name) {
    generator.writeStartArray(name);
  }

  /** Ends the current object or array. */
  public void end() {
    generator.writeEnd();
  }

  /**
   * Writes the property {@code name} of the current object.
   *
   * @param name the property
   * @param value its value, written as by {@link #value(Object)}
   */
  public void field(String name, Object value) {
    generator.writeKey(name);
    value(value);
  }

  /**
   * Writes a number property.
   *
   * @param name the property
   * @param number its value
   */
  public void decimal(String name, BigDecimal number) {
    generator.write(name, number);
  }

  /**
   * Writes a boolean property.
   *
   * @param name the property
   * @param value its value
   */
  public void bool(String name, boolean value) {
    generator.write(name, value);
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
    generator.writeStartObject(name);
    entries.forEach(generator::write);
    generator.writeEnd();
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
    generator.writeStartArray(name);
    for (Object element : elements) {
      value(element);
    }
    generator.writeEnd();
  }
}
