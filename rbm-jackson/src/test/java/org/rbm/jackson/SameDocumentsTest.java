package org.rbm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableListMultimap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;
import org.rbm.testkit.RbmGen;

/**
 * One definition of the format: every round-trip example of rbm-json and every generated value is
 * written byte for byte the same through Jackson as through JSON-P, and read back equal through
 * both.
 */
class SameDocumentsTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final ObjectMapper MAPPER = RbmJackson.objectMapper();

  static <T> void same(ObjectMapper mapper, T value, Class<T> type) throws Exception {
    String viaJsonp = JSON.write(value);
    String viaJackson = mapper.writeValueAsString(value);
    assertEquals(viaJsonp, viaJackson, type::getName);
    assertEquals(value, mapper.readValue(viaJsonp, type), type::getName);
    assertEquals(value, JSON.read(viaJackson, type), type::getName);
  }

  @SuppressWarnings("unchecked") // each example is of its key
  @Test
  void everyRoundTripExampleIsTheSameDocumentThroughBothBackends() throws Exception {
    ImmutableListMultimap<Class<?>, Object> examples = Shared.roundTripExamples();
    assertEquals(JSON.supportedTypes(), examples.keySet());
    assertEquals(JSON.supportedTypes(), RbmJacksonModule.strict().supportedTypes());
    for (var entry : examples.entries()) {
      same(MAPPER, entry.getValue(), (Class<Object>) entry.getKey());
    }
  }

  @Test
  void aFrameworkDocumentIsWrittenAsWorkedOutByHand() throws Exception {
    String text =
        "{\"format\":\"rbm-framework/1\",\"id\":\"F\",\"title\":\"T\\u0001\\n\",\"owner\":\"O\","
            + "\"planningPeriod\":\"2008-09\",\"levelScheme\":{\"name\":\"one\",\"levels\":[\"only\"]},"
            + "\"results\":[{\"id\":\"R\",\"level\":\"only\",\"title\":\"é\"}]}";
    ResultsFramework framework = MAPPER.readValue(text, ResultsFramework.class);
    assertEquals("T\u0001\n", framework.title());
    assertEquals(text, MAPPER.writeValueAsString(framework));
  }

  private static <T> void generated(Gen<T> values, Class<T> type) {
    qt().withExamples(60)
        .forAll(values)
        .checkAssert(
            value -> {
              try {
                same(MAPPER, value, type);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void generatedValuesAreTheSameDocumentsThroughBothBackends() {
    generated(RbmGen.frameworks().varied(), ResultsFramework.class);
    generated(RbmGen.indicators(), org.rbm.core.indicators.Indicator.class);
    generated(RbmGen.values(), org.rbm.core.indicators.Value.class);
    generated(RbmGen.textValues(), org.rbm.core.indicators.TextValue.class);
    generated(RbmGen.disaggregations(), org.rbm.core.indicators.Disaggregation.class);
    generated(RbmGen.roadmaps(), org.rbm.core.milestones.Roadmap.class);
    generated(RbmGen.strategies(), org.rbm.core.strategies.Strategy.class);
    generated(RbmGen.linkageMatrices(), org.rbm.core.strategies.LinkageMatrix.class);
    generated(RbmGen.spfs(), org.rbm.core.cycle.StrategicPolicyFramework.class);
    generated(RbmGen.programmesAndBudgets(), org.rbm.core.cycle.ProgrammeAndBudget.class);
    generated(RbmGen.expenditures(), org.rbm.core.cycle.Expenditure.class);
  }
}
