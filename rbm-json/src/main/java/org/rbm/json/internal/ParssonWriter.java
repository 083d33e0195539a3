package org.rbm.json.internal;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/** The JSON-P backend of {@link TokenWriter}: a generator of Parsson's or Yasson's. */
public final class ParssonWriter implements TokenWriter {
  private final JsonGenerator generator;

  /**
   * Writes through {@code generator}.
   *
   * @param generator the generator
   */
  public ParssonWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void end() {
    generator.writeEnd();
  }

  @Override
  public void name(String name) {
    generator.writeKey(name);
  }

  @Override
  public void string(String value) {
    generator.write(value);
  }

  @Override
  public void number(BigDecimal value) {
    generator.write(value);
  }

  @Override
  public void bool(boolean value) {
    generator.write(value);
  }
}
