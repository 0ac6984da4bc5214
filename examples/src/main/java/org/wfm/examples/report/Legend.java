package org.wfm.examples.report;

/** The line of swatches and notes above a chart. */
final class Legend {

    private final StringBuilder html = new StringBuilder("<div class=\"legend\">");

    /** A swatch of {@code colour} and what it shows. */
    Legend key(Palette colour, String label) {
        return keyStyled(colour.hex(), label);
    }

    /** A swatch with a border, for a colour too light to see on the page. */
    Legend outlinedKey(Palette colour, Palette edge, String label) {
        return keyStyled(colour.hex() + "; border:1px solid " + edge.hex(), label);
    }

    /** A note, as HTML (may hold {@link #swatch}es). */
    Legend note(String noteHtml) {
        html.append("<span>").append(noteHtml).append("</span>");
        return this;
    }

    /** An inline swatch of {@code colour} for a {@link #note}. */
    static String swatch(Palette colour) {
        return "<i style=\"background:" + colour.hex() + "\"></i>";
    }

    String html() {
        return html + "</div>\n";
    }

    private Legend keyStyled(String background, String label) {
        html.append("<span><i style=\"background:").append(background).append("\"></i>").append(Svg.escape(label))
                .append("</span>");
        return this;
    }
}
