package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.TableCells;
import io.govreport.model.Evidence;
import io.govreport.model.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a table of indicators a report gives as lines of cells (附表: 指标名称 单位 2012年完成 2013年目标 增长%),
 * which the sentences' rules cannot read: a header line names the columns, by a year and what the column holds (完成,
 * 预计, 目标, 计划) or a growth in per cent of the column before it; each row under it gives a name, its unit and a
 * value for each column. A table without a column of units (指标 | 年度目标 | 完成 | 比较) gives each row's unit in its
 * name's brackets (一般公共预算收入(亿元)) or as per cent in its cells, and may compare the figure done with its target
 * (高0.3个百分点, 完成目标的102%). Each row is its own evidence. Immutable and thread-safe.
 */
final class TableFigures {
    /** What a table's header calls the column of names, of units, and of row numbers. */
    private static final List<String> NAME_HEADS = List.of("指标名称", "指标", "项目", "主要指标", "名称");
    private static final String UNIT_HEAD = "单位";
    /**
     * 2013年目标, 2012年完成, 2007年预计, 2010年, 目标: a column of one year's values, and what they are (a year, what
     * they are, or both).
     */
    private static final Pattern VALUES_COLUMN = Pattern.compile(
            "(?:((?:19|20)\\d{2})年?)?(?:年度|规划)?(完成|实际完成|实际|预计完成|预计|计划|目标|预期|预期目标)?(?:数|值|情况)?");
    /** 比较, 对比, 与目标比较: a column comparing the figure done with its target. */
    private static final Pattern COMPARISON_COLUMN = Pattern.compile("(与目标)?(比较|对比|相比)");
    /** 高0.3个百分点, 低1.1个百分点, 超额完成1.2个百分点: the figure done above (below) its target, in points. */
    private static final Pattern POINTS_FROM_TARGET = Pattern.compile("(高|低|超额完成|超出)(\\d+(?:\\.\\d+)?)个?百分点");
    /** 完成目标的102%, 完成102.7%: the figure done as a share of its target. */
    private static final Pattern SHARE_OF_TARGET = Pattern.compile("完成(?:年度)?(?:目标|计划)?的?(\\d+(?:\\.\\d+)?)%");
    /** A head over no figures: its cells (预期性, 约束性, notes) are left alone. */
    private static final List<String> SKIPPED_HEADS = List.of("序号", "属性", "指标属性", "备注");
    /** 一般公共预算收入(亿元), 城镇新增就业（万人）: a row's unit in brackets after its name, in a table without units. */
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[(（]([^()（）]{1,8})[)）]$");
    /** 增长%, 比上年增长%, 年均增长%, 增速(%), 增长 (its cells then say 7%): a column of growths in per cent. */
    private static final Pattern CHANGE_COLUMN = Pattern.compile("(比上年|同比)?(年均)?(增长|增速|增幅)(率)?(?:[(（]?%[)）]?)?");
    /** 2023年目标(增长%): a column of one year's growths, its year and kind before the bracket. */
    private static final Pattern GROWTHS_OF_COLUMN = Pattern.compile("(.+?)[(（](?:增长|增速|增幅)率?%?[)）]");
    /** |---|:---:|, ├────┼────┤: the line a table in Markdown, or one drawn in box characters, draws between its rows. */
    private static final Pattern HEAD_RULE = Pattern.compile("[|｜\\s:：—–\\-─━│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋]+");
    private static final String PART_OF = "其中";
    /** A row whose name ends so gives falls (单位生产总值能耗下降  %  4.2  4.4): negative changes of what it names. */
    private static final List<String> FALLS = List.of("下降", "降低");
    /** A row whose name ends so gives growths (地区生产总值增长  %  6.5左右, 一般公共预算收入增速  %  8.1  5). */
    private static final List<String> GROWTHS = List.of("增长", "增速", "涨幅", "增幅");
    /** Before a growth or fall, a row over years: 年均增长 averaged (no year), 累计下降 summed (no year). */
    private static final String AVERAGED = "年均";
    private static final List<String> OVER_YEARS = List.of(AVERAGED, "累计");
    private static final String SHARE_OF = "占";
    private static final List<String> SHARE_HEADS = List.of("比重", "比例");
    private static final int MIN_COLUMNS = 2;
    /**
     * 26301亿元,增长2.9%; 增长6.5%左右; 38.5万人; 5.5%以内: one figure of a cell that writes its own unit, and its verb
     * where it is a growth or a fall (in a table with no column or bracket of units).
     */
    private static final Pattern CELL_FIGURE = Pattern.compile("(?<verb>增长|增速|提高|上涨|下降|降低|下跌)?(?<sign>[≥≤])?"
            + "(?<number>-?\\d+(?:\\.\\d+)?)(?:[—–~～至-](?<upper>\\d+(?:\\.\\d+)?))?(?<unit>%|[^\\d%]+?)?(?<bound>以内|以下|以上|左右)?");
    /** What parts the figures of one cell (26301亿元,增长2.9%). */
    private static final Pattern CELL_PARTS = Pattern.compile("[,，;；]");
    private static final List<String> FALL_VERBS = List.of("下降", "降低", "下跌");

