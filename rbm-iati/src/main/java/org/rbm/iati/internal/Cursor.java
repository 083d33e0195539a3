package org.rbm.iati.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.rbm.iati.IatiException;

/**
 * A StAX reader with the path of the current element ({@code /iati-activities/iati-activity[1]/
 * result[2]}), a depth limit checked at each start tag, and errors turned into {@link
 * IatiException}s with line and column. DTDs are refused where they appear.
 */
public final class Cursor {
  private final XMLStreamReader in;
  private final int maxDepth;
  private final Deque<Frame> frames = new ArrayDeque<>();

  /** An open element; its path is built only when asked for (most elements never are). */
  private static final class Frame {
    final @Nullable Frame parent;
    final String name;
    final int index;
    @Nullable String path;
    @Nullable Map<String, Integer> children;

    Frame(@Nullable Frame parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    int child(String name) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.merge(name, 1, Integer::sum);
    }

    String path() {
      String p = path;
      if (p == null) {
        p = parent == null ? "" : parent.path() + "/" + name + "[" + index + "]";
        path = p;
      }
      return p;
    }
  }

  /**
   * Wraps a reader positioned before the document's first event.
   *
   * @param in the reader
   * @param maxDepth the deepest element allowed
   */
  public Cursor(XMLStreamReader in, int maxDepth) {
    this.in = in;
    this.maxDepth = maxDepth;
    frames.push(new Frame(null, "", 0));
  }

  /**
   * Returns the underlying reader, for attributes and names.
   *
   * @return the reader
   */
  public XMLStreamReader reader() {
    return in;
  }

  /**
   * Moves to the next event that matters (start tag, end tag, text, end of document).
   *
   * @return the event type
   * @throws IatiException if the XML is malformed, has a DTD or nests too deeply
   */
  public int next() {
    try {
      while (true) {
        int event = in.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (frames.size() > maxDepth) {
              throw fail(
                  "an element nested " + frames.size() + " deep",
                  "elements nested at most " + maxDepth + " deep (IatiReader.MAX_DEPTH)");
            }
            Frame parent = frames.getFirst();
            String name = in.getLocalName();
            frames.push(new Frame(parent, name, parent.child(name)));
            return event;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            frames.pop();
            return event;
          }
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
              XMLStreamConstants.NOTATION_DECLARATION ->
              throw fail("a DTD", "a document without DTD (DTDs and entities are refused)");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw fail("the entity reference &" + in.getLocalName() + ";",
                  "no entity but the five predefined ones");
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE, XMLStreamConstants.END_DOCUMENT -> {
            return event;
          }
          default -> {
            // comments and processing instructions carry nothing for results
          }
        }
      }
    } catch (IatiException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK's parser reports some errors unchecked, such as a MissingResourceException for a
      // NUL in a DTD (its message resource is missing): still malformed XML.
      throw new IatiException(
          path(),
          line(),
          column(),
          "malformed XML (" + e.getClass().getSimpleName() + " from the XML parser: "
              + e.getMessage() + ")",
          "well-formed XML",
          e);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = String.valueOf(e.getMessage());
      int cut = message.indexOf("Message: ");
      throw new IatiException(
          path(),
          at == null ? 1 : Math.max(1, at.getLineNumber()),
          at == null ? 1 : Math.max(1, at.getColumnNumber()),
          "malformed XML (" + (cut >= 0 ? message.substring(cut + 9) : message) + ")",
          "well-formed XML",
          e);
    }
  }

  /**
   * Returns the path of the current element (after a start tag: that element; after an end tag:
   * its parent).
   *
   * @return the path, such as {@code /iati-activities[1]/iati-activity[1]}
   */
  public String path() {
    return frames.getFirst().path();
  }

  /**
   * Returns the current line.
   *
   * @return the line, from 1
   */
  public long line() {
    return Math.max(1, in.getLocation().getLineNumber());
  }

  /**
   * Returns the current column.
   *
   * @return the column, from 1
   */
  public long column() {
    return Math.max(1, in.getLocation().getColumnNumber());
  }

  /**
   * Returns an attribute of the current start tag, by local name, without namespace.
   *
   * @param name the name
   * @return its value, or null
   */
  public @Nullable String attribute(String name) {
    return in.getAttributeValue(null, name);
  }

  /**
   * Returns the {@code xml:lang} of the current start tag.
   *
   * @return its value, or null
   */
  public @Nullable String lang() {
    return in.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
  }

  /**
   * Reads the text of the current element up to its end tag, skipping any child elements.
   *
   * @return the text
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    content(text);
    return text.toString();
  }

  /** Skips the current element, up to and including its end tag. */
  public void skip() {
    content(null);
  }

  /** Reads up to the current element's end tag, keeping its own text if asked to. */
  private void content(@Nullable StringBuilder text) {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw fail("the end of the document", "the end of the element");
      } else if (depth == 1 && text != null) {
        text.append(in.getText());
      }
    }
  }

  /**
   * Returns an exception at the current place.
   *
   * @param found what was found
   * @param expected what was expected
   * @return the exception, to throw
   */
  public IatiException fail(String found, String expected) {
    return new IatiException(path(), line(), column(), found, expected, null);
  }
}
