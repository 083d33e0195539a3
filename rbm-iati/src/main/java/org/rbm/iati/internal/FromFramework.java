package org.rbm.iati.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.iati.IatiBaseline;
import org.rbm.iati.IatiDimension;
import org.rbm.iati.IatiIndicator;
import org.rbm.iati.IatiLocation;
import org.rbm.iati.IatiPeriod;
import org.rbm.iati.IatiReference;
import org.rbm.iati.IatiResult;
import org.rbm.iati.IatiText;
import org.rbm.iati.IatiValue;
import org.rbm.iati.WriteReport.Omission;

/**
 * The IATI form of a framework's results, with an {@link Omission} for each part IATI has no
 * place for. Linear in the size of the framework.
 */
public final class FromFramework {
  private final List<Omission> omissions;

  /**
   * Creates a converter that reports to the given list.
   *
   * @param omissions where omissions go
   */
  public FromFramework(List<Omission> omissions) {
    this.omissions = omissions;
  }

  private void omit(String path, String what) {
    omissions.add(new Omission(path, what));
  }

  /**
   * Notes the framework-level parts IATI has no place for: contribution links.
   *
   * @param f the framework
   */
  public void frameworkParts(ResultsFramework f) {
    for (ContributionLink link : f.contributions()) {
      omit("/results/" + link.source() + "/contributions",
          "the contribution link to " + link.targetFramework() + "/" + link.targetResult()
              + ": IATI has no contribution links");
    }
  }

  /**
   * Returns the IATI form of a result.
   *
   * @param r the result
   * @return the IATI result
   */
  public IatiResult result(Result r) {
    String path = "/results/" + r.id();
    r.parent().ifPresent(
        p -> omit(path + "/parent", "the parent " + p + ": IATI results are flat"));
    for (String a : r.assumptions()) {
      omit(path + "/assumptions", "the assumption \"" + a + "\": IATI has no assumptions");
    }
    List<IatiReference> references = new ArrayList<>();
    for (ExternalReference ref : r.externalReferences()) {
      references.add(
          new IatiReference(ref.vocabulary(), ref.code(), ref.vocabularyUri(), Optional.empty()));
    }
    List<IatiIndicator> indicators = new ArrayList<>();
    for (Indicator i : r.indicators()) {
      indicators.add(indicator(i, path + "/indicators/" + i.id()));
    }
    return new IatiResult(
        Optional.of(type(r.level(), path)),
        r.suitableForAggregation().map(FromFramework::xmlBoolean),
        IatiText.of(r.title()),
        r.description().map(IatiText::of),
        ImmutableList.of(),
        ImmutableList.copyOf(references),
        ImmutableList.copyOf(indicators));
  }

  private String type(String level, String path) {
    String code = switch (level.toLowerCase(Locale.ROOT)) {
      case "output" -> "1";
      case "outcome" -> "2";
      case "impact" -> "3";
      case "other" -> "9";
      default -> "";
    };
    if (code.isEmpty()) {
      omit(path + "/level", "the level " + level + ": written as IATI result type 9 (other)");
      return "9";
    }
    return code;
  }

