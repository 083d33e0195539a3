package org.rbm.json.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.PerformanceGroup;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/**
 * The performance table as data: its period columns, its groups by result and their rows. A row's
 * periods are an array of period progress objects, each naming its period.
 */
final class PerformanceTableCodecs {
  private PerformanceTableCodecs() {}

  /**
   * {@link PerformanceRow}: {@code {"indicator": "IND-7", "title": "...", "measure": "COUNT",
   * "unit": "countries", "baseline": 30, "periods": [...], "plan": {...}}}.
   */
  static final class PerformanceRowCodec extends Codec<PerformanceRow> {
    private static final Fields<PerformanceRow.Builder> FIELDS =
        Fields.<PerformanceRow.Builder>of("a performance row object")
            .required("indicator", "an indicator id", (in, b) -> b.indicator(in.read(IndicatorId.class)))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .required("measure", "a measure", (in, b) -> b.measure(in.read(Measure.class)))
            .optional("unit", "a string", (in, b) -> b.unit(in.string()))
            .optional("baseline", "a value", (in, b) -> b.baseline(in.read(Value.class)))
            .optional(
                "periods",
                "an array of period progress objects",
                (in, b) -> {
                  Set<DateRange> seen = new HashSet<>();
                  in.array(
                      () -> {
                        PeriodProgress p = in.read(PeriodProgress.class);
                        if (!seen.add(p.period())) {
                          throw in.error("the period " + p.period() + " again", "each period at most once");
                        }
                        b.putPeriod(p.period(), p);
                      });
                })
            .required("plan", "a plan progress object", (in, b) -> b.plan(in.read(PlanProgress.class)))
            .build();

    PerformanceRowCodec(Codecs codecs) {
      super(PerformanceRow.class, codecs);
    }

    @Override
    public void write(PerformanceRow value, JsonOut out) {
      out.startObject();
      out.field("indicator", value.indicator());
      out.field("title", value.title());
      out.field("measure", value.measure());
      out.optional("unit", value.unit());
      out.optional("baseline", value.baseline());
      out.list("periods", value.periods().values());
      out.field("plan", value.plan());
      out.end();
    }

    @Override
    public PerformanceRow read(JsonIn in) {
      PerformanceRow.Builder b = PerformanceRow.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link PerformanceGroup}: {@code {"result": "OC1", "level": "outcome", "title": "...", "depth":
   * 1, "rows": [...]}}.
   */
  static final class PerformanceGroupCodec extends Codec<PerformanceGroup> {
    private static final Fields<PerformanceGroup.Builder> FIELDS =
        Fields.<PerformanceGroup.Builder>of("a performance group object")
            .required("result", "a result id", (in, b) -> b.result(in.read(ResultId.class)))
            .required("level", "a string", (in, b) -> b.level(in.string()))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .required("depth", "a whole number", (in, b) -> b.depth(in.integer(0, Integer.MAX_VALUE)))
            .optional(
                "rows",
                "an array of performance row objects",
                (in, b) -> in.list(PerformanceRow.class, b::addRow))
            .build();

    PerformanceGroupCodec(Codecs codecs) {
      super(PerformanceGroup.class, codecs);
    }

    @Override
    public void write(PerformanceGroup value, JsonOut out) {
      out.startObject();
      out.field("result", value.result());
      out.field("level", value.level());
      out.field("title", value.title());
      out.decimal("depth", BigDecimal.valueOf(value.depth()));
      out.list("rows", value.rows());
      out.end();
    }

    @Override
    public PerformanceGroup read(JsonIn in) {
      PerformanceGroup.Builder b = PerformanceGroup.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link PerformanceTable}: {@code {"framework": "PB-2008-09", "title": "...", "asOf":
   * "2009-01-01", "method": "PERCENT_OF_TARGET", "columns": [...], "groups": [...]}}.
   */
  static final class PerformanceTableCodec extends Codec<PerformanceTable> {
    private static final Fields<PerformanceTable.Builder> FIELDS =
        Fields.<PerformanceTable.Builder>of("a performance table object")
            .required("framework", "a framework id", (in, b) -> b.framework(in.read(FrameworkId.class)))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .required("asOf", "an ISO date", (in, b) -> b.asOf(in.date()))
            .required("method", "an achievement method", (in, b) -> b.method(in.read(AchievementMethod.class)))
            .optional(
                "columns", "an array of date range objects", (in, b) -> in.list(DateRange.class, b::addColumn))
            .optional(
                "groups",
                "an array of performance group objects",
                (in, b) -> in.list(PerformanceGroup.class, b::addGroup))
            .build();

    PerformanceTableCodec(Codecs codecs) {
      super(PerformanceTable.class, codecs);
    }

    @Override
    public void write(PerformanceTable value, JsonOut out) {
      out.startObject();
      out.field("framework", value.framework());
      out.field("title", value.title());
      out.field("asOf", value.asOf().toString());
      out.field("method", value.method());
      out.list("columns", value.columns());
      out.list("groups", value.groups());
      out.end();
    }

    @Override
    public PerformanceTable read(JsonIn in) {
      PerformanceTable.Builder b = PerformanceTable.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
