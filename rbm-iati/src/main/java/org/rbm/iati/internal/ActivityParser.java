package org.rbm.iati.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;
import org.rbm.iati.DocumentLink;
import org.rbm.iati.IatiActivity;
import org.rbm.iati.IatiBaseline;
import org.rbm.iati.IatiDimension;
import org.rbm.iati.IatiIndicator;
import org.rbm.iati.IatiLocation;
import org.rbm.iati.IatiPeriod;
import org.rbm.iati.IatiReference;
import org.rbm.iati.IatiResult;
import org.rbm.iati.IatiText;
import org.rbm.iati.IatiValue;
import org.rbm.iati.ImportFinding;
import org.rbm.iati.Narrative;

/**
 * Reads one {@code iati-activity} element, positioned at its start tag, into an {@link
 * IatiActivity}, keeping every part of its results as written; remembers where each element of the
 * results stands (for the findings of the mapping) and notes the elements it does not know.
 */
public final class ActivityParser {
  private final Cursor c;
  private final long maxElements;
  private long elements;
  private final Map<String, long[]> positions = new HashMap<>();
  private final List<ImportFinding> notes = new ArrayList<>();

  /**
   * Creates a parser for the activity at the cursor.
   *
   * @param cursor the cursor, at the activity's start tag
   * @param maxElements the most elements an activity may have
   */
  public ActivityParser(Cursor cursor, long maxElements) {
    this.c = cursor;
    this.maxElements = maxElements;
  }

  /**
   * Returns where each element of the results stood, by path.
   *
   * @return line and column of each element's start tag
   */
  public Map<String, long[]> positions() {
    return positions;
  }

  /**
   * Returns the findings about elements in the results that this reader does not know (such as
   * extension elements of another namespace), which the activity does not hold.
   *
   * @return the findings, in document order
   */
  public List<ImportFinding> notes() {
    return notes;
  }

  /**
   * Reads the activity, up to and including its end tag.
   *
   * @return the activity
   */
  public IatiActivity activity() {
    String lang = c.lang();
    String identifier = "";
    IatiText title = new IatiText(ImmutableList.of());
    IatiText orgName = new IatiText(ImmutableList.of());
    @Nullable String orgRef = null;
    List<String> dates = new ArrayList<>();
    List<IatiResult> results = new ArrayList<>();
    while (nextChild()) {
      switch (c.reader().getLocalName()) {
        case "iati-identifier" -> {
          mark();
          identifier = c.text().trim();
        }
        case "title" -> title = text();
        case "reporting-org" -> {
          orgRef = c.attribute("ref");
          orgName = text();
        }
        case "activity-date" -> {
          String d = c.attribute("iso-date");
          if (d != null) {
            dates.add(d);
          }
          c.skip();
        }
        case "result" -> results.add(result());
        default -> c.skip();
      }
    }
    return new IatiActivity(
        identifier,
        Optional.ofNullable(lang),
        title,
        Optional.ofNullable(orgRef),
        orgName,
        ImmutableList.copyOf(dates),
        ImmutableList.copyOf(results));
  }

  private void mark() {
    count();
    positions.put(c.path(), new long[] {c.line(), c.column()});
  }

  private void count() {
    if (++elements > maxElements) {
      throw c.fail(
          "more than " + maxElements + " elements in the results of one activity",
          "at most " + maxElements + " (IatiReader.MAX_ELEMENTS_PER_ACTIVITY)");
    }
  }

  private void unknown() {
    String name = c.reader().getName().toString();
    notes.add(new ImportFinding(
        "IATI-IMPORT-UNKNOWN", c.line(), c.column(), c.path(), "the element " + name,
        "nothing: the element is not part of the IATI 2.03 results this reader keeps"));
    c.skip();
  }

  /**
   * Moves to the next child element in no namespace: true at its start tag, false at the parent's
   * end tag. Children in another namespace are noted and skipped.
   */
  private boolean nextChild() {
    while (true) {
      int event = c.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = c.reader().getNamespaceURI();
        if (ns != null && !ns.isEmpty() && !ns.equals(XMLConstants.NULL_NS_URI)) {
          mark();
          unknown();
        } else {
          return true;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw c.fail("the end of the document", "the end of the element");
      }
    }
  }

  private Optional<String> attr(String name) {
    return Optional.ofNullable(c.attribute(name));
  }

  /** Reads an element whose content is narratives. */
  private IatiText text() {
    mark();
    List<Narrative> narratives = new ArrayList<>();
    while (nextChild()) {
      if (c.reader().getLocalName().equals("narrative")) {
        count(); // no finding points at a narrative: its place is not kept
        String lang = c.lang();
        narratives.add(new Narrative(c.text(), Optional.ofNullable(lang)));
      } else {
        mark();
        unknown();
      }
    }
    return new IatiText(ImmutableList.copyOf(narratives));
  }

  private IatiResult result() {
    mark();
    Optional<String> type = attr("type");
    Optional<String> aggregation = attr("aggregation-status");
    IatiText title = new IatiText(ImmutableList.of());
    @Nullable IatiText description = null;
    List<DocumentLink> links = new ArrayList<>();
    List<IatiReference> references = new ArrayList<>();
    List<IatiIndicator> indicators = new ArrayList<>();
    while (nextChild()) {
      switch (c.reader().getLocalName()) {
        case "title" -> title = text();
        case "description" -> description = text();
        case "document-link" -> links.add(documentLink());
        case "reference" -> references.add(reference());
        case "indicator" -> indicators.add(indicator());
        default -> {
          mark();
          unknown();
        }
      }
    }
    return new IatiResult(
        type,
        aggregation,
        title,
        Optional.ofNullable(description),
        ImmutableList.copyOf(links),
        ImmutableList.copyOf(references),
        ImmutableList.copyOf(indicators));
  }

