package org.rbm.core.strategies;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/**
 * Local generators of linkage matrices for rbm-core's property tests (rbm-core cannot depend on
 * the testkit). A recipe is the strategies and the links, each link entered from row to column;
 * names and texts include commas, quotes, pipes, brackets and non-ASCII letters, the characters
 * the renderings must escape.
 */
final class MatrixRecipes {
  private static final List<String> NAMES = List.of(
      "Human resources", "Information technology", "Knowledge, sharing", "\"Evaluation\"",
      "RBM | results", "Gender [equality]", "Resource mobilization", "Emploi décent", "x");
  private static final List<String> TEXTS = List.of(
      "Update IT skills among staff", "Support capturing, storing and accessing lessons learned",
      "Say \"yes\"", "Either | or", "Use [brackets] inside", "a; b", "Ünïcödé — text", "x",
      "Trailing quote\"", "\"");

  record Link(StrategyId row, StrategyId column, LinkageStatement statement) {}

  /** Strategies and links; {@link #build(List)} enters the links in the order given. */
  record Recipe(List<StrategyHeading> strategies, List<Link> links) {
    LinkageMatrix build(List<Link> order) {
      LinkageMatrix.Builder b = LinkageMatrix.builder().addStrategies(strategies);
      order.forEach(l -> b.link(l.row(), l.column(), l.statement()));
      return b.build();
    }

    LinkageMatrix build() {
      return build(links);
    }

    long coreCount() {
      return strategies.stream().filter(StrategyHeading::isCore).count();
    }
  }

  private MatrixRecipes() {}

  static Gen<LinkageStatement> statements() {
    Gen<ResultReference> results = Generate.pick(List.of("IO1", "OC2.1", "SO3")).zip(
        Generate.pick(List.of("", "PB-2008-09", "SPF-2010-15")),
        (r, f) -> f.isEmpty()
            ? ResultReference.of(ResultId.of(r))
            : ResultReference.of(FrameworkId.of(f), ResultId.of(r)));
    Gen<MilestoneId> milestones = Generate.pick(List.of("M1", "IMS-4", "PA-9")).map(MilestoneId::of);
    return Generate.pick(TEXTS).zip(results.toOptionals(60), milestones.toOptionals(60),
        (t, r, m) -> LinkageStatement.builder().text(t).result(r).milestone(m).build());
  }

  /** Recipes with 1 to 5 core and 0 to 3 other strategies, each allowed cell 0 to 3 statements. */
  static Gen<Recipe> recipes() {
    return Generate.range(1, 5).zip(Generate.range(0, 3), (c, o) -> new int[] {c, o})
        .flatMap(shape -> lists().of(Generate.pick(NAMES)).ofSize(shape[0] + shape[1])
            .flatMap(names -> {
              List<StrategyHeading> strategies = new ArrayList<>();
              for (int i = 0; i < shape[0]; i++) {
                strategies.add(StrategyHeading.core(StrategyId.of("C" + i), names.get(i)));
              }
              for (int i = 0; i < shape[1]; i++) {
                strategies.add(
                    StrategyHeading.other(StrategyId.of("O" + i), names.get(shape[0] + i)));
              }
              List<StrategyPair> positions = MatrixShape.of(strategies).allowedPositions();
              return lists().of(lists().of(statements()).ofSizeBetween(0, 3))
                  .ofSize(positions.size())
                  .map(cells -> {
                    List<Link> links = new ArrayList<>();
                    for (int p = 0; p < positions.size(); p++) {
                      for (LinkageStatement s : new LinkedHashSet<>(cells.get(p))) {
                        links.add(new Link(positions.get(p).row(), positions.get(p).column(), s));
                      }
                    }
                    return new Recipe(List.copyOf(strategies), List.copyOf(links));
                  });
            }));
  }
}
