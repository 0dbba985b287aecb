package io.govreport.gateway.rest;

/** Example bodies of the cross-report questions, shown in the OpenAPI document. */
final class QueryExamples {
    static final String COMPARISON = """
            {"metric": "gdp", "name": "地区生产总值", "kind": "target", "measure": "change", "unit": "%", "years": [2018, 2019],
             "rows": [{"region": {"name": "北京市平谷区", "province": "北京市", "city": null, "district": "平谷区", "code": "110117"},
               "level": "district",
               "cells": [{"year": 2018, "target": {"value": 6.5, "upper": null, "unit": "%", "approx": "about", "kind": "target",
                  "reportId": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f", "section": "s3",
                  "evidence": {"start": 9120, "end": 9135, "text": "地区生产总值增长6.5%左右"}}, "actual": null},
                 {"year": 2019, "target": null, "actual": null}]}]}""";

    static final String METRICS = """
            [{"metric": "gdp", "name": "地区生产总值", "synonyms": ["地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量"],
              "count": 31, "byKind": {"actual": 21, "target": 10}}]""";

    static final String REGIONS = """
            [{"name": "北京市", "code": "110000", "level": "province", "reports": 0,
              "children": [{"name": "北京市平谷区", "code": "110117", "level": "district", "reports": 1, "children": []}]}]""";

    static final String SEARCH = """
            {"query": "煤改气", "terms": ["煤改气"], "page": 1, "size": 20, "total": 1,
             "items": [{"reportId": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
               "reportTitle": "2018年北京市平谷区人民政府工作报告",
               "region": {"name": "北京市平谷区", "province": "北京市", "city": null, "district": "平谷区", "code": "110117"},
               "year": 2018, "section": "s1.2", "sectionTitle": "（二）大气污染防治", "kind": "sentence", "start": 2040, "end": 2071,
               "score": 7.412, "snippet": "完成煤改气、煤改电2.1万户", "marks": [{"start": 2, "end": 5}],
               "link": "/report.html?id=3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f&section=s1.2&at=2040&end=2071"}]}""";

    static final String TEXT = """
            {"reportId": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
             "title": "2018年北京市平谷区人民政府工作报告", "section": "s1", "start": 120, "end": 180,
             "text": "一、2017年工作回顾\\n全区地区生产总值增长6.8%。",
             "sections": [{"id": "s1", "level": 1, "number": "一", "title": "2017年工作回顾", "kind": "review",
               "start": 120, "end": 180, "children": []}],
             "indicators": [{"index": 0, "start": 13, "end": 26, "name": "地区生产总值", "metric": "gdp", "kind": "actual",
               "measure": "change", "value": 6.8, "upper": null, "unit": "%", "year": 2017, "section": "s1"}]}""";

    private QueryExamples() {
    }
}
