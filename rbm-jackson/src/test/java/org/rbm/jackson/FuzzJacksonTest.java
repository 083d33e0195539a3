package org.rbm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;
import org.rbm.json.RbmJsonException;
import org.rbm.testkit.RbmGen;

/**
 * Bad input gives only the project's exceptions through Jackson: documents broken at a random place
 * (a character replaced, inserted or the text cut) are read through both backends; either both read
 * the same value, or both refuse, Jackson with an {@link RbmJacksonException} whose cause has
 * rbm-json's path, line and column unless the JSON itself is malformed (or, where databind reads the first token itself, with its own
 * {@link JsonProcessingException}). Never another exception.
 */
class FuzzJacksonTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final ObjectMapper MAPPER = RbmJackson.objectMapper();
  private static final String NASTY = "{}[]\",:0-1eE.tnfx \\\u0000\u00e9\ud800";

  record Broken(String text) {}

  private static Gen<Broken> broken() {
    Gen<String> documents = RbmGen.frameworks().map(f -> JSON.write(f));
    return documents.zip(
        SourceDSL.integers().between(0, 2),
        SourceDSL.doubles().between(0, 1),
        SourceDSL.integers().between(0, NASTY.length() - 1),
        (doc, how, where, what) -> {
          int at = (int) Math.min(doc.length() - 1, Math.floor(where * doc.length()));
          char c = NASTY.charAt(what);
          return new Broken(
              switch (how) {
                case 0 -> doc.substring(0, at) + c + doc.substring(at + 1);
                case 1 -> doc.substring(0, at) + c + doc.substring(at);
                default -> doc.substring(0, at);
              });
        });
  }

  /** Whether an error is about the JSON's syntax, which each parser finds where it stops. */
  private static boolean syntax(String found) {
    return found.startsWith("malformed JSON") || found.equals("the end of input");
  }

  @Test
  void brokenDocumentsGiveOnlyTheProjectsExceptions() {
    qt().withExamples(2_000)
        .forAll(broken())
        .checkAssert(
            b -> {
              String text = b.text();
              @Nullable ResultsFramework viaJsonp = null;
              @Nullable RbmJsonException refused = null;
              try {
                viaJsonp = JSON.readFramework(text);
              } catch (RbmJsonException e) {
                refused = e;
              }
              try {
                ResultsFramework viaJackson = MAPPER.readValue(text, ResultsFramework.class);
                assertEquals(viaJsonp, viaJackson, text);
              } catch (RbmJacksonException e) {
                if (refused == null) {
                  throw new AssertionError("read by RbmJson, refused by Jackson: " + text, e);
                }
                // Where the text is well-formed JSON, the error is the same, at the same place;
                // malformed JSON is refused by both, each parser at the character it stops at.
                if (!syntax(refused.found()) && !syntax(e.error().found())) {
                  assertEquals(
                      refused.path() + " " + refused.line() + ":" + refused.column(),
                      e.path() + " " + e.line() + ":" + e.column(),
                      refused.getMessage() + "\n" + e.getCause().getMessage() + "\n" + text);
                }
              } catch (JsonProcessingException e) {
                assertTrue(refused != null, text);
                assertTrue(!HostileJacksonTest.firstTokenIsJson(text), () -> text + "\n" + e);
              }
            });
  }

  @Test
  void aDocumentCutShortIsRefusedAtItsEnd() {
    String cut = "{\"format\":\"rbm-framework/1\",\"id\":\"F";
    RbmJacksonException e =
        assertInstanceOf(
            RbmJacksonException.class,
            org.junit.jupiter.api.Assertions.assertThrows(
                JsonProcessingException.class,
                () -> MAPPER.readValue(cut, ResultsFramework.class)));
    assertEquals("id", e.path());
    assertEquals(1, e.line());
    // 35 characters, and the end of input just past them.
    assertEquals(36, e.column());
  }
}
