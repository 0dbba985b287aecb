package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The report as a government website publishes it: site banner, navigation, search box, breadcrumb, a list of
 * other years' reports, the article
 * with its source/date/view-count line and font-size, print and share widgets, then related links and a footer
 * with copyright, ICP and police filing numbers. As the HTML page itself or as the text a reader copies from it.
 */
final class WebPage implements ReportVariant {
    private static final List<String> TOP = List.of(
            "IE版本小于9,为了不影响您的浏览效果,请升级IE版本!",
            "无障碍 | 长者模式 | 繁體 | English",
            "政府门户网站",
            "首页 机构概况 政务公开 政务服务 区长信箱 互动交流 数据开放",
            "请输入关键字 搜索",
            "当前位置:首页 > 政务公开 > 政府工作报告",
            "历年政府工作报告",
            "2016年政府工作报告",
            "2015年政府工作报告");
    private static final List<String> ARTICLE_INFO = List.of(
            "来源:区政府办公室 发布时间:2018-01-24 09:30 浏览次数:1234",
            "【字体:大 中 小】 【打印本页】 【关闭窗口】",
            "分享到:");
    private static final List<String> BOTTOM = List.of(
            "【打印本页】【关闭窗口】",
            "相关链接",
            "上一篇:关于印发2018年重点工作任务分工的通知",
            "下一篇:2018年区政府重点工作进展情况",
            "主办单位:区人民政府办公室 承办单位:区政务服务管理局",
            "版权所有:区人民政府 京ICP备05060933号 京公网安备11010502030101号",
            "网站标识码:1100000088",
            "联系我们 | 网站地图 | 隐私声明");

    private final boolean html;

    WebPage(boolean html) {
        this.html = html;
    }

    @Override
    public String name() {
        return html ? "web-page-html" : "web-page-copied-text";
    }

    @Override
    public String contentType() {
        return html ? "text/html; charset=utf-8" : "text/plain";
    }

    @Override
    public String report(String text, String fileName, JsonNode headings) {
        List<String> lines = Variants.lines(text);
        String title = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return html ? html(title, lines) : copied(title, lines);
    }

    private static String copied(String title, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        TOP.forEach(l -> sb.append(l).append('\n'));
        sb.append(title).append('\n');
        ARTICLE_INFO.forEach(l -> sb.append(l).append('\n'));
        lines.forEach(l -> sb.append(l).append('\n'));
        BOTTOM.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** Page furniture marked up the ways sites do: some with telling class names, some without any. */
    private static String html(String title, List<String> lines) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>.top{color:red}</style>\n")
                .append("<script>var _hmt = _hmt || []; document.write('<div>统计</div>');</script></head>\n<body>\n");
        sb.append("<div class=\"topbar\">").append(esc(TOP.get(0))).append("</div>\n");
        sb.append("<div class=\"top\"><a>无障碍</a> | <a>长者模式</a> | <a>繁體</a></div>\n");
        sb.append("<div class=\"logo\"><img src=\"logo.png\" alt=\"\">").append(esc(TOP.get(2))).append("</div>\n");
        sb.append("<ul class=\"main-menu\">");
        for (String item : TOP.get(3).split(" ")) {
            sb.append("<li><a href=\"#\">").append(item).append("</a></li>");
        }
        sb.append("</ul>\n<div class=\"search-box\"><input type=\"text\" placeholder=\"请输入关键字\"><button>搜索</button></div>\n");
        sb.append("<div class=\"dqwz\">").append(esc(TOP.get(5))).append("</div>\n");
        sb.append("<div class=\"lnbg\"><h3>").append(TOP.get(6)).append("</h3><ul><li><a>").append(TOP.get(7))
                .append("</a></li><li><a>").append(TOP.get(8)).append("</a></li></ul></div>\n");
        sb.append("<div class=\"article\"><h1>").append(esc(title)).append("</h1>\n");
        sb.append("<div class=\"info\"><span>").append(esc(ARTICLE_INFO.get(0))).append("</span> <span>")
                .append(esc(ARTICLE_INFO.get(1))).append("</span></div>\n");
        sb.append("<div class=\"bdsharebuttonbox\">分享到:<a class=\"bds_weixin\"></a></div>\n<div class=\"content\">\n");
        for (String l : lines) {
            if (!l.isBlank()) {
                sb.append("<p style=\"text-indent:2em\">").append(esc(l)).append("</p>\n");
            }
        }
        sb.append("</div></div>\n<div class=\"tools\">").append(esc(BOTTOM.get(0))).append("</div>\n");
        sb.append("<div class=\"xglj\"><h3>相关链接</h3><p>").append(esc(BOTTOM.get(2))).append("</p><p>")
                .append(esc(BOTTOM.get(3))).append("</p></div>\n<div class=\"foot\">");
        BOTTOM.subList(4, BOTTOM.size()).forEach(l -> sb.append("<p>").append(esc(l)).append("</p>"));
        sb.append("</div>\n<script src=\"/js/stat.js\"></script>\n</body></html>\n");
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
