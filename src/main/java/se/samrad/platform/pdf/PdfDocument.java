package se.samrad.platform.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable document built in code: a title, then headings, paragraphs and simple tables in order. Rendered
 * by the template {@code platform/pdf-document} (the same print layout as every report, text escaped) and then
 * by {@link PdfRenderer}.
 */
public final class PdfDocument {

    /** One part of the document. */
    public sealed interface Block permits Heading, Paragraph, Table {
        /** The block's kind, as the template switches on it. */
        String kind();
    }

    public record Heading(String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    public record Paragraph(String text) implements Block {
        public String kind() {
            return "paragraph";
        }
    }

    /** A header row and body rows; with {@code rowHeaders} the first cell of each row heads it. */
    public record Table(List<String> header, List<List<String>> rows, boolean rowHeaders) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public String kind() {
            return "table";
        }
    }

    private final String title;
    private final boolean landscape;
    private final List<Block> blocks = new ArrayList<>();

    public PdfDocument(String title, boolean landscape) {
        this.title = title;
        this.landscape = landscape;
    }

    public PdfDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public PdfDocument table(List<String> header, List<List<String>> rows, boolean rowHeaders) {
        blocks.add(new Table(header, rows, rowHeaders));
        return this;
    }

    public String title() {
        return title;
    }

    public boolean landscape() {
        return landscape;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
