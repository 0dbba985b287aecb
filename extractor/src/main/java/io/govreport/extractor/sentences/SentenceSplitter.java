package io.govreport.extractor.sentences;

import io.govreport.extractor.support.ListMarks;
import io.govreport.extractor.support.LostCharacters;
import io.govreport.extractor.support.MisreadDigits;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentences and clauses in one pass over the characters (no regular expressions),
 * knowing full-width and ASCII punctuation. A sentence ends at 。!? (and their full-width forms) or a
 * line break; a clause also ends at , ; : and their full-width forms. A comma between digits with three
 * digits after it (1,234) is a thousands separator, not a clause mark; a full stop between digits is a
 * decimal point. An ASCII ? or a □ run into the text on both sides, not after a question's particle
 * (增长12.6%?主营业务收入, 达到70.6%□比上年提高), is a character a damaged copy lost, mostly a comma, so it ends a clause only;
 * so does a space between two longer runs of words, where a copy turned a comma into one.
 * Thread-safe: it holds no state.
 */
public final class SentenceSplitter {
    /** The longest run of words letter-spacing leaves between its spaces (地区 生产 总值). */
    private static final int SPACED_RUN = 3;
    /** The most characters a note in brackets holds on either side of a comma: (不含农户，下同). */
    private static final int NOTE_CHARS = 14;

    public List<Sentence> split(String text) {
        return split(text, 0, text.length());
    }

    /** Sentences of {@code text[from, to)}. */
    public List<Sentence> split(String text, int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        int sentenceStart = from;
        int clauseStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSentenceEnd(text, i, c, to)) {
                addClause(text, clauseStart, i, clauses);
                addSentence(text, sentenceStart, i, clauses, sentences);
                clauses = new ArrayList<>();
                sentenceStart = clauseStart = i + 1;
            } else if (isClauseEnd(text, i, c, to)) {
                addClause(text, clauseStart, i, clauses);
                clauseStart = i + 1;
            }
        }
        addClause(text, clauseStart, to, clauses);
        addSentence(text, sentenceStart, to, clauses, sentences);
        return sentences;
    }

    private static boolean isSentenceEnd(String text, int i, char c, int to) {
        return switch (c) {
            case '。', '!', '！', '？', '\n', '\r', '\u2028', '\u2029' -> true;
            case '?' -> !isLostCharacter(text, i, to);
            // "." ends a sentence only where it is not a decimal point (after a misread digit too: 增长1〇.6%) or part
            // of a number like "1."
            case '.' -> !(i > 0 && (Character.isDigit(text.charAt(i - 1)) || MisreadDigits.readAt(text, i - 1) != 0)
                    || isSpacedDecimalPoint(text, i, to));
            default -> false;
        };
    }

    /** 2026 .37亿元, 3 .5%: a decimal point a damaged copy parted from the digits before it by a space. */
    private static boolean isSpacedDecimalPoint(String text, int i, int to) {
        return i > 1 && i + 1 < to && text.charAt(i - 1) == ' ' && Character.isDigit(text.charAt(i - 2))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean isClauseEnd(String text, int i, char c, int to) {
        return switch (c) {
            case '，' -> !insideNote(text, i, to);
            case '；', ';', '：', '?', LostCharacters.BOX -> true;
            case ',' -> !isThousandsSeparator(text, i, to) && !insideNote(text, i, to);
            case ':' -> !(i > 0 && i + 1 < to && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
            case ' ', '\u3000' -> isLostComma(text, i, to);
            default -> false;
        };
    }

    /**
     * A comma inside a short note in brackets with no figure in it ((不含农户，下同), (按可比价格计算，下同)) parts no clauses:
     * the figure after the note is named before it.
     */
    private static boolean insideNote(String text, int i, int to) {
        return noteEdge(text, i, -1, to, "(（") && noteEdge(text, i, 1, to, ")）");
    }

    /** Whether a bracket of {@code brackets} stands within {@link #NOTE_CHARS} of {@code i}, no digit or bracket between. */
    private static boolean noteEdge(String text, int i, int step, int to, String brackets) {
        for (int j = i + step, n = 0; j >= 0 && j < to && n <= NOTE_CHARS; j += step, n++) {
            char c = text.charAt(j);
            if (brackets.indexOf(c) >= 0) {
                return n > 0;
            }
            if (Character.isDigit(c) || "()（）。；;".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * A space between two longer runs of words (坚持项目为王 实行重大项目县领导挂点联系, 重点项目126个 完成投资85.4亿元) stands for
     * a comma a damaged copy turned into one; between short runs it is letter-spacing (地区 生产 总值, 1200 亿元).
     */
    private static boolean isLostComma(String text, int i, int to) {
        // 12. 03万亿元: a space a copy put inside a number is no comma
        return i > 0 && i + 1 < to && (Character.isIdeographic(text.charAt(i - 1)) || text.charAt(i - 1) == '%')
                && Character.isIdeographic(text.charAt(i + 1)) && runOf(text, i - 1, -1, to) > SPACED_RUN && runOf(text, i + 1, 1, to) > SPACED_RUN;
    }

    /** How many characters of words run from {@code k} in the direction {@code step}, counted up to one past {@link #SPACED_RUN}. */
    private static int runOf(String text, int k, int step, int to) {
        int n = 0;
        for (int j = k; j >= 0 && j < to && n <= SPACED_RUN; j += step) {
            char c = text.charAt(j);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '%') {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean isLostCharacter(String text, int i, int to) {
        return i > 0 && i + 1 < to && LostCharacters.between(text.charAt(i - 1), text.charAt(i + 1));
    }

    private static boolean isThousandsSeparator(String text, int i, int to) {
        return i > 0 && isAsciiDigit(text.charAt(i - 1))
                && allDigits(text, i + 1, i + 4, to)
                && (i + 4 >= to || !isAsciiDigit(text.charAt(i + 4)));
    }

    private static boolean allDigits(String text, int from, int to, int limit) {
        if (to > limit) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void addClause(String text, int start, int end, List<Clause> clauses) {
        int s = skipSpaceForward(text, start, end);
        int e = skipSpaceBackward(text, s, end);
        if (e > s) {
            clauses.add(new Clause(s, e));
        }
    }

    private static void addSentence(String text, int start, int end, List<Clause> clauses, List<Sentence> sentences) {
        int s = skipSpaceForward(text, start, end);
        if (!clauses.isEmpty() && clauses.get(0).start() == s && startsLine(text, s)) {
            // 2. 五年累计完成固定资产投资2.15万亿元: the item's number is no part of its sentence
            int mark = ListMarks.end(text, s, end);
            int body = skipSpaceForward(text, mark < 0 ? s : mark, end);
            Clause first = clauses.remove(0);
            if (body < first.end()) {
                clauses.add(0, new Clause(body, first.end()));
            }
            s = body;
        }
        if (clauses.isEmpty()) {
            return;
        }
        int e = skipSpaceBackward(text, s, end);
        sentences.add(new Sentence(s, e, List.copyOf(clauses)));
    }

    private static boolean startsLine(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) != '\n' && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u3000')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private static int skipSpaceForward(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\u3000')) {
            from++;
        }
        return from;
    }

    private static int skipSpaceBackward(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '\u3000')) {
            to--;
        }
        return to;
    }
}
