package vn.lopboiduong.trainee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The registry's rows as an Excel sheet: a bold header that stays in view, an auto-filter, text columns as text
 * (a phone's leading 0 and a citizen ID's twelve digits kept). Written as a stream, a page of rows at a time, so
 * that a large registry does not fill the memory.
 */
final class TraineeWorkbook {

    /** Rows kept in memory while the sheet is written; older ones go to a temporary file. */
    private static final int WINDOW = 200;

    private TraineeWorkbook() {
    }

    /** A source of rows, one page after another, until a page comes back short. */
    interface Pages {
        List<TraineeRow> page(int number, int size);
    }

    static byte[] write(String title, List<String> headers, Pages pages, int pageSize,
            Function<TraineeRow, List<@Nullable String>> cells) {
        // Closing the streaming workbook also deletes its temporary file.
        try (var workbook = new SXSSFWorkbook(WINDOW); var out = new ByteArrayOutputStream()) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            SXSSFSheet sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            for (int page = 0; ; page++) {
                List<TraineeRow> rows = pages.page(page, pageSize);
                for (TraineeRow row : rows) {
                    Row line = sheet.createRow(rowNumber++);
                    List<@Nullable String> values = cells.apply(row);
                    for (int i = 0; i < values.size(); i++) {
                        String value = values.get(i);
                        if (value != null) {
                            line.createCell(i).setCellValue(value);
                        }
                    }
                }
                if (rows.size() < pageSize) {
                    break;
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber - 1), 0, headers.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
