package org.rbm.json.internal;

import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.results.ExternalReference;

/**
 * {@link Indicator}: an object with the indicator's id, title and measure (required) and its other
 * attributes, each named after the model's accessor: {@code "dimensionCategories": {"sex":
 * ["female", "male"]}} when categories are declared, and {@code "additive"} only when it differs
 * from the measure's default.
 */
final class IndicatorCodec extends Codec<Indicator> {
  private static final Fields<Indicator.Builder> FIELDS =
      Fields.<Indicator.Builder>of("an indicator object")
          .required("id", "an indicator id", (in, b) -> b.id(in.read(IndicatorId.class)))
          .required("title", "a string", (in, b) -> b.title(in.string()))
          .optional("definition", "a string", (in, b) -> b.definition(in.string()))
          .required("measure", "a measure", (in, b) -> b.measure(in.read(Measure.class)))
          .optional("unit", "a string", (in, b) -> b.unit(in.string()))
          .optional("direction", "a direction", (in, b) -> b.direction(in.read(Direction.class)))
          .optional("cumulative", "true or false", (in, b) -> b.cumulative(in.bool()))
          .optional(
              "reportingFrequency",
              "a reporting frequency",
              (in, b) -> b.reportingFrequency(in.read(ReportingFrequency.class)))
          .optional(
              "disaggregationDimensions",
              "an array of distinct strings",
              (in, b) -> in.strings(b::addDisaggregationDimension, true))
          .optional(
              "dimensionCategories",
              "an object of arrays of distinct strings",
              (in, b) ->
                  in.map(
                      "an object of arrays of distinct strings",
                      dimension ->
                          in.strings(c -> b.putDimensionCategory(dimension, c), true)))
          .optional("additive", "true or false", (in, b) -> b.additive(in.bool()))
          .optional("meansOfVerification", "a string", (in, b) -> b.meansOfVerification(in.string()))
          .optional("dataSource", "a string", (in, b) -> b.dataSource(in.string()))
          .optional(
              "baseline", "a baseline object", (in, b) -> b.addBaseline(in.read(Baseline.class)))
          .optional(
              "baselines",
              "an array of baseline objects",
              (in, b) -> in.list(Baseline.class, b::addBaseline))
          .optional(
              "periods",
              "an array of indicator periods",
              (in, b) -> in.list(IndicatorPeriod.class, b::addPeriod))
          .optional(
              "suitableForAggregation",
              "true or false",
              (in, b) -> b.suitableForAggregation(in.bool()))
          .optional(
              "externalReferences",
              "an array of external references",
              (in, b) -> in.list(ExternalReference.class, b::addExternalReference))
          .build();

  IndicatorCodec(Codecs codecs) {
    super(Indicator.class, codecs);
  }

  @Override
  public void write(Indicator value, JsonOut out) {
    out.startObject();
    out.field("id", value.id());
    out.field("title", value.title());
    out.optional("definition", value.definition());
    out.field("measure", value.measure());
    out.optional("unit", value.unit());
    out.optional("direction", value.direction());
    out.bool("cumulative", value.cumulative());
    out.optional("reportingFrequency", value.reportingFrequency());
    out.list("disaggregationDimensions", value.disaggregationDimensions());
    if (!value.dimensionCategories().isEmpty()) {
      out.startObject("dimensionCategories");
      for (var e : value.dimensionCategories().asMap().entrySet()) {
        out.list(e.getKey(), e.getValue());
      }
      out.end();
    }
    if (value.additive() != value.measure().additiveByDefault()) {
      out.bool("additive", value.additive());
    }
    out.optional("meansOfVerification", value.meansOfVerification());
    out.optional("dataSource", value.dataSource());
    // One baseline as before, "baseline"; several as "baselines".
    if (value.baselines().size() == 1) {
      out.field("baseline", value.baselines().get(0));
    } else {
      out.list("baselines", value.baselines());
    }
    out.list("periods", value.periods());
    value.suitableForAggregation().ifPresent(v -> out.bool("suitableForAggregation", v));
    out.list("externalReferences", value.externalReferences());
    out.end();
  }

  @Override
  public Indicator read(JsonIn in) {
    Indicator.Builder b = Indicator.builder();
    in.object(FIELDS, b);
    return in.build(b::build, "");
  }
}