  private IatiIndicator indicator(Indicator i, String path) {
    if (i.unit().isPresent()) {
      omit(path + "/unit", "the unit \"" + i.unit().get() + "\": IATI has no unit");
    }
    if (i.cumulative()) {
      omit(path + "/cumulative", "cumulative: IATI has no cumulative flag");
    }
    i.meansOfVerification().ifPresent(
        m -> omit(path + "/meansOfVerification", "the means of verification: no place in IATI"));
    i.dataSource().ifPresent(d -> omit(path + "/dataSource", "the data source: no place in IATI"));
    i.reportingFrequency().ifPresent(
        f -> omit(path + "/reportingFrequency", "the reporting frequency: no place in IATI"));
    if (!i.dimensionCategories().isEmpty()) {
      omit(path + "/dimensionCategories", "the declared categories: no place in IATI");
    }
    if (i.additive() != i.measure().additiveByDefault()) {
      omit(path + "/additive", "additive " + i.additive() + ": no place in IATI");
    }
    if (i.measure() == Measure.RATIO || i.measure() == Measure.CURRENCY) {
      omit(path + "/measure", "the measure " + i.measure() + ": written as IATI measure 1 (unit)");
    }
    Optional<String> ascending = Optional.empty();
    if (i.direction().isPresent()) {
      Direction d = i.direction().get();
      if (d == Direction.INCREASE) {
        ascending = Optional.of("1");
      } else if (d == Direction.DECREASE) {
        ascending = Optional.of("0");
      } else {
        omit(path + "/direction", "the direction " + d + ": IATI knows only ascending or not");
      }
    }
    List<IatiReference> references = new ArrayList<>();
    for (ExternalReference ref : i.externalReferences()) {
      ref.vocabularyUri().ifPresent(u -> omit(path + "/externalReferences/" + ref,
          "the vocabulary URI " + u + ": IATI 2.03 has none on an indicator's reference"));
      references.add(
          new IatiReference(ref.vocabulary(), ref.code(), Optional.empty(), ref.indicatorUri()));
    }
    List<IatiBaseline> baselines = new ArrayList<>();
    for (int k = 0; k < i.baselines().size(); k++) {
      String at = i.baselines().size() == 1 ? path + "/baseline" : path + "/baselines/" + k;
      baseline(i.baselines().get(k), i.measure(), at).ifPresent(baselines::add);
    }
    List<IatiPeriod> periods = new ArrayList<>();
    for (IndicatorPeriod p : i.periods()) {
      String at = path + "/periods/" + p.period().start() + "--" + p.period().end();
      periods.add(new IatiPeriod(
          Optional.of(p.period().start().toString()),
          Optional.of(p.period().end().toString()),
          values(p.targets(), i.measure(), at + "/targets"),
          values(p.actuals(), i.measure(), at + "/actuals")));
    }
    return new IatiIndicator(
        Optional.of(String.valueOf(i.measure().iatiCode())),
        ascending,
        i.suitableForAggregation().map(FromFramework::xmlBoolean),
        IatiText.of(i.title()),
        i.definition().map(IatiText::of),
        ImmutableList.of(),
        ImmutableList.copyOf(references),
        ImmutableList.copyOf(baselines),
        ImmutableList.copyOf(periods));
  }

  private static String xmlBoolean(boolean b) {
    return b ? "1" : "0";
  }

  private Optional<IatiBaseline> baseline(Baseline b, Measure measure, String path) {
    if (b.unavailableReason().isPresent()) {
      omit(path, "the baseline not available (\"" + b.unavailableReason().get()
          + "\"): IATI has no place for the reason");
      return Optional.empty();
    }
    if (b.year().isEmpty()) {
      omit(path + "/year", "a baseline without year (nor date): IATI requires a year");
      return Optional.empty();
    }
    List<IatiDimension> dims = new ArrayList<>();
    for (Map.Entry<String, String> e : b.disaggregation().categories().entrySet()) {
      dims.add(IatiDimension.of(e.getKey(), e.getValue()));
    }
    List<IatiLocation> locations = new ArrayList<>();
    for (String l : b.locations()) {
      locations.add(IatiLocation.of(l));
    }
    return Optional.of(new IatiBaseline(
        Optional.of(String.valueOf(b.year().get())),
        b.date().map(LocalDate::toString),
        b.value().map(v -> text(v, measure, path + "/value")),
        ImmutableList.copyOf(locations),
        ImmutableList.copyOf(dims),
        ImmutableList.of(),
        b.comment().map(IatiText::of)));
  }

  private ImmutableList<IatiValue> values(List<DataPoint> points, Measure measure, String path) {
    List<IatiValue> out = new ArrayList<>();
    for (DataPoint p : points) {
      List<IatiDimension> dims = new ArrayList<>();
      for (Map.Entry<String, String> e : p.disaggregation().categories().entrySet()) {
        dims.add(IatiDimension.of(e.getKey(), e.getValue()));
      }
      out.add(new IatiValue(
          Optional.of(text(p.value(), measure, path + "/" + p.disaggregation())),
          p.location().map(l -> ImmutableList.of(IatiLocation.of(l))).orElse(ImmutableList.of()),
          ImmutableList.copyOf(dims),
          p.comment().map(IatiText::of),
          ImmutableList.of()));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the number a fraction stands for under a measure, rounded half-even to the decimal
   * places a number of the SDK may have ({@link Decimals#MAX_FRACTION_DIGITS}), so that it reads
   * back: 1/3 as a percentage is 33.33333333333333333333.
   *
   * @param f the fraction
   * @param measure the indicator's measure
   * @return the number, without trailing zeros
   */
  public static BigDecimal fractionNumber(FractionValue f, Measure measure) {
    BigDecimal n = measure.numberIn(f).orElseThrow()
        .setScale(Decimals.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  private String text(Value v, Measure measure, String path) {
    if (v instanceof NumericValue n) {
      return n.amount().toPlainString();
    }
    if (v instanceof FractionValue f) {
      String number = fractionNumber(f, measure).toPlainString();
      omit(path, "the fraction " + f + ": written as its number " + number);
      return number;
    }
    return ((TextValue) v).text();
  }
}
