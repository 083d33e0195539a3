package org.rbm.core.cycle;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.StrategyId;

/**
 * The amendments of an SPF played forward from the SPF as adopted, in date order, amendments of
 * one day in the order they were recorded; within an amendment, its changes in the order given.
 * The results framework is rebuilt after each change, so a change that leaves an invalid framework
 * (removing a result that still has results below it) is refused at that change. Cost: the number
 * of changes times the size of the framework.
 */
final class SpfReplay {
  private final List<Result> results;
  private ResultsFramework framework;
  private final List<HighLevelStrategy> strategies;
  private final List<String> lessons;
  private @Nullable String vision;
  private final ImmutableList.Builder<Amendment> applied = ImmutableList.builder();

  private SpfReplay(StrategicPolicyFramework spf) {
    this.framework = spf.framework();
    this.results = new ArrayList<>(framework.results());
    this.strategies = new ArrayList<>(spf.strategies());
    this.lessons = new ArrayList<>(spf.evaluationLessons());
    this.vision = spf.vision().orElse(null);
  }

  private SpfReplay(SpfVersion version) {
    this.framework = version.framework();
    this.results = new ArrayList<>(framework.results());
    this.strategies = new ArrayList<>(version.strategies());
    this.lessons = new ArrayList<>(version.evaluationLessons());
    this.vision = version.vision().orElse(null);
    this.applied.addAll(version.amendmentsApplied());
  }

  /** The indices of the SPF's amendments in the order they apply. */
  static List<Integer> order(List<Amendment> amendments) {
    // A stable sort by date: amendments of one day keep the order they were recorded in.
    return IntStream.range(0, amendments.size())
        .boxed()
        .sorted(Comparator.comparing(i -> amendments.get(i).date()))
        .toList();
  }

  /** Replays the SPF's amendments dated on or before {@code asOf}. */
  static SpfVersion replay(StrategicPolicyFramework spf, LocalDate asOf) {
    return replay(spf, spf.amendments(), asOf);
  }

  /**
   * Replays amendments (in the order recorded) dated on or before {@code asOf} on the SPF as
   * adopted, whose own amendments are not looked at.
   */
  static SpfVersion replay(
      StrategicPolicyFramework spf, List<Amendment> amendments, LocalDate asOf) {
    SpfReplay replay = new SpfReplay(spf);
    for (int i : order(amendments)) {
      Amendment a = amendments.get(i);
      if (a.date().isAfter(asOf)) {
        break;
      }
      for (int j = 0; j < a.changes().size(); j++) {
        SpfChange change = a.changes().get(j);
        String refusal = replay.apply(change);
        if (refusal != null) {
          throw new InvalidValueException(
              "amendments[" + i + "].changes[" + j + "]",
              change,
              refusal + ", as the SPF stood before amendment " + a.reference() + " of " + a.date());
        }
      }
      replay.applied.add(a);
    }
    return replay.version(spf.id(), asOf);
  }

  /**
   * Applies one more amendment to a version: the version after it, as of {@code asOf}. Time
   * proportional to the amendment's changes times the size of the framework, plus the number of
   * amendments applied before.
   *
   * @param field the path of the amendment's changes in messages, such as {@code event.changes}
   * @throws InvalidValueException naming the first change that does not apply
   */
  static SpfVersion amend(SpfVersion before, Amendment a, LocalDate asOf, String field) {
    SpfReplay replay = new SpfReplay(before);
    for (int j = 0; j < a.changes().size(); j++) {
      SpfChange change = a.changes().get(j);
      String refusal = replay.apply(change);
      if (refusal != null) {
        throw new InvalidValueException(
            field + "[" + j + "]",
            change,
            refusal + ", as the SPF stood before amendment " + a.reference() + " of " + a.date());
      }
    }
    replay.applied.add(a);
    return replay.version(before.spf(), asOf);
  }

  private SpfVersion version(DocumentId spf, LocalDate asOf) {
    return new SpfVersion(
        spf,
        asOf,
        framework,
        ImmutableList.copyOf(strategies),
        ImmutableList.copyOf(lessons),
        Optional.ofNullable(vision),
        applied.build());
  }

