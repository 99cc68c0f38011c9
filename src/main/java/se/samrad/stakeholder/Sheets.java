package se.samrad.stakeholder;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's tables as files: CSV through the platform's {@link Csv} (byte-order mark, formulas neutralised)
 * and XLSX through Apache POI (strings are written as strings, never formulas); reading either gives rows with
 * the line (CSV) or row number (XLSX) a person sees, so that errors can name it.
 */
final class Sheets {

    /** The XLSX file signature (a ZIP archive). */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Sheets() {
    }

    /** Every non-blank row of a CSV or XLSX file, the header first. */
    static List<Csv.Row> read(byte[] file) {
        if (file.length >= ZIP.length && file[0] == ZIP[0] && file[1] == ZIP[1] && file[2] == ZIP[2]
                && file[3] == ZIP[3]) {
            return readXlsx(file);
        }
        try {
            return Csv.read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("stakeholder.import.error.encoding");
        }
    }

    private static List<Csv.Row> readXlsx(byte[] file) {
        DataFormatter formatter = new DataFormatter();
        List<Csv.Row> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(new Csv.Row(row.getRowNum() + 1L, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("stakeholder.import.error.format");
        }
        return rows;
    }

    /** A table as CSV. */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        return Csv.write(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    /** A table as one XLSX sheet with a bold, frozen header. */
    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
