package vn.lopboiduong.topicplan;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import vn.lopboiduong.base.pdf.PdfParts;
import vn.lopboiduong.topicplan.TopicPlanExport.Labels;

/**
 * Plans laid out on A4 portrait pages: each plan starts on a page of its own with the organising unit above the
 * topic's heading, whether the
 * version is approved or a draft, then the form's fields in order, the outline as a table with its total periods,
 * and the attachments' names. A class's file starts with a cover listing every topic and its plan.
 */
final class TopicPlanPdf {

    private static final Color DRAFT = new Color(0xB0, 0x1E, 0x1E);
    /** Relative widths of the outline: number, section, summary, periods. */
    private static final float[] OUTLINE_WIDTHS = {6, 34, 48, 12};
    /** Relative widths of the cover's list: number, topic, lecturer, periods, plan. */
    private static final float[] COVER_WIDTHS = {6, 44, 22, 10, 18};

    private TopicPlanPdf() {
    }

    /** One plan's version, already in the reader's language; {@code unit} is the class's organising unit. */
    record Printed(String unit, String topic, String trainingClass, String kind, int periods, String lecturer,
            String state, boolean draft, PlanContent content, List<String> attachments) {
    }

    /** A class file's first page; {@code unit} is the class's organising unit. */
    record Cover(String unit, String title, String className, String code, String dates, List<Line> lines,
            int approved) {

        /** A topic of the class and where its plan stands. */
        record Line(int position, String topic, String lecturer, int periods, String status, boolean approved) {
        }
    }

