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
    /** A cell of a unit (%, 亿美元, 微克/立方米): a row of a name, its unit and one figure is a table's too. */
    private static final Pattern UNIT = Pattern.compile("[%‰]|[万亿千百]?\\p{IsIdeographic}{1,3}(/\\p{IsIdeographic}{1,3})?");
    /** A cell that says there is no figure. */
    private static final Pattern DASH = Pattern.compile("[—–-]+");

    private TableCells() {
    }

    /** The line's cells: parted by tabs or spaces (ideographic ones too), or by bars (指标 | 单位 | 目标, | 人 |). */
    public static String[] of(String line) {
        String cells = line.strip();
        if (barred(cells)) {
            return cells.replaceAll("^[|｜]|[|｜]$", "").strip().split("\\s*[|｜]\\s*");
        }
        return cells.split("[\\s\u3000]+");
    }

    /** Whether the line's cells are parted by bars, as no prose is: a table's line whatever its cells hold. */
    public static boolean barred(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    }

    /** Whether a cell holds a figure or a dash for none. */
    public static boolean isValueOrDash(String cell) {
        return VALUE.matcher(cell).matches() || isDash(cell);
    }

    /** Whether a cell may be a unit's (%, 亿元, 微克/立方米). */
    public static boolean isUnit(String cell) {
        return UNIT.matcher(cell).matches();
    }

    /** Whether a cell is a dash for none. */
    public static boolean isDash(String cell) {
        return DASH.matcher(cell).matches();
    }
}
