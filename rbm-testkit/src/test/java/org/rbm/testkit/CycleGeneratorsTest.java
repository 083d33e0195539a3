package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.money.Money;
import org.rbm.core.strategies.FundingSource;

/** The programme cycle's generators, and the laws their values obey. */
class CycleGeneratorsTest {

  @Test
  void samplesAreReproducible() {
    assertEquals(RbmGen.spfs().sample(7), RbmGen.spfs().sample(7));
    assertEquals(RbmGen.programmesAndBudgets().sample(7), RbmGen.programmesAndBudgets().sample(7));
    assertEquals(RbmGen.expenditures().sample(7), RbmGen.expenditures().sample(7));
  }

  @Test
  void theSpfAsOfADateIsTheSameWhetherAmendmentsWereRecordedInDateOrderOrNot() {
    qt().withExamples(300)
        .forAll(RbmGen.spfs())
        .checkAssert(
            spf -> {
              List<Amendment> inDateOrder = new ArrayList<>(spf.amendments());
              inDateOrder.sort(Comparator.comparing(Amendment::date));
              StrategicPolicyFramework sorted = spf.withAmendments(inDateOrder);
              assertEquals(spf.asOf(spf.adoptedOn()), sorted.asOf(spf.adoptedOn()));
              assertEquals(spf.latest(), sorted.latest());
              for (Amendment a : spf.amendments()) {
                assertEquals(spf.asOf(a.date()), sorted.asOf(a.date()));
                assertEquals(spf.asOf(a.date().minusDays(1)), sorted.asOf(a.date().minusDays(1)));
              }
            });
  }

  @Test
  void totalsBySourceAddUpToTheGrandTotal() {
    qt().withExamples(300)
        .forAll(RbmGen.programmesAndBudgets())
        .checkAssert(
            pb -> {
              assertEquals(pb.total(), Money.sum(pb.currency(), pb.totalsBySource().values()));
              assertEquals(pb.total(), Money.sum(pb.currency(), pb.totalsByYear().values()));
              assertEquals(pb.total(), Money.sum(pb.currency(), pb.totalsByOutcome().values()));
              for (FundingSource source : FundingSource.values()) {
                assertEquals(pb.total(source), pb.totalsBySource().get(source));
              }
            });
    qt().withExamples(300)
        .forAll(RbmGen.expenditures())
        .checkAssert(
            e -> {
              assertEquals(e.total(), Money.sum(e.currency(), e.totalsBySource().values()));
              assertEquals(e.total(), Money.sum(e.currency(), e.totalsByOutcome().values()));
            });
  }

  @Test
  void spfsHaveAmendmentsOfEveryKindRecordedInAndOutOfDateOrder() {
    Set<Class<?>> kinds = new HashSet<>();
    boolean outOfOrder = false;
    boolean inOrder = false;
    Sampler<StrategicPolicyFramework> sampler = RbmGen.spfs().sampler(2008);
    for (int i = 0; i < 300; i++) {
      StrategicPolicyFramework spf = sampler.next();
      for (Amendment a : spf.amendments()) {
        a.changes().forEach(c -> kinds.add(c.getClass()));
      }
      List<LocalDate> dates = spf.amendments().stream().map(Amendment::date).toList();
      boolean sorted = dates.stream().sorted().toList().equals(dates);
      outOfOrder |= !sorted;
      inOrder |= sorted && dates.size() > 1;
    }
    // The twelve kinds of SpfChange, each drawn at least once in 300 SPFs.
    assertEquals(SpfChange.class.getPermittedSubclasses().length, kinds.size(), kinds::toString);
    assertTrue(outOfOrder && inOrder);
  }

  @Test
  void programmesAndBudgetsVaryInCurrencyStrategiesAndStatedTotals() {
    Set<String> currencies = new HashSet<>();
    boolean missingTopic = false;
    boolean notApplicable = false;
    boolean statedDiffers = false;
    boolean priorities = false;
    Sampler<ProgrammeAndBudget> sampler = RbmGen.programmesAndBudgets().sampler(2008);
    for (int i = 0; i < 300; i++) {
      ProgrammeAndBudget pb = sampler.next();
      currencies.add(pb.currency().getCurrencyCode());
      for (var s : pb.outcomeStrategies()) {
        missingTopic |= !s.missingTopics().isEmpty();
        notApplicable |= s.topics().stream().anyMatch(t -> !t.applies());
      }
      for (FundingSource source : FundingSource.values()) {
        statedDiffers |= pb.statedTotal(source).filter(m -> !m.equals(pb.total(source))).isPresent();
      }
      priorities |= !pb.dwcpPriorities().isEmpty();
    }
    assertEquals(Set.of("USD", "CHF", "EUR"), currencies);
    assertTrue(missingTopic && notApplicable && statedDiffers && priorities);
  }

  @Test
  void expenditureComesByYearOrByHalfYear() {
    boolean halves = false;
    boolean years = false;
    Sampler<Expenditure> sampler = RbmGen.expenditures().sampler(2008);
    for (int i = 0; i < 100; i++) {
      Expenditure e = sampler.next();
      for (var entry : e.entries()) {
        boolean year = entry.period().start().getDayOfYear() == 1
            && entry.period().end().getMonthValue() == 12;
        years |= year;
        halves |= !year;
      }
    }
    assertTrue(halves && years);
  }
}
