package org.rbm.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.SpfVersion;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.period.DateRange;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;
import org.rbm.store.DocumentType;
import org.rbm.store.FollowUpRate;
import org.rbm.store.LateAction;
import org.rbm.store.RbmStore;
import org.rbm.store.StoreConflictException;
import org.rbm.store.StoredDocument;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;
import org.rbm.store.Streams;

/**
 * The report's section on the store: the ILO framework, the roadmap, milestone 17's history, the
 * amendment record of the SPF 2006-09 and an evaluation saved in an embedded H2 database under the
 * target folder, which is then reopened and read: the versions, the milestone and the SPF's
 * amendments replayed from their events (the SPF as it stood on a day between two amendments), a
 * writer that lost the race, and the follow-up figures computed in SQL.
 */
public final class StoreSection {
  /** The day the follow-up figures are computed for. */
  static final LocalDate AS_OF = IloEvaluations.AS_OF;

  /** A day between the paper and the Governing Body's decisions. */
  static final LocalDate BEFORE_DECISIONS = LocalDate.of(2007, 11, 1);

  private StoreSection() {}

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** The stream key of the SPF's amendment record. */
  static final String SPF_KEY = "SPF-2006-09";

  /** A day between the Governing Body's amendment and the Conference's. */
  static final LocalDate BETWEEN_AMENDMENTS = LocalDate.of(2008, 1, 1);

