package vn.lopboiduong.klass.timetable;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.lopboiduong.base.pdf.PdfFonts;
import vn.lopboiduong.base.pdf.PdfParts;
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

            document.add(PdfParts.centred(sheet.title(), new Font(PdfFonts.BOLD, 16), 0));
            document.add(PdfParts.centred(sheet.className(), new Font(PdfFonts.BOLD, 12.5f), 4));
            for (String line : sheet.details()) {
                document.add(PdfParts.centred(line, text, 3));
            }

            var table = new PdfPTable(COLUMN_WIDTHS.length);
            table.setWidths(COLUMN_WIDTHS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (String header : sheet.headers()) {
                PdfPCell cell = PdfParts.cell(header, bold, Element.ALIGN_LEFT);
                cell.setBackgroundColor(PdfParts.HEADER_FILL);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            if (sheet.days().isEmpty()) {
                PdfPCell none = PdfParts.cell(sheet.empty(), text, Element.ALIGN_LEFT);
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
        table.addCell(PdfParts.cell(day.label(), bold, Element.ALIGN_LEFT));
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
                PdfPCell part = PdfParts.cell(line.dayPart(), text, Element.ALIGN_LEFT);
                part.setRowspan(span);
                part.setHorizontalAlignment(Element.ALIGN_CENTER);
                sessionsOfDay.addCell(part);
            }
            PdfPCell time = PdfParts.cell(line.time(), text, Element.ALIGN_LEFT);
            time.setHorizontalAlignment(Element.ALIGN_CENTER);
            sessionsOfDay.addCell(time);
            sessionsOfDay.addCell(PdfParts.cell(line.topic(), text, Element.ALIGN_LEFT));
            sessionsOfDay.addCell(PdfParts.cell(line.lecturer(), text, Element.ALIGN_LEFT));
            sessionsOfDay.addCell(PdfParts.cell(line.room(), text, Element.ALIGN_LEFT));
        }
        var rest = new PdfPCell(sessionsOfDay);
        rest.setColspan(COLUMN_WIDTHS.length - 1);
        rest.setPadding(0);
        rest.setBorderColor(PdfParts.RULE);
        table.addCell(rest);
    }
}
