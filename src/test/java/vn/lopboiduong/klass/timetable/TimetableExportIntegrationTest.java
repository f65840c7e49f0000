package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.security.SystemAuthentication;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.TrainingClass;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimetableExportIntegrationTest {

    @Autowired
    TestData data;

    private static final String HANOI = "PBT-HN-2023-01";
    private static final String TOPIC = "Nâng cao chất lượng sinh hoạt chi bộ";
    private static final String LECTURER = "ThS. Hoàng Minh Tuấn";

    @Autowired
    TimetableExport export;

    @Autowired
    TimetableService timetable;

    @Autowired
    TrainingClassService classes;

    @Autowired
    UnitService units;

    @Test
    void thePdfKeepsTheVietnameseTextAndEmbedsItsFont() throws IOException {
        long hanoi = data.classId(HANOI);
        TimetableExport.ExportedFile file = export.pdf(hanoi, TranslationProvider.VIETNAMESE);

        assertThat(file.fileName()).isEqualTo("lich-hoc-PBT-HN-2023-01.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        var reader = new PdfReader(file.content());
        String text = text(reader);
        assertThat(text).contains("LỊCH HỌC", "Lớp bồi dưỡng nâng cao năng lực lãnh đạo, quản lý",
                "Mã lớp: PBT-HN-2023-01", "Khóa: Lớp thứ nhất", "Thời gian: 27/03/2023 – 08/04/2023",
                "Địa điểm: Trường Đào tạo cán bộ Lê Hồng Phong, Hà Nội",
                "Ngày", "Buổi", "Chuyên đề", "Giảng viên", "Phòng, địa điểm",
                "Thứ Hai, 27/03/2023", "Thứ Bảy, 01/04/2023", "Thứ Sáu, 07/04/2023", "Sáng", "Chiều", "07:30–11:15", "13:30–17:15",
                TOPIC, LECTURER, "PGS.TS. Đinh Quang Vinh");
        assertThat(text).doesNotContain("!timetable", "Chủ Nhật");
        // Every session's topic is there, in date order.
        List<String> topics = timetable.sessions(hanoi).stream().map(SessionRow::topicTitle).distinct().toList();
        assertThat(topics).hasSizeGreaterThan(10);
        int from = 0;
        for (String topic : topics) {
            int at = text.indexOf(topic, from);
            assertThat(at).as("%s after position %d", topic, from).isGreaterThanOrEqualTo(0);
            from = at;
        }
        // The PDF standard fonts cannot show Vietnamese: every font used must be embedded.
        List<String> fonts = embeddedFonts(reader);
        assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
    }

    @Test
    void thePdfSpeaksTheReadersLanguage() throws IOException {
        String text = text(new PdfReader(export.pdf(data.classId(HANOI), Locale.ENGLISH).content()));
        assertThat(text).contains("TIMETABLE", "Class code: PBT-HN-2023-01", "Monday, 27/03/2023", "Morning",
                "Afternoon", "Topic", TOPIC, LECTURER);
        assertThat(text).doesNotContain("LỊCH HỌC", "Thứ Hai");
    }

    @Test
    void theWorkbookHasATitleAFrozenBoldHeaderAndOneRowPerSession() throws IOException {
        long hanoi = data.classId(HANOI);
        List<SessionRow> sessions = timetable.sessions(hanoi);
        TimetableExport.ExportedFile file = export.xlsx(hanoi, TranslationProvider.VIETNAMESE);
        assertThat(file.fileName()).isEqualTo("lich-hoc-PBT-HN-2023-01.xlsx");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Lịch học");
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("LỊCH HỌC");
            assertThat(text(sheet.getRow(1).getCell(0))).startsWith("Lớp bồi dưỡng nâng cao năng lực lãnh đạo");

            int headerIndex = headerRow(sheet);
            Row header = sheet.getRow(headerIndex);
            assertThat(cells(header)).containsExactly("Ngày", "Buổi", "Giờ", "Chuyên đề", "Giảng viên",
                    "Phòng, địa điểm");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(headerIndex + 1);
            assertThat(sheet.getRow(headerIndex + 1).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1) * 3);

            assertThat(sheet.getLastRowNum() - headerIndex).isEqualTo(sessions.size()).isEqualTo(22);
            assertThat(cells(sheet.getRow(headerIndex + 1))).containsExactly("Thứ Hai, 27/03/2023", "Sáng",
                    "07:30–11:15", "Khai giảng lớp học", "", "Trường Đào tạo cán bộ Lê Hồng Phong, Hà Nội");
            List<List<String>> rows = new ArrayList<>();
            for (int i = headerIndex + 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(cells(sheet.getRow(i)));
            }
            assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(TOPIC, LECTURER));
            assertThat(rows).extracting(row -> row.get(3))
                    .containsExactlyElementsOf(sessions.stream().map(SessionRow::topicTitle).toList());
        }
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerExportsOnlyTheClassesTheyTeach() throws IOException {
        String text = text(new PdfReader(export.pdf(data.classId(HANOI), TranslationProvider.VIETNAMESE).content()));
        assertThat(text).contains(LECTURER);

        long other = SystemAuthentication.callAsSystem(() -> {
            var c = new TrainingClass("X-" + UUID.randomUUID().toString().substring(0, 8), "Lớp không dạy", 2027);
            c.setStartDate(LocalDate.of(2027, 6, 7));
            c.setEndDate(LocalDate.of(2027, 6, 8));
            return classes.create(c, new TrainingClassService.Links(null,
                    units.findByCode("TCT-PT").orElseThrow().requireId(), Set.of())).requireId();
        });
        assertThatThrownBy(() -> export.pdf(other, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.xlsx(other, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "stranger")
    void someoneWithoutAPortalRoleIsRefused() {
        long hanoi = SystemAuthentication.callAsSystem(() -> data.classId(HANOI));
        assertThatThrownBy(() -> export.pdf(hanoi, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.xlsx(hanoi, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fileNamesStayAsciiAndSafe() {
        assertThat(TimetableExport.fileName("PBT-HN-2023-01", "pdf")).isEqualTo("lich-hoc-PBT-HN-2023-01.pdf");
        assertThat(TimetableExport.fileName("K/2025.I", "xlsx")).isEqualTo("lich-hoc-K-2025.I.xlsx");
        assertThat(TimetableExport.fileName("../..", "pdf")).isEqualTo("lich-hoc-lop.pdf");
    }

    /** All pages' text, with line breaks and runs of spaces made single spaces, as a reader would quote it. */
    private static String text(PdfReader reader) throws IOException {
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static List<String> embeddedFonts(PdfReader reader) {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fonts == null) {
                continue;
            }
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                var descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                PdfDictionary described = descendants == null ? font : descendants.getAsDict(0);
                PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
                assertThat(descriptor).as("font %s has a descriptor", font.get(PdfName.BASEFONT)).isNotNull();
                assertThat(descriptor.get(PdfName.FONTFILE2)).as("font %s is embedded", font.get(PdfName.BASEFONT))
                        .isNotNull();
                names.add(String.valueOf(font.get(PdfName.BASEFONT)));
            }
        }
        return names;
    }

    private static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            if ("Ngày".equals(text(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < 6; column++) {
            values.add(text(row.getCell(column)));
        }
        return values;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