    /**
     * A column of figures: the year and kind of its values, and whether they are growths (and averaged over years), or
     * compare the figure done with its target.
     */
    private record Column(int cell, Integer year, String kind, boolean change, boolean annualAverage, boolean comparison,
                          boolean yearOnYear) {
    }

    /** A row's span in the text, which the sentences' rules then leave alone. */
    record Row(int start, int end) {
    }

    private final UnitTable units;
    private final CueTable cues;
    private final MetricCatalogue catalogue;

    TableFigures(FigureRules rules) {
        this.units = rules.units();
        this.cues = rules.cues();
        this.catalogue = rules.catalogue();
    }

    /**
     * Reads every table of the text into {@code out}, and returns the rows read.
     *
     * @param sections where each row stands (its section id and part)
     * @param years    the years of a column that names a year but not what it holds (2010年: done if reviewed)
     */
    List<Row> read(String text, SectionIndex sections, ReportYears years, List<Indicator> out) {
        List<Row> rows = new ArrayList<>();
        int lineStart = 0;
        List<Column> columns = null;
        int nameCell = -1;
        int unitCell = -1;
        int cellCount = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            String[] cells = TableCells.of(line);
            if (columns != null && HEAD_RULE.matcher(line.strip()).matches()) {
                lineStart = lineEnd + 1;
                continue; // |---|---|: the rule under a Markdown table's head
            }
            if (columns != null && cells.length == cellCount && readRow(cells, nameCell, unitCell, columns, text, lineStart,
                    lineEnd, sections, out)) {
                rows.add(new Row(lineStart, lineEnd));
            } else {
                columns = null;
                int unit = indexOf(cells, List.of(UNIT_HEAD));
                int name = indexOf(cells, NAME_HEADS);
                // the columns of figures start after the units' (指标 | 单位 | 目标), or after the names' where a table
                // has no column of units (指标 | 年度目标 | 完成 | 比较)
                int first = unit > 0 ? unit : unit < 0 ? name : -1;
                List<Column> header = first >= 0 ? columns(cells, first, years) : List.of();
                long valueColumns = header.stream().filter(c -> !c.comparison()).count();
                // one column is a table only under a head with units that names its rows too (指标 | 单位 | 目标)
                if (first >= 0 && valueColumns >= (unit > 0 && name >= 0 ? 1 : MIN_COLUMNS)) {
                    columns = header;
                    unitCell = unit;
                    nameCell = name >= 0 ? name : unit - 1;
                    cellCount = cells.length;
                }
            }
            lineStart = lineEnd + 1;
        }
        return rows;
    }

    private static int indexOf(String[] cells, List<String> heads) {
        for (int i = 0; i < cells.length; i++) {
            if (heads.contains(cells[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The columns of figures after {@code firstCell}, or none where a cell there names no column this reads. */
    private static List<Column> columns(String[] cells, int firstCell, ReportYears years) {
        // 年度目标 beside 完成, neither with a year: the target of the year the report reviews
        boolean doneWithoutYear = false;
        for (int i = firstCell + 1; i < cells.length; i++) {
            Matcher values = VALUES_COLUMN.matcher(cells[i]);
            doneWithoutYear |= values.matches() && values.group(1) == null && values.group(2) != null
                    && "actual".equals(kindOf(values.group(2), null, years));
        }
        List<Column> columns = new ArrayList<>();
        Column before = null;
        for (int i = firstCell + 1; i < cells.length; i++) {
            Matcher growths = GROWTHS_OF_COLUMN.matcher(cells[i]);
            boolean growthsOfYear = growths.matches();
            Matcher values = VALUES_COLUMN.matcher(growthsOfYear ? growths.group(1) : cells[i]);
            Matcher change = CHANGE_COLUMN.matcher(cells[i]);
            if (values.matches() && (values.group(1) != null || values.group(2) != null)) {
                Integer y = values.group(1) == null ? null : Integer.valueOf(values.group(1));
                String kind = kindOf(values.group(2), y, years);
                // 目标 alone: the year the report plans for; 完成 or 预计 alone: the year it reviews
                Integer year = y != null ? y : "target".equals(kind) && !doneWithoutYear ? years.planYear() : years.reviewEnd();
                Column column = new Column(i, year, kind, growthsOfYear, false, false, false);
                before = growthsOfYear ? before : column;
                columns.add(column);
            } else if (change.matches()) {
                boolean average = change.group(2) != null;
                // the growth of the column before it: of its year and kind (a plan's average over years has no year)
                Integer y = before == null || average ? null : before.year();
                String kind = before != null ? before.kind() : "target";
                columns.add(new Column(i, y, kind, true, average, false, change.group(1) != null));
            } else if (COMPARISON_COLUMN.matcher(cells[i]).matches() && before != null) {
                // what was done against its target: of the year and kind of the column before it (完成)
                columns.add(new Column(i, before.year(), before.kind(), false, false, true, false));
            } else if (!SKIPPED_HEADS.contains(cells[i])) {
                return List.of();
            }
        }
        return columns;
    }

    /** 完成 and 实际 are done, 预计 (完成) estimated, 计划, 目标 and 预期 targets; a bare year is done if the report reviews it. */
    private static String kindOf(String word, Integer year, ReportYears years) {
        if (word == null) {
            Integer reviewed = years.reviewEnd();
            return reviewed != null && year <= reviewed ? "actual" : "target";
        }
        return switch (word) {
            case "完成", "实际", "实际完成" -> "actual";
            case "预计", "预计完成" -> "estimate";
            default -> "target";
        };
    }

    /** Reads one row; false where its unit cell holds no unit, so the line is no row of this table. */
    private boolean readRow(String[] cells, int nameCell, int unitCell, List<Column> columns, String text, int start, int end,
                            SectionIndex sections, List<Indicator> out) {
        String name = cells[nameCell];
        if (name.startsWith(PART_OF)) {
            name = name.substring(PART_OF.length()).replaceFirst("^[:：]", "");
        }
        Scaled unit;
        if (unitCell >= 0) {
            unit = scaled(cells[unitCell]);
        } else {
            Matcher inName = UNIT_IN_NAME.matcher(name);
            Scaled bracketed = inName.find() ? scaled(inName.group(1)) : null;
            unit = bracketed != null ? bracketed : percentCells(cells, columns) ? scaled("%") : null;
            name = bracketed != null ? name.substring(0, inName.start()) : name;
        }
        // 规模以上工业增加值 | — | — | 8%: a row with no unit gives its growths alone
        boolean growthsAlone = unit == null && unitCell >= 0 && TableCells.isDash(cells[unitCell]);
        if (name.isEmpty()) {
            return false;
        }
        if (unit == null && !growthsAlone) {
            return unitCell < 0 && readCellsWithUnits(cells, name, columns, text, start, end, sections, out);
        }
        boolean percent = !growthsAlone && unit.unit().isPercent();
        String fall = endingIn(name, FALLS);
        boolean falls = fall != null && percent;
        String growth = endingIn(name, GROWTHS);
        boolean grows = growth != null && percent;
        String overYears = null;
        if (falls || grows) {
            name = name.substring(0, name.length() - (falls ? fall : growth).length());
            overYears = endingIn(name, OVER_YEARS);
            name = overYears != null ? name.substring(0, name.length() - overYears.length()) : name;
        }
        boolean averaged = AVERAGED.equals(overYears);
        // 研究与试验发展经费支出占地区生产总值比重  %  3.05: a share of what the row names before 占
        int of = name.indexOf(SHARE_OF);
        boolean share = of > 0 && percent && endingIn(name, SHARE_HEADS) != null;
        if (share) {
            name = name.substring(0, of);
        }
        // 城镇新增就业 | 万人 | 5.36 | 5: what is added in a year is counted, as in a sentence
        boolean counted = !percent && cues.indexIn(name, "stock.gain") >= 0;
        Evidence evidence = rowEvidence(text, start, end);
        SectionIndex.Place place = sections.at(start);
        for (Column column : columns) {
            if (column.comparison()) {
                Integer year = overYears != null ? null : column.year();
                Indicator compared = compared(cells[column.cell()], name, column.kind(), year, place.sectionId(), evidence);
                if (compared != null) {
                    out.add(compared);
                }
                continue;
            }
            Matcher value = TableCells.VALUE.matcher(cells[column.cell()]);
            boolean change = column.change() || falls || grows;
            if (!value.matches() || growthsAlone && !change) {
                continue; // —, 完成市下达任务: no figure
            }
            double v = Double.parseDouble(value.group("number"));
            double figure = falls ? -Math.abs(v) : change ? v : v * unit.factor();
            // 6—6.5: a range's upper end (none in a row of falls, whose ends would swap)
            Double upper = value.group("upper") == null || falls ? null
                    : Double.parseDouble(value.group("upper")) * (change ? 1 : unit.factor());
            String unitName = change ? "%" : unit.unit().base();
            boolean average = column.annualAverage() || averaged;
            String measure = change ? "change" : share ? "share" : counted ? "count" : "level";
            out.add(new Indicator(name, catalogue.metricOf(name), column.kind(), measure, figure, upper, unitName,
                    approxOf(value.group("sign"), value.group("bound")), average ? "annual_avg" : column.yearOnYear() ? "yoy" : null,
                    average || overYears != null ? null : column.year(),
                    place.sectionId(), evidence));
        }
        return true;
    }

    /**
     * Reads a row whose cells write their own units (地区生产总值  26301亿元,增长2.9%  增长6.5%左右); false where a cell of
     * figures holds none so read, so the line is no row of this table.
     */
    private boolean readCellsWithUnits(String[] cells, String name, List<Column> columns, String text, int start, int end,
                                       SectionIndex sections, List<Indicator> out) {
        List<Indicator> row = new ArrayList<>();
        Evidence evidence = rowEvidence(text, start, end);
        String sectionId = sections.at(start).sectionId();
        String growth = endingIn(name, GROWTHS);
        boolean grows = growth != null;
        String named = grows ? name.substring(0, name.length() - growth.length()) : name;
        boolean counted = cues.indexIn(named, "stock.gain") >= 0;
        for (Column column : columns) {
            String cell = cells[column.cell()];
            if (column.comparison() || TableCells.isDash(cell)) {
                continue;
            }
            for (String part : CELL_PARTS.split(cell)) {
                Matcher m = CELL_FIGURE.matcher(part);
                Scaled unit = !m.matches() || m.group("unit") == null ? null : scaled(m.group("unit"));
                if (unit == null) {
                    return false; // 完成国家下达任务, 4.9 with no unit: no cell of this reading
                }
                String verb = m.group("verb");
                boolean fall = verb != null && FALL_VERBS.contains(verb);
                boolean change = verb != null || grows && unit.unit().isPercent() || column.change();
                double v = Double.parseDouble(m.group("number")) * (unit.unit().isPercent() ? 1 : unit.factor());
                Double upper = m.group("upper") == null || fall ? null
                        : Double.parseDouble(m.group("upper")) * (unit.unit().isPercent() ? 1 : unit.factor());
                String measure = change ? "change" : counted ? "count" : "level";
                row.add(new Indicator(named, catalogue.metricOf(named), column.kind(), measure, fall ? -Math.abs(v) : v, upper,
                        unit.unit().base(), approxOf(m.group("sign"), m.group("bound")),
                        column.annualAverage() ? "annual_avg" : column.yearOnYear() ? "yoy" : null,
                        column.annualAverage() ? null : column.year(), sectionId, evidence));
            }
        }
        out.addAll(row);
        return !row.isEmpty();
    }

    /** A row's evidence: the line without the space around it. */
    private static Evidence rowEvidence(String text, int start, int end) {
        String line = text.substring(start, end);
        int evidenceStart = start + (line.length() - line.stripLeading().length());
        return new Evidence(evidenceStart, end, text.substring(evidenceStart, end).strip());
    }

    /** Whether a row's cells of figures say per cent (城镇登记失业率 | 4.5%以内 | 2.6% | 完成). */
    private static boolean percentCells(String[] cells, List<Column> columns) {
        return columns.stream().anyMatch(c -> !c.comparison() && TableCells.VALUE.matcher(cells[c.cell()]).matches()
                && cells[c.cell()].contains("%"));
    }

    /** A comparison cell's figure: points above or below the target (高0.3个百分点), or the target's share done; else null. */
    private Indicator compared(String cell, String name, String kind, Integer year, String sectionId, Evidence evidence) {
        Matcher points = POINTS_FROM_TARGET.matcher(cell);
        Matcher share = SHARE_OF_TARGET.matcher(cell);
        if (points.matches()) {
            double v = Double.parseDouble(points.group(2)) * (points.group(1).equals("低") ? -1 : 1);
            return new Indicator(name, catalogue.metricOf(name), kind, "change", v, null, "pp", null, null, year, sectionId, evidence);
        }
        if (share.matches()) {
            return new Indicator(name, catalogue.metricOf(name), kind, "share", Double.parseDouble(share.group(1)), null, "%", null,
                    null, year, sectionId, evidence);
        }
        return null;
    }

    /** The word of {@code words} the name ends in, with more before it, or null. */
    private static String endingIn(String name, List<String> words) {
        for (String w : words) {
            if (name.endsWith(w) && name.length() > w.length()) {
                return w;
            }
        }
        return null;
    }

    /**
     * The bound written before a cell's number (≥ at least, ≤ at most) or after it, as after any figure (approx.after.:
     * 以内 at most, 以上 over, 左右 about).
     */
    private String approxOf(String sign, String bound) {
        if (sign != null) {
            return sign.equals("≥") ? "at_least" : "at_most";
        }
        CueTable.Cue cue = bound == null ? null : cues.startingAt(bound, 0, bound.length(), "approx.after.");
        return cue == null ? null : cue.categoryTail("approx.after.");
    }

    /** A unit written with a multiplier before it (亿元, 万吨), and what one of it is in the base unit. */
    private record Scaled(Unit unit, double factor) {
    }

    private Scaled scaled(String cell) {
        double factor = 1;
        for (int k = 0; k < cell.length(); k++) {
            Unit unit = units.at(cell, k, cell.length());
            if (unit != null && k + unit.written().length() == cell.length()) {
                return new Scaled(unit, factor * unit.factor()); // 万千升: 千升 is the unit, not a multiplier of 升
            }
            if (ChineseNumerals.multiplier(cell.charAt(k)) < 100) {
                return null;
            }
            factor *= ChineseNumerals.multiplier(cell.charAt(k));
        }
        return null;
    }
}
