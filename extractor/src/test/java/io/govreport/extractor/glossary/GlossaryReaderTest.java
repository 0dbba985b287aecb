package io.govreport.extractor.glossary;

import io.govreport.extractor.sections.SectionReader;
import io.govreport.model.GlossaryEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlossaryReaderTest {

    @Test
    void readsNumberedTermsAndDefinitions() {
        String text = """
                一、2019年工作回顾
                1.这不是名词:正文里的列举不是词条。
                政府工作报告名词解释
                (按在报告中出现的先后顺序排列)
                1.老城双修:在通州区老城地区开展“城市双修”,即生态修复、城市修补。
                2.农村“三块地”:即农用地、集体经营性建设用地以及宅基地。
                【3】“一网通办”:是指依托一体化在线政务服务平台办理。
                ④专精特新:指具备专业化特征的中小企业。
                """;
        List<GlossaryEntry> entries = new GlossaryReader().read(text, new SectionReader().read(text, new ArrayList<>()));
        assertEquals(List.of(
                new GlossaryEntry("老城双修", "在通州区老城地区开展“城市双修”,即生态修复、城市修补。"),
                new GlossaryEntry("农村“三块地”", "即农用地、集体经营性建设用地以及宅基地。"),
                new GlossaryEntry("“一网通办”", "是指依托一体化在线政务服务平台办理。"),
                new GlossaryEntry("专精特新", "指具备专业化特征的中小企业。")), entries);
    }
}
