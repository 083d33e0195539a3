package org.rbm.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one JSON object: for each, its name, whether it is required, and how its value
 * is read into the target (usually a model builder). Declared once per codec, as a constant:
 *
 * <pre>{@code
 * static final Fields<Result.Builder> FIELDS = Fields.<Result.Builder>of("a result object")
 *     .required("id", "a result id", (in, b) -> b.id(in.read(ResultId.class)))
 *     .optional("description", "a string", (in, b) -> b.description(in.string()))
 *     .build();
 * }</pre>
 *
 * @param <B> what the values are read into
 */
public final class Fields<B> {
  /**
   * Reads one property's value, on which the parser stands, into the target.
   *
   * @param <B> what the value is read into
   */
  @FunctionalInterface
  public interface Reader<B> {
    /**
     * Reads the value.
     *
     * @param in the reader, on the value's first event
     * @param target what the value is read into
     */
    void read(JsonIn in, B target);
  }

  /** One property. */
  record Field<B>(int index, String name, String what, boolean required, Reader<B> reader) {}

  private final String what;
  private final @Nullable String first;
  private final ImmutableMap<String, Field<B>> byName;
  private final ImmutableList<Field<B>> required;

  private Fields(String what, @Nullable String first, ImmutableMap<String, Field<B>> byName) {
    this.what = what;
    this.first = first;
    this.byName = byName;
    this.required =
        byName.values().stream().filter(Field::required).collect(ImmutableList.toImmutableList());
  }

  /**
   * Starts describing an object.
   *
   * @param what the object, for messages, such as {@code a result object}
   * @return a builder
   */
  public static <B> Builder<B> of(String what) {
    return new Builder<>(what);
  }

  String what() {
    return what;
  }

  @Nullable String first() {
    return first;
  }

  @Nullable Field<B> field(String name) {
    return byName.get(name);
  }

  ImmutableList<String> names() {
    return byName.keySet().asList();
  }

  ImmutableList<Field<B>> required() {
    return required;
  }

  /**
   * Collects the properties of an object.
   *
   * @param <B> what the values are read into
   */
  public static final class Builder<B> {
    private final String what;
    private @Nullable String first;
    private final Map<String, Field<B>> byName = new LinkedHashMap<>();

    private Builder(String what) {
      this.what = what;
    }

    /**
     * Adds a required property that must come before every other: a format version, which decides
     * how the rest is read.
     *
     * @param name the property
     * @param what its value, for messages
     * @param reader reads it
     * @return this builder
     */
    public Builder<B> first(String name, String what, Reader<B> reader) {
      first = name;
      return required(name, what, reader);
    }

    /**
     * Adds a required property.
     *
     * @param name the property
     * @param what its value, for messages, such as {@code a string}
     * @param reader reads it
     * @return this builder
     */
    public Builder<B> required(String name, String what, Reader<B> reader) {
      return add(new Field<>(byName.size(), name, what, true, reader));
    }

    /**
     * Adds an optional property.
     *
     * @param name the property
     * @param what its value, for messages
     * @param reader reads it
     * @return this builder
     */
    public Builder<B> optional(String name, String what, Reader<B> reader) {
      return add(new Field<>(byName.size(), name, what, false, reader));
    }

    private Builder<B> add(Field<B> field) {
      if (byName.putIfAbsent(field.name(), field) != null) {
        throw new AssertionError("property declared twice: " + field.name());
      }
      return this;
    }

    /**
     * Returns the description.
     *
     * @return the properties
     */
    public Fields<B> build() {
      return new Fields<>(what, first, ImmutableMap.copyOf(byName));
    }
  }
}
