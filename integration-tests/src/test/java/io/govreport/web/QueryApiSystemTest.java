package io.govreport.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every /api/v1 question endpoint and filter, against the real system with the five samples stored. */
@ExtendWith(SampleSystem.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class QueryApiSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The samples' GDP growth targets, each for its report's year (gold: shared/gold/seed-cases.jsonl). */
    private static final Map<String, Double> GDP_TARGETS = Map.of(
            "000_bb1657dc1677307e.txt", 6.5, "001_c4f1182ef43108cd.txt", 6.0, "002_8de36d65d8a4f08f.txt", 6.5,
            "003_f0b527c351b8034f.txt", 5.0, "004_8fae624392267820.txt", 6.5);

    private static SampleSystem.Running running;
    private static JsonNode goldMeta;

    @BeforeAll
    static void system(SampleSystem.Running system) throws IOException {
        running = system;
        goldMeta = JSON.readTree(Path.of(System.getProperty("govreport.shared"), "gold", "seed-meta.json").toFile());
    }

    @Test
    void compareGdpTargetsPutsEachSamplesTargetInItsRegionAndYearCell() throws Exception {
        JsonNode table = json("/api/v1/compare?metric=gdp&kind=target");
        assertEquals("change", table.path("measure").asText());
        assertEquals("%", table.path("unit").asText());
        List<Integer> years = new ArrayList<>();
        table.path("years").forEach(y -> years.add(y.asInt()));
        Map<String, Double> found = new LinkedHashMap<>();
        Set<String> filled = new HashSet<>();
        for (JsonNode row : table.path("rows")) {
            assertEquals(years.size(), row.path("cells").size(), "a cell per year");
            for (int i = 0; i < years.size(); i++) {
                JsonNode cell = row.path("cells").get(i);
                assertEquals(years.get(i), cell.path("year").asInt());
                assertTrue(cell.path("actual").isNull(), "kind=target leaves actuals out");
                if (!cell.path("target").isNull()) {
                    filled.add(row.path("region").path("name").asText() + "/" + years.get(i));
                    found.put(row.path("region").path("name").asText() + "/" + years.get(i), cell.path("target").path("value").asDouble());
                }
            }
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        GDP_TARGETS.forEach((file, target) -> expected.put(
                goldMeta.path(file).path("region").asText() + "/" + goldMeta.path(file).path("year").asInt(), target));
        assertEquals(expected, found, "region/year -> GDP target");
        assertEquals(5, filled.size());
    }

    @Test
    void compareWithoutKindShowsActualsBesideTargetsAndRefusesAMissingMetric() throws Exception {
        JsonNode table = json("/api/v1/compare?metric=gdp");
        boolean both = false;
        for (JsonNode row : table.path("rows")) {
            for (JsonNode cell : row.path("cells")) {
                both |= !cell.path("actual").isNull();
            }
        }
        assertTrue(both, "some actual GDP growth figures are in the table");
        assertEquals(400, get("/api/v1/compare", "application/json").statusCode());
        assertEquals(400, get("/api/v1/compare?metric=gdp&kind=maybe", "application/json").statusCode());
    }

    @Test
    void indicatorFiltersEachNarrowTheRows() throws Exception {
        long all = total("/api/v1/indicators");
        long gdp = total("/api/v1/indicators?metric=gdp");
        long gdpTargets = total("/api/v1/indicators?metric=gdp&kind=target");
        long gdpChange = total("/api/v1/indicators?metric=gdp&measure=change");
        assertTrue(all > gdp && gdp > gdpTargets && gdpTargets >= 5 && gdp >= gdpChange, all + " " + gdp + " " + gdpTargets);
        for (JsonNode row : json("/api/v1/indicators?metric=gdp&kind=target&size=200").path("items")) {
            assertEquals("target", row.path("kind").asText());
            assertEquals("gdp", row.path("metric").asText());
        }
        for (JsonNode row : json("/api/v1/indicators?name=" + enc("生产总值") + "&size=200").path("items")) {
            assertTrue(row.path("name").asText().contains("生产总值"), row.path("name").asText());
        }
        for (JsonNode row : json("/api/v1/indicators?yearFrom=2019&yearTo=2020&size=200").path("items")) {
            int year = row.path("year").asInt();
            assertTrue(year >= 2019 && year <= 2020, "year " + year);
        }

        long beijing = total("/api/v1/indicators?region=" + enc("北京市"));
        long pinggu = total("/api/v1/indicators?region=" + enc("北京市平谷区"));
        long pingguByCode = total("/api/v1/indicators?region=110117");
        long beijingByCode = total("/api/v1/indicators?region=11");
        long wuqing = total("/api/v1/indicators?region=" + enc("天津市武清区"));
        assertEquals(pinggu, pingguByCode, "name and code of one district");
        assertEquals(beijing, beijingByCode, "province name and code prefix");
        assertEquals(all, beijing + wuqing, "the province holds its four districts; Tianjin the fifth");
        assertTrue(pinggu > 0 && pinggu < beijing);
        assertEquals(all, total("/api/v1/indicators?level=district"));
        assertEquals(0, total("/api/v1/indicators?level=province"));
    }

    @Test
    void indicatorsSortAndPage() throws Exception {
        List<Double> values = new ArrayList<>();
        json("/api/v1/indicators?metric=gdp&measure=change&sort=-value&size=200").path("items")
                .forEach(r -> values.add(r.path("value").asDouble()));
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Double.compare(b, a));
        assertEquals(sorted, values, "sort=-value: largest first");

        JsonNode first = json("/api/v1/indicators?page=1&size=5");
        JsonNode second = json("/api/v1/indicators?page=2&size=5");
        assertEquals(5, first.path("items").size());
        assertFalse(first.path("items").get(0).equals(second.path("items").get(0)), "pages differ");
        assertEquals(0, json("/api/v1/indicators?page=100000&size=5").path("items").size(), "past the last page: empty");
        assertEquals(400, get("/api/v1/indicators?sort=" + enc("{\"$gt\":\"\"}"), "application/json").statusCode());
        assertEquals(400, get("/api/v1/indicators?size=1000", "application/json").statusCode());
    }

    @Test
    void csvExportOpensInExcel() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(running.url("/api/v1/indicators?metric=gdp")))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] body = response.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "UTF-8 byte-order mark");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertEquals("", lines[lines.length - 1], "every line ends with CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF line ends");
        assertTrue(lines[0].startsWith("\"reportId\",\"region\""), lines[0]);
        assertEquals(total("/api/v1/indicators?metric=gdp"), lines.length - 2, "every matching row, one per line");
        assertTrue(lines[1].matches("^\"[0-9a-f]{64}\",\"[^\"]+\",\"[0-9]{6}\",\"district\",.*\"gdp\".*"), lines[1]);
        assertEquals(400, get("/api/v1/indicators?metric=GDP!", "text/csv").statusCode(), "a refused filter is a problem, not a file");
    }

    @Test
    void metricCatalogueCountsTheStoredIndicators() throws Exception {
        JsonNode catalogue = json("/api/v1/metrics");
        JsonNode gdp = null;
        for (JsonNode metric : catalogue) {
            if ("gdp".equals(metric.path("metric").asText())) {
                gdp = metric;
            }
        }
        assertTrue(gdp != null, "gdp is in the catalogue");
        assertEquals("地区生产总值", gdp.path("name").asText());
        assertEquals(total("/api/v1/indicators?metric=gdp"), gdp.path("count").asLong());
        assertEquals(total("/api/v1/indicators?metric=gdp&kind=target"), gdp.path("byKind").path("target").asLong());
    }

    @Test
    void regionsAreATreeOfProvincesAndTheirDistricts() throws Exception {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        for (JsonNode province : json("/api/v1/regions")) {
            List<String> children = new ArrayList<>();
            province.path("children").forEach(c -> children.add(c.path("name").asText() + ":" + c.path("code").asText()));
            tree.put(province.path("name").asText() + ":" + province.path("code").asText(), children);
        }
        assertEquals(Map.of(
                "北京市:110000", List.of("北京市平谷区:110117", "北京市延庆区:110119", "北京市昌平区:110114", "北京市通州区:110112"),
                "天津市:120000", List.of("天津市武清区:120114")), tree);
    }

    @Test
    void searchFindsChineseWordsRankedWithMarkedSnippets() throws Exception {
        JsonNode answer = json("/api/v1/search?q=" + enc("煤改气"));
        assertTrue(answer.path("total").asLong() > 0, "煤改气 occurs in the samples");
        JsonNode best = answer.path("items").get(0);
        String snippet = best.path("snippet").asText();
        List<String> marked = new ArrayList<>();
        best.path("marks").forEach(m -> marked.add(snippet.substring(m.path("start").asInt(), m.path("end").asInt())));
        // HanLP cuts 煤改气 into 煤|改|气: the passages with the phrase rank first, and only the phrase is highlighted
        assertEquals(List.of("煤改气"), marked.stream().distinct().toList(), "highlighted in " + snippet);
        assertTrue(best.path("link").asText().startsWith("/report.html?id=" + best.path("reportId").asText()));
        double previous = Double.MAX_VALUE;
        for (JsonNode hit : answer.path("items")) {
            assertTrue(hit.path("score").asDouble() <= previous, "ranked by score");
            previous = hit.path("score").asDouble();
        }
        // the hit's offsets point at its passage in the report's text
        String text = json("/api/v1/reports/" + best.path("reportId").asText() + "/text").path("text").asText();
        assertTrue(text.substring(best.path("start").asInt(), best.path("end").asInt()).contains(snippet.substring(0, 10)));

        JsonNode heading = json("/api/v1/search?q=" + enc("工作回顾"));
        assertEquals("section", heading.path("items").get(0).path("kind").asText(), "a heading outranks a sentence");
        assertEquals(0, json("/api/v1/search?q=" + enc("量子引力弦论")).path("total").asLong());
        assertEquals(400, get("/api/v1/search", "application/json").statusCode());
        assertEquals(400, get("/api/v1/search?q=" + enc("煤".repeat(101)), "application/json").statusCode());
    }

    @Test
    void reportAndSectionTextCarryTheirIndicatorsOffsets() throws Exception {
        String id = running.idByFile().get("000_bb1657dc1677307e.txt");
        JsonNode document = json("/api/v1/reports/" + id);
        JsonNode whole = json("/api/v1/reports/" + id + "/text");
        assertEquals(document.path("text").asText(), whole.path("text").asText());
        assertEquals(document.path("indicators").size(), whole.path("indicators").size());
        for (JsonNode mark : whole.path("indicators")) {
            JsonNode indicator = document.path("indicators").get(mark.path("index").asInt());
            assertEquals(indicator.path("evidence").path("text").asText(),
                    whole.path("text").asText().substring(mark.path("start").asInt(), mark.path("end").asInt()));
        }

        String sectionId = document.path("sections").get(0).path("id").asText();
        JsonNode section = json("/api/v1/reports/" + id + "/sections/" + sectionId + "/text");
        int start = section.path("start").asInt();
        assertEquals(document.path("text").asText().substring(start, section.path("end").asInt()), section.path("text").asText());
        assertTrue(section.path("indicators").size() > 0 && section.path("indicators").size() < whole.path("indicators").size());
        for (JsonNode mark : section.path("indicators")) {
            JsonNode indicator = document.path("indicators").get(mark.path("index").asInt());
            assertEquals(indicator.path("evidence").path("start").asInt(), start + mark.path("start").asInt(), "relative to the section");
        }
        assertEquals(404, get("/api/v1/reports/" + id + "/sections/s99/text", "application/json").statusCode());
        assertEquals(400, get("/api/v1/reports/" + id + "/sections/" + enc("$where") + "/text", "application/json").statusCode());
        assertEquals(400, get("/api/v1/reports/not-an-id/text", "application/json").statusCode());
        assertEquals(404, get("/api/v1/reports/" + "0".repeat(64) + "/text", "application/json").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpointsWithExamples() throws Exception {
        String openApi = get("/q/openapi?format=json", "application/json").body();
        for (String path : List.of("/api/v1/compare", "/api/v1/metrics", "/api/v1/regions", "/api/v1/search",
                "/api/v1/reports/{id}/text", "/api/v1/reports/{id}/sections/{sid}/text")) {
            assertTrue(openApi.contains("\"" + path + "\""), path);
        }
        assertTrue(openApi.contains("text/csv") && openApi.contains("煤改气"), "CSV and search examples");
    }

    private static long total(String path) throws Exception {
        return json(path).path("total").asLong();
    }

    private static JsonNode json(String path) throws Exception {
        return running.gateway().get(path);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