  /** Applies a change; returns what was expected if it cannot apply, else null. */
  private @Nullable String apply(SpfChange change) {
    if (change instanceof SpfChange.AddResult c) {
      if (indexOfResult(c.result().id()) >= 0) {
        return "a result id not yet in the SPF";
      }
      results.add(c.result());
      return rebuild();
    }
    if (change instanceof SpfChange.ReplaceResult c) {
      int at = indexOfResult(c.result().id());
      if (at < 0) {
        return "the id of a result in the SPF";
      }
      results.set(at, c.result());
      return rebuild();
    }
    if (change instanceof SpfChange.RemoveResult c) {
      int at = indexOfResult(c.id());
      if (at < 0) {
        return "the id of a result in the SPF";
      }
      results.remove(at);
      return rebuild();
    }
    if (change instanceof SpfChange.AddIndicator c) {
      int at = indexOfResult(c.result());
      if (at < 0) {
        return "the id of a result in the SPF";
      }
      if (framework.indicator(c.indicator().id()).isPresent()) {
        return "an indicator id not yet in the SPF";
      }
      Result r = results.get(at);
      results.set(
          at,
          r.withIndicators(
              ImmutableList.<Indicator>builder()
                  .addAll(r.indicators())
                  .add(c.indicator())
                  .build()));
      return rebuild();
    }
    if (change instanceof SpfChange.ReplaceIndicator c) {
      if (framework.indicator(c.indicator().id()).isEmpty()) {
        return "the id of an indicator in the SPF";
      }
      return replaceIndicator(c.indicator().id(), old -> Optional.of(c.indicator()));
    }
    if (change instanceof SpfChange.RemoveIndicator c) {
      if (framework.indicator(c.id()).isEmpty()) {
        return "the id of an indicator in the SPF";
      }
      return replaceIndicator(c.id(), old -> Optional.empty());
    }
    if (change instanceof SpfChange.ChangeTarget c) {
      Optional<Indicator> indicator = framework.indicator(c.indicator());
      if (indicator.isEmpty()) {
        return "the id of an indicator in the SPF";
      }
      List<IndicatorPeriod> periods = indicator.get().periods();
      int p = IntStream.range(0, periods.size())
          .filter(k -> periods.get(k).period().equals(c.period()))
          .findFirst()
          .orElse(-1);
      if (p < 0) {
        return "a reporting period of indicator " + c.indicator();
      }
      IndicatorPeriod newPeriod = withTarget(periods.get(p), c.target());
      List<IndicatorPeriod> newPeriods = new ArrayList<>(periods);
      newPeriods.set(p, newPeriod);
      return replaceIndicator(
          c.indicator(), old -> Optional.of(old.withPeriods(newPeriods)));
    }
    if (change instanceof SpfChange.AddStrategy c) {
      if (indexOfStrategy(c.strategy().id()) >= 0) {
        return "a strategy id not yet in the SPF";
      }
      strategies.add(c.strategy());
      return null;
    }
    if (change instanceof SpfChange.AmendStrategyText c) {
      int at = indexOfStrategy(c.id());
      if (at < 0) {
        return "the id of a strategy in the SPF";
      }
      strategies.set(at, strategies.get(at).withText(c.text()));
      return null;
    }
    if (change instanceof SpfChange.RemoveStrategy c) {
      int at = indexOfStrategy(c.id());
      if (at < 0) {
        return "the id of a strategy in the SPF";
      }
      strategies.remove(at);
      return null;
    }
    if (change instanceof SpfChange.AddEvaluationLesson c) {
      lessons.add(c.lesson());
      return null;
    }
    if (change instanceof SpfChange.ReviseVision c) {
      vision = c.vision();
      return null;
    }
    throw new AssertionError("a change of a kind the replay does not know: " + change);
  }

  private static IndicatorPeriod withTarget(IndicatorPeriod period, DataPoint target) {
    List<DataPoint> targets = new ArrayList<>();
    boolean replaced = false;
    for (DataPoint t : period.targets()) {
      if (t.disaggregation().equals(target.disaggregation())
          && t.location().equals(target.location())) {
        targets.add(target);
        replaced = true;
      } else {
        targets.add(t);
      }
    }
    if (!replaced) {
      targets.add(target);
    }
    return period.withTargets(targets);
  }

  private interface IndicatorEdit {
    Optional<Indicator> edit(Indicator old);
  }

  private @Nullable String replaceIndicator(IndicatorId id, IndicatorEdit edit) {
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      List<Indicator> indicators = new ArrayList<>();
      boolean found = false;
      for (Indicator old : r.indicators()) {
        if (old.id().equals(id)) {
          found = true;
          try {
            edit.edit(old).ifPresent(indicators::add);
          } catch (InvalidValueException e) {
            return "a change that leaves a valid indicator (" + e.getMessage() + ")";
          }
        } else {
          indicators.add(old);
        }
      }
      if (found) {
        results.set(i, r.withIndicators(indicators));
        return rebuild();
      }
    }
    throw new AssertionError("indicator " + id + " was found in the framework");
  }

  /** Rebuilds the framework; returns the broken invariant, if any, as what was expected. */
  private @Nullable String rebuild() {
    try {
      framework = framework.withResults(results);
      return null;
    } catch (InvalidValueException e) {
      return "a change that leaves a valid results framework (" + e.getMessage() + ")";
    }
  }

  private int indexOfResult(ResultId id) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfStrategy(StrategyId id) {
    for (int i = 0; i < strategies.size(); i++) {
      if (strategies.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
