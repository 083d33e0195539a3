package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rbm.core.results.LevelScheme;
import org.rbm.iati.internal.ActivityParser;
import org.rbm.iati.internal.Cursor;
import org.rbm.iati.internal.FrameworkMapping;
import org.rbm.iati.internal.LimitedInput;
import org.rbm.iati.internal.SchemaCheck;

/**
 * Reads the results of IATI 2.03 activity files, one {@code iati-activity} at a time, with the
 * JDK's StAX parser: memory stays flat however many activities a file holds (one activity is in
 * memory at a time), and time is linear in the size of the input.
 *
 * <pre>{@code
 * IatiReader.lenient().read(Path.of("activities.xml"), imported -> {
 *   ResultsFramework framework = imported.framework();   // id: the iati-identifier
 *   imported.findings().forEach(System.out::println);     // what the import had to guess
 * });
 * }</pre>
 *
 * <p>Each activity becomes one {@link IatiImport}: the results as the file states them ({@link
 * IatiActivity}), the {@link org.rbm.core.results.ResultsFramework} they map to, on the levels of
 * {@link #LEVELS} (result types 3 impact, 2 outcome, 1 output, 9 other; results flat, without
 * parents), result ids {@code R1}, {@code R2}, ... and indicator ids {@code R1.I1}, ... in document
 * order; and the {@link ImportFinding}s of the mapping.
 *
 * <p><b>Lenient</b> ({@link #lenient()}, for real data) reads every well-formed document: codes
 * written as words ({@code measure="Unit"}, {@code type="Output"}), booleans as {@code True},
 * numbers with thousands separators are read with a finding for each guess; what the framework
 * cannot hold (a value that is not a number, a second baseline, a target without value, a period
 * that ends before it starts) stays in the {@link IatiActivity} and gets a finding. <b>Strict</b>
 * ({@link #strict()}) first validates the whole document against the official IATI 2.03 schema
 * (shipped in this module) and reads nothing from a document that is not valid; the mapping is
 * then the same.
 *
 * <p>Safe for hostile input: a DTD is refused (so no entity is expanded, no file or URL is read);
 * elements nest at most {@value #MAX_DEPTH} deep; a run of more than {@value #MAX_RUN} bytes
 * without {@code <} or {@code >} (an attribute, a text) is refused as it is read, before the parser
 * buffers it; the results of one activity have at most {@value #MAX_ELEMENTS_PER_ACTIVITY}
 * elements. Each is an {@link IatiException} with line and column, as is malformed XML. Immutable
 * and thread-safe.
 */
public final class IatiReader {
  /** The deepest an element may be nested (IATI's results need 9 levels). */
  public static final int MAX_DEPTH = 64;

  /** The most bytes between two {@code <} or {@code >}: the longest attribute value or text. */
  public static final int MAX_RUN = 1 << 20;

  /** The most elements in the results of one activity. */
  public static final int MAX_ELEMENTS_PER_ACTIVITY = 1_000_000;

  /** The levels of imported frameworks: impact, outcome, output, other; all but impact optional. */
  public static final LevelScheme LEVELS = FrameworkMapping.LEVELS;

  private static final IatiReader LENIENT = new IatiReader(false);

  private final boolean strict;

