package io.govreport.extractor.support;

/**
 * Text set letter-spaced to align it on the page (政 府 工 作 报 告, 地区 生产 总值, （一 ）坚 持 创 新 驱 动): the spaces
 * that setting put in, taken out again.
 */
public final class LetterSpacing {
    /** Ideographs standing alone between spaces that make a heading letter-spaced, not a space put for a comma. */
    private static final int SPACED_HEADING_PAIRS = 3;
    /** A line of fewer ideographs (县长　 吴 晓 峰) is a name or a title, left as it is. */
    private static final int MIN_SPACED_LINE_IDEOGRAPHS = 8;
    /** The share of a letter-spaced line's ideographs that stand alone between spaces; a line of words has few. */
    private static final double MIN_ALONE_SHARE = 0.6;

    private LetterSpacing() {
    }

    /**
     * A name left in short words (地区 生产 总值): a space between two runs of ideographs, each of at most
     * {@code maxWord}, goes; a space between longer runs (a table's cells: 城乡供水提升工程 新建改造供水管网) stays.
     */
    public static String ofWords(String name, int maxWord) {
        if (name.indexOf(' ') < 0) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == ' ') {
                int left = ideographRun(name, k - 1, -1);
                int right = ideographRun(name, k + 1, 1);
                if (left > 0 && right > 0 && left <= maxWord && right <= maxWord) {
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * A heading set letter-spaced (一、2 0 2 3 年 主 要 目 标, （一 ）坚 持 创 新 驱 动 ，产 业): every space beside an ideograph,
     * a digit or a mark goes. A heading with a space or two for lost commas (坚持创新驱动 产业能级加速跃升) is not
     * letter-spaced and stays as it is.
     */
    public static String ofHeading(String title) {
        int pairs = 0;
        for (int k = 1; k + 1 < title.length(); k++) {
            if (title.charAt(k) == ' ' && Character.isIdeographic(title.charAt(k - 1)) && Character.isIdeographic(title.charAt(k + 1))
                    && (k < 2 || title.charAt(k - 2) == ' ' || !Character.isLetterOrDigit(title.charAt(k - 2)))) {
                pairs++;
            }
        }
        if (pairs < SPACED_HEADING_PAIRS) {
            return title;
        }
        StringBuilder b = new StringBuilder(title.length());
        for (int k = 0; k < title.length(); k++) {
            if (!isPutIn(title, k)) {
                b.append(title.charAt(k));
            }
        }
        return b.toString().strip();
    }

    /**
     * Whether a line is set letter-spaced as a whole (全 年 实 现 地 区 生 产 总 值 148.6 亿 元 ， 增 长 7.2%): most of its
     * ideographs stand alone between spaces, as no line of words (城乡供水提升工程 新建改造供水管网) has them.
     */
    public static boolean isLetterSpacedLine(CharSequence line) {
        int ideographs = 0;
        int alone = 0;
        for (int k = 0; k < line.length(); k++) {
            if (Character.isIdeographic(line.charAt(k))) {
                ideographs++;
                if ((k == 0 || line.charAt(k - 1) == ' ') && (k + 1 == line.length() || line.charAt(k + 1) == ' ')) {
                    alone++;
                }
            }
        }
        return ideographs >= MIN_SPACED_LINE_IDEOGRAPHS && alone >= MIN_ALONE_SHARE * ideographs;
    }

    /**
     * Whether the white space at {@code k} is one letter-spacing put in: inside the text, and not between two Latin
     * letters (PM2.5 Ⅲ).
     */
    public static boolean isPutIn(CharSequence s, int k) {
        return Character.isWhitespace(s.charAt(k)) && k > 0 && k + 1 < s.length()
                && !(isLatin(s.charAt(k - 1)) && isLatin(s.charAt(k + 1)));
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** How many ideographs run from {@code k} in the direction {@code step}. */
    private static int ideographRun(String s, int k, int step) {
        int n = 0;
        for (int i = k; i >= 0 && i < s.length() && Character.isIdeographic(s.charAt(i)); i += step) {
            n++;
        }
        return n;
    }
}
