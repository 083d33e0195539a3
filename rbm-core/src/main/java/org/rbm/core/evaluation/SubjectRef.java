package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.StrategyId;

/**
 * What an evaluation is about, by reference: a result of a results framework, a P&amp;B outcome, a
 * strategy, or a Decent Work Country Programme (by a plain country or DWCP reference, such as
 * {@code KHM} or {@code DWCP-KHM-2006}).
 *
 * <pre>{@code
 * SubjectRef hr = SubjectRef.strategy(StrategyId.of("HR"));
 * SubjectRef cambodia = SubjectRef.parse("dwcp:KHM");
 * hr.toString();            // strategy:HR
 * cambodia.kind();          // DWCP
 * }</pre>
 *
 * <p>The text form is the kind in lower case, a colon and the code; {@link #parse} is its exact
 * inverse. Immutable and thread-safe.
 */
public final class SubjectRef {
  /** The kinds of subject. */
  public enum Kind {
    /** A result of a results framework, by its {@link ResultId}. */
    RESULT,
    /** A P&amp;B outcome, by its {@link ResultId}. */
    OUTCOME,
    /** A strategy, by its {@link StrategyId}. */
    STRATEGY,
    /** A Decent Work Country Programme, by a country or DWCP reference in the identifier form. */
    DWCP
  }

  private static final String EXPECTED =
      "result:, outcome:, strategy: or dwcp: followed by a code (" + Identifier.EXPECTED_FORM + ")";

  private final Kind kind;
  private final String code;

  private SubjectRef(Kind kind, String code) {
    this.kind = kind;
    this.code = code;
  }

  /**
   * Returns a reference to a result.
   *
   * @param id the result
   * @return the reference
   */
  public static SubjectRef result(ResultId id) {
    return new SubjectRef(Kind.RESULT, requireNonNull(id, "id").toString());
  }

  /**
   * Returns a reference to a P&amp;B outcome.
   *
   * @param id the outcome's result id
   * @return the reference
   */
  public static SubjectRef outcome(ResultId id) {
    return new SubjectRef(Kind.OUTCOME, requireNonNull(id, "id").toString());
  }

  /**
   * Returns a reference to a strategy.
   *
   * @param id the strategy
   * @return the reference
   */
  public static SubjectRef strategy(StrategyId id) {
    return new SubjectRef(Kind.STRATEGY, requireNonNull(id, "id").toString());
  }

  /**
   * Returns a reference to a Decent Work Country Programme.
   *
   * @param reference the country or DWCP reference, such as {@code KHM}
   * @return the reference
   * @throws InvalidValueException if the reference does not have the identifier form
   */
  public static SubjectRef dwcp(String reference) {
    requireNonNull(reference, "reference");
    // The DWCP reference has the identifier form; ResultId checks it.
    return new SubjectRef(Kind.DWCP, ResultId.of(reference).toString());
  }

  /**
   * Reads a reference from its {@link #toString()} form.
   *
   * @param text such as {@code strategy:HR}
   * @return the reference
   * @throws RbmParseException if the text does not have that form
   */
  public static SubjectRef parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int colon = s.indexOf(':');
    @Nullable Kind kind = null;
    if (colon > 0) {
      for (Kind k : Kind.values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(s.substring(0, colon))) {
          kind = k;
        }
      }
    }
    if (kind == null) {
      throw new RbmParseException("subject", text, EXPECTED);
    }
    try {
      String code = s.substring(colon + 1);
      return switch (kind) {
        case RESULT -> result(ResultId.of(code));
        case OUTCOME -> outcome(ResultId.of(code));
        case STRATEGY -> strategy(StrategyId.of(code));
        case DWCP -> dwcp(code);
      };
    } catch (InvalidValueException e) {
      throw new RbmParseException("subject", text, e);
    }
  }

  /**
   * Returns the kind of subject.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the code of the subject, such as {@code HR}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the strategy referred to.
   *
   * @return its id; empty if the subject is not a strategy
   */
  public Optional<StrategyId> strategyId() {
    return kind == Kind.STRATEGY ? Optional.of(StrategyId.of(code)) : Optional.empty();
  }

  /**
   * Returns the result or P&amp;B outcome referred to.
   *
   * @return its id; empty if the subject is neither a result nor an outcome
   */
  public Optional<ResultId> resultId() {
    return kind == Kind.RESULT || kind == Kind.OUTCOME
        ? Optional.of(ResultId.of(code))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SubjectRef that && kind == that.kind && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + code.hashCode();
  }

  /** Returns the kind in lower case, a colon and the code: {@code dwcp:KHM}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + code;
  }
}
