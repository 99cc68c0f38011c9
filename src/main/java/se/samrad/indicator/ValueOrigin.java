package se.samrad.indicator;

/** Where a value came from: typed on the page, a CSV/XLSX file or Kolada (file or API). */
public enum ValueOrigin {
    MANUAL, FILE, KOLADA
}
