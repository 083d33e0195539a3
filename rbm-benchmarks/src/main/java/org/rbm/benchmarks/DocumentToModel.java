package org.rbm.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * Builds the SDK's objects from Jackson databind's plain objects ({@link FrameworkDocument}), as an
 * application would that binds with databind and then builds the model: the baseline "Jackson
 * with the SDK objects built" that the SDK's own readers are compared with. Only the fields the
 * benchmarks' generated frameworks use; a document it cannot map fails with the model's own
 * exceptions or a {@link NullPointerException} (benchmark input is always valid).
 */
final class DocumentToModel {
  private DocumentToModel() {}

  static ResultsFramework framework(FrameworkDocument d) {
    FrameworkDocument.LevelScheme scheme = nn(d.levelScheme);
    ResultsFramework.Builder b =
        ResultsFramework.builder()
            .id(FrameworkId.of(nn(d.id)))
            .title(nn(d.title))
            .owner(nn(d.owner))
            .planningPeriod(PlanningPeriod.parse(nn(d.planningPeriod)))
            .levelScheme(
                LevelScheme.of(nn(scheme.name), nn(scheme.levels))
                    .withOptional(list(scheme.optionalLevels).toArray(String[]::new)));
    for (FrameworkDocument.Result r : list(d.results)) {
      b.addResult(result(r));
    }
    for (FrameworkDocument.Contribution c : list(d.contributions)) {
      ContributionLink.Builder link =
          ContributionLink.builder()
              .source(ResultId.of(nn(c.source)))
              .targetFramework(FrameworkId.of(nn(c.targetFramework)))
              .targetResult(ResultId.of(nn(c.targetResult)));
      if (c.note != null) {
        link.note(c.note);
      }
      b.addContribution(link.build());
    }
    return b.build();
  }

  private static Result result(FrameworkDocument.Result r) {
    Result.Builder b = Result.builder().id(ResultId.of(nn(r.id))).level(nn(r.level)).title(nn(r.title));
    if (r.description != null) {
      b.description(r.description);
    }
    if (r.parent != null) {
      b.parent(ResultId.of(r.parent));
    }
    list(r.assumptions).forEach(b::addAssumption);
    for (FrameworkDocument.ExternalReference e : list(r.externalReferences)) {
      b.addExternalReference(ExternalReference.of(nn(e.vocabulary), nn(e.code)));
    }
    for (FrameworkDocument.Indicator i : list(r.indicators)) {
      b.addIndicator(indicator(i));
    }
    return b.build();
  }

  private static Indicator indicator(FrameworkDocument.Indicator i) {
    Indicator.Builder b =
        Indicator.builder()
            .id(IndicatorId.of(nn(i.id)))
            .title(nn(i.title))
            .measure(Measure.valueOf(nn(i.measure)));
    if (i.definition != null) {
      b.definition(i.definition);
    }
    if (i.unit != null) {
      b.unit(i.unit);
    }
    if (i.direction != null) {
      b.direction(Direction.valueOf(i.direction));
    }
    if (i.cumulative != null) {
      b.cumulative(i.cumulative);
    }
    if (i.reportingFrequency != null) {
      b.reportingFrequency(ReportingFrequency.valueOf(i.reportingFrequency));
    }
    list(i.disaggregationDimensions).forEach(b::addDisaggregationDimension);
    if (i.meansOfVerification != null) {
      b.meansOfVerification(i.meansOfVerification);
    }
    if (i.dataSource != null) {
      b.dataSource(i.dataSource);
    }
    FrameworkDocument.Baseline baseline = i.baseline;
    if (baseline != null) {
      Baseline.Builder bb = Baseline.builder();
      if (baseline.value != null) {
        bb.value(value(baseline.value));
      }
      if (baseline.date != null) {
        bb.date(LocalDate.parse(baseline.date));
      }
      if (baseline.comment != null) {
        bb.comment(baseline.comment);
      }
      if (baseline.unavailableReason != null) {
        bb.unavailableReason(baseline.unavailableReason);
      }
      b.baseline(bb.build());
    }
    for (FrameworkDocument.Period p : list(i.periods)) {
      FrameworkDocument.DateRange range = nn(p.period);
      IndicatorPeriod.Builder pb =
          IndicatorPeriod.builder()
              .period(DateRange.of(LocalDate.parse(nn(range.start)), LocalDate.parse(nn(range.end))));
      list(p.targets).forEach(t -> pb.addTarget(point(t)));
      list(p.actuals).forEach(a -> pb.addActual(point(a)));
      b.addPeriod(pb.build());
    }
    return b.build();
  }

  private static DataPoint point(FrameworkDocument.DataPoint p) {
    DataPoint.Builder b = DataPoint.builder().value(value(nn(p.value)));
    Map<String, String> breakdown = p.disaggregation;
    if (breakdown != null && !breakdown.isEmpty()) {
      b.disaggregation(Disaggregation.of(breakdown));
    }
    if (p.location != null) {
      b.location(p.location);
    }
    if (p.comment != null) {
      b.comment(p.comment);
    }
    return b.build();
  }

  /** A number, a string or a fraction object, as databind maps them. */
  private static Value value(Object v) {
    if (v instanceof BigDecimal d) {
      return NumericValue.of(d);
    }
    if (v instanceof Number n) {
      return NumericValue.of(new BigDecimal(n.toString()));
    }
    if (v instanceof String s) {
      return TextValue.of(s);
    }
    Map<?, ?> fraction = (Map<?, ?>) v;
    return FractionValue.of(decimal(fraction.get("numerator")), decimal(fraction.get("denominator")));
  }

  private static BigDecimal decimal(@Nullable Object n) {
    return n instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(nn(n)));
  }

  private static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> T nn(@Nullable T value) {
    if (value == null) {
      throw new NullPointerException("a required field of the document is missing");
    }
    return value;
  }
}
