package org.rbm.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileXmlTest {
  @TempDir Path dir;

  private static IatiException lenient(String xml) {
    return assertThrows(
        IatiException.class, () -> IatiReader.lenient().readAll(xml.getBytes(UTF_8)));
  }

  @Test
  void refusesExternalEntityWithoutReadingTheFile() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>";
    IatiException e = lenient(xml);
    assertEquals("a DTD", e.found());
    assertEquals(2, e.line());
    assertTrue(!e.getMessage().contains("SECRET"), e.getMessage());
    assertThrows(IatiException.class, () -> IatiReader.strict().readAll(xml.getBytes(UTF_8)));
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>");
    IatiException e = lenient(xml.toString());
    assertEquals("a DTD", e.found());
    // A DTD is reported where it ends: line 13 holds its "]>" (after the declaration, the
    // DOCTYPE line and ten entity lines).
    assertEquals(13, e.line());
  }

  @Test
  void refusesExternalDtdFile() throws Exception {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY x \"y\">");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities SYSTEM \"" + dtd.toUri()
        + "\">\n<iati-activities version=\"2.03\"/>";
    IatiException e = lenient(xml);
    assertEquals("a DTD", e.found());
    assertEquals(2, e.line());
  }

  @Test
  void refusesDeepNestingAtTheLimit() {
    String xml = "<iati-activities>" + "<x>".repeat(1_000_000);
    IatiException e = lenient(xml);
    // iati-activities is at depth 1, so the 64th <x> is the first element at depth 65.
    assertEquals("an element nested 65 deep", e.found());
    assertEquals(1, e.line());
    // 17 characters of <iati-activities>, 63 <x> of 3, then the 64th: the parser stands just
    // past its '>'.
    assertEquals(17 + 63 * 3 + 3 + 1, e.column());
  }

  @Test
  void refusesHundredMegabyteAttributeAfterOneMebibyte() {
    InputStream head = new ByteArrayInputStream("<iati-activities version=\"".getBytes(UTF_8));
    InputStream huge = new InputStream() {
      long left = 100L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    IatiException e = assertThrows(IatiException.class,
        () -> IatiReader.lenient().read(new SequenceInputStream(head, huge), i -> {}));
    assertEquals(1, e.line());
    // The run starts after '<'; the limit is passed at its 1,048,577th byte.
    assertEquals(1 + 1_048_576 + 1, e.column());
    assertTrue(e.expected().contains("IatiReader.MAX_RUN"), e.expected());
  }

  @Test
  void malformedXmlGetsLineAndColumn() {
    IatiException e = lenient("<iati-activities>\n  <iati-activity>\n  </result>\n");
    assertEquals(3, e.line());
    assertTrue(e.found().startsWith("malformed XML"), e.found());
  }
}
