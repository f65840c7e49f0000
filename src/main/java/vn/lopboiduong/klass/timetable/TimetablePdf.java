package vn.lopboiduong.klass.timetable;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.lopboiduong.base.pdf.PdfFonts;
import vn.lopboiduong.klass.timetable.TimetableExport.Day;
import vn.lopboiduong.klass.timetable.TimetableExport.Line;
import vn.lopboiduong.klass.timetable.TimetableExport.Sheet;

/**
 * The timetable as an A4 landscape PDF: heading, then a table of the sessions day by day, its header repeated on
 * every page, in the portal's embedded font ({@link PdfFonts}).
 */
final class TimetablePdf {

    /** Relative widths: date, part of day, time, topic, lecturer, room. */
    private static final float[] COLUMN_WIDTHS = {15, 6.5f, 9.5f, 36, 15, 18};
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private TimetablePdf() {
    }

    static byte[] write(Sheet sheet) {
        var text = new Font(PdfFonts.REGULAR, 9.5f);
        var bold = new Font(PdfFonts.BOLD, 9.5f);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 32, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title() + " – " + sheet.code());
            document.addSubject(sheet.className());
            var footer = new HeaderFooter(new Phrase(sheet.printed() + " ", new Font(PdfFonts.REGULAR, 8)), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();

            document.add(centred(sheet.title(), new Font(PdfFonts.BOLD, 16), 0));
            document.add(centred(sheet.className(), new Font(PdfFonts.BOLD, 12.5f), 4));
            for (String line : sheet.details()) {
                document.add(centred(line, text, 3));
            }

            var table = new PdfPTable(COLUMN_WIDTHS.length);
            table.setWidths(COLUMN_WIDTHS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (String header : sheet.headers()) {
                PdfPCell cell = cell(header, bold);
                cell.setBackgroundColor(HEADER_FILL);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            if (sheet.days().isEmpty()) {
                PdfPCell none = cell(sheet.empty(), text);
                none.setColspan(COLUMN_WIDTHS.length);
                none.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(none);
            }
            for (Day day : sheet.days()) {
                addDay(table, day, text, bold);
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the timetable of " + sheet.code(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /**
     * One row of the table per day: the date, then the day's sessions in a table of their own, so that a page
     * break never parts sessions from their date. The part of the day spans its consecutive sessions.
     */
    private static void addDay(PdfPTable table, Day day, Font text, Font bold) throws DocumentException {
        table.addCell(cell(day.label(), bold));
        var sessionsOfDay = new PdfPTable(COLUMN_WIDTHS.length - 1);
        sessionsOfDay.setWidths(Arrays.copyOfRange(COLUMN_WIDTHS, 1, COLUMN_WIDTHS.length));
        sessionsOfDay.setWidthPercentage(100);
        List<Line> sessions = day.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            Line line = sessions.get(i);
            if (i == 0 || !sessions.get(i - 1).dayPart().equals(line.dayPart())) {
                int span = 1;
                while (i + span < sessions.size() && sessions.get(i + span).dayPart().equals(line.dayPart())) {
                    span++;
                }
                PdfPCell part = cell(line.dayPart(), text);
                part.setRowspan(span);
                part.setHorizontalAlignment(Element.ALIGN_CENTER);
                sessionsOfDay.addCell(part);
            }
            PdfPCell time = cell(line.time(), text);
            time.setHorizontalAlignment(Element.ALIGN_CENTER);
            sessionsOfDay.addCell(time);
            sessionsOfDay.addCell(cell(line.topic(), text));
            sessionsOfDay.addCell(cell(line.lecturer(), text));
            sessionsOfDay.addCell(cell(line.room(), text));
        }
        var rest = new PdfPCell(sessionsOfDay);
        rest.setColspan(COLUMN_WIDTHS.length - 1);
        rest.setPadding(0);
        rest.setBorderColor(RULE);
        table.addCell(rest);
    }

    private static PdfPCell cell(String content, Font font) {
        var cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setLeading(0, 1.25f);
        cell.setBorderColor(RULE);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static Paragraph centred(String content, Font font, float spacingBefore) {
        var paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
