package org.rbm.iati.internal;

import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.rbm.iati.IatiException;
import org.rbm.iati.IatiReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Validates a document against the shipped IATI 2.03 schema in one streaming pass: the events of
 * the safe StAX reader (DTDs refused, depth and run limits enforced) are handed to a {@link
 * ValidatorHandler}, so the validator never parses the document itself.
 */
public final class SchemaCheck {
  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // The schema imports its two companions (iati-common.xsd, xml.xsd) from the same jar.
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt");
      URL xsd = SchemaCheck.class.getResource("/org/rbm/iati/iati-activities-schema.xsd");
      if (xsd == null) {
        throw new IllegalStateException("iati-activities-schema.xsd missing from rbm-iati's jar");
      }
      return f.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("the shipped IATI schema does not load", e);
    }
  }

  /**
   * Returns the IATI 2.03 activity schema shipped in this module.
   *
   * @return the schema, thread-safe
   */
  public static Schema schema() {
    return SCHEMA;
  }

  /**
   * Validates a document.
   *
   * @param in the document
   * @param maxDepth the deepest element allowed
   * @throws IatiException at the first place the document is malformed, hostile or not valid
   */
  public static void validate(InputStream in, int maxDepth) {
    XMLStreamReader xml;
    try {
      xml = IatiReader.safeFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IatiException("", 1, 1, "unreadable XML (" + e.getMessage() + ")",
          "well-formed XML", e);
    }
    Cursor c = new Cursor(xml, maxDepth);
    ValidatorHandler v = SCHEMA.newValidatorHandler();
    v.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        throw invalid(c, e);
      }

      @Override
      public void fatalError(SAXParseException e) {
        throw invalid(c, e);
      }
    });
    v.setDocumentLocator(new Locator() {
      @Override
      public String getPublicId() {
        return "";
      }

      @Override
      public String getSystemId() {
        return "";
      }

      @Override
      public int getLineNumber() {
        return (int) c.line();
      }

      @Override
      public int getColumnNumber() {
        return (int) c.column();
      }
    });
    try {
      v.startDocument();
      while (true) {
        int event = c.next();
        if (event == XMLStreamConstants.END_DOCUMENT) {
          break;
        }
        XMLStreamReader r = c.reader();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            for (int i = 0; i < r.getNamespaceCount(); i++) {
              v.startPrefixMapping(nonNull(r.getNamespacePrefix(i)), nonNull(r.getNamespaceURI(i)));
            }
            AttributesImpl attributes = new AttributesImpl();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String prefix = nonNull(r.getAttributePrefix(i));
              String local = r.getAttributeLocalName(i);
              attributes.addAttribute(nonNull(r.getAttributeNamespace(i)), local,
                  prefix.isEmpty() ? local : prefix + ":" + local, "CDATA",
                  r.getAttributeValue(i));
            }
            v.startElement(nonNull(r.getNamespaceURI()), r.getLocalName(), qName(r), attributes);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            v.endElement(nonNull(r.getNamespaceURI()), r.getLocalName(), qName(r));
            for (int i = 0; i < r.getNamespaceCount(); i++) {
              v.endPrefixMapping(nonNull(r.getNamespacePrefix(i)));
            }
          }
          default -> {
            char[] text = r.getTextCharacters();
            v.characters(text, r.getTextStart(), r.getTextLength());
          }
        }
      }
      v.endDocument();
    } catch (SAXException e) {
      throw new IatiException(c.path(), c.line(), c.column(), "a document the schema refuses ("
          + e.getMessage() + ")", "a document valid against the IATI 2.03 schema", e);
    }
  }

  private static String qName(XMLStreamReader r) {
    String prefix = nonNull(r.getPrefix());
    return prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  private static String nonNull(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "" : s;
  }

  private static IatiException invalid(Cursor c, SAXParseException e) {
    return new IatiException(
        c.path(),
        Math.max(1, e.getLineNumber()),
        Math.max(1, e.getColumnNumber()),
        "a document the schema refuses (" + e.getMessage() + ")",
        "a document valid against the IATI 2.03 schema",
        e);
  }
}
