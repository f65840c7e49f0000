package vn.lopboiduong.topicplan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A plan started from the programme's word on a topic: its objectives and main contents, one section a line. */
final class ProgrammeOutline {

    /** A list marker at the start of a line: a dash or bullet, "1." or "1)", "a)", "II.". */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-–•*+]|\\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,5}[.)])\\s+");
    private static final int MAX_SECTIONS = 50;
    private static final int TITLE_MAX = 500;

    private ProgrammeOutline() {
    }

    /** The content a plan starts with; the topic's periods are shared out, the first sections taking the rest. */
    static PlanContent contentOf(@Nullable String objectives, @Nullable String mainContent, int periods) {
        List<String> titles = new ArrayList<>();
        if (mainContent != null) {
            for (String line : mainContent.split("\\R")) {
                String title = MARKER.matcher(line).replaceFirst("").strip();
                if (!title.isEmpty() && titles.size() < MAX_SECTIONS) {
                    titles.add(title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title);
                }
            }
        }
        List<PlanContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            int share = periods / titles.size() + (i < periods % titles.size() ? 1 : 0);
            sections.add(new PlanContent.Section(titles.get(i), null, share));
        }
        return new PlanContent(objectives, null, null, sections, null, null, null, null);
    }
}
