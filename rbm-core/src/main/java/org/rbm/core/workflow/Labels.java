package org.rbm.core.workflow;

import java.util.Locale;

/** The words for states and kinds of event, as messages and diagrams print them. */
final class Labels {
  private Labels() {}

  /** {@code SUBMITTED_FOR_APPROVAL} reads {@code submitted for approval}. */
  static String state(Enum<?> state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code AchieveWithConditions} reads {@code achieve with conditions}. */
  static String kind(Class<?> kind) {
    String name = kind.getSimpleName();
    StringBuilder s = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        s.append(' ');
      }
      s.append(Character.toLowerCase(c));
    }
    return s.toString();
  }
}
