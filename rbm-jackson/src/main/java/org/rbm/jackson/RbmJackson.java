package org.rbm.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready {@link ObjectMapper}s with {@link RbmJacksonModule} registered.
 *
 * <pre>{@code
 * ObjectMapper mapper = RbmJackson.objectMapper();
 * ResultsFramework framework = mapper.readValue(text, ResultsFramework.class);
 * }</pre>
 */
public final class RbmJackson {
  private RbmJackson() {}

  /**
   * Returns a new mapper with the strict module, that refuses content after the document ({@code
   * FAIL_ON_TRAILING_TOKENS}) and keeps the source text to locate errors as {@code RbmJson} does
   * ({@code INCLUDE_SOURCE_IN_LOCATION}).
   *
   * @return the mapper
   */
  public static ObjectMapper objectMapper() {
    return objectMapper(RbmJacksonModule.strict());
  }

  /**
   * Returns a new mapper with {@code module} registered, set up as {@link #objectMapper()}.
   *
   * @param module the module, with its options
   * @return the mapper
   */
  public static ObjectMapper objectMapper(RbmJacksonModule module) {
    requireNonNull(module, "module");
    // Jackson's own nesting limit one level beyond the module's, so that the module's refuses first.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(module.limits().maxNesting() + 1)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(module)
        .build();
  }
}
