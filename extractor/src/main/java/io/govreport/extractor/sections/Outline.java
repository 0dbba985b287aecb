package io.govreport.extractor.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Headings in text order with their levels. A part is level 1; each numbering style takes the level where it
 * first appears below the current heading, and a style seen again returns to its level.
 */
record Outline(List<Heading> headings, List<Integer> levels, List<Heading> parents) {

    Outline(List<Heading> headings, List<Integer> levels) {
        this(headings, levels, parents(headings, levels));
    }

    static Outline of(List<Heading> headings) {
        List<Integer> levels = new ArrayList<>();
        List<HeadingStyle> stack = new ArrayList<>();
        for (Heading h : headings) {
            int at = stack.indexOf(h.style());
            if (at < 0) {
                stack.add(h.style());
                at = stack.size() - 1;
            } else {
                stack.subList(at + 1, stack.size()).clear();
            }
            if (h.style() == HeadingStyle.PART) {
                stack.clear();
                stack.add(HeadingStyle.PART);
                at = 0;
            }
            levels.add(at + 1);
        }
        return new Outline(headings, levels);
    }

    static Outline sorted(List<Heading> headings, List<Integer> levels) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingInt(i -> headings.get(i).line()));
        return new Outline(idx.stream().map(headings::get).toList(), idx.stream().map(levels::get).toList());
    }

    /** The nearest heading before {@code i} at a lower level, or null. */
    Heading parentOf(int i) {
        return parents.get(i);
    }

    private static List<Heading> parents(List<Heading> headings, List<Integer> levels) {
        List<Heading> parents = new ArrayList<>();
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < headings.size(); i++) {
            while (!open.isEmpty() && levels.get(open.peek()) >= levels.get(i)) {
                open.pop();
            }
            parents.add(open.isEmpty() ? null : headings.get(open.peek()));
            open.push(i);
        }
        return parents;
    }
}
