package io.govreport.extractor.input;

import io.govreport.extractor.support.ResourceLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reduces a web page to the text of its article: page furniture dropped, block elements kept as lines. */
final class HtmlText {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, select";

    /** class/id words that mark navigation, share widgets, breadcrumbs and the like (input/html-furniture.txt). */
    private final List<Pattern> furnitureNames = ResourceLines.patterns("input/html-furniture.txt");
    /** Titles a page puts over a list of links to other pages (相关信息, 相关链接). */
    private final Set<String> linkListTitles = Set.copyOf(ResourceLines.read("input/html-link-lists.txt"));
    /** The fewest links a list under such a title holds. */
    private static final int MIN_LINKS = 2;

    String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(FURNITURE).remove();
        for (Element e : doc.getAllElements()) {
            if (e != doc && e != doc.body() && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        removeLinkLists(doc);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new LineBreaker(out), doc.body() != null ? doc.body() : doc);
        return out.toString();
    }

    /**
     * A list of links under a title of its own (相关信息 ⏎ ul of links, input/html-link-lists.txt) is the page's, whatever
     * its class says (xgxx): both go.
     */
    private void removeLinkLists(Document doc) {
        List<Element> titles = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            // by an element's own text, which is cheap, then up to the outermost element holding the title alone
            if (linkListTitles.contains(e.ownText().replaceAll("[\\s:：]", "")) && e.text().equals(e.ownText().strip())) {
                Element title = e;
                while (title.parent() != null && title.parent().text().equals(e.text())) {
                    title = title.parent();
                }
                titles.add(title);
            }
        }
        for (Element title : titles) {
            Element list = title.nextElementSibling();
            if (list != null && list.select("a").size() >= MIN_LINKS && list.text().indexOf('。') < 0) {
                list.remove();
                title.remove();
            }
        }
    }

    private boolean isFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (Pattern p : furnitureNames) {
            if (p.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text nodes as they read; a line break around every block element and at each br. A row of a table of data (no
     * cell holding a table, lines or much text) is one line, its cells parted by tabs, as a text copy of the table reads;
     * a page laid out in a table keeps its paragraphs as lines.
     */
    private static final class LineBreaker implements NodeVisitor {
        /** The longest cell of a row read as data (地区生产总值增长, 2018年预计完成, 研究与试验发展经费支出占…比重). */
        private static final int MAX_DATA_CELL = 60;
        /** What breaks a cell into lines of text. */
        private static final String CELL_LINES = "p, div, br, li";

        private final StringBuilder out;
        /** The row of data being read, or null. */
        private Element dataRow;

        LineBreaker(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (!text.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(text.text()); // the white space between a table's rows opens no line
                }
            } else if (node instanceof Element e) {
                if (dataRow == null && e.nameIs("tr") && isDataRow(e)) {
                    newLine();
                    dataRow = e;
                } else if (dataRow != null) {
                    if ((e.nameIs("td") || e.nameIs("th")) && e.parent() == dataRow && e.elementSiblingIndex() > 0) {
                        out.append('\t');
                    }
                } else if (e.isBlock() || e.nameIs("br")) {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == dataRow) {
                dataRow = null;
                newLine();
            } else if (dataRow == null && node instanceof Element e && e.isBlock()) {
                newLine();
            }
        }

        private static boolean isDataRow(Element row) {
            if (!row.select("table").isEmpty()) {
                return false;
            }
            for (Element cell : row.children()) {
                if (cell.text().length() > MAX_DATA_CELL || cell.select(CELL_LINES).size() > 1) {
                    return false; // a cell of paragraphs is a page's layout
                }
            }
            return row.childrenSize() > 1;
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
