package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Direction;
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

  /** The parts of a row, as read. */
  private static final class RowParts {
    @Nullable IndicatorId indicator;
    @Nullable String title;
    @Nullable Measure measure;
    Optional<Direction> direction = Optional.empty();
    Optional<String> unit = Optional.empty();
    Optional<Value> baseline = Optional.empty();
    final Map<DateRange, PeriodProgress> periods = new LinkedHashMap<>();
    final Set<DateRange> rolledUp = new LinkedHashSet<>();
    @Nullable PlanProgress plan;
  }

  /**
   * {@link PerformanceRow}: {@code {"indicator": "IND-7", "title": "...", "measure": "COUNT", "direction": "INCREASE",
   * "unit": "countries", "baseline": 30, "periods": [...], "rolledUp": [...], "plan": {...}}}; {@code
   * rolledUp}, the periods rolled up from shorter ones, is written only when there are some.
   */
  static final class PerformanceRowCodec extends Codec<PerformanceRow> {
    private static final Fields<RowParts> FIELDS =
        Fields.<RowParts>of("a performance row object")
            .required("indicator", "an indicator id", (in, r) -> r.indicator = in.read(IndicatorId.class))
            .required("title", "a string", (in, r) -> r.title = in.string())
            .required("measure", "a measure", (in, r) -> r.measure = in.read(Measure.class))
            .optional(
                "direction", "a direction", (in, r) -> r.direction = Optional.of(in.read(Direction.class)))
            .optional("unit", "a string", (in, r) -> r.unit = Optional.of(in.string()))
            .optional("baseline", "a value", (in, r) -> r.baseline = Optional.of(in.read(Value.class)))
            .optional(
                "periods",
                "an array of period progress objects",
                (in, r) ->
                    in.array(
                        () -> {
                          PeriodProgress p = in.read(PeriodProgress.class);
                          if (r.periods.putIfAbsent(p.period(), p) != null) {
                            throw in.error("the period " + p.period() + " again", "each period at most once");
                          }
                        }))
            .optional(
                "rolledUp",
                "an array of date range objects",
                (in, r) ->
                    in.array(
                        () -> {
                          DateRange p = in.read(DateRange.class);
                          if (!r.rolledUp.add(p)) {
                            throw in.error("the period " + p + " again", "each period at most once");
                          }
                        }))
            .required("plan", "a plan progress object", (in, r) -> r.plan = in.read(PlanProgress.class))
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
      out.optional("direction", value.direction());
      out.optional("unit", value.unit());
      out.optional("baseline", value.baseline());
      out.list("periods", value.periods().values());
      // Only when some are: a table whose periods are all shown as given reads as it always did.
      if (!value.rolledUp().isEmpty()) {
        out.list("rolledUp", value.rolledUp());
      }
      out.field("plan", value.plan());
      out.end();
    }

    @Override
    public PerformanceRow read(JsonIn in) {
      RowParts r = new RowParts();
      in.object(FIELDS, r);
      return in.build(
          () ->
              ProgressCodecs.VALUES.performanceRow(
                  requireNonNull(r.indicator),
                  requireNonNull(r.title),
                  requireNonNull(r.measure),
                  r.direction,
                  r.unit,
                  r.baseline,
                  r.periods,
                  r.rolledUp,
                  requireNonNull(r.plan)),
          "");
    }
  }

  /** The parts of a group, as read. */
  private static final class GroupParts {
    @Nullable ResultId result;
    @Nullable String level;
    @Nullable String title;
    int depth;
    final List<PerformanceRow> rows = new ArrayList<>();
  }

  /**
   * {@link PerformanceGroup}: {@code {"result": "OC1", "level": "outcome", "title": "...", "depth":
   * 1, "rows": [...]}}.
   */
  static final class PerformanceGroupCodec extends Codec<PerformanceGroup> {
    private static final Fields<GroupParts> FIELDS =
        Fields.<GroupParts>of("a performance group object")
            .required("result", "a result id", (in, g) -> g.result = in.read(ResultId.class))
            .required("level", "a string", (in, g) -> g.level = in.string())
            .required("title", "a string", (in, g) -> g.title = in.string())
            .required("depth", "a whole number", (in, g) -> g.depth = in.integer(0, Integer.MAX_VALUE))
            .optional(
                "rows",
                "an array of performance row objects",
                (in, g) -> in.list(PerformanceRow.class, g.rows::add))
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
      GroupParts g = new GroupParts();
      in.object(FIELDS, g);
      return in.build(
          () ->
              ProgressCodecs.VALUES.performanceGroup(
                  requireNonNull(g.result),
                  requireNonNull(g.level),
                  requireNonNull(g.title),
                  g.depth,
                  g.rows),
          "");
    }
  }

  /** The parts of a table, as read. */
  private static final class TableParts {
    @Nullable FrameworkId framework;
    @Nullable String title;
    @Nullable LocalDate asOf;
    @Nullable AchievementMethod method;
    final List<DateRange> columns = new ArrayList<>();
    final List<PerformanceGroup> groups = new ArrayList<>();
  }

  /**
   * {@link PerformanceTable}: {@code {"framework": "PB-2008-09", "title": "...", "asOf":
   * "2009-01-01", "method": "PERCENT_OF_TARGET", "columns": [...], "groups": [...]}}.
   */
  static final class PerformanceTableCodec extends Codec<PerformanceTable> {
    private static final Fields<TableParts> FIELDS =
        Fields.<TableParts>of("a performance table object")
            .required("framework", "a framework id", (in, t) -> t.framework = in.read(FrameworkId.class))
            .required("title", "a string", (in, t) -> t.title = in.string())
            .required("asOf", "an ISO date", (in, t) -> t.asOf = in.date())
            .required(
                "method", "an achievement method", (in, t) -> t.method = in.read(AchievementMethod.class))
            .optional(
                "columns", "an array of date range objects", (in, t) -> in.list(DateRange.class, t.columns::add))
            .optional(
                "groups",
                "an array of performance group objects",
                (in, t) -> in.list(PerformanceGroup.class, t.groups::add))
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
      TableParts t = new TableParts();
      in.object(FIELDS, t);
      return in.build(
          () ->
              ProgressCodecs.VALUES.performanceTable(
                  requireNonNull(t.framework),
                  requireNonNull(t.title),
                  requireNonNull(t.asOf),
                  requireNonNull(t.method),
                  t.columns,
                  t.groups),
          "");
    }
  }
}
