package org.wfm.core.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WfmJsonTest {

    private static final List<String> CONTRACT = List.of("maxConsecutiveDays", "maxDays", "maxHours", "minHours",
            "minRestHours");

    @Test
    void aMistypedFieldSuggestsTheClosestKnownOne() {
        assertThat(WfmJson.closest("minhours", CONTRACT)).hasValue("minHours");      // case
        assertThat(WfmJson.closest("min_rest_hours", CONTRACT)).hasValue("minRestHours"); // snake case
        assertThat(WfmJson.closest("maxDay", CONTRACT)).hasValue("maxDays");         // one edit
        assertThat(WfmJson.closest("maxHorus", CONTRACT)).hasValue("maxHours");      // two edits
        assertThat(WfmJson.closest("weekly", CONTRACT)).isEmpty();                   // nothing near
    }
}
