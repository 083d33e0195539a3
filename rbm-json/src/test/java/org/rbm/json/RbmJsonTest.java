package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmException;
import org.rbm.core.results.ResultsFramework;

/** The entry point's own contract: streams, options, unsupported types, nulls. */
class RbmJsonTest {
  private final RbmJson json = RbmJson.strict();

  @Test
  void writesToAWriterAndReadsFromAReaderWithoutClosingThem() {
    StringWriter out = new StringWriter();
    json.write(Examples.framework(), out);
    out.write(" ");
    assertEquals(json.write(Examples.framework()) + " ", out.toString());
    StringReader in = new StringReader(out.toString());
    assertEquals(Examples.framework(), json.readFramework(in));
  }

  @Test
  void aFailingReaderOrWriterIsAnInputOutputError() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThrows(UncheckedIOException.class, () -> json.readFramework(failing));
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };
    assertThrows(UncheckedIOException.class, () -> json.write(Examples.framework(), broken));
  }

  @Test
  void rejectsATypeWithoutAJsonForm() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> json.write(new Object()));
    assertTrue(e.getMessage().startsWith("type: got \"java.lang.Object\", expected one of the types"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> json.read("1", Number.class));
  }

  @Test
  void theExceptionIsOfTheProjectsFamily() {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.readFramework("[]"));
    assertTrue(RbmException.class.isInstance(e));
    assertEquals("document: got an array, expected a results framework object (line 1, column 2)", e.getMessage());
  }

  @Test
  void optionsMakeNewInstancesAndLeaveTheStrictOneAlone() {
    String pretty = json.prettyPrinting().write(Examples.framework().withContributions().withResults());
    assertTrue(pretty.contains("\n"), pretty);
    assertEquals(-1, json.write(Examples.framework()).indexOf('\n'));
    assertThrows(
        RbmJsonException.class,
        () -> json.read("{\"name\":\"n\",\"levels\":[\"a\"],\"x\":1}", org.rbm.core.results.LevelScheme.class));
  }

  @Test
  void theSchemaShipsInTheJar() throws java.io.IOException {
    assertTrue(RbmJson.schema().contains("\"const\": \"rbm-framework/1\""));
    assertEquals("rbm-framework/1", RbmJson.FORMAT);
    assertEquals("rbm-roadmap/1", RbmJson.ROADMAP_FORMAT);
    assertTrue(
        new String(
                java.util.Objects.requireNonNull(
                        RbmJson.class.getResourceAsStream(RbmJson.ROADMAP_SCHEMA_RESOURCE))
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .contains("\"const\": \"rbm-roadmap/1\""));
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Class.class, ResultsFramework.class);
    tester.setDefault(Object.class, Examples.framework());
    tester.setDefault(CharSequence.class, json.write(Examples.framework()));
    tester.testAllPublicInstanceMethods(json);
    tester.testAllPublicStaticMethods(RbmJson.class);
    tester.testAllPublicConstructors(RbmJsonException.class);
  }
}
