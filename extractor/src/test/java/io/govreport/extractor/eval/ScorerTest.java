package io.govreport.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of shared/gold/score.py, case by case. */
class ScorerTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode node(String s) throws Exception {
        return json.readTree(s.replace('\'', '"'));
    }

    @Test
    void indicatorsMatchByNameContainmentValueUnitAndGivenFields() throws Exception {
        GoldSet gold = new GoldSet(null, null, List.of(node("""
                {'file': 'r.txt', 'sentence': '全区PM2.5年均浓度59微克/立方米,同比下降14.5%。',
                 'expect': [{'name': 'PM2.5年均浓度', 'value': 59, 'unit': '微克/立方米', 'kind': 'actual', 'year': 2017},
                            {'name': 'PM2.5年均浓度', 'value': -14.5, 'unit': '%', 'kind': 'actual', 'basis': 'yoy'}]}""")));
        JsonNode doc = node("""
                {'indicators': [
                  {'name': '全区PM2.5年均浓度', 'value': 59.0, 'unit': '微克/立方米', 'kind': 'actual', 'year': 2017,
                   'evidence': {'text': 'PM2.5年均浓度59微克/立方米'}},
                  {'name': 'PM2.5年均浓度', 'value': -14.5, 'unit': '％', 'kind': 'actual', 'basis': null,
                   'evidence': {'text': '同比下降14.5%'}},
                  {'name': '别的', 'value': 1, 'unit': '个', 'kind': 'actual', 'evidence': {'text': '不在句中'}}]}""");
        Scores s = new Scorer().score(gold, Map.of("r.txt", doc));
        assertEquals(new Scores.Cases(1, 2, 1, 2), s.indicators(), "basis null ≠ yoy; the figure outside the sentence is not counted");
        assertEquals(new Scores.Cases(0, 0, 0, 0), s.targets());
        assertTrue(s.misses().get(0).contains("PM2.5年均浓度"));
    }

    @Test
    void metaNullWantsNothingAndHeadingsMatchWithoutTheirNumbers() throws Exception {
        GoldSet gold = new GoldSet(
                node("{'r.txt': {'speaker': null, 'region': '北京市平谷区', 'year': 2018}}"),
                node("{'r.txt': [[1, null, '一年工作回顾', 'review'], [2, '一', '坚持生态涵养区功能定位,生态文明建设成效显著', null]]}"),
                null);
        JsonNode doc = node("""
                {'meta': {'speaker': {'name': '', 'title': null}, 'region': {'name': '北京市 平谷区'}, 'year': 2018},
                 'sections': [{'title': '一年工作回顾', 'kind': 'plan',
                   'children': [{'title': '一、坚持生态涵养区功能定位,生态文明建设成效显著。'}]}]}""");
        Scores s = new Scorer().score(gold, Map.of("r.txt", doc));
        assertEquals(new Scores.Ratio(3, 3), s.meta());
        assertEquals(new Scores.Headings(2, 2, 2, 0, 1), s.headings());
    }
}