  /**
   * Stores the SPF's amendment record as a stream, in three appends (as three writers would), and
   * shows a fourth writer that last saw version 2 losing the race.
   */
  private static void storeSpfAmendments(Streams streams) {
    SpfAmendments record = IloSpfAmendments.record();
    long version =
        streams.create(StreamKind.SPF_AMENDMENTS, SPF_KEY, record.recorded(), "PROGRAM").version();
    for (int[] batch : new int[][] {{0, 2}, {2, 4}, {4, 5}}) {
      List<StreamEvent<AmendmentEvent>> events = new ArrayList<>();
      for (Transition<AmendmentState, AmendmentEvent> t :
          record.history().subList(batch[0], batch[1])) {
        events.add(new StreamEvent<>(t.event(), t.date(), t.actor(), t.note()));
      }
      version = streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, version, events).version();
    }
    if (version != 5) {
      throw new IllegalStateException("the SPF's amendment record has " + version + " events");
    }
  }

  private static void printSpfAmendments(PrintStream out, Streams streams) {
    StoredStream<SpfAmendments> stored =
        streams.read(StreamKind.SPF_AMENDMENTS, SPF_KEY).orElseThrow();
    SpfAmendments read = stored.value();
    if (!read.equals(IloSpfAmendments.record())) {
      throw new IllegalStateException("the stored record differs from the record in memory");
    }
    out.println("- SPF \"" + SPF_KEY + "\" amendments, replayed from the stream's "
        + stored.version() + " events (state " + read.state() + "):");
    for (Transition<AmendmentState, AmendmentEvent> t : read.history()) {
      out.println("  " + t.date() + " " + Workflow.label(t.from()) + " -> " + Workflow.label(t.to())
          + ": " + t.event() + ", by " + t.actor());
    }
    SpfVersion between = read.asOf(BETWEEN_AMENDMENTS);
    out.println("- the SPF as of " + BETWEEN_AMENDMENTS + ": " + applied(between) + ", "
        + between.evaluationLessons().size()
        + (between.evaluationLessons().size() == 1 ? " evaluation lesson, " : " evaluation lessons, ")
        + between.vision().map(v -> "vision \"" + v + "\"").orElse("no vision") + ", "
        + IloSpfAmendments.DWCP_INDICATOR + "'s 2009 target " + target2009(between));
    SpfVersion latest = read.latest();
    out.println("- the SPF as of " + read.history().lastChanged() + ": "
        + applied(read.asOf(read.history().lastChanged())) + ", "
        + latest.vision().map(v -> "vision \"" + v + "\"").orElse("no vision"));
    try {
      var unused = streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 2, List.of(StreamEvent.of(
          AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.301/PFA/3",
              List.of(SpfChange.addEvaluationLesson("Another lesson"))),
          LocalDate.of(2008, 3, 5), "PROGRAM")));
      throw new IllegalStateException("a writer at version 2 appended to version 5");
    } catch (StoreConflictException e) {
      out.println("- a writer that last saw version 2: " + e.getMessage());
    }
  }

  private static String applied(SpfVersion v) {
    int n = v.amendmentsApplied().size();
    return n + (n == 1 ? " amendment applied" : " amendments applied");
  }

  private static String target2009(SpfVersion v) {
    for (IndicatorPeriod p :
        v.framework().indicator(IloSpfAmendments.DWCP_INDICATOR).orElseThrow().periods()) {
      if (p.period().equals(DateRange.ofYear(2009))) {
        return ((NumericValue) p.totalTarget().orElseThrow().value()).amount().toPlainString();
      }
    }
    return "none";
  }

  /**
   * Prints the section, writing the database {@code rbm-store.mv.db} in {@code targetDir}.
   *
   * @param out where to print
   * @param targetDir where the database file goes (an older one is replaced)
   * @throws java.io.IOException if an older database file cannot be deleted
   */
  public static void print(PrintStream out, Path targetDir) throws java.io.IOException {
    Path file = targetDir.resolve("rbm-store");
    Files.deleteIfExists(targetDir.resolve("rbm-store.mv.db"));
    Files.deleteIfExists(targetDir.resolve("rbm-store.trace.db"));
    Clock saved = Clock.fixed(Instant.parse("2008-01-07T09:00:00Z"), ZoneOffset.UTC);
    try (RbmStore store = RbmStore.open(file)) {
      RbmStore clocked = store.withClock(saved);
      StoredDocument<?> unused =
          clocked.documents().save(DocumentType.FRAMEWORK, "P&B-2008-09",
              IloFramework.programmeAndBudget2008(), "PROGRAM");
      unused = store.withClock(on(IloRoadmap.PAPER_DATE)).documents().save(
          DocumentType.ROADMAP, "RBM roadmap", IloRoadmap.november2007(), "PROGRAM");
      unused = store.withClock(on(IloRoadmap.DECISION_DAY)).documents().save(
          DocumentType.ROADMAP, "RBM roadmap", IloRoadmap.afterDecisions(), "PROGRAM");
      StoredStream<Milestone> m17 = clocked.streams().create(
          StreamKind.MILESTONES, "17", IloRoadmap.milestone17(), "PROGRAM");
      StoredStream<Milestone> started =
          clocked.streams().append(StreamKind.MILESTONES, "17", m17.version(), List.of(
          StreamEvent.of(new MilestoneEvent.Approve(), IloRoadmap.DECISION_DAY, IloRoadmap.PAPER),
          StreamEvent.of(new MilestoneEvent.Start(), IloRoadmap.DECISION_DAY, IloRoadmap.PAPER)));
      if (started.version() != 2) {
        throw new IllegalStateException("milestone 17 has " + started.version() + " events");
      }
      clocked.followUp().save(IloEvaluations.example());
      storeSpfAmendments(clocked.streams());
    }
    try (RbmStore store = RbmStore.open(file)) {
      out.println("Saved in the embedded database " + file.getFileName() + ".mv.db, then reopened:");
      StoredDocument<?> framework =
          store.documents().latest(DocumentType.FRAMEWORK, "P&B-2008-09").orElseThrow();
      out.println("- framework \"P&B-2008-09\": version " + framework.version() + ", saved "
          + framework.savedAt() + " by " + framework.author());
      out.println("- roadmap \"RBM roadmap\": versions "
          + store.documents().versions(DocumentType.ROADMAP, "RBM roadmap").size()
          + "; the version current on " + BEFORE_DECISIONS + " is version "
          + store.documents().currentOn(DocumentType.ROADMAP, "RBM roadmap",
              BEFORE_DECISIONS).orElseThrow().version());
      StoredStream<Milestone> m17 =
          store.streams().read(StreamKind.MILESTONES, "17").orElseThrow();
      out.println("- milestone 17, replayed from its " + m17.version() + " events: "
          + m17.value().state());
      printSpfAmendments(out, store.streams());
      out.println();
      out.println("Follow-up of evaluation " + IloEvaluations.example().id() + " (section 9) on " + AS_OF
          + ", computed in SQL:");
      out.println("- recommendations without a response after 60 days: "
          + store.followUp().withoutResponse(AS_OF, 60).size());
      for (LateAction late : store.followUp().overdueActions(AS_OF)) {
        out.println("- overdue: " + late.recommendation() + "/" + late.action() + ", "
            + late.state() + ", " + late.daysOverdue() + " days after " + late.due());
      }
      FollowUpRate rate = store.followUp().total(AS_OF);
      out.printf(Locale.ROOT, "- implementation rate: %d of %d counted actions completed (%s)%n",
          rate.completed(), rate.counted(),
          rate.rate().map(r -> r.toPlainString()).orElse("none"));
      out.println("- by region: " + store.followUp().byRegion(AS_OF).keySet().stream()
          .map(Enum::name).toList());
    }
  }
}
