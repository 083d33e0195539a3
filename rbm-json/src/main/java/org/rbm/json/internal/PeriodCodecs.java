package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import jakarta.json.stream.JsonParser;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;

/**
 * Periods: a planning period is a JSON string in the ILO notation ({@code "2008-09"}); a date range
 * is written as an object of two ISO dates, both included ({@code {"start": "2008-01-01", "end":
 * "2008-12-31"}}), and read from that object or from a string holding a label that {@code
 * DateRange.parse} reads ({@code "2024-Q1"}, {@code "2024-M03"}, {@code "2024-04/2027-03"}).
 */
final class PeriodCodecs {
  private PeriodCodecs() {}

  /** {@link PlanningPeriod}: {@code "2010-15"}. */
  static final class PlanningPeriodCodec extends Codec<PlanningPeriod> {
    PlanningPeriodCodec(Codecs codecs) {
      super(PlanningPeriod.class, codecs);
    }

    @Override
    public void write(PlanningPeriod value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public PlanningPeriod read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> PlanningPeriod.parse(text));
    }
  }

  /**
   * {@link DateRange}: {@code {"start": "2008-01-01", "end": "2008-12-31"}}, or a label such as
   * {@code "2024-Q1"} when read.
   */
  static final class DateRangeCodec extends Codec<DateRange> {
    private static final Fields<Ends> FIELDS =
        Fields.<Ends>of("a date range object")
            .required("start", "an ISO date", (in, e) -> e.start = in.date())
            .required("end", "an ISO date", (in, e) -> e.end = in.date())
            .build();

    DateRangeCodec(Codecs codecs) {
      super(DateRange.class, codecs);
    }

    @Override
    public void write(DateRange value, JsonOut out) {
      out.startObject();
      out.field("start", value.start().toString());
      out.field("end", value.end().toString());
      out.end();
    }

    @Override
    public DateRange read(JsonIn in) {
      if (in.event() == JsonParser.Event.VALUE_STRING) {
        String label = in.string();
        return in.convert(() -> DateRange.parse(label));
      }
      Ends ends = new Ends();
      in.object(FIELDS, ends);
      return in.build(() -> DateRange.of(requireNonNull(ends.start), requireNonNull(ends.end)), "");
    }

    /** The two ends, as read. */
    private static final class Ends {
      @Nullable LocalDate start;
      @Nullable LocalDate end;
    }
  }
}
