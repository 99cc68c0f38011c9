package se.samrad.workshop;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samrad.goals.GoalElement;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.pdf.PdfRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The report as CSV (UTF-8 with a byte-order mark, formulas neutralised), XLSX and PDF. */
@Singleton
class ReportExports {

    private final PdfRenderer pdf;

    ReportExports(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    /** The report as CSV by the platform's rule ({@link Csv}). */
    String csv(List<String> header, List<List<String>> rows) {
        return Csv.write(header, rows);
    }

    @SuppressWarnings("unchecked")
    byte[] xlsx(List<String> header, List<List<String>> rows, Map<String, Object> matrices) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = book.createSheet("Data");
            write(data.createRow(0), header, bold);
            for (int i = 0; i < rows.size(); i++) {
                Row row = data.createRow(i + 1);
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (!value.isEmpty() && value.matches("-?\\d+(\\.\\d+)?") && c >= 8) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            int n = 1;
            for (Map.Entry<String, Object> matrix : matrices.entrySet()) {
                List<Object> parts = (List<Object>) matrix.getValue();
                List<GoalElement> targets = (List<GoalElement>) parts.get(0);
                SdgMatrix m = (SdgMatrix) parts.get(1);
                Sheet sheet = book.createSheet("SDG " + n++);
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue(matrix.getKey());
                Row codes = sheet.createRow(1);
                codes.createCell(0).setCellValue("row -> column");
                for (int c = 0; c < targets.size(); c++) {
                    codes.createCell(c + 1).setCellValue(targets.get(c).code());
                    codes.getCell(c + 1).setCellStyle(bold);
                }
                codes.createCell(targets.size() + 1).setCellValue("+");
                codes.createCell(targets.size() + 2).setCellValue("-");
                for (int r = 0; r < targets.size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    row.createCell(0).setCellValue(targets.get(r).code());
                    row.getCell(0).setCellStyle(bold);
                    for (int c = 0; c < targets.size(); c++) {
                        if (m.cell(r, c).isScored()) {
                            row.createCell(c + 1).setCellValue(m.cell(r, c).mean());
                        }
                    }
                    row.createCell(targets.size() + 1).setCellValue(m.rows().get(r).positive());
                    row.createCell(targets.size() + 2).setCellValue(m.rows().get(r).negative());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** A printable PDF of the report's XHTML, through the platform's one renderer. */
    byte[] pdf(String xhtml) {
        return pdf.render(xhtml);
    }
}
