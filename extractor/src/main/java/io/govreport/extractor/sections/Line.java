package io.govreport.extractor.sections;

import java.util.ArrayList;
import java.util.List;

/** One line of the normalized text (lines there are already trimmed). */
record Line(int index, int start, String text) {

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(lines.size(), start, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }
}
