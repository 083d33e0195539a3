package org.rbm.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/**
 * What an indicator records: its baseline, its reporting periods, their targets and actuals (data
 * points), and the breakdown of a data point.
 */
final class IndicatorValueCodecs {
  private IndicatorValueCodecs() {}

  /**
   * {@link Disaggregation}: an object from dimension to category, {@code {"age": "15-24", "sex":
   * "female"}}; the total is {@code {}}.
   */
  static final class DisaggregationCodec extends Codec<Disaggregation> {
    DisaggregationCodec(Codecs codecs) {
      super(Disaggregation.class, codecs);
    }

    @Override
    public void write(Disaggregation value, JsonOut out) {
      out.startObject();
      value.categories().forEach(out::field);
      out.end();
    }

    @Override
    public Disaggregation read(JsonIn in) {
      Map<String, String> categories = new LinkedHashMap<>();
      in.map(
          "a disaggregation object, from dimension to category",
          dimension -> {
            String category = in.string();
            // Checked pair by pair, so that the error names the dimension at fault.
            var unused = in.convert(() -> Disaggregation.of(dimension, category));
            categories.put(dimension, category);
          });
      return in.convert(() -> Disaggregation.of(categories));
    }
  }

  /** {@link DataPoint}: {@code {"value": 12, "disaggregation": {"sex": "female"}}}. */
  static final class DataPointCodec extends Codec<DataPoint> {
    private static final Fields<DataPoint.Builder> FIELDS =
        Fields.<DataPoint.Builder>of("a data point object")
            .required("value", "a value", (in, b) -> b.value(in.read(Value.class)))
            .optional(
                "disaggregation",
                "a disaggregation object",
                (in, b) -> b.disaggregation(in.read(Disaggregation.class)))
            .optional("location", "a string", (in, b) -> b.location(in.string()))
            .optional("comment", "a string", (in, b) -> b.comment(in.string()))
            .build();

    DataPointCodec(Codecs codecs) {
      super(DataPoint.class, codecs);
    }

    @Override
    public void write(DataPoint value, JsonOut out) {
      out.startObject();
      out.field("value", value.value());
      if (!value.disaggregation().isTotal()) {
        out.field("disaggregation", value.disaggregation());
      }
      out.optional("location", value.location());
      out.optional("comment", value.comment());
      out.end();
    }

    @Override
    public DataPoint read(JsonIn in) {
      DataPoint.Builder b = DataPoint.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link IndicatorPeriod}: {@code {"period": {...}, "targets": [...], "actuals": [...]}}. */
  static final class IndicatorPeriodCodec extends Codec<IndicatorPeriod> {
    private static final Fields<IndicatorPeriod.Builder> FIELDS =
        Fields.<IndicatorPeriod.Builder>of("an indicator period object")
            .required("period", "a date range object", (in, b) -> b.period(in.read(DateRange.class)))
            .optional("targets", "an array of data points", (in, b) -> in.list(DataPoint.class, b::addTarget))
            .optional("actuals", "an array of data points", (in, b) -> in.list(DataPoint.class, b::addActual))
            .build();

    IndicatorPeriodCodec(Codecs codecs) {
      super(IndicatorPeriod.class, codecs);
    }

    @Override
    public void write(IndicatorPeriod value, JsonOut out) {
      out.startObject();
      out.field("period", value.period());
      out.list("targets", value.targets());
      out.list("actuals", value.actuals());
      out.end();
    }

    @Override
    public IndicatorPeriod read(JsonIn in) {
      IndicatorPeriod.Builder b = IndicatorPeriod.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link Baseline}: {@code {"value": 30, "date": "2007-12-31", "comment": "..."}}, or {@code
   * {"unavailableReason": "No survey before 2009"}}; {@code "year"} when there is no date (with a
   * date, the year is the date's), {@code "disaggregation"} unless the total, {@code
   * "locations"} when given.
   */
  static final class BaselineCodec extends Codec<Baseline> {
    private static final Fields<Baseline.Builder> FIELDS =
        Fields.<Baseline.Builder>of("a baseline object")
            .optional("value", "a value", (in, b) -> b.value(in.read(Value.class)))
            .optional("date", "an ISO date", (in, b) -> b.date(in.date()))
            .optional("comment", "a string", (in, b) -> b.comment(in.string()))
            .optional("unavailableReason", "a string", (in, b) -> b.unavailableReason(in.string()))
            .optional(
                "year",
                "a whole number",
                (in, b) -> b.year(in.integer(Integer.MIN_VALUE, Integer.MAX_VALUE)))
            .optional(
                "disaggregation",
                "a disaggregation object",
                (in, b) -> b.disaggregation(in.read(Disaggregation.class)))
            .optional(
                "locations", "an array of distinct strings", (in, b) -> in.strings(b::addLocations, true))
            .build();

    BaselineCodec(Codecs codecs) {
      super(Baseline.class, codecs);
    }

    @Override
    public void write(Baseline value, JsonOut out) {
      out.startObject();
      out.optional("value", value.value());
      out.optional("date", value.date().map(Object::toString));
      out.optional("comment", value.comment());
      out.optional("unavailableReason", value.unavailableReason());
      if (value.date().isEmpty() && value.year().isPresent()) {
        // With a date, the year is the date's.
        out.decimal("year", java.math.BigDecimal.valueOf(value.year().get()));
      }
      if (!value.disaggregation().isTotal()) {
        out.field("disaggregation", value.disaggregation());
      }
      out.list("locations", value.locations());
      out.end();
    }

    @Override
    public Baseline read(JsonIn in) {
      Baseline.Builder b = Baseline.builder();
      in.object(FIELDS, b);
      // The model names its fields "baseline.value", "baseline.unavailableReason".
      return in.build(b::build, "baseline.");
    }
  }
}
