package io.govreport.extractor.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDecoderTest {
    private final ReportDecoder decoder = new ReportDecoder();

    @Test
    void readsGbkFilesAsGb18030() throws Exception {
        byte[] gbk = "2018年平谷区人民政府工作报告\r\n各位代表".getBytes(Charset.forName("GBK"));
        DecodedReport r = decoder.decode(gbk, null, "report.txt");
        assertEquals("2018年平谷区人民政府工作报告\n各位代表", r.text());
        assertEquals("GB18030", r.charset());
        assertEquals("text/plain", r.contentType());
    }

    @Test
    void stripsTheByteOrderMarkAndPrefersUtf8() throws Exception {
        byte[] bom = "\uFEFF政府工作报告".getBytes(StandardCharsets.UTF_8);
        assertEquals("政府工作报告", decoder.decode(bom, "text/plain", null).text());
        assertEquals("UTF-8", decoder.decode("政府工作报告".getBytes(StandardCharsets.UTF_8), null, null).charset());
    }

    @Test
    void rejectsBinaryData() {
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02};
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> decoder.decode(binary, null, "x.zip"));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void rejectsBytesThatAreTextInNoSupportedCharset() {
        byte[] junk = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x41, (byte) 0x80, (byte) 0xFF};
        assertThrows(UndecodableInputException.class, () -> decoder.decode(junk, null, null));
    }

    @Test
    void keepsTheArticleOfAWebPageAsLines() throws Exception {
        String html = """
                <html><head><title>t</title><script>var x = 1;</script></head><body>
                <div class="nav">首页 &gt; 政务公开</div>
                <div class="breadcrumb">当前位置</div>
                <div class="article"><h1>2018年政府工作报告</h1><p>各位代表:</p><p>一、<b>回顾</b></p>现在<br>报告</div>
                <div class="bdsharebuttonbox">分享到</div><footer>版权所有</footer></body></html>""";
        DecodedReport r = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
        assertEquals("text/html", r.contentType());
        assertTrue(r.text().contains("2018年政府工作报告\n各位代表:\n一、回顾\n现在\n报告"), r.text());
        assertFalse(r.text().contains("var x"));
        assertFalse(r.text().contains("首页"));
        assertFalse(r.text().contains("分享到"));
        assertFalse(r.text().contains("版权所有"));
    }

    @Test
    void sniffsMarkupWithoutAContentType() throws Exception {
        byte[] page = "<!DOCTYPE html><html><body><p>政府工作报告</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("政府工作报告", decoder.decode(page, null, null).text().strip());
    }
}
