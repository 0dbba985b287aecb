package io.govreport.extractor.indicators;

import org.junit.jupiter.api.Test;

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
