package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricCatalogueTest {

    private static final MetricCatalogue CATALOGUE = FigureRules.load().catalogue();

    @Test
    void holdsAtLeastFortyMetrics() {
        assertTrue(CATALOGUE.size() >= 40, "metrics: " + CATALOGUE.size());
    }

    @Test
    void theHeadNounDecides() {
        assertEquals("gdp", CATALOGUE.metricOf("地区生产总值"));
        assertEquals("energy_intensity", CATALOGUE.metricOf("单位地区生产总值能耗"));
        assertEquals("fiscal_revenue", CATALOGUE.metricOf("区级一般公共预算收入"));
        assertEquals("disposable_income_rural", CATALOGUE.metricOf("农村居民人均可支配收入"));
        assertEquals("disposable_income", CATALOGUE.metricOf("居民人均可支配收入"));
        assertEquals("unemployment_rate", CATALOGUE.metricOf("城镇登记失业率"));
        assertEquals("pm25", CATALOGUE.metricOf("pm2.5浓度"));
        assertEquals("new_jobs", CATALOGUE.metricOf("城镇新增就业"));
    }

    @Test
    void eachNameGetsTheSynonymEndingLastInItTheLongestOnATie() {
        List<String[]> synonyms = new ArrayList<>();
        for (String[] row : ResourceLines.rows("indicators/catalogue.tsv")) {
            for (String s : row[1].split(",")) {
                if (!s.isBlank()) {
                    synonyms.add(new String[] {s.trim().toUpperCase(), row[0].trim()});
                }
            }
        }
        int named = 0;
        for (String[] first : synonyms) {
            for (String[] second : synonyms) {
                for (String tail : List.of("", "率", "总量", "的增速")) {
                    String name = first[0] + "和" + second[0] + tail;
                    String expected = lastEnding(synonyms, name);
                    assertEquals(expected, CATALOGUE.metricOf(name), name);
                    named += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(named > synonyms.size() * synonyms.size(), "most of the names have a metric: " + named);
    }

    /** The rule as the catalogue states it, looked for the slow way: every synonym's last place in the name. */
    private static String lastEnding(List<String[]> synonyms, String name) {
        String best = null;
        int bestEnd = -1;
        int bestLength = -1;
        for (String[] s : synonyms) {
            int at = name.lastIndexOf(s[0]);
            int end = at + s[0].length();
            if (at >= 0 && name.length() - end <= 2 && (end > bestEnd || end == bestEnd && s[0].length() > bestLength)) {
                best = s[1];
                bestEnd = end;
                bestLength = s[0].length();
            }
        }
        return best;
    }

    @Test
    void aBracketedGlossIsLeftOut() {
        assertEquals("pm25", CATALOGUE.metricOf("细颗粒物(PM2.5)年均浓度"));
        assertEquals("pm25", CATALOGUE.metricOf("(PM2.5)"), "a name that is only a gloss is matched as written");
    }

    @Test
    void aSynonymFollowedByMoreWordsIsNotTheHead() {
        assertNull(CATALOGUE.metricOf("耕地质量保护与提升技术规程"));
        assertNull(CATALOGUE.metricOf("日最大检测能力"));
        assertNull(CATALOGUE.metricOf(null));
    }
}
