package org.rbm.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rbm.core.results.ResultsFramework;
import org.rbm.iati.IatiHeader;
import org.rbm.iati.IatiReader;
import org.rbm.iati.IatiWriter;
import org.rbm.iati.WriteReport;

/**
 * Reading a generated IATI document of many activities ({@link IatiDocuments}) with {@link
 * IatiReader} (lenient: parse, map to frameworks, findings) against a bare StAX pass over the same
 * bytes that only visits the events; writing one activity with {@link IatiWriter} against a bare
 * StAX write of the same events, captured beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IatiBenchmark {
  /** Activities in the document read. */
  @Param({"100", "1000"})
  public int activities;

  private byte[] document = new byte[0];
  private ResultsFramework framework = IatiDocuments.framework();
  private IatiHeader header = IatiHeader.of(framework, "XX-ORG", "40");
  private final List<Object[]> events = new ArrayList<>();

  /** Generates the document and captures the events of one written activity. */
  @Setup
  public void setUp() {
    document = IatiDocuments.of(activities);
    framework = IatiDocuments.framework();
    header = IatiHeader.of(framework, "XX-ORG", "40");
    events.clear();
    try {
      XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(
          new ByteArrayInputStream(IatiDocuments.of(1)));
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String[] attributes = new String[2 * r.getAttributeCount()];
          for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes[2 * i] = r.getAttributeLocalName(i);
            attributes[2 * i + 1] = r.getAttributeValue(i);
          }
          events.add(new Object[] {r.getLocalName(), attributes});
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          events.add(new Object[] {null});
        } else if (e == XMLStreamConstants.CHARACTERS) {
          events.add(new Object[] {r.getText(), null, null});
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the document with the SDK.
   *
   * @return the number of indicators read
   */
  @Benchmark
  public int sdkRead() {
    int[] indicators = {0};
    IatiReader.lenient().read(new ByteArrayInputStream(document),
        i -> indicators[0] += i.framework().indicators().size());
    return indicators[0];
  }

  /**
   * Visits every event of the document with the JDK's StAX parser, doing nothing else.
   *
   * @return the number of start tags
   * @throws XMLStreamException never, for the generated document
   */
  @Benchmark
  public int bareStaxRead() throws XMLStreamException {
    XMLStreamReader r = IatiReader.safeFactory()
        .createXMLStreamReader(new ByteArrayInputStream(document));
    int starts = 0;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        starts++;
      }
    }
    return starts;
  }

  /**
   * Writes one activity with the SDK.
   *
   * @return the report
   */
  @Benchmark
  public WriteReport sdkWriteOneActivity() {
    return IatiWriter.write(framework, header, OutputStream.nullOutputStream());
  }

  /**
   * Writes the same events with the JDK's StAX writer.
   *
   * @return the number of events written
   * @throws XMLStreamException never
   */
  @Benchmark
  public int bareStaxWriteOneActivity() throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newFactory()
        .createXMLStreamWriter(OutputStream.nullOutputStream(), "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    for (Object[] e : events) {
      if (e.length == 2) {
        w.writeStartElement((String) e[0]);
        String[] attributes = (String[]) e[1];
        for (int i = 0; i < attributes.length; i += 2) {
          w.writeAttribute(attributes[i], attributes[i + 1]);
        }
      } else if (e.length == 1) {
        w.writeEndElement();
      } else {
        w.writeCharacters((String) e[0]);
      }
    }
    w.writeEndDocument();
    w.flush();
    return events.size();
  }
}
