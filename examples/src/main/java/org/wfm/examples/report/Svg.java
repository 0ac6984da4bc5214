package org.wfm.examples.report;

import java.util.Locale;

/**
 * Appends inline SVG elements to a string, with escaped text and coordinates to one decimal. Styling is left to
 * CSS classes in the page's own style sheet, so the markup stays small.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(double width, double height, String label) {
        out.append("<svg width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
    }

    Svg rect(double x, double y, double w, double h, String cssClass, String title) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append('"');
        return close(cssClass, title, "rect");
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"');
        return close(cssClass, null, "line");
    }

    /** A polyline (open) or polygon (closed) through {@code points} given as x0,y0,x1,y1,... */
    Svg path(double[] points, int count, boolean closed, String cssClass) {
        if (count < 2) {
            return this;
        }
        out.append(closed ? "<polygon" : "<polyline").append(" points=\"");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(n(points[2 * i])).append(',').append(n(points[2 * i + 1]));
        }
        out.append('"');
        return close(cssClass, null, closed ? "polygon" : "polyline");
    }

    Svg text(double x, double y, String text, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass)
                .append("\">").append(escape(text)).append("</text>\n");
        return this;
    }

    String end() {
        return out.append("</svg>\n").toString();
    }

    private Svg close(String cssClass, String title, String element) {
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        if (title == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(title)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A figure as the page shows it: {@code decimals} places, "-" for NaN (unknown). */
    static String decimals(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