  private IatiReference reference() {
    mark();
    IatiReference r = new IatiReference(
        attr("vocabulary").orElse(""), attr("code").orElse(""), attr("vocabulary-uri"),
        attr("indicator-uri"));
    c.skip();
    return r;
  }

  private DocumentLink documentLink() {
    mark();
    String url = attr("url").orElse("");
    String format = attr("format").orElse("");
    IatiText title = new IatiText(ImmutableList.of());
    @Nullable IatiText description = null;
    List<String> categories = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    @Nullable String date = null;
    while (nextChild()) {
      switch (c.reader().getLocalName()) {
        case "title" -> title = text();
        case "description" -> description = text();
        case "category" -> {
          mark();
          categories.add(attr("code").orElse(""));
          c.skip();
        }
        case "language" -> {
          mark();
          languages.add(attr("code").orElse(""));
          c.skip();
        }
        case "document-date" -> {
          mark();
          date = c.attribute("iso-date");
          c.skip();
        }
        default -> {
          mark();
          unknown();
        }
      }
    }
    return new DocumentLink(
        url,
        format,
        title,
        Optional.ofNullable(description),
        ImmutableList.copyOf(categories),
        ImmutableList.copyOf(languages),
        Optional.ofNullable(date));
  }

  private IatiIndicator indicator() {
    mark();
    Optional<String> measure = attr("measure");
    Optional<String> ascending = attr("ascending");
    Optional<String> aggregation = attr("aggregation-status");
    IatiText title = new IatiText(ImmutableList.of());
    @Nullable IatiText description = null;
    List<DocumentLink> links = new ArrayList<>();
    List<IatiReference> references = new ArrayList<>();
    List<IatiBaseline> baselines = new ArrayList<>();
    List<IatiPeriod> periods = new ArrayList<>();
    while (nextChild()) {
      switch (c.reader().getLocalName()) {
        case "title" -> title = text();
        case "description" -> description = text();
        case "document-link" -> links.add(documentLink());
        case "reference" -> references.add(reference());
        case "baseline" -> baselines.add(baseline());
        case "period" -> periods.add(period());
        default -> {
          mark();
          unknown();
        }
      }
    }
    return new IatiIndicator(
        measure,
        ascending,
        aggregation,
        title,
        Optional.ofNullable(description),
        ImmutableList.copyOf(links),
        ImmutableList.copyOf(references),
        ImmutableList.copyOf(baselines),
        ImmutableList.copyOf(periods));
  }

  /** The parts baselines, targets and actuals share. */
  private final class Parts {
    final List<IatiLocation> locations = new ArrayList<>();
    final List<IatiDimension> dimensions = new ArrayList<>();
    final List<DocumentLink> links = new ArrayList<>();
    @Nullable IatiText comment;

    void read() {
      while (nextChild()) {
        switch (c.reader().getLocalName()) {
          case "location" -> {
            mark();
            locations.add(new IatiLocation(attr("ref")));
            c.skip();
          }
          case "dimension" -> {
            mark();
            dimensions.add(new IatiDimension(attr("name"), attr("value")));
            c.skip();
          }
          case "document-link" -> links.add(documentLink());
          case "comment" -> comment = text();
          default -> {
            mark();
            unknown();
          }
        }
      }
    }
  }

  private IatiBaseline baseline() {
    mark();
    Optional<String> year = attr("year");
    Optional<String> date = attr("iso-date");
    Optional<String> value = attr("value");
    Parts parts = new Parts();
    parts.read();
    return new IatiBaseline(
        year,
        date,
        value,
        ImmutableList.copyOf(parts.locations),
        ImmutableList.copyOf(parts.dimensions),
        ImmutableList.copyOf(parts.links),
        Optional.ofNullable(parts.comment));
  }

  private IatiValue value() {
    mark();
    Optional<String> value = attr("value");
    Parts parts = new Parts();
    parts.read();
    return new IatiValue(
        value,
        ImmutableList.copyOf(parts.locations),
        ImmutableList.copyOf(parts.dimensions),
        Optional.ofNullable(parts.comment),
        ImmutableList.copyOf(parts.links));
  }

  private IatiPeriod period() {
    mark();
    @Nullable String start = null;
    @Nullable String end = null;
    List<IatiValue> targets = new ArrayList<>();
    List<IatiValue> actuals = new ArrayList<>();
    while (nextChild()) {
      switch (c.reader().getLocalName()) {
        case "period-start" -> {
          mark();
          start = c.attribute("iso-date");
          c.skip();
        }
        case "period-end" -> {
          mark();
          end = c.attribute("iso-date");
          c.skip();
        }
        case "target" -> targets.add(value());
        case "actual" -> actuals.add(value());
        default -> {
          mark();
          unknown();
        }
      }
    }
    return new IatiPeriod(
        Optional.ofNullable(start),
        Optional.ofNullable(end),
        ImmutableList.copyOf(targets),
        ImmutableList.copyOf(actuals));
  }
}
