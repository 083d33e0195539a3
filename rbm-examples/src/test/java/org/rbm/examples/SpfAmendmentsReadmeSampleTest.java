package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;
import org.rbm.store.Streams;

/** The "SPF amendments as a stream" sample of README.md, kept compiling and true. */
class SpfAmendmentsReadmeSampleTest {

  /** An SPF 2010-15 whose framework has IND-1 and IND-2 (that of the programme-cycle sample). */
  private static StrategicPolicyFramework spfAsAdopted() {
    return StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(PlanningPeriod.parse("2010-15"))
        .adoptedOn(LocalDate.of(2008, 11, 20))
        .framework(CycleReadmeSampleTest.framework("2010-15"))
        .build();
  }

  @Test
  void theSampleStoresTheRecordAndAnswersAsTheReadmeSays() {
    StrategicPolicyFramework spfAsAdopted = spfAsAdopted();
    try (RbmStore store = RbmStore.inMemory()) {
      Streams streams = store.streams();
      // The README's sample:
      SpfAmendments record = SpfAmendments.recorded(spfAsAdopted);
      StoredStream<SpfAmendments> s =
          streams.create(StreamKind.SPF_AMENDMENTS, "SPF-2010-15", record, "PROGRAM");
      s = streams.append(StreamKind.SPF_AMENDMENTS, "SPF-2010-15", s.version(), List.of(
          StreamEvent.of(AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2",
              List.of(SpfChange.removeIndicator(IndicatorId.of("IND-2")))), LocalDate.of(2011, 2, 10),
              "PROGRAM"),
          StreamEvent.of(new AmendmentEvent.Adopt(), LocalDate.of(2011, 3, 24), "Governing Body")));
      SpfAmendments read =
          streams.read(StreamKind.SPF_AMENDMENTS, "SPF-2010-15").orElseThrow().value();
      // What the comments say:
      assertEquals(AmendmentState.NONE, record.state());
      assertEquals(2, s.version());
      assertTrue(read.asOf(LocalDate.of(2011, 3, 23)).framework()
          .indicator(IndicatorId.of("IND-2")).isPresent());
      assertTrue(read.asOf(LocalDate.of(2011, 3, 24)).framework()
          .indicator(IndicatorId.of("IND-2")).isEmpty());
      StrategicPolicyFramework spf = read.spf();
      assertEquals(1, spf.amendments().size());
      assertEquals(LocalDate.of(2011, 3, 24), spf.amendments().get(0).date());
      assertEquals(List.of(AmendmentEvent.Amend.class),
          SpfAmendments.of(spf).history().stream().map(t -> t.event().getClass()).toList());
      assertEquals(read.asOf(LocalDate.of(2012, 1, 1)), SpfAmendments.of(spf).asOf(LocalDate.of(2012, 1, 1)));
    }
  }
}
