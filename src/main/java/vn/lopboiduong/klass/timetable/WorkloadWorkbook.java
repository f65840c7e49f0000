package vn.lopboiduong.klass.timetable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lopboiduong.program.TopicKind;

/**
 * A year's workload as an Excel workbook like the timetable's: a sheet by lecturer (periods in all and by kind of
 * topic, classes, sessions) and a sheet by lecturer and class, each with a bold header row that stays in view and
 * an auto-filter, numbers as numbers so they can be summed.
 */
final class WorkloadWorkbook {

    /** Widths in characters: a lecturer's name, and any column of figures. */
    private static final int NAME_WIDTH = 36;
    private static final int FIGURE_WIDTH = 14;

    private WorkloadWorkbook() {
    }

    /** {@code labels} turns a translation key and its arguments into the reader's language. */
    static byte[] write(String year, List<LecturerWorkload> lecturers, List<ClassWorkload> classes,
            BiFunction<String, Object[], String> labels) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            String title = labels.apply("workload.export.title", new Object[] {year});
            workbook.getProperties().getCoreProperties().setTitle(title);
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle titleStyle = workbook.createCellStyle();
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);

            List<String> byLecturer = new ArrayList<>(List.of(labels.apply("topics.lecturer", new Object[0]),
                    labels.apply("workload.periods", new Object[0])));
            for (TopicKind kind : TopicKind.values()) {
                byLecturer.add(labels.apply(kind.translationKey(), new Object[0]));
            }
            byLecturer.add(labels.apply("workload.classes", new Object[0]));
            byLecturer.add(labels.apply("workload.sessions", new Object[0]));
            XSSFSheet first = sheet(workbook, labels.apply("workload.export.by-lecturer", new Object[0]), title,
                    byLecturer, titleStyle, header, NAME_WIDTH);
            int rowIndex = 3;
            for (LecturerWorkload lecturer : lecturers) {
                Row row = first.createRow(rowIndex++);
                row.createCell(0).setCellValue(lecturer.lecturerName());
                row.createCell(1).setCellValue(lecturer.periods());
                int column = 2;
                for (TopicKind kind : TopicKind.values()) {
                    row.createCell(column++).setCellValue(lecturer.periods(kind));
                }
                row.createCell(column++).setCellValue(lecturer.classes());
                row.createCell(column).setCellValue(lecturer.sessions());
            }
            finish(first, byLecturer.size(), rowIndex);

            List<String> byClass = List.of(labels.apply("topics.lecturer", new Object[0]),
                    labels.apply("classes.code", new Object[0]), labels.apply("classes.name", new Object[0]),
                    labels.apply("workload.periods", new Object[0]), labels.apply("workload.sessions", new Object[0]));
            XSSFSheet second = sheet(workbook, labels.apply("workload.export.by-class", new Object[0]), title,
                    byClass, titleStyle, header, NAME_WIDTH, 22, 60);
            rowIndex = 3;
            for (ClassWorkload line : classes) {
                Row row = second.createRow(rowIndex++);
                row.createCell(0).setCellValue(line.lecturerName());
                row.createCell(1).setCellValue(line.classCode());
                row.createCell(2).setCellValue(line.className());
                row.createCell(3).setCellValue(line.periods());
                row.createCell(4).setCellValue(line.sessions());
            }
            finish(second, byClass.size(), rowIndex);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet with its title in the first row and its header in the third. */
    private static XSSFSheet sheet(XSSFWorkbook workbook, String name, String title, List<String> headers,
            CellStyle titleStyle, CellStyle headerStyle, int... widths) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        var titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle);
        Row header = sheet.createRow(2);
        for (int column = 0; column < headers.size(); column++) {
            var cell = header.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(column, (column < widths.length ? widths[column] : FIGURE_WIDTH) * 256);
        }
        return sheet;
    }

    private static void finish(XSSFSheet sheet, int columns, int rowsEnd) {
        sheet.createFreezePane(0, 3);
        sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, rowsEnd - 1), 0, columns - 1));
    }
}
