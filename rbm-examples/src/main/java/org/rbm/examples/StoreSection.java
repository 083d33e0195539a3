package org.rbm.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.store.DocumentType;
import org.rbm.store.FollowUpRate;
import org.rbm.store.LateAction;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredDocument;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;

/**
 * The report's section on the store: the ILO framework, the roadmap, milestone 17's history and an
 * evaluation saved in an embedded H2 database under the target folder, which is then reopened and
 * read: the versions, the milestone replayed from its events, and the follow-up figures computed
 * in SQL.
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
