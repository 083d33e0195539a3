package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.progress.IndicatorWeights;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.progress.StatusCounts;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/**
 * Roll-ups along the results chain: the policy with its weights, and each result's counts by status
 * and overall status. Maps keyed by data are JSON objects: {@code {"IND-1": 2}}, {@code
 * {"ACHIEVED": 1, "BEHIND": 2}}.
 */
final class RollUpCodecs {
  private RollUpCodecs() {}

  /** {@link IndicatorWeights}: {@code {"IND-1": 2, "IND-4": 0.5}}. */
  static final class IndicatorWeightsCodec extends Codec<IndicatorWeights> {
    IndicatorWeightsCodec(Codecs codecs) {
      super(IndicatorWeights.class, codecs);
    }

    @Override
    public void write(IndicatorWeights value, JsonOut out) {
      out.startObject();
      value.asMap().forEach((id, w) -> out.decimal(id.toString(), w));
      out.end();
    }

    @Override
    public IndicatorWeights read(JsonIn in) {
      Map<IndicatorId, BigDecimal> weights = new LinkedHashMap<>();
      in.map(
          "an object from indicator id to weight",
          id -> {
            IndicatorId key = in.convert(() -> IndicatorId.parse(id));
            BigDecimal weight = in.decimal();
            var unused = in.convert(() -> IndicatorWeights.of(Map.of(key, weight)));
            weights.put(key, weight);
          });
      return in.convert(() -> IndicatorWeights.of(weights));
    }
  }

  /**
   * {@link StatusCounts}: {@code {"ACHIEVED": 1, "BEHIND": 2}}; statuses with no indicator are left
   * out. An unknown status is reported at its count, the value the parser stands on.
   */
  static final class StatusCountsCodec extends Codec<StatusCounts> {
    StatusCountsCodec(Codecs codecs) {
      super(StatusCounts.class, codecs);
    }

    @Override
    public void write(StatusCounts value, JsonOut out) {
      out.startObject();
      value.asMap().forEach((s, n) -> out.decimal(s.name(), BigDecimal.valueOf(n)));
      out.end();
    }

    @Override
    public StatusCounts read(JsonIn in) {
      Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
      in.map(
          "an object from progress status to count",
          name -> counts.put(status(in, name), in.integer(1, Integer.MAX_VALUE)));
      return in.convert(() -> StatusCounts.of(counts));
    }

    private static ProgressStatus status(JsonIn in, String name) {
      for (ProgressStatus s : ProgressStatus.values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      throw in.error(
          "the status " + JsonIn.quote(name), "one of " + Arrays.toString(ProgressStatus.values()));
    }
  }

  /**
   * {@link RollUpPolicy}: {@code {"kind": "WORST_STATUS"}}, {@code {"kind": "SHARE_ON_TRACK",
   * "threshold": 0.75}} or {@code {"kind": "WEIGHTED_MEAN", "weights": {"IND-1": 2}}}.
   */
  static final class RollUpPolicyCodec extends Codec<RollUpPolicy> {
    private static final Fields<RollUpPolicy.Builder> FIELDS =
        Fields.<RollUpPolicy.Builder>of("a roll-up policy object")
            .required("kind", "a roll-up policy kind", (in, b) -> b.kind(in.read(RollUpPolicy.Kind.class)))
            .optional("threshold", "a number", (in, b) -> b.threshold(in.decimal()))
            .optional(
                "weights",
                "an object from indicator id to weight",
                (in, b) -> b.weights(in.read(IndicatorWeights.class)))
            .build();

    RollUpPolicyCodec(Codecs codecs) {
      super(RollUpPolicy.class, codecs);
    }

    @Override
    public void write(RollUpPolicy value, JsonOut out) {
      out.startObject();
      out.field("kind", value.kind());
      ProgressCodecs.optionalDecimal(out, "threshold", value.threshold());
      if (!value.weights().equals(IndicatorWeights.EQUAL)) {
        out.field("weights", value.weights());
      }
      out.end();
    }

    @Override
    public RollUpPolicy read(JsonIn in) {
      RollUpPolicy.Builder b = RollUpPolicy.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "policy.");
    }
  }

