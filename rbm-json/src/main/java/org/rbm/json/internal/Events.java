package org.rbm.json.internal;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

  /**
 * What the event codecs of milestones, DWCPs and follow-up actions share: the {@code type} property
 * that tags each event record, and the checks that a payload the type carries is there and one it
 * does not carry is not.
 */
final class Events {
  private Events() {}

  static String type(JsonIn in, ImmutableList<String> types) {
    String t = in.string();
    if (!types.contains(t)) {
      throw in.error(JsonIn.quote(t), "an event type, one of " + types);
    }
    return t;
  }

  /** The type a record is written with: its simple name in upper snake case. */
  static String typeOf(Object event) {
    String name = event.getClass().getSimpleName();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        s.append('_');
      }
      s.append(Character.toUpperCase(c));
    }
    return s.toString();
  }

  static void none(String type, String field, @Nullable Object value) {
    if (value != null) {
      throw new InvalidValueException(
          field, value, "no " + field + ": an event of type " + type + " carries none");
    }
  }

  static <T> T required(String type, String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidValueException(
          field, null, "a " + field + ": an event of type " + type + " carries one");
    }
    return value;
  }
}
