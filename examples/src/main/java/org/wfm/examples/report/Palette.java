package org.wfm.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * Every colour of the report, named by what it shows. The style sheet refers to them as {@code {name}} tokens
 * ({@link #fill}) and the chart legends use {@link #hex()}, so a swatch always matches what it explains.
 */
enum Palette {
    INK("#1d2733"),
    PAPER("#fff"),
    MUTED("#5b6b7c"),
    LABEL("#44525f"),
    RULE("#dde3ea"),
    FAINT_RULE("#eef1f4"),
    TOTAL_RULE("#b8c2cc"),
    AXIS("#9aa7b4"),
    TICK("#e3e8ee"),
    GOOD("#1e8449"),
    BAD("#c0392b"),
    OVER("#b9770e"),
    AHEAD("#fdf6ee"),
    HISTORY("#5b7fa6"),
    FORECAST("#e67e22"),
    PREDICTION_INTERVAL("#f5cba7"),
    PLANNED("#d6e4f0"),
    REQUIRED("#2c3e50"),
    COMPARED("#8e44ad"),
    SCHEDULED("#1e8449"),
    SHORT("#e74c3c"),
    SL_MET("#27ae60"),
    SL_CLOSE("#f1c40f"),
    SL_MISSED("#e74c3c"),
    DAY_COLUMN("#fafbfc"),
    OTHER_DAY_COLUMN("#f3f5f8"),
    SHIFT_TYPE_1("#3b6fb6"),
    SHIFT_TYPE_2("#2a9d8f"),
    SHIFT_TYPE_3("#8ab17d"),
    SHIFT_TYPE_4("#c9a227"),
    SHIFT_TYPE_5("#9c6ade"),
    CARRIED("#aab7c4"),
    PAID_BREAK("#fff"),
    PAID_BREAK_EDGE("#99a"),
    UNPAID_BREAK("#f6d7a7"),
    ACTIVITY("#d6338a"),
    DAY_OFF("#dfe3e8"),
    UNAVAILABLE("#f7dede"),
    CONTRACT("#dce6f0"),
    PAID_HOURS("#34495e"),
    ANSWERED("#2a9d8f"),
    SERVICE_LEVEL("#2c3e50"),
    SIMULATED("#2471a3"),
    SIMULATED_BAND("#aed6f1"),
    ABANDON_RATE("#c0392b"),
    GOAL("#7f8c8d"),
    PATIENCE("#8e44ad");

    /** The colours of shift types, in the problem's order of types and repeating after the last. */
    static final List<Palette> SHIFT_TYPES = List.of(SHIFT_TYPE_1, SHIFT_TYPE_2, SHIFT_TYPE_3, SHIFT_TYPE_4,
            SHIFT_TYPE_5);

    private final String hex;

    Palette(String hex) {
        this.hex = hex;
    }

    /** The CSS colour, e.g. {@code #1e8449}. */
    String hex() {
        return hex;
    }

    /** The token standing for this colour in a style sheet template, e.g. {@code {scheduled}}. */
    String token() {
        return "{" + name().toLowerCase(Locale.ROOT) + "}";
    }

    /** {@code template} with every colour token replaced by its colour. */
    static String fill(String template) {
        String css = template;
        for (Palette colour : values()) {
            css = css.replace(colour.token(), colour.hex);
        }
        return css;
    }
}
