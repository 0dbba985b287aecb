package io.govreport.extractor.support;

import java.util.regex.Pattern;

/**
 * A line of a table of indicators (地区生产总值  亿元  155.9  175  12) as cells: the normalizer keeps such a line whole,
 * and the indicator reader reads its figures by column.
 */
public final class TableCells {
    /**
     * A cell's number or range with the bound written before it (≥8, ≤5.5) or after it (4以内, 118以上, 6—6.5, and with
     * the per cent written in a column that does not say it: 7%左右): groups number, upper (a range's upper end), sign
     * and bound.
     */
    public static final Pattern VALUE = Pattern.compile(
            "(?<sign>[≥≤])?(?<number>-?\\d+(?:\\.\\d+)?)%?(?:[—–~～至-](?<upper>\\d+(?:\\.\\d+)?)%?)?(?<bound>以内|以下|以上|左右)?");
    /** A cell of a unit (%, 亿美元, 微克/立方米). */
    private static final Pattern UNIT = Pattern.compile("[%‰]|[万亿千百]?\\p{IsIdeographic}{1,3}(/\\p{IsIdeographic}{1,3})?");
    /** A cell that says there is no figure. */
    private static final Pattern DASH = Pattern.compile("[—–-]+");

    private TableCells() {
    }

    /** The line's cells: parted by tabs or spaces (ideographic ones too), or by bars (指标 | 单位 | 目标, | 人 |, │指标│单位│). */
    public static String[] of(String line) {
        String cells = line.strip();
        if (barred(cells)) {
            return cells.replaceAll("^[|｜│┃]|[|｜│┃]$", "").strip().split("\\s*[|｜│┃]\\s*");
        }
        return cells.split("[\\s\u3000]+");
    }

    /**
     * Whether the line's cells are parted by bars, as no prose is: a table's line whatever its cells hold (a Markdown
     * table's | or ｜, or the box-drawing │ and ┃ of a table drawn in text).
     */
    public static boolean barred(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0 || line.indexOf('│') >= 0 || line.indexOf('┃') >= 0;
    }

    /** Whether a cell holds a figure or a dash for none. */
    public static boolean isValueOrDash(String cell) {
        return VALUE.matcher(cell).matches() || isDash(cell);
    }

    /**
     * Whether the cells open with a name and then a unit (财政总收入增长  %  8, 单位地区生产总值能耗降低  %  完成省市下达任务):
     * a table's row of one column of figures, or of none, as no prose or title is.
     */
    public static boolean nameThenUnit(String[] cells) {
        return cells.length >= 3 && !isValueOrDash(cells[0]) && UNIT.matcher(cells[1]).matches();
    }

    /** Whether a cell is a dash for none. */
    public static boolean isDash(String cell) {
        return DASH.matcher(cell).matches();
    }
}