  private IatiReader(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns the lenient reader: every well-formed document is read, with findings.
   *
   * @return the reader
   */
  public static IatiReader lenient() {
    return LENIENT;
  }

  /**
   * Returns the strict reader: the document must be valid against the IATI 2.03 schema.
   *
   * @return the reader
   */
  public static IatiReader strict() {
    return new IatiReader(true);
  }

  /**
   * Tells whether this reader validates against the schema.
   *
   * @return whether it is the strict reader
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a file, handing each activity to the consumer as soon as it is read.
   *
   * @param file the file
   * @param consumer receives each activity, in document order
   * @throws IatiException if the document is malformed, hostile, beyond a limit, or (strict) not
   *     valid
   * @throws UncheckedIOException if the file cannot be read
   */
  public void read(Path file, Consumer<IatiImport> consumer) {
    requireNonNull(file, "file");
    requireNonNull(consumer, "consumer");
    if (strict) {
      try (InputStream in = Files.newInputStream(file)) {
        SchemaCheck.validate(new LimitedInput(in, MAX_RUN), MAX_DEPTH);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      stream(in, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document held in memory.
   *
   * @param document the document's bytes
   * @param consumer receives each activity, in document order
   * @throws IatiException if the document is malformed, hostile, beyond a limit, or (strict) not
   *     valid
   */
  public void read(byte[] document, Consumer<IatiImport> consumer) {
    requireNonNull(document, "document");
    requireNonNull(consumer, "consumer");
    if (strict) {
      SchemaCheck.validate(
          new LimitedInput(new ByteArrayInputStream(document), MAX_RUN), MAX_DEPTH);
    }
    stream(new ByteArrayInputStream(document), consumer);
  }

  /**
   * Reads a stream once (lenient reader only: the strict reader needs to read the document twice,
   * through {@link #read(Path, Consumer)} or {@link #read(byte[], Consumer)}).
   *
   * @param in the stream; not closed
   * @param consumer receives each activity, in document order
   * @throws IatiException if the document is malformed, hostile or beyond a limit
   * @throws IllegalStateException if this is the strict reader
   */
  public void read(InputStream in, Consumer<IatiImport> consumer) {
    requireNonNull(in, "in");
    requireNonNull(consumer, "consumer");
    if (strict) {
      throw new IllegalStateException(
          "the strict reader validates first: read from a Path or a byte[]");
    }
    stream(in, consumer);
  }

  /**
   * Reads every activity of a document held in memory.
   *
   * @param document the document's bytes
   * @return the activities, in document order
   * @throws IatiException as {@link #read(byte[], Consumer)}
   */
  public ImmutableList<IatiImport> readAll(byte[] document) {
    List<IatiImport> all = new ArrayList<>();
    read(document, all::add);
    return ImmutableList.copyOf(all);
  }

  /**
   * Reads every activity of a file.
   *
   * @param file the file
   * @return the activities, in document order
   * @throws IatiException as {@link #read(Path, Consumer)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public ImmutableList<IatiImport> readAll(Path file) {
    List<IatiImport> all = new ArrayList<>();
    read(file, all::add);
    return ImmutableList.copyOf(all);
  }

  /**
   * Returns a StAX factory that refuses DTDs and external entities.
   *
   * @return the factory
   */
  public static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static void stream(InputStream raw, Consumer<IatiImport> consumer) {
    XMLStreamReader xml;
    try {
      xml = safeFactory().createXMLStreamReader(new LimitedInput(raw, MAX_RUN));
    } catch (XMLStreamException e) {
      throw new IatiException("", 1, 1, "unreadable XML (" + e.getMessage() + ")",
          "well-formed XML", e);
    }
    Cursor c = new Cursor(xml, MAX_DEPTH);
    int depth = 0;
    int number = 0;
    boolean rootSeen = false;
    while (true) {
      int event = c.next();
      if (event == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = c.reader().getLocalName();
        if (depth == 0) {
          if (!name.equals("iati-activities") && !name.equals("iati-activity")) {
            throw c.fail("the root element " + name, "iati-activities");
          }
          rootSeen = true;
        }
        if (name.equals("iati-activity") && depth <= 1) {
          number++;
          String path = c.path();
          ActivityParser parser = new ActivityParser(c, MAX_ELEMENTS_PER_ACTIVITY);
          List<ImportFinding> findings = new ArrayList<>();
          long[] start = {c.line(), c.column()};
          IatiActivity activity = parser.activity();
          parser.positions().put(path, start);
          findings.addAll(parser.notes());
          var framework =
              new FrameworkMapping(path, parser.positions(), findings).framework(activity, number);
          consumer.accept(new IatiImport(activity, framework, ImmutableList.copyOf(findings)));
          continue;
        }
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (!rootSeen) {
      throw c.fail("no element", "the element iati-activities");
    }
  }
}
