package org.wfm.examples.report;

/**
 * What the report pages share: the head with the style sheet, the title, the key-figure cards and table cells.
 * Inline CSS only, so a page loads nothing.
 */
final class Page {

    private Page() {
    }

    /**
     * A new page up to and including its {@code <h1>} title: the head, the shared {@link #STYLE} and
     * {@code extraStyle} (CSS with {@link Palette} tokens, filled here).
     */
    static StringBuilder begin(String title, String extraStyle) {
        String escaped = Svg.escape(title);
        StringBuilder page = new StringBuilder(256 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escaped).append("</title>\n<style>\n").append(STYLE).append(Palette.fill(extraStyle))
                .append("</style>\n</head>\n<body>\n<h1>").append(escaped).append("</h1>\n");
        return page;
    }

    /** A key-figure card: the value large, what it is below; {@code mood} "good", "bad" or {@code null}. */
    static void kpi(StringBuilder page, String value, String label, String mood) {
        page.append("<div class=\"kpi").append(mood == null ? "" : " " + mood).append("\"><b>")
                .append(Svg.escape(value))
                .append("</b><span>").append(Svg.escape(label)).append("</span></div>\n");
    }

    /** A table cell of plain text (escaped). */
    static void cell(StringBuilder page, String text) {
        page.append("<td>").append(Svg.escape(text)).append("</td>");
    }

    /** A cell of a CSS class ({@code bad}, {@code over}), or a plain one for {@code null}. */
    static void cell(StringBuilder page, String text, String cssClass) {
        if (cssClass == null) {
            cell(page, text);
            return;
        }
        page.append("<td class=\"").append(cssClass).append("\">").append(Svg.escape(text)).append("</td>");
    }

    /** The style sheet every report page shares. */
    static final String STYLE = Palette.fill("""
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;
              padding:0 16px;color:{ink};background:{paper};max-width:1320px}
            h1{font-size:22px;margin:0 0 2px} h2{font-size:16px;margin:26px 0 6px;padding-bottom:3px;border-bottom:1px solid {rule}}
            .sub{color:{muted};margin:0 0 10px} .note{color:{muted};font-size:12px;margin-top:18px}
            .kpis{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
            .kpi{border:1px solid {rule};border-radius:6px;padding:7px 12px;min-width:120px}
            .kpi b{display:block;font-size:19px} .kpi span{color:{muted};font-size:12px}
            .kpi.bad b{color:{bad}} .kpi.good b{color:{good}}
            .violations{color:{bad};font-size:13px}
            .legend{font-size:12px;color:{label};margin:4px 0 2px}
            .legend span{display:inline-block;margin-right:16px}
            .legend i{display:inline-block;width:14px;height:10px;margin:0 4px 0 2px;vertical-align:-1px;border-radius:2px}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
            th,td{padding:3px 10px;text-align:right;border-bottom:1px solid {faint_rule}} td{white-space:nowrap} th{font-weight:600;color:{label}}
            th:first-child,td:first-child{text-align:left} tr.total td{font-weight:600;border-top:1px solid {total_rule}}
            svg{display:block;max-width:100%;height:auto} svg text{font-size:11px;fill:{label}} svg text.num{text-anchor:end}
            svg text.small{font-size:9px} svg text.left{text-anchor:start}
            .axis{stroke:{axis}} .grid{stroke:{faint_rule}} .tick{stroke:{tick}} .ahead{fill:{ahead}}
            .hist{fill:none;stroke:{history};stroke-width:1.1} .fc{fill:none;stroke:{forecast};stroke-width:1.6}
            .band{fill:{prediction_interval};opacity:.7} .planned{fill:{planned}} .need{fill:none;stroke:{required};stroke-width:1}
            .alt{fill:none;stroke:{compared};stroke-width:1;stroke-dasharray:3 2}
            .sched{fill:none;stroke:{scheduled};stroke-width:1.6} .short{fill:{short};opacity:.6}
            .sl{fill:none;stroke:{service_level};stroke-width:1.4} .aband{fill:none;stroke:{abandon_rate};stroke-width:1.2}
            .goal{stroke:{goal};stroke-width:1.2;stroke-dasharray:6 3}
            .sim{fill:none;stroke:{simulated};stroke-width:1.6} .sim-band{fill:{simulated_band};opacity:.7}
            .sl-good{fill:{sl_met}} .sl-ok{fill:{sl_close}} .sl-bad{fill:{sl_missed}}
            .col{fill:{day_column}} .col2{fill:{other_day_column}}
            .t0{fill:{shift_type_1}} .t1{fill:{shift_type_2}} .t2{fill:{shift_type_3}} .t3{fill:{shift_type_4}} .t4{fill:{shift_type_5}} .carried{fill:{carried}}
            .brk{fill:{paid_break}} .lunch{fill:{unpaid_break}} .act{fill:{activity}} .off{fill:{day_off}} .unavail{fill:{unavailable}}
            .contract{fill:{contract}} .paid{fill:{paid_hours}} .paid-bad{fill:{bad}}
            tr.bad td{color:{bad}} td.bad{color:{bad};font-weight:600} td.over{color:{over}} th.left,td.left{text-align:left}
            @media print{body{max-width:none;margin:0} .sheet{break-before:page} svg{max-width:100%}}
            """);
}
