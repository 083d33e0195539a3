package org.rbm.text.internal;

/**
 * A field of a CSV record, with the line it starts on and its place in the record (both from 1),
 * for messages.
 */
record MatrixCsvField(String text, int line, int index) {}
