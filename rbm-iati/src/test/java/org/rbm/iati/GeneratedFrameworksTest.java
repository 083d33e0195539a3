package org.rbm.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.RbmGen;

/** Laws of writing and reading back over the testkit's generated frameworks. */
class GeneratedFrameworksTest {
  private static final String[] IATI_LEVELS = {"impact", "outcome", "output", "other"};

  private static byte[] written(ResultsFramework f, List<WriteReport> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.add(IatiWriter.write(f, IatiHeader.of(f, "XX-ORG", "40"), out));
    return out.toByteArray();
  }

  @Test
  void everyGeneratedFrameworkWritesASchemaValidDocumentAndReportsParents() {
    qt().withExamples(60).forAll(RbmGen.frameworks().varied()).checkAssert(f -> {
      List<WriteReport> reports = new ArrayList<>();
      IatiImport back = IatiReader.strict().readAll(written(f, reports)).get(0);
      long withIndicators = f.results().stream().filter(r -> !r.indicators().isEmpty()).count();
      assertEquals(withIndicators, back.framework().results().size());
      boolean parents = f.results().stream()
          .anyMatch(r -> r.parent().isPresent() && !r.indicators().isEmpty());
      assertTrue(!parents || reports.get(0).omissions().stream()
          .anyMatch(o -> o.path().endsWith("/parent")), reports.get(0)::toString);
    });
  }

  @Test
  void whatIatiCanHoldComesBackEqual() {
    qt().withExamples(60).forAll(RbmGen.frameworks().varied()).checkAssert(generated -> {
      ResultsFramework f = holdable(generated);
      List<WriteReport> reports = new ArrayList<>();
      IatiImport back = IatiReader.strict().readAll(written(f, reports)).get(0);
      assertTrue(reports.get(0).isComplete(), reports.get(0)::toString);
      assertEquals(f, back.framework());
      assertFalse(back.findings().stream().anyMatch(x -> !x.code().equals("IATI-IMPORT-KEPT")),
          back.findings()::toString);
    });
  }

  /**
   * The part of a framework IATI can hold, as README.md's IATI section lists it: flat results with
   * indicators on IATI's levels (ids by position), IATI's measures, directions up or down,
   * baselines with a year (or date) and no reason, fractions as their numbers, suitability for aggregation, references; no parent, assumption, unit, cumulative
   * flag, means of verification, data source, frequency, declared categories or contribution.
   */
  static ResultsFramework holdable(ResultsFramework f) {
    ResultsFramework.Builder b = ResultsFramework.builder()
        .id(f.id()).title(f.title()).owner(f.owner()).planningPeriod(f.planningPeriod())
        .levelScheme(IatiReader.LEVELS);
    int i = 0;
    for (Result r : f.results()) {
      if (r.indicators().isEmpty()) {
        continue;
      }
      i++;
      Result.Builder rb = Result.builder()
          .id(ResultId.of("R" + i))
          .level(List.of(IATI_LEVELS).contains(r.level()) ? r.level() : "other")
          .title(r.title())
          .addAllExternalReferences(r.externalReferences());
      r.description().ifPresent(rb::description);
      r.suitableForAggregation().ifPresent(rb::suitableForAggregation);
      int j = 0;
      for (Indicator ind : r.indicators()) {
        j++;
        rb.addIndicator(indicator(ind, "R" + i + ".I" + j));
      }
      b.addResult(rb.build());
    }
    return b.build();
  }

  private static Indicator indicator(Indicator ind, String id) {
    Measure measure = Measure.fromIatiCode(ind.measure().iatiCode());
    Indicator.Builder b = Indicator.builder()
        .id(IndicatorId.of(id)).title(ind.title()).measure(measure);
    ind.definition().ifPresent(b::definition);
    ind.suitableForAggregation().ifPresent(b::suitableForAggregation);
    b.addAllExternalReferences(ind.externalReferences());
    ind.direction()
        .filter(d -> d == Direction.INCREASE || d == Direction.DECREASE)
        .ifPresent(b::direction);
    Set<String> dimensions = new LinkedHashSet<>();
    for (Baseline base : ind.baselines()) {
      if (base.unavailableReason().isEmpty() && base.year().isPresent()) {
        b.addBaseline(base.withValue(base.value().map(v -> number(v, ind.measure()))));
        dimensions.addAll(base.disaggregation().categories().keySet());
      }
    }
    for (IndicatorPeriod p : ind.periods()) {
      IndicatorPeriod.Builder pb = IndicatorPeriod.builder().period(p.period());
      for (DataPoint t : p.targets()) {
        pb.addTarget(t.withValue(number(t.value(), ind.measure())));
        dimensions.addAll(t.disaggregation().categories().keySet());
      }
      for (DataPoint a : p.actuals()) {
        pb.addActual(a.withValue(number(a.value(), ind.measure())));
        dimensions.addAll(a.disaggregation().categories().keySet());
      }
      b.addPeriod(pb.build());
    }
    return b.addAllDisaggregationDimensions(dimensions).build();
  }

  /** A fraction as its percent or quotient, rounded half-even to 20 decimal places. */
  private static Value number(Value v, Measure original) {
    return v instanceof FractionValue f
        ? Value.of(original.numberIn(f).orElseThrow().setScale(20, RoundingMode.HALF_EVEN))
        : v;
  }
}