    static byte[] write(List<Printed> plans, @Nullable Cover cover, Labels labels, String printedAt) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(cover != null ? cover.title() + " – " + cover.code()
                    : plans.isEmpty() ? "" : plans.getFirst().topic());
            var footer = new HeaderFooter(new Phrase(printedAt + "   ", new Font(PdfFonts.REGULAR, 8)), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            boolean first = true;
            if (cover != null) {
                writeCover(document, cover, labels);
                first = false;
            }
            for (Printed plan : plans) {
                if (!first) {
                    document.newPage();
                }
                writePlan(document, plan, labels);
                first = false;
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out topic plans", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void writeCover(Document document, Cover cover, Labels labels) throws DocumentException {
        var text = new Font(PdfFonts.REGULAR, 10);
        var bold = new Font(PdfFonts.BOLD, 10);
        unit(document, cover.unit());
        document.add(PdfParts.centred(cover.title(), new Font(PdfFonts.BOLD, 16), 0));
        document.add(PdfParts.centred(cover.className(), new Font(PdfFonts.BOLD, 12.5f), 6));
        document.add(PdfParts.centred(labels.getTranslation("classes.code") + ": " + cover.code()
                + (cover.dates().isEmpty() ? "" : "   ·   " + cover.dates()), text, 4));
        document.add(PdfParts.centred(labels.getTranslation("topic-plans.pdf.cover-count", cover.approved(),
                cover.lines().size()), text, 4));
        var table = table(COVER_WIDTHS);
        for (String header : List.of(labels.getTranslation("topic-plans.class.position"),
                labels.getTranslation("topic-plans.class.topic"), labels.getTranslation("topic-plans.class.lecturer"),
                labels.getTranslation("topic-plans.class.periods"), labels.getTranslation("topic-plans.class.status"))) {
            table.addCell(header(header, bold));
        }
        for (Cover.Line line : cover.lines()) {
            table.addCell(PdfParts.cell(String.valueOf(line.position()), text, Element.ALIGN_RIGHT));
            table.addCell(PdfParts.cell(line.topic(), text, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(line.lecturer(), text, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(String.valueOf(line.periods()), text, Element.ALIGN_RIGHT));
            table.addCell(PdfParts.cell(line.status(), line.approved() ? text : new Font(PdfFonts.BOLD, 10, Font.NORMAL,
                    DRAFT), Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private static void writePlan(Document document, Printed plan, Labels labels) throws DocumentException {
        var text = new Font(PdfFonts.REGULAR, 10.5f);
        var bold = new Font(PdfFonts.BOLD, 10.5f);
        var heading = new Font(PdfFonts.BOLD, 12);
        unit(document, plan.unit());
        document.add(PdfParts.centred(labels.getTranslation("topic-plans.pdf.title"), new Font(PdfFonts.BOLD, 15), 0));
        document.add(PdfParts.centred(plan.topic(), new Font(PdfFonts.BOLD, 13), 6));
        document.add(PdfParts.centred(plan.trainingClass(), text, 4));
        document.add(PdfParts.centred(labels.getTranslation("topic-plans.class.kind") + ": " + plan.kind() + "   ·   "
                + labels.getTranslation("topic-plans.class.periods") + ": " + plan.periods() + "   ·   "
                + labels.getTranslation("topic-plans.class.lecturer") + ": " + plan.lecturer(), text, 3));
        document.add(PdfParts.centred(plan.state(), plan.draft() ? new Font(PdfFonts.BOLD, 11, Font.NORMAL, DRAFT)
                : new Font(PdfFonts.ITALIC, 10), 6));

        PlanContent content = plan.content();
        int part = 1;
        document.add(section(part++ + ". " + labels.getTranslation("topic-plans.field.objectives"), heading));
        field(document, labels.getTranslation("topic-plans.field.knowledge"), content.knowledge(), text, bold);
        field(document, labels.getTranslation("topic-plans.field.skills"), content.skills(), text, bold);
        field(document, labels.getTranslation("topic-plans.field.attitude"), content.attitude(), text, bold);

        document.add(section(part++ + ". " + labels.getTranslation("topic-plans.field.sections"), heading));
        var outline = table(OUTLINE_WIDTHS);
        for (String header : List.of(labels.getTranslation("topic-plans.class.position"),
                labels.getTranslation("topic-plans.section.title"), labels.getTranslation("topic-plans.section.summary"),
                labels.getTranslation("topic-plans.section.periods"))) {
            outline.addCell(header(header, bold));
        }
        List<PlanContent.Section> sections = content.sections();
        for (int i = 0; i < sections.size(); i++) {
            PlanContent.Section section = sections.get(i);
            outline.addCell(PdfParts.cell(String.valueOf(i + 1), text, Element.ALIGN_RIGHT));
            outline.addCell(PdfParts.cell(section.title(), text, Element.ALIGN_LEFT));
            outline.addCell(PdfParts.cell(section.summary() == null ? "" : section.summary(), text, Element.ALIGN_LEFT));
            outline.addCell(PdfParts.cell(String.valueOf(section.periods()), text, Element.ALIGN_RIGHT));
        }
        PdfPCell total = PdfParts.cell(labels.getTranslation("topic-plans.pdf.total"), bold, Element.ALIGN_RIGHT);
        total.setColspan(3);
        outline.addCell(total);
        outline.addCell(PdfParts.cell(String.valueOf(content.sectionPeriods()), bold, Element.ALIGN_RIGHT));
        document.add(outline);

        document.add(section(part++ + ". " + labels.getTranslation("topic-plans.field.teaching"), heading));
        field(document, labels.getTranslation("topic-plans.field.teachingMethods"), content.teachingMethods(), text,
                bold);
        field(document, labels.getTranslation("topic-plans.field.materials"), content.materials(), text, bold);
        field(document, labels.getTranslation("topic-plans.field.questions"), content.questions(), text, bold);
        field(document, labels.getTranslation("topic-plans.field.traineePreparation"),
                content.traineePreparation(), text, bold);
        if (!plan.attachments().isEmpty()) {
            document.add(section(part + ". " + labels.getTranslation("topic-plans.attachments"), heading));
            for (String attachment : plan.attachments()) {
                document.add(new Paragraph("– " + attachment, text));
            }
        }
    }

    /** The organising unit heads the page, as on the school's own papers; a class without one prints none. */
    private static void unit(Document document, String unit) throws DocumentException {
        if (!unit.isBlank()) {
            var line = PdfParts.centred(unit, new Font(PdfFonts.BOLD, 11), 0);
            line.setSpacingAfter(10);
            document.add(line);
        }
    }

    private static void field(Document document, String label, @Nullable String value, Font text, Font bold)
            throws DocumentException {
        var title = new Paragraph(label, bold);
        title.setSpacingBefore(5);
        document.add(title);
        var body = new Paragraph(value == null || value.isBlank() ? "—" : value, text);
        body.setLeading(0, 1.3f);
        body.setIndentationLeft(10);
        document.add(body);
    }

    private static Paragraph section(String content, Font font) {
        var paragraph = new Paragraph(content, font);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static PdfPTable table(float[] widths) throws DocumentException {
        var table = new PdfPTable(widths.length);
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        return table;
    }

    private static PdfPCell header(String content, Font bold) {
        PdfPCell cell = PdfParts.cell(content, bold, Element.ALIGN_CENTER);
        cell.setBackgroundColor(PdfParts.HEADER_FILL);
        return cell;
    }
}
