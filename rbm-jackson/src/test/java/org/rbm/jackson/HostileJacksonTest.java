package org.rbm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;
import org.rbm.json.RbmJsonException;

/**
 * Every hostile input of rbm-json's {@code HostileJsonTest} is refused through Jackson as through
 * JSON-P: an {@link RbmJacksonException} whose cause has the same path, line and column, except
 * where databind reads the first token itself (empty input, garbage), which gives Jackson's own
 * exception.
 */
class HostileJacksonTest {
  private static final ObjectMapper STRICT = RbmJackson.objectMapper();
  private static final ObjectMapper TOLERANT =
      RbmJackson.objectMapper(RbmJacksonModule.strict().toleratingUnknownProperties());

  /** Whether Jackson's parser reads a first token of the input (else databind refuses it). */
  static boolean firstTokenIsJson(String input) {
    try (JsonParser parser = new JsonFactory().createParser(input)) {
      return parser.nextToken() != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void everyHostileCaseIsRefusedAtTheSamePlace() {
    List<String> differences = new ArrayList<>();
    int ours = 0;
    for (Object[] c : Shared.hostileCases()) {
      String input = (String) c[0];
      Class<?> type = (Class<?>) c[1];
      boolean tolerant = (Boolean) c[2];
      RbmJson json = tolerant ? RbmJson.strict().toleratingUnknownProperties() : RbmJson.strict();
      RbmJsonException expected = assertThrows(RbmJsonException.class, () -> json.read(input, type));
      ObjectMapper mapper = tolerant ? TOLERANT : STRICT;
      JsonProcessingException got =
          assertThrows(JsonProcessingException.class, () -> mapper.readValue(input, type));
      if (!firstTokenIsJson(input)) {
        assertTrue(!(got instanceof RbmJacksonException), input);
        continue;
      }
      ours++;
      RbmJacksonException e = assertInstanceOf(RbmJacksonException.class, got, input);
      String want = expected.path() + " " + expected.line() + ":" + expected.column();
      String have = e.path() + " " + e.line() + ":" + e.column();
      if (!want.equals(have)) {
        differences.add(abbreviate(input) + "\n  JSON-P:  " + expected.getMessage()
            + "\n  Jackson: " + e.getCause().getMessage());
      }
      assertEquals(e.getCause().path(), e.path());
    }
    assertEquals(List.of(), differences);
    // All but the three inputs without a first token: empty, blank, hello.
    assertEquals(Shared.hostileCases().size() - 3, ours);
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  @Test
  void anUnknownPropertyIsRefusedWithItsPathLineAndColumn() {
    // The unknown property is located just past its name, as RbmJson locates it: "colour" with its
    // quotes takes columns 31 to 38 (30 characters come before it), so column 39.
    String input = "{\"format\": \"rbm-framework/1\", \"colour\": 1}";
    RbmJacksonException e =
        assertThrows(
            RbmJacksonException.class, () -> STRICT.readValue(input, ResultsFramework.class));
    assertEquals("colour", e.path());
    assertEquals(1, e.line());
    assertEquals(39, e.column());
    assertInstanceOf(RbmJsonException.class, e.getCause());
  }

  @Test
  void aNumberIsLocatedJustPastItselfNotPastWhatFollowsIt() {
    // "4e47920.76": the number is 4e47920 (columns 37 to 43: 36 characters come before it), the
    // ".76" after it is not part of it. Both backends place the error at column 44.
    String input = "{\"format\": \"rbm-framework/1\", \"id\": 4e47920.76}";
    RbmJsonException jsonP =
        assertThrows(RbmJsonException.class, () -> RbmJson.strict().readFramework(input));
    RbmJacksonException jackson =
        assertThrows(
            RbmJacksonException.class, () -> STRICT.readValue(input, ResultsFramework.class));
    assertEquals("id 1:44", jsonP.path() + " " + jsonP.line() + ":" + jsonP.column());
    assertEquals("id 1:44", jackson.path() + " " + jackson.line() + ":" + jackson.column());
  }

  @Test
  void nullAtTheTopIsRefused() {
    RbmJacksonException e =
        assertThrows(
            RbmJacksonException.class, () -> STRICT.readValue("null", ResultsFramework.class));
    assertEquals("", e.path());
    assertEquals(1, e.line());
  }
}
