package org.rbm.core.strategies;

/**
 * A field of a CSV record, with the line it starts on and its place in the record (both from 1),
 * for messages.
 */
record CsvField(String text, int line, int index) {}
