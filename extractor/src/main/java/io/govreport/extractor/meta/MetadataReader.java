package io.govreport.extractor.meta;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FiveYearPlans;
import io.govreport.extractor.support.MisreadDigits;
import io.govreport.extractor.support.ResourceLines;
import io.govreport.extractor.support.Simplified;
import io.govreport.model.Meta;
import io.govreport.model.Section;
import io.govreport.model.Speaker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself from its opening lines (title, the "——2018年1月16日在…会议上" line,
 * the speaker line) and its parts (plan year, review period). Thread-safe.
 */
public final class MetadataReader {
    /** The opening ends at the salutation; without one, this many characters are read. */
    private static final int MAX_HEAD = 3000;
    /** Where the opening ends: 各位代表. */
    private static final String GREETING = "各位代表";
    private static final int HEAD_WITHOUT_SALUTATION = 1500;
    private static final int MAX_TITLE = 40;
    /** The longest first line of a title set on two lines (湛江市2013年, 内蒙古自治区鄂尔多斯市二〇一三年). */
    private static final int MAX_TITLE_LINE_ABOVE = 20;
    /** The last characters of a division's name (岳阳市, 农安县, 阿鲁科尔沁旗). */
    private static final String DIVISION_KINDS = "省市县区旗州盟";

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[〇零○O一二三四五六七八九]{4})年");
    /**
     * "——2018年1月16日在平谷区第五届人民代表大会第四次会议上" (or "--", a copy's ASCII dash), or opening a line
     * "(2018年1月16日在…会议上)" or "2018年1月16日在…会议上"; after a dash or bracket the date part may be damaged or missing.
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)(?:([—―]{1,2}|-{2})|^[ \\t]*(\\(?))[ \\t]*([^\\n在]{0,24}?)[ \\t]*在[ \\t]*([^\\s,。;]{2,60}?会议)");
    /** The first month a session for the year ahead may be held in, when the parts name that year. */
    private static final int EARLY_SESSION_MONTH = 10;
    /** "(2017年1月)": a line giving the year and month the report was read out, without the day. */
    private static final Pattern MONTH = Pattern.compile("^((?:19|20)\\d{2}|[〇零○O一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月$");
    private static final String REPORT = "工作报告";
    private static final int MAX_NAME_ON_ITS_LINE = 6;
    /** A meeting's name the page width broke after 代表大会 or inside its session's number (代表大会第三⏎次会议). */
    private static final Pattern BROKEN_MEETING = Pattern.compile(
            "(代表大会(?:第[一二三四五六七八九十]{0,3}次?)?)[ \\t]*\\n[ \\t\u3000]*((?:第|[一二三四五六七八九十次])[^\\n]{0,12}?会议|会议)");
    private static final Pattern MEETING = Pattern.compile("在\\s*([^\\s,。;\"“]{2,40}?代表大会[^\\s,。;]{0,20}?会议)");
    /** A title naming the meeting that is no congress: 在赣江新区2024年工作会议上的工作报告. */
    private static final Pattern MEETING_IN_TITLE = Pattern.compile("在\\s*([^\\s,。;\"“]{2,40}?会议)上的[^\\n]{0,20}?报告");
    private static final Pattern DATE = Pattern.compile(
            "^((?:19|20)\\d{2}|[〇零○O一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$");
    /** 2013.1.10, 2013-01-10, 2013/1/10: a date written in digits alone. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("^((?:19|20)\\d{2})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})$");
    /**
     * A date in brackets on a line of its own, "(2021年1月6日)", is the day the report was read out (a bare date line
     * in the opening is more often the date a notice was issued).
     */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(\\s*([^()]{6,24}?)\\s*\\)\\s*$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("([\\p{IsHan}]{1,10}[〔\\[(]((?:19|20)\\d{2})[〕\\])]\\d{1,4}号)");
    /** A name transcribed from Uyghur, Tibetan, Kazakh or Mongolian: its parts joined by a middle dot. */
    private static final String NAME_DOTS = "·•・‧";
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{1,8}(?:[" + NAME_DOTS + "]\\p{IsHan}{1,8})+");
    private static final Pattern FIVE_YEARS = Pattern.compile("(过去|近)五年|五年来|(十[一二三四五六七八九]五|“十[一二三四五六七八九]五”)(工作)?回顾"
            + "|“?十[一二三四五六七八九]?五”?(时期|期间)"); // “十五”时期和2005年工作回顾: the plan's five years and its last

    private final RegionFinder regions = new RegionFinder();
    private final Pattern speakerLine;
    private final Segment names = HanLP.newSegment().enableNameRecognize(true);
    /** What follows an office on a page without being a name (市长信箱): meta/not-names.txt. */
    private final List<String> notNames = ResourceLines.read("meta/not-names.txt");

    public MetadataReader() {
        List<String> titles = new ArrayList<>(ResourceLines.read("meta/speaker-titles.txt"));
        titles.sort(Comparator.comparingInt(String::length).reversed());
        // offices and names are often set letter-spaced to align them (区 长 贾 海, 区长 汪 明 浩)
        List<String> spaced = titles.stream().map(t -> String.join(" ?", t.split(""))).toList();
        // 县长(代) 程立新: the acting office written after it; 副市长 张晓东, 常务副主任: a deputy reading it out for the head
        speakerLine = Pattern.compile("((?:代理|代|常务副|副)?(?:" + String.join("|", spaced) + "))(?:\\(代\\))?\\s*:?\\s*"
                + "(\\p{IsHan} \\p{IsHan}(?: \\p{IsHan})?(?![\\p{IsHan}" + NAME_DOTS + "])|[\\p{IsHan}" + NAME_DOTS + "]{2,20})");
    }

    /**
     * The title, meeting and speaker are given in the script the report is written in, as it prints them; the region
     * is the gazetteer's, in simplified script, so one query finds reports written in either.
     */
    public Meta read(String text, List<Section> sections, List<String> warnings) {
        String[] heads = heads(head(text));
        String head = heads[0];
        String written = heads[1];
        boolean greeted = text.startsWith(GREETING, head.length());
        Matcher dateLine = dateLine(head);
        String title = title(head, dateLine);
        String meeting = null;
        String deliveredOn = null;
        int meetingEnd = -1;
        if (dateLine != null) {
            meeting = dateLine.group(4);
            meetingEnd = dateLine.end();
            // ——在…会议上 names no day; a bracketed date line near it, （二〇二四年一月十五日）, may
            deliveredOn = dateLine.group(3).isBlank() ? dateOnALine(head, greeted) : date(dateLine.group(3), warnings);
        } else {
            Matcher m = meetingNamed(head);
            meeting = m != null ? m.group(1) : null;
            meetingEnd = m != null ? m.end() : -1;
            deliveredOn = dateOnALine(head, greeted);
        }
        if (deliveredOn == null && meetingEnd >= 0 && (dateLine == null || dateLine.group(3).isBlank())) {
            // ——在…会议上(2015年1月9日), or 在…会议上⏎2013.1.10 (or 2025年12月23日)
            String sameLine = dateAfterMeeting(head, meetingEnd);
            deliveredOn = sameLine != null ? sameLine : dateOnTheNextLine(head, meetingEnd);
        }
        Matcher speakerMatch = speakerLine.matcher(head);
        Speaker speaker = null;
        String speakerSource = null;
        int from = 0;
        while (speaker == null && from < head.length() && speakerMatch.find(from)) {
            from = speakerMatch.start() + 1;
            if (regions.cutsIntoAName(head, speakerMatch.start(1), speakerMatch.end(1))) {
                continue; // 许昌市长葛市: 市长 ends one name and starts the next
            }
            String run = speakerMatch.group(2).replace(" ", "");
            int runEnd = speakerMatch.end(2);
            boolean endsLine = runEnd >= head.length() || head.charAt(runEnd) == '\n';
            String name = notNames.stream().anyMatch(run::startsWith) ? null : personName(run, endsLine);
            if (name != null) {
                String office = speakerMatch.group(1).replace(" ", "");
                boolean actingAfter = head.startsWith("(代)", speakerMatch.end(1));
                String officeAsWritten = asWritten(office, head, written);
                speaker = new Speaker(asWritten(name, head, written), actingAfter ? "代" + officeAsWritten : officeAsWritten);
                speakerSource = lineAround(head, speakerMatch.start());
            }
        }
        RegionFinder.Found region = regions.find(java.util.Arrays.asList(title, meeting, speakerSource), head, text, warnings);
        if (region == null) {
            warnings.add("region: no administrative division named in the report's opening");
        }
        Matcher number = DOCUMENT_NUMBER.matcher(head);
        String documentNumber = number.find() ? number.group(1) : null;
        Integer year = planYear(title, deliveredOn != null ? deliveredOn : monthOnALine(head), sections,
                documentNumber == null ? null : number.group(2));
        if (year == null) {
            warnings.add("year: neither the title, the date nor the parts say which year the report plans for");
        }
        return new Meta(asWritten(title, head, written), region == null ? null : region.region(),
                region == null ? null : region.level(), year, reviewPeriod(year, sections), deliveredOn,
                asWritten(meeting, head, written), speaker, documentNumber);
    }

    /**
     * The opening read in simplified script, and as written, of the same length so offsets carry over; in both, a
     * meeting's name the page width broke is one name (在鞍山市第十六届人民代表大会⏎第二次会议上).
     */
    private String[] heads(String original) {
        String simplified = regions.simplified(original);
        StringBuilder read = new StringBuilder(simplified.length());
        StringBuilder written = new StringBuilder(original.length());
        Matcher broken = BROKEN_MEETING.matcher(simplified);
        int at = 0;
        while (broken.find()) {
            read.append(simplified, at, broken.start()).append(broken.group(1)).append(broken.group(2));
            written.append(original, at, broken.start()).append(original, broken.start(1), broken.end(1))
                    .append(original, broken.start(2), broken.end(2));
            at = broken.end();
        }
        return new String[]{read.append(simplified, at, simplified.length()).toString(),
                written.append(original, at, original.length()).toString()};
    }

    /** {@code value}, read from {@code head}, as {@code written} prints it (羅田縣, not 罗田县); as it is where it was reshaped. */
    private static String asWritten(String value, String head, String written) {
        int at = value == null || value.isEmpty() ? -1 : head.indexOf(value);
        return at < 0 ? value : written.substring(at, at + value.length());
    }

    private static String head(String text) {
        int salutation = text.indexOf(GREETING);
        int end = salutation >= 0 && salutation < MAX_HEAD ? salutation : Math.min(text.length(), HEAD_WITHOUT_SALUTATION);
        return text.substring(0, end);
    }

    /**
     * The report's title among the short lines naming a 工作报告: above a date line, the last of them (the title
     * stands right above its date line; a site's list of other years' reports stands higher). Without one, the
     * first naming a division, else the first giving a year, else a plain one; lines in a run of two or more giving
     * a year but no division, and the heading above such a run, are a list of reports, not the title.
     */
    /** 2021年克什克腾旗政府工作报告 代旗长 乌力吉: the speaker set on the title's line is no part of the title. */
    private String withoutSpeaker(String line) {
        int end = line.indexOf(REPORT);
        if (end < 0) {
            return line;
        }
        end += REPORT.length();
        Matcher speaker = speakerLine.matcher(line);
        return speaker.find(end) && line.substring(end, speaker.start()).isBlank() ? line.substring(0, end) : line;
    }

    private String title(String head, Matcher dateLine) {
        List<String> lines = new ArrayList<>();
        for (String line : head.substring(0, dateLine != null ? dateLine.start() : head.length()).split("\n")) {
            if (!line.isBlank()) {
                int dash = line.indexOf("——");
                // titles are often set letter-spaced (政 府 工 作 报 告)
                lines.add(withoutSpeaker((dash >= 0 ? line.substring(0, dash) : line)).replace(" ", ""));
            }
        }
        if (dateLine != null) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (isTitleLike(lines.get(i))) {
                    return withLineAbove(lines, i);
                }
            }
        }
        String named = null;
        String dated = null;
        String plain = null;
        for (int i = 0; i < lines.size(); i++) {
            String candidate = lines.get(i);
            if (!isTitleLike(candidate)) {
                continue;
            }
            if (regions.namesADivision(candidate)) {
                named = named == null ? candidate : named;
            } else if (inAListOfReports(lines, i)) {
                continue;
            } else if (YEAR.matcher(candidate).find()) {
                dated = dated == null ? candidate : dated;
            } else if (plain == null || (!plain.contains("政府") && candidate.contains("政府"))) {
                plain = candidate;
            }
        }
        return named != null ? named : dated != null ? dated : plain == null ? null : withLineAbove(lines, lines.indexOf(plain));
    }

    /**
     * A title set on two lines, the place and year above (湛江市2013年⏎政府工作报告, 2019年汕头市人民政府⏎工作报告): the two
     * joined, where the title line gives no year and the line above is short and ends with one or with the government,
     * or opens with one and ends with a division (2022年岳阳市⏎政府工作报告).
     */
    private static String withLineAbove(List<String> lines, int i) {
        String title = lines.get(i);
        if (i == 0 || YEAR.matcher(title).find()) {
            return title;
        }
        String above = lines.get(i - 1);
        Matcher year = YEAR.matcher(above);
        boolean endsWithYear = false;
        while (year.find()) {
            endsWithYear = year.end() == above.length();
        }
        boolean government = above.endsWith("政府") && title.startsWith("工作报告");
        // 2022年岳阳市⏎政府工作报告: the year and the place above, the government's report below
        Matcher opening = YEAR.matcher(above);
        boolean yearAndPlace = opening.lookingAt() && DIVISION_KINDS.indexOf(above.charAt(above.length() - 1)) >= 0
                && (title.startsWith("政府") || title.startsWith("人民政府"));
        return (endsWithYear || government || yearAndPlace) && above.length() <= MAX_TITLE_LINE_ABOVE && !isTitleLike(above) ? above + title : title;
    }

    private static boolean isTitleLike(String line) {
        // 关于…的政府工作报告 is a title; 关于…政府工作报告的决议 and a notice about one are not
        boolean about = line.contains("关于") && !line.replaceFirst("\\(摘要\\)$", "").endsWith("工作报告");
        // 在金普新区2024年工作会议上的报告: a committee's report to its work meeting, titled by the meeting
        boolean toMeeting = line.startsWith("在") && MEETING_IN_TITLE.matcher(line).matches();
        return (line.contains("工作报告") || toMeeting) && line.length() <= MAX_TITLE && !about && !line.contains("通知") && !line.contains("《");
    }

    /** An item of a run of two or more title lines giving years, or the heading right above such a run (历年政府工作报告). */
    private static boolean inAListOfReports(List<String> lines, int i) {
        boolean dated = isDatedTitle(lines.get(i));
        boolean before = i > 0 && isDatedTitle(lines.get(i - 1));
        boolean after = i + 1 < lines.size() && isDatedTitle(lines.get(i + 1));
        boolean twoAfter = after && i + 2 < lines.size() && isDatedTitle(lines.get(i + 2));
        return (dated && (before || after)) || twoAfter;
    }

    private static boolean isDatedTitle(String line) {
        return isTitleLike(line) && YEAR.matcher(line).find();
    }

    /** The first date line: one opening with a dash or bracket, or with a well-formed date. */
    /** The meeting the opening names without a date line: a congress's, else one a title names (在…会议上的工作报告). */
    private static Matcher meetingNamed(String head) {
        for (Pattern p : List.of(MEETING, MEETING_IN_TITLE)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static Matcher dateLine(String head) {
        Matcher m = DATE_LINE.matcher(head);
        int from = 0;
        while (from < head.length() && m.find(from)) {
            if (m.group(1) != null || !m.group(2).isEmpty() || DATE.matcher(m.group(3).replace(" ", "")).matches()) {
                return m;
            }
            from = m.start() + 1;
        }
        return null;
    }

    /** A line of the opening that is only a year and month in brackets, "(2017年1月)", as the first day of that month; else null. */
    private static String monthOnALine(String head) {
        for (String line : head.split("\n")) {
            Matcher bracketed = BRACKETED.matcher(line);
            Matcher m = MONTH.matcher(bracketed.matches() ? bracketed.group(1).replace(" ", "") : "");
            if (m.matches()) {
                int year = ChineseNumerals.parseYear(m.group(1));
                int month = ChineseNumerals.parse(m.group(2));
                return year > 0 && month >= 1 && month <= 12 ? LocalDate.of(year, month, 1).toString() : null;
            }
        }
        return null;
    }

    /** A line of the opening that is only a date in brackets, "(2021年1月6日)", as an ISO date; else null. */
    private static String dateOnALine(String head, boolean greetingFollows) {
        String[] lines = head.strip().split("\n");
        for (String line : lines) {
            Matcher bracketed = BRACKETED.matcher(line);
            if (bracketed.matches() && DATE.matcher(bracketed.group(1).replace(" ", "")).matches()) {
                return date(bracketed.group(1), new ArrayList<>());
            }
        }
        // a bare date as the opening's last line, right above 各位代表 (二〇〇四年一月十一日 under the speaker's name)
        return greetingFollows ? onlyADate(lines[lines.length - 1], false) : null;
    }

    /** The line as an ISO date when it is only a date (2013年1月10日, or with {@code digitsToo} 2013.1.10); else null. */
    private static String onlyADate(String line, boolean digitsToo) {
        String bare = line.replace(" ", "").replace("\u3000", "");
        return DATE.matcher(bare).matches() || digitsToo && NUMERIC_DATE.matcher(bare).matches() ? date(bare, new ArrayList<>()) : null;
    }

    /**
     * The line after {@code end}'s line, past blank ones, when it is only a date (2013年1月10日, 2013.1.10, in brackets or
     * not); else null.
     */
    private static String dateOnTheNextLine(String head, int end) {
        int lineEnd = head.indexOf('\n', end);
        String line = "";
        while (lineEnd >= 0 && line.isBlank()) {
            int nextEnd = head.indexOf('\n', lineEnd + 1);
            line = head.substring(lineEnd + 1, nextEnd < 0 ? head.length() : nextEnd);
            lineEnd = nextEnd;
        }
        Matcher bracketed = BRACKETED.matcher(line);
        return onlyADate(bracketed.matches() ? bracketed.group(1) : line, true);
    }

    /** The rest of the meeting's line, past 上, when it is only a date in brackets (…会议上(2015年1月9日)); else null. */
    private static String dateAfterMeeting(String head, int end) {
        int lineEnd = head.indexOf('\n', end);
        String rest = head.substring(end, lineEnd < 0 ? head.length() : lineEnd).strip();
        Matcher bracketed = BRACKETED.matcher(rest.startsWith("上") ? rest.substring(1) : rest);
        return bracketed.matches() ? onlyADate(bracketed.group(1), false) : null;
    }

    /** An ISO date, or null with a warning when the date line is damaged. */
    private static String date(String written, List<String> warnings) {
        String w = MisreadDigits.repaired(written.replace(" ", "")); // 2009年2月l6日: a scan's misread digit
        if (w.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(w);
        if (!m.matches()) {
            m = NUMERIC_DATE.matcher(w); // 2013.1.10
        }
        if (m.matches()) {
            int year = ChineseNumerals.parseYear(m.group(1));
            int month = ChineseNumerals.parse(m.group(2));
            int day = ChineseNumerals.parse(m.group(3));
            try {
                return LocalDate.of(year, month, day).toString();
            } catch (DateTimeException e) {
                // falls through to the warning
            }
        }
        warnings.add("deliveredOn: the date line is damaged ('" + w + "'); left empty");
        return null;
    }

    /**
     * The name after an office: the Han run itself when it is name-sized (up to six characters where it ends its line:
     * 孟和巴雅尔, a Mongolian name written without a dot), else the person HanLP finds at its start.
     */
    private String personName(String run, boolean endsLine) {
        Matcher dotted = DOTTED_NAME.matcher(run);
        if (dotted.lookingAt()) {
            return dotted.group(); // 阿不都热合曼·吐尔逊: a transcribed name, which the name recognizer cuts at the dot
        }
        if (run.length() <= 4 || endsLine && run.length() <= MAX_NAME_ON_ITS_LINE) {
            return run;
        }
        List<Term> terms = names.seg(run);
        if (!terms.isEmpty() && terms.get(0).nature.startsWith("nr") && terms.get(0).word.length() >= 2) {
            return terms.get(0).word;
        }
        return null;
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * The title's year; else the year of the day (or month) it was read out (December → the next; October or November
     * → the next where the parts say so); else the parts'; else the document number's.
     */
    private static Integer planYear(String title, String readOutOn, List<Section> sections, String documentYear) {
        Integer fromTitle = title == null ? null : firstYear(title);
        if (fromTitle != null) {
            return fromTitle;
        }
        Integer fromParts = yearOfParts(sections);
        if (readOutOn != null) {
            LocalDate d = LocalDate.parse(readOutOn);
            // 2023年11月28日, 一、2023年工作回顾: a session held early for the year ahead
            boolean early = d.getMonthValue() >= EARLY_SESSION_MONTH && fromParts != null && fromParts == d.getYear() + 1;
            return d.getMonthValue() == 12 || early ? d.getYear() + 1 : d.getYear();
        }
        return fromParts != null ? fromParts : documentYear == null ? null : Integer.valueOf(documentYear);
    }

    /** The year the first part naming one plans for: a plan part's year, or the year after a review part's; or null. */
    private static Integer yearOfParts(List<Section> sections) {
        for (Section s : sections) {
            Integer y = firstYear(Simplified.of(s.title()));
            if (y != null && "plan".equals(s.kind())) {
                return y;
            }
            if (y != null && "review".equals(s.kind())) {
                return y + 1;
            }
        }
        return null;
    }

    /** "2017-2021" for a five-year review, else the year before the plan year (or the review part's own year). */
    private static String reviewPeriod(Integer year, List<Section> sections) {
        for (Section s : sections) {
            if (!"review".equals(s.kind())) {
                continue;
            }
            String title = Simplified.of(s.title());
            // “十四五”和2025年工作回顾 in a report for 2026: the plan that has just ended, and its last year
            if (year != null && (FIVE_YEARS.matcher(title).find() || FiveYearPlans.lastYearsNamedIn(title).contains(year - 1))) {
                return (year - 5) + "-" + (year - 1);
            }
            Integer y = firstYear(title);
            if (y != null) {
                return String.valueOf(y);
            }
        }
        return year == null ? null : String.valueOf(year - 1);
    }

    private static Integer firstYear(String s) {
        Matcher m = YEAR.matcher(s);
        if (!m.find()) {
            return null;
        }
        int y = ChineseNumerals.parseYear(m.group(1));
        return y > 0 ? y : null;
    }
}
