package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.StrategyId;

/**
 * A Strategic Policy Framework (SPF): the medium-term plan of about six years, such as {@code
 * 2010-15}, holding the results framework for the period (strategic objectives, outcomes,
 * immediate outcomes and their indicators), the high-level strategies and the main evaluation
 * lessons (GB.300/PFA/9/1, paragraphs 40-45, 65). It is a "living" document, updated by decisions
 * of the Governing Body and of the International Labour Conference (paragraph 72): each decision is
 * kept as an {@link Amendment}, and {@link #asOf} answers "the SPF as it stood on a date" by
 * replaying them, never by storing amended copies.
 *
 * <pre>{@code
 * StrategicPolicyFramework spf = StrategicPolicyFramework.builder()
 *     .id(DocumentId.of("SPF-2010-15"))
 *     .period(PlanningPeriod.parse("2010-15"))
 *     .adoptedOn(LocalDate.of(2008, 11, 20))
 *     .framework(resultsFramework2010to15)
 *     .addEvaluationLesson("Results and indicators must be specific enough to evaluate")
 *     .addAmendment(Amendment.builder()
 *         .date(LocalDate.of(2011, 3, 24))
 *         .decidedBy(DecidingBody.GOVERNING_BODY)
 *         .reference("GB.310/PFA/2")
 *         .addChange(SpfChange.removeIndicator(IndicatorId.of("IND-9")))
 *         .build())
 *     .build();
 * Optional<Indicator> before = spf.asOf(LocalDate.of(2010, 1, 1)).framework().indicator(ind9);
 * }</pre>
 *
 * <p><b>Order of amendments.</b> Amendments apply in date order; amendments of the same day apply
 * in the order they were recorded ({@link #amendments()}); within one amendment, its changes apply
 * in the order given. So recording amendments of different days in another order gives the same
 * SPF on every date. An amendment applies from its date on: {@code asOf(date)} includes the
 * amendments decided that day.
 *
 * <p><b>Invariants checked when built</b>: the framework's planning period is the SPF's period;
 * strategy ids are unique; lessons are not blank; no amendment is dated before the adoption; and
 * every amendment applies to the SPF as it stood before it. A change that cannot apply (removing a
 * result that does not exist, adding an id already used, removing a result that still has results
 * below it) is an {@link InvalidValueException} naming the amendment and the change, such as {@code
 * amendments[1].changes[0]: got remove result OC9, expected the id of a result in the SPF, as the
 * SPF stood before amendment GB.310/PFA/2 of 2011-03-24}. Whether the period is six years, and
 * whether each Programme and Budget fits, are rules, not construction's business.
 *
 * <p>Building replays every amendment once, in time proportional to the number of changes times
 * the size of the framework; {@link #asOf} replays again up to its date. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class StrategicPolicyFramework implements WithStrategicPolicyFramework {
  StrategicPolicyFramework() {}

  /**
   * Returns the identifier.
   *
   * @return the id, such as {@code SPF-2010-15}
   */
  public abstract DocumentId id();

  /**
   * Returns the planning period.
   *
   * @return the period, such as {@code 2010-15}
   */
  public abstract PlanningPeriod period();

  /**
   * Returns the day the SPF was adopted, before any amendment.
   *
   * @return the adoption date
   */
  public abstract LocalDate adoptedOn();

  /**
   * Returns the vision statement, as adopted.
   *
   * @return the vision, if given; not blank
   */
  public abstract Optional<String> vision();

  /**
   * Returns the results framework as adopted; {@code asOf(date).framework()} gives it as amended.
   *
   * @return the framework, over {@link #period()}
   */
  public abstract ResultsFramework framework();

  /**
   * Returns the high-level strategies, as adopted.
   *
   * @return the strategies, in the order given
   */
  public abstract ImmutableList<HighLevelStrategy> strategies();

  /**
   * Returns the main evaluation lessons, as adopted.
   *
   * @return the lessons, in the order given
   */
  public abstract ImmutableList<String> evaluationLessons();

  /**
   * Returns the amendments, in the order they were recorded (which need not be date order).
   *
   * @return the amendments
   */
  public abstract ImmutableList<Amendment> amendments();

  @Check
  final void check() {
    if (vision().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("vision", vision().get(), "a vision that is not blank");
    }
    if (!framework().planningPeriod().equals(period())) {
      throw new InvalidValueException(
          "framework.planningPeriod",
          framework().planningPeriod(),
          period() + ", the period of the SPF");
    }
    Set<StrategyId> seen = new HashSet<>();
    for (int i = 0; i < strategies().size(); i++) {
      if (!seen.add(strategies().get(i).id())) {
        throw new InvalidValueException(
            "strategies[" + i + "].id", strategies().get(i).id(), "a strategy id not used before");
      }
    }
    for (int i = 0; i < evaluationLessons().size(); i++) {
      if (evaluationLessons().get(i).isBlank()) {
        throw new InvalidValueException(
            "evaluationLessons[" + i + "]", evaluationLessons().get(i), "a lesson that is not blank");
      }
    }
    for (int i = 0; i < amendments().size(); i++) {
      LocalDate date = amendments().get(i).date();
      if (date.isBefore(adoptedOn())) {
        throw new InvalidValueException(
            "amendments[" + i + "].date",
            date,
            "a date on or after " + adoptedOn() + ", when the SPF was adopted");
      }
    }
    // Every amendment must apply: replaying them all refuses the first that does not.
    var unused = SpfReplay.replay(this, LocalDate.MAX);
  }

  /**
   * Returns the SPF as it stood on a date: as adopted, with every amendment dated on or before
   * {@code date} applied, in date order (amendments of one day in the order recorded).
   *
   * @param date the day, on or after the adoption
   * @return the SPF as it stood that day
   * @throws InvalidValueException if the date is before {@link #adoptedOn()}
   */
  public final SpfVersion asOf(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(adoptedOn())) {
      throw new InvalidValueException(
          "date", date, "a date on or after " + adoptedOn() + ", when " + id() + " was adopted");
    }
    return SpfReplay.replay(this, date);
  }

  /**
   * Returns the SPF with every amendment applied.
   *
   * @return the SPF as it stands after its last amendment
   */
  public final SpfVersion latest() {
    return SpfReplay.replay(this, LocalDate.MAX);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute is missing or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategicPolicyFramework}. */
  public static final class Builder extends ImmutableStrategicPolicyFramework.Builder {
    Builder() {}
  }
}
