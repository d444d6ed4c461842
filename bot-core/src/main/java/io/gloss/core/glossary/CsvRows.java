package io.gloss.core.glossary;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks in quotes. */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> read(Reader source) throws IOException {
    Reader reader = source.markSupported() ? source : new java.io.BufferedReader(source);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int quoteLine = 0;
    int c;
    while ((c = reader.read()) != -1) {
      char ch = (char) c;
      any = true;
      if (ch == '\n') {
        line++;
      }
      if (quoted) {
        if (ch == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              reader.reset();
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
        }
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
          rows.add(row);
        }
        row = new ArrayList<>();
        any = false;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      // The rest of the file would silently become one field: say where the quote opened.
      throw new IOException(
          "Not a readable CSV file: the quote opened on line " + quoteLine + " is never closed");
    }
    if (any) {
      row.add(field.toString());
      if (!(row.size() == 1 && row.get(0).isBlank())) {
        rows.add(row);
      }
    }
    return rows;
  }
}
