package io.govreport.extractor.input;

import io.govreport.extractor.support.ResourceLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reduces a web page to the text of its article: page furniture dropped, block elements kept as lines. */
final class HtmlText {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, select";

    /** class/id words that mark navigation, share widgets, breadcrumbs and the like (input/html-furniture.txt). */
    private final List<Pattern> furnitureNames = ResourceLines.patterns("input/html-furniture.txt");

    String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(FURNITURE).remove();
        for (Element e : doc.getAllElements()) {
            if (e != doc && e != doc.body() && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new LineBreaker(out), doc.body() != null ? doc.body() : doc);
        return out.toString();
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

    /** Text nodes as they read; a line break around every block element and at each br. */
    private record LineBreaker(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                newLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                newLine();
            }
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
