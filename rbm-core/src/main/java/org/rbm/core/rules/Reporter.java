package org.rbm.core.rules;

/**
 * Where a rule reports what it finds. The {@link Validator} gives each rule its own reporter, which
 * adds the rule's id, its effective severity and the subject's id to each finding: a rule only says
 * where, which message, and with which arguments. A reporter is the only way to make a {@link
 * Finding}.
 *
 * <pre>{@code
 * static final MessageKey NO_OUTCOME =
 *     MessageKey.of("ACME-003.noOutcome", "{result} has no outcome below it.");
 * reporter.report(visit.location(), NO_OUTCOME, visit.result().id());
 * }</pre>
 */
public interface Reporter {
  /**
   * Reports one finding with a message key and its arguments' values, in the order of the key's
   * {@linkplain MessageKey#argumentNames() argument names}. Values are stored as locale-independent
   * text: an identifier's code, a {@code BigDecimal} in plain notation without trailing zeros, a
   * whole number, an ISO date, a period ({@code 2009}, {@code 2008-09}, {@code
   * 2008-07-01/2009-06-30}), an enum constant's name, a list joined by {@code ;}; anything else by
   * its {@code toString()}.
   *
   * @param location where in the subject, such as {@code /results/SO2/OC2.1}
   * @param key the message's key
   * @param values the arguments' values, one per argument name
   * @throws org.rbm.core.InvalidValueException if the number of values is not the number of the
   *     key's arguments (the validator turns it into a finding of {@link Validator#RULE_FAILED})
   */
  void report(Location location, MessageKey key, Object... values);

  /**
   * Reports one finding with a plain-text message, the same in every locale (key {@link
   * MessageKey#TEXT}, argument {@code text}). Prefer a {@link MessageKey} for messages users read.
   *
   * @param location where in the subject
   * @param message what is wrong, for a programme officer, not blank
   * @throws org.rbm.core.InvalidValueException if the message is blank
   */
  default void report(Location location, String message) {
    report(location, MessageKey.TEXT, message);
  }
}
