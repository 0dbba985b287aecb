package io.govreport.gateway.rest;

/** Example bodies shown in the OpenAPI document (annotation values, so constants with the id written out). */
final class ApiExamples {
    static final String ID = "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f";

    static final String RECEIPT = """
            {"id": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
             "status": "/api/v1/reports/3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f/status"}""";

    static final String STATUS = """
            {"id": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f", "status": "failed",
             "reason": "no text the extractor could read", "updatedAt": "2026-11-28T04:20:00Z"}""";

    static final String REPORT_PAGE = """
            {"items": [{"id": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
              "title": "2018年北京市平谷区人民政府工作报告",
              "region": {"name": "北京市平谷区", "province": "北京市", "city": null, "district": "平谷区", "code": "110117"},
              "level": "district", "year": 2018, "deliveredOn": "2018-01-16", "extractorVersion": "0.1.0",
              "indicatorCount": 112, "storedAt": "2026-11-28T04:20:00Z"}],
             "page": 1, "size": 20, "total": 1}""";

    static final String INDICATOR_PAGE = """
            {"items": [{"reportId": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
              "region": {"name": "北京市平谷区", "province": "北京市", "city": null, "district": "平谷区", "code": "110117"},
              "level": "district", "reportYear": 2018, "name": "地区生产总值", "metric": "gdp", "kind": "target",
              "measure": "change", "value": 6.5, "upper": null, "unit": "%", "approx": "about", "basis": null, "year": 2018,
              "section": "s2", "evidence": {"start": 9120, "end": 9135, "text": "地区生产总值增长6.5%左右"}}],
             "page": 1, "size": 20, "total": 1}""";

    static final String PROBLEM = """
            {"type": "about:blank", "title": "Bad request", "status": 400, "detail": "size must be between 1 and 200"}""";

    private ApiExamples() {
    }
}
