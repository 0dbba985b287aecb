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
    void aListOfLinksUnderATitleOfItsOwnIsThePagesWhateverItsClass() throws Exception {
        String html = """
                <html><body><div class="con"><p>全面加强政府自身建设</p><p>我们将始终坚持依法行政。</p></div>
                <div class="xgxx"><h4>相关信息</h4><ul><li><a href="/a.html">翁牛特旗2023年统计公报</a></li>
                <li><a href="/b.html">一图读懂政府工作报告</a></li></ul></div>
                <div class="c2"><p><span>相关链接：</span></p><p>政府工作报告全文见下。</p></div></body></html>""";
        String text = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null).text();
        assertTrue(text.contains("全面加强政府自身建设\n我们将始终坚持依法行政。"), text);
        assertFalse(text.contains("相关信息") || text.contains("统计公报") || text.contains("一图读懂"), text);
        assertTrue(text.contains("相关链接") && text.contains("政府工作报告全文见下"), "a title over no list of links stays: " + text);
    }

    @Test
    void aRowOfATableOfDataIsOneLineOfCellsAndALayoutTableKeepsItsParagraphs() throws Exception {
        String html = """
                <html><body><p>主要预期目标如下表:</p>
                <table><tr><td><p><b>指标</b></p></td><td><p>单位</p></td><td><p>2019年目标</p></td></tr>
                <tr><td><p>地区生产总值增长</p></td><td><p>%</p></td><td><p>7左右</p></td></tr>
                <tr><td><p>财政总收入增长</p></td><td><p>%</p></td><td><p>6.5</p></td></tr></table>
                <table><tr><td><p>各位代表:</p><p>现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。</p></td>
                <td>右栏</td></tr></table></body></html>""";
        String text = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null).text();
        assertTrue(text.contains("指标\t单位\t2019年目标\n地区生产总值增长\t%\t7左右\n财政总收入增长\t%\t6.5\n"), text);
        assertTrue(text.contains("各位代表:\n现在,我代表"), text);
    }

    @Test
    void sniffsMarkupWithoutAContentType() throws Exception {
        byte[] page = "<!DOCTYPE html><html><body><p>政府工作报告</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("政府工作报告", decoder.decode(page, null, null).text().strip());
    }
    private static final String REPORT = "2018年平谷区人民政府工作报告\n各位代表:地区生产总值增长6.5%。";

    @Test
    void undeclaredBig5IsToldFromGbkByItsCommonCharacters() throws Exception {
        String traditional = "芷江侗族自治縣人民政府工作報告\n各位代表:全縣地區生產總值達到152.6億元,增長6.8%;一般公共預算收入完成8.2億元,"
                + "城鄉居民人均可支配收入分別增長5.1%和7.3%,糧食總產量穩定在25萬噸以上。";
        DecodedReport big5 = decoder.decode(traditional.getBytes(Charset.forName("Big5")), null, "report.txt");
        assertEquals(traditional, big5.text());
        assertEquals("Big5", big5.charset());
        String simplified = "芷江侗族自治县人民政府工作报告\n各位代表:全县地区生产总值达到152.6亿元,增长6.8%;一般公共预算收入完成8.2亿元,"
                + "城乡居民人均可支配收入分别增长5.1%和7.3%,粮食总产量稳定在25万吨以上。";
        DecodedReport gbk = decoder.decode(simplified.getBytes(Charset.forName("GBK")), null, "report.txt");
        assertEquals(simplified, gbk.text());
        assertEquals("GB18030", gbk.charset());
        assertEquals("GB18030", decoder.decode(REPORT.getBytes(Charset.forName("GBK")), null, "report.txt").charset());
    }

    @Test
    void aDeclaredSingleByteCharsetDoesNotGarbleGbkText() throws Exception {
        byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
        DecodedReport r = decoder.decode(gbk, "text/plain; charset=ISO-8859-1", "report.txt");
        assertEquals(REPORT, r.text());
        assertEquals("GB18030", r.charset());
        DecodedReport win = decoder.decode(gbk, "text/plain; charset=windows-1252", null);
        assertEquals(REPORT, win.text());
    }

    @Test
    void aDeclaredSingleByteCharsetDoesNotGarbleUtf8Text() throws Exception {
        DecodedReport r = decoder.decode(REPORT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=iso-8859-1", null);
        assertEquals(REPORT, r.text());
        assertEquals("UTF-8", r.charset());
    }

    @Test
    void aDeclaredSingleByteCharsetIsUsedForWhatNoChineseCharsetReads() throws Exception {
        byte[] latin = "Caf\u00e9 \u00ff\u00fe report".getBytes(StandardCharsets.ISO_8859_1);
        DecodedReport r = decoder.decode(latin, "text/plain; charset=ISO-8859-1", null);
        assertEquals("Caf\u00e9 \u00ff\u00fe report", r.text());
        assertEquals("ISO-8859-1", r.charset());
    }

    @Test
    void readsGb18030FourByteCharacters() throws Exception {
        String rare = "䶮𠀀 之乡" + REPORT;
        byte[] gb = rare.getBytes(Charset.forName("GB18030"));
        assertEquals(rare, decoder.decode(gb, null, null).text());
    }

    @Test
    void aPageMetaCharsetIsReadWhenTheHeaderSaysNothing() throws Exception {
        String page = "<html><head><meta charset=\"big5\"><title>t</title></head><body><p>平谷區人民政府工作報告</p></body></html>";
        byte[] big5 = page.getBytes(Charset.forName("Big5"));
        DecodedReport r = decoder.decode(big5, null, "page.html");
        assertEquals("平谷區人民政府工作報告", r.text().strip());
        assertEquals("Big5", r.charset());
    }

    @Test
    void aGbkPageServedAsIso88591IsReadAsGbk() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>" + REPORT + "</p></body></html>";
        DecodedReport r = decoder.decode(page.getBytes(Charset.forName("GBK")), "text/html; charset=ISO-8859-1", null);
        assertTrue(r.text().contains("地区生产总值增长6.5%"), r.text());
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws Exception {
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(REPORT, decoder.decode(le, "text/plain; charset=ISO-8859-1", null).text());
        assertEquals("UTF-16LE", decoder.decode(le, null, null).charset());
        assertEquals(REPORT, decoder.decode(be, null, null).text());
        byte[] utf8Bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(REPORT, decoder.decode(utf8Bom, "text/plain; charset=GBK", null).text());
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkByItsZeroBytes() throws Exception {
        String text = "Government Work Report 2018\n" + REPORT;
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null, null).text());
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16BE), null, null).text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
