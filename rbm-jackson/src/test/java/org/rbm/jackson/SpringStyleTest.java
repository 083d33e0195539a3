package org.rbm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;

/**
 * A mapper set up as Spring Boot's {@code Jackson2ObjectMapperBuilder} sets it up by default
 * (unknown properties of the application's classes ignored, dates as text, no default view
 * inclusion, the Java time and JDK 8 modules), with the module registered: the model's documents
 * are unchanged, and the model stays strict.
 */
class SpringStyleTest {
  static final ObjectMapper SPRING =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(RbmJacksonModule.strict())
          .build();

  /** An application's own class holding model values, as a Spring controller returns. */
  public static final class Envelope {
    /** Creates an empty envelope, as Jackson does. */
    public Envelope() {}


    public LocalDate asOf = LocalDate.of(2009, 1, 31);
    public List<Indicator> indicators = List.of();
    public @Nullable ResultsFramework framework;
  }

  @SuppressWarnings("unchecked") // each example is of its key
  @Test
  void everyExampleIsTheSameDocument() throws Exception {
    for (var entry : Shared.roundTripExamples().entries()) {
      SameDocumentsTest.same(SPRING, entry.getValue(), (Class<Object>) entry.getKey());
    }
  }

  @Test
  void modelValuesInsideAnApplicationsClassAreWrittenAsRbmJsonWritesThem() throws Exception {
    Envelope envelope = new Envelope();
    ResultsFramework framework =
        (ResultsFramework) Shared.roundTripExamples().get(ResultsFramework.class).get(0);
    envelope.framework = framework;
    String text = SPRING.writeValueAsString(envelope);
    String expected =
        "{\"asOf\":\"2009-01-31\",\"indicators\":[],\"framework\":"
            + RbmJson.strict().write(framework) + "}";
    assertEquals(expected, text);
    Envelope back = SPRING.readValue(text.replace("{\"asOf\"", "{\"extra\":1,\"asOf\""), Envelope.class);
    assertEquals(framework, back.framework);
    assertEquals(LocalDate.of(2009, 1, 31), back.asOf);
  }

  @Test
  void theModelStaysStrictWhenTheMapperIgnoresUnknownProperties() {
    String text = "{\"framework\":{\"format\":\"rbm-framework/1\",\"colour\":1}}";
    RbmJacksonException e =
        assertThrows(RbmJacksonException.class, () -> SPRING.readValue(text, Envelope.class));
    assertEquals("colour", e.path());
    assertEquals(1, e.line());
  }
}