  /** The parts of a result's roll-up, as read. */
  private static final class ResultParts {
    @Nullable ResultId result;
    int indicatorCount;
    @Nullable StatusCounts counts;
    @Nullable ProgressStatus status;
    Optional<BigDecimal> shareOnTrack = Optional.empty();
    Optional<BigDecimal> meanScore = Optional.empty();
  }

  /**
   * {@link ResultRollUp}: {@code {"result": "OC1", "indicatorCount": 3, "counts": {"ACHIEVED": 1,
   * "BEHIND": 2}, "status": "BEHIND"}}, with {@code "shareOnTrack"} or {@code "meanScore"} under
   * those policies.
   */
  static final class ResultRollUpCodec extends Codec<ResultRollUp> {
    private static final Fields<ResultParts> FIELDS =
        Fields.<ResultParts>of("a result roll-up object")
            .required("result", "a result id", (in, r) -> r.result = in.read(ResultId.class))
            .required(
                "indicatorCount",
                "a whole number",
                (in, r) -> r.indicatorCount = in.integer(0, Integer.MAX_VALUE))
            .required(
                "counts",
                "an object from progress status to count",
                (in, r) -> r.counts = in.read(StatusCounts.class))
            .required("status", "a progress status", (in, r) -> r.status = in.read(ProgressStatus.class))
            .optional("shareOnTrack", "a number", (in, r) -> r.shareOnTrack = Optional.of(in.decimal()))
            .optional("meanScore", "a number", (in, r) -> r.meanScore = Optional.of(in.decimal()))
            .build();

    ResultRollUpCodec(Codecs codecs) {
      super(ResultRollUp.class, codecs);
    }

    @Override
    public void write(ResultRollUp value, JsonOut out) {
      out.startObject();
      out.field("result", value.result());
      out.decimal("indicatorCount", BigDecimal.valueOf(value.indicatorCount()));
      out.field("counts", value.counts());
      out.field("status", value.status());
      ProgressCodecs.optionalDecimal(out, "shareOnTrack", value.shareOnTrack());
      ProgressCodecs.optionalDecimal(out, "meanScore", value.meanScore());
      out.end();
    }

    @Override
    public ResultRollUp read(JsonIn in) {
      ResultParts r = new ResultParts();
      in.object(FIELDS, r);
      return in.build(
          () ->
              ProgressCodecs.VALUES.resultRollUp(
                  requireNonNull(r.result),
                  r.indicatorCount,
                  requireNonNull(r.counts),
                  requireNonNull(r.status),
                  r.shareOnTrack,
                  r.meanScore),
          "");
    }
  }

  /** The parts of a roll-up, as read. */
  private static final class RollUpParts {
    @Nullable FrameworkId framework;
    @Nullable LocalDate asOf;
    @Nullable RollUpPolicy policy;
    final List<ResultRollUp> results = new ArrayList<>();
  }

  /**
   * {@link RollUp}: {@code {"framework": "PB-2008-09", "asOf": "2009-01-01", "policy": {...},
   * "results": [...]}}.
   */
  static final class RollUpCodec extends Codec<RollUp> {
    private static final Fields<RollUpParts> FIELDS =
        Fields.<RollUpParts>of("a roll-up object")
            .required("framework", "a framework id", (in, r) -> r.framework = in.read(FrameworkId.class))
            .required("asOf", "an ISO date", (in, r) -> r.asOf = in.date())
            .required("policy", "a roll-up policy object", (in, r) -> r.policy = in.read(RollUpPolicy.class))
            .optional(
                "results",
                "an array of result roll-up objects",
                (in, r) -> in.list(ResultRollUp.class, r.results::add))
            .build();

    RollUpCodec(Codecs codecs) {
      super(RollUp.class, codecs);
    }

    @Override
    public void write(RollUp value, JsonOut out) {
      out.startObject();
      out.field("framework", value.framework());
      out.field("asOf", value.asOf().toString());
      out.field("policy", value.policy());
      out.list("results", value.results());
      out.end();
    }

    @Override
    public RollUp read(JsonIn in) {
      RollUpParts r = new RollUpParts();
      in.object(FIELDS, r);
      return in.build(
          () ->
              ProgressCodecs.VALUES.rollUp(
                  requireNonNull(r.framework),
                  requireNonNull(r.asOf),
                  requireNonNull(r.policy),
                  r.results),
          "");
    }
  }
}
