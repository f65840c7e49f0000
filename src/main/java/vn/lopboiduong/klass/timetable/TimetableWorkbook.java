package vn.lopboiduong.klass.timetable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lopboiduong.klass.timetable.TimetableExport.Day;
import vn.lopboiduong.klass.timetable.TimetableExport.Line;
import vn.lopboiduong.klass.timetable.TimetableExport.Sheet;

/**
 * The timetable as one Excel sheet: title rows, a bold header row that stays in view and repeats on printed
 * pages, then one complete row per session (the date repeated, so rows can be sorted and filtered), with
 * alternate days shaded.
 */
final class TimetableWorkbook {

    /** Widths in characters: date, part of day, time, topic, lecturer, room. */
    private static final int[] COLUMN_WIDTHS = {22, 9, 14, 60, 28, 32};
    private static final int LAST_COLUMN = COLUMN_WIDTHS.length - 1;

    private TimetableWorkbook() {
    }

    static byte[] write(Sheet sheet) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(sheet.title() + " – " + sheet.code());
            XSSFSheet table = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.sheetName()));
            var styles = new Styles(workbook);
            for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
                table.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
            }

            int rowIndex = 0;
            titleRow(table, rowIndex++, sheet.title(), styles.title, 1);
            // A merged cell does not grow with its text: give a long class name the lines it needs.
            int nameLines = Math.max(1, (int) Math.ceil(sheet.className().length() / 120.0));
            titleRow(table, rowIndex++, sheet.className(), styles.subtitle, nameLines);
            for (String detail : sheet.details()) {
                titleRow(table, rowIndex++, detail, styles.detail, 1);
            }
            rowIndex++;

            int headerIndex = rowIndex++;
            Row header = table.createRow(headerIndex);
            List<String> headers = sheet.headers();
            for (int column = 0; column < headers.size(); column++) {
                text(header, column, headers.get(column), styles.header);
            }
            int dayNumber = 0;
            for (Day day : sheet.days()) {
                CellStyle style = dayNumber++ % 2 == 0 ? styles.body : styles.shadedBody;
                for (Line line : day.sessions()) {
                    Row row = table.createRow(rowIndex++);
                    text(row, 0, day.label(), style);
                    text(row, 1, line.dayPart(), style);
                    text(row, 2, line.time(), style);
                    text(row, 3, line.topic(), style);
                    text(row, 4, line.lecturer(), style);
                    text(row, 5, line.room(), style);
                }
            }

            table.createFreezePane(0, headerIndex + 1);
            table.setAutoFilter(new CellRangeAddress(headerIndex, Math.max(headerIndex, rowIndex - 1), 0,
                    LAST_COLUMN));
            table.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
            PrintSetup print = table.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            table.setFitToPage(true);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titleRow(XSSFSheet table, int index, String content, CellStyle style, int lines) {
        Row row = table.createRow(index);
        text(row, 0, content, style);
        table.addMergedRegion(new CellRangeAddress(index, index, 0, LAST_COLUMN));
        if (lines > 1) {
            row.setHeightInPoints(lines * table.getDefaultRowHeightInPoints() * 1.3f);
        }
    }

    private static void text(Row row, int column, String content, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(content);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle detail;
        final CellStyle header;
        final CellStyle body;
        final CellStyle shadedBody;

        Styles(XSSFWorkbook workbook) {
            title = centred(workbook, true, 14);
            subtitle = centred(workbook, true, 12);
            subtitle.setWrapText(true);
            detail = centred(workbook, false, 11);

            header = bordered(workbook);
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            body = bordered(workbook);
            shadedBody = bordered(workbook);
            shadedBody.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            shadedBody.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle centred(XSSFWorkbook workbook, boolean boldText, int points) {
            CellStyle style = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(boldText);
            font.setFontHeightInPoints((short) points);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
